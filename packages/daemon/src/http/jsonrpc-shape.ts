// Which POST bodies the Streamable HTTP transport takes as JSON-RPC messages, and which it refuses with
// 400 before the session sees them. The same acceptance as the MCP SDK's server transport (its message
// schemas are strict: a member outside the message's kind is refused), checked by hand so that serving HTTP
// loads neither zod nor the SDK's protocol schemas. What is accepted here is classified again by the
// session's router (core/jsonrpc.ts), which decides what is forwarded.
import type { JsonObject } from "@mcp-guard/core";

export type RequestId = string | number;

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const isInteger = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const isId = (v: unknown): v is RequestId => typeof v === "string" || isInteger(v);

/** The members each kind may carry. */
const MEMBERS = {
  request: new Set(["jsonrpc", "id", "method", "params"]),
  notification: new Set(["jsonrpc", "method", "params"]),
  result: new Set(["jsonrpc", "id", "result"]),
  error: new Set(["jsonrpc", "id", "error"]),
};

function onlyMembers(value: JsonObject, members: Set<string>): boolean {
  for (const key in value) if (!members.has(key)) return false;
  return true;
}

/** Request or notification params: an object whose `_meta`, if any, is an object with a valid progress token. */
function validParams(params: unknown): boolean {
  if (params === undefined) return true;
  if (!isObject(params)) return false;
  const meta = params["_meta"];
  if (meta === undefined) return true;
  if (!isObject(meta)) return false;
  const token = meta["progressToken"];
  return token === undefined || isId(token);
}

/** True when the value is a JSON-RPC request, notification, result or error as MCP's transport takes it. */
export function isJsonRpcMessage(value: unknown): value is JsonObject {
  if (!isObject(value) || value["jsonrpc"] !== "2.0") return false;
  if ("method" in value) {
    if (typeof value["method"] !== "string" || !validParams(value["params"])) return false;
    if ("id" in value) return isId(value["id"]) && onlyMembers(value, MEMBERS.request);
    return onlyMembers(value, MEMBERS.notification);
  }
  if ("result" in value)
    return isId(value["id"]) && isObject(value["result"]) && onlyMembers(value, MEMBERS.result);
  if ("error" in value) {
    const error = value["error"];
    return (
      (value["id"] === undefined || isId(value["id"])) &&
      isObject(error) &&
      isInteger(error["code"]) &&
      typeof error["message"] === "string" &&
      onlyMembers(value, MEMBERS.error)
    );
  }
  return false;
}

export function isRequest(message: JsonObject): boolean {
  return typeof message["method"] === "string" && isId(message["id"]);
}

/** A response (result or error) to one of the peer's requests. */
export function isResponse(message: JsonObject): boolean {
  return !("method" in message) && ("result" in message || "error" in message);
}

/** An initialize request whose params carry what the handshake needs (as the SDK's check): it opens a session. */
export function isInitializeRequest(message: JsonObject): boolean {
  if (message["method"] !== "initialize" || !isRequest(message)) return false;
  const params = message["params"];
  if (!isObject(params)) return false;
  const client = params["clientInfo"];
  return (
    typeof params["protocolVersion"] === "string" &&
    isObject(params["capabilities"]) &&
    isObject(client) &&
    typeof client["name"] === "string" &&
    typeof client["version"] === "string"
  );
}
