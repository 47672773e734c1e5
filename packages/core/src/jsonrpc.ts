// Parsing and classifying JSON-RPC 2.0 messages as MCP uses them. Every message the daemon forwards passes
// through here; anything that does not classify cleanly is answered with an error, never forwarded.
export type JsonRpcId = string | number;
export type JsonObject = { [key: string]: unknown };

export interface RequestMessage {
  kind: "request";
  id: JsonRpcId;
  method: string;
  params: JsonObject | undefined;
  raw: JsonObject;
}
export interface NotificationMessage {
  kind: "notification";
  method: string;
  params: JsonObject | undefined;
  raw: JsonObject;
}
export interface ResponseMessage {
  kind: "response";
  id: JsonRpcId;
  error: { code: number; message: string; data?: unknown } | undefined;
  raw: JsonObject;
}
export interface InvalidMessage {
  kind: "invalid";
  /** -32700 when the text is not JSON, -32600 when it is JSON but not a valid message. */
  reason: "parse_error" | "invalid_request" | "batch_not_supported";
  id: JsonRpcId | null;
  detail: string;
}
export type Message = RequestMessage | NotificationMessage | ResponseMessage;
export type Parsed = Message | InvalidMessage;

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
/** MCP ids are strings or integers; a fraction or a number beyond 2^53 could be read differently by a peer. */
const isId = (v: unknown): v is JsonRpcId =>
  typeof v === "string" || (typeof v === "number" && Number.isSafeInteger(v));

/** The members each kind may carry. Anything else is dropped, so nothing travels that was not inspected. */
const MEMBERS = {
  request: ["jsonrpc", "id", "method", "params"],
  notification: ["jsonrpc", "method", "params"],
  response: ["jsonrpc", "id", "result", "error"],
} as const;

function onlyMembers(value: JsonObject, members: readonly string[]): JsonObject {
  let extra = false;
  for (const key in value) {
    if (!members.includes(key)) {
      extra = true;
      break;
    }
  }
  if (!extra) return value;
  const copy: JsonObject = {};
  for (const key of members) if (key in value) copy[key] = value[key];
  return copy;
}

export function parseMessage(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { kind: "invalid", reason: "parse_error", id: guessId(text), detail: (err as Error).message };
  }
  return classify(value);
}

export function classify(value: unknown): Parsed {
  if (Array.isArray(value)) {
    return {
      kind: "invalid",
      reason: "batch_not_supported",
      id: null,
      detail: "JSON-RPC batches are not supported by MCP",
    };
  }
  if (!isObject(value)) return invalid(null, "a JSON-RPC message must be an object");
  const id = value.id;
  if (value.jsonrpc !== "2.0") return invalid(isId(id) ? id : null, 'the "jsonrpc" member must be "2.0"');
  if ("method" in value) {
    if (typeof value.method !== "string" || value.method.length === 0) {
      return invalid(isId(id) ? id : null, 'the "method" member must be a non-empty string');
    }
    if ("result" in value || "error" in value)
      return invalid(isId(id) ? id : null, 'a message with "method" cannot carry "result" or "error"');
    const params = value.params;
    if (params !== undefined && !isObject(params))
      return invalid(isId(id) ? id : null, '"params" must be an object');
    if (!("id" in value)) {
      const raw = onlyMembers(value, MEMBERS.notification);
      return { kind: "notification", method: value.method, params, raw };
    }
    if (!isId(id)) return invalid(null, 'the "id" member must be a string or an integer');
    return { kind: "request", id, method: value.method, params, raw: onlyMembers(value, MEMBERS.request) };
  }
  if (!isId(id)) return invalid(null, "a response needs a string or integer id");
  const hasResult = "result" in value;
  const hasError = "error" in value;
  if (hasResult === hasError) return invalid(id, 'a response needs exactly one of "result" and "error"');
  if (hasError) {
    const error = value.error;
    if (!isObject(error) || typeof error.code !== "number" || typeof error.message !== "string") {
      return invalid(id, 'an error response needs "error" with a numeric code and a string message');
    }
    const raw = onlyMembers(value, MEMBERS.response);
    return { kind: "response", id, error: error as ResponseMessage["error"], raw };
  }
  if (!isObject(value.result)) return invalid(id, '"result" must be an object');
  return { kind: "response", id, error: undefined, raw: onlyMembers(value, MEMBERS.response) };
}

function invalid(id: JsonRpcId | null, detail: string): InvalidMessage {
  return { kind: "invalid", reason: "invalid_request", id, detail };
}

const ID_PATTERN = /"id"\s*:\s*(-?\d{1,15}(?![\d.eE])|"(?:[^"\\]|\\.){0,200}")/;

/** The id as a message's last key, where the MCP SDK writes it: `…,"id":5}` at the very end. */
const LAST_KEY_ID = /"id"\s*:\s*(-?\d{1,15}(?![\d.eE])|"(?:[^"\\]|\\.){0,200}")\s*\}\s*$/;

/**
 * Best-effort id of a message too large to read, from its first and last bytes. The end is tried first:
 * the SDK's servers write `{"result":…,"jsonrpc":"2.0","id":5}`, and the first bytes of such an answer can
 * hold an `"id"` of the result's own (a resource's, a row's) that would name the wrong request.
 */
export function guessOversizedId(head: string, tail: string): JsonRpcId | null {
  const last = LAST_KEY_ID.exec(tail)?.[1];
  if (last !== undefined)
    try {
      return JSON.parse(last) as JsonRpcId;
    } catch {
      // not a JSON value after all: fall back to the head
    }
  return guessId(head);
}

/** Best-effort id of a message that could not be parsed, so its error can still be correlated. */
export function guessId(text: string): JsonRpcId | null {
  const match = ID_PATTERN.exec(text.slice(0, 4096));
  if (!match?.[1]) return null;
  try {
    return JSON.parse(match[1]) as JsonRpcId;
  } catch {
    return null;
  }
}
