// What the daemon's two HTTP client transports (sse-client.ts, streamable-http-client.ts) share: the fetch they
// are given (node-fetch.ts under http-transport.ts' watch), redirects followed only within the upstream's
// origin, the errors that carry the server's HTTP status, and the check of each message the server sends
// against JSON-RPC 2.0's envelope (the MCP SDK's transports, used before, did that check with its schemas).
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { MAX_NESTING, nestedTooDeep } from "../session/nesting.js";

export type Fetch = (url: URL, init: RequestInit) => Promise<Response>;

/** An answer with an HTTP status that failed the request; `code` is that status (-1 for none). */
export class HttpStatusError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Requests whose answer can no longer come though nothing broke (the server's exchange ended cleanly without
 * it, or the stream that would carry it cannot be resumed): the session answers those it still awaits
 * upstream_unavailable with this message (transport-upstream.ts), as it does an answer that broke off.
 */
export class AnswerLost extends Error {
  constructor(
    readonly ids: readonly (string | number)[] | "all",
    message: string,
  ) {
    super(message);
  }
}

/** JSON that is not a JSON-RPC message: the session audits it as a malformed message (transport-upstream.ts). */
export class NotJsonRpc extends Error {
  constructor() {
    super("the server sent JSON that is not a JSON-RPC message");
  }
}

/** A message nested deeper than MAX_NESTING: the session audits it as a malformed message. */
export class NestedTooDeep extends Error {
  constructor() {
    super(`the server sent JSON nested more than ${MAX_NESTING} levels deep`);
  }
}

/**
 * The message in `text`: a SyntaxError when it is not JSON, NestedTooDeep when it nests too deep,
 * NotJsonRpc when it is not a message.
 */
export function parseMessage(text: string): JSONRPCMessage {
  return checkedMessage(parseBody(text));
}

/** The JSON value of `text` (a message, or a batch of them): a SyntaxError, or NestedTooDeep. */
export function parseBody(text: string): unknown {
  // Measured on the text first: a hostile body is refused before it is built, and the one pass is the same.
  if (nestedTooDeep(text)) throw new NestedTooDeep();
  return JSON.parse(text) as unknown;
}

export function checkedMessage(value: unknown): JSONRPCMessage {
  if (!isMessage(value)) throw new NotJsonRpc();
  return value;
}

/** A result or an error answering a request. */
export function isResponse(message: JSONRPCMessage): boolean {
  return "id" in message && !("method" in message);
}

/** The essence of a Content-Type: its type and subtype, lower-cased. */
export function mediaType(contentType: string | null): string | undefined {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase();
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * `fetch` of `url`, following a redirect only to the same scheme, host and port (or from plain http to https
 * on the default ports), without new credentials in the URL, and only where the method is kept (any
 * redirect of a GET; 307 and 308 otherwise), five at most. Any other redirect is the answer.
 */
export async function fetchWithinOrigin(fetch: Fetch, url: URL, init: RequestInit): Promise<Response> {
  const keepsMethod = (status: number) => status === 307 || status === 308 || init.method === "GET";
  let at = url;
  for (let followed = 0; ; followed++) {
    const response = await fetch(at, init);
    const target = redirectTarget(response, at);
    if (!target || followed === MAX_REDIRECTS || !keepsMethod(response.status)) return response;
    const addsUserinfo =
      (target.username || target.password) &&
      (target.username !== at.username || target.password !== at.password);
    if (addsUserinfo || !withinOrigin(at, target)) return response;
    await response.body?.cancel();
    at = target;
  }
}

/**
 * Words for a redirect that was not followed: its target's origin, and whether its path is the configured
 * URL's own, never the path itself. These words reach the model in the call's error: a path the server chose
 * can be a sentence of orders, percent-encoded, which the result review does not read in a link's path (round
 * 42), and the configured path often holds the account's key (a hosted server's `/api/mcp/s/<secret>/mcp`),
 * which until round 52 the model read here; the credentials, query and fragment were never repeated.
 */
export function redirectNotFollowed(response: Response, from: URL): string | undefined {
  const target = redirectTarget(response, from);
  if (!target) return undefined;
  const where = (origin: string) =>
    target.pathname === from.pathname ? `${origin} with the configured path` : `${origin}/…`;
  if (target.protocol === "http:" && from.protocol === "https:") {
    return `Redirect to plain http not followed; try ${where(`https://${target.host}`)} instead`;
  }
  return `Redirect to ${where(target.origin)} not followed`;
}

function redirectTarget(response: Response, from: URL): URL | undefined {
  const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
  if (!location) return undefined;
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}

function withinOrigin(from: URL, to: URL): boolean {
  if (from.hostname !== to.hostname) return false;
  if (from.protocol === to.protocol && from.port === to.port) return true;
  return from.protocol === "http:" && from.port === "" && to.protocol === "https:" && to.port === "";
}

// The envelope, as the MCP SDK's schema checked it: only the members of one kind of message, `jsonrpc` "2.0",
// an id a string or an integer, params and results objects whose `_meta` (when present) is an object with a
// progress token a string or an integer and a related task with a string `taskId`.
const REQUEST = new Set(["jsonrpc", "id", "method", "params"]);
const NOTIFICATION = new Set(["jsonrpc", "method", "params"]);
const RESULT = new Set(["jsonrpc", "id", "result"]);
const ERROR = new Set(["jsonrpc", "id", "error"]);
const RELATED_TASK = "io.modelcontextprotocol/related-task";

function isMessage(value: unknown): value is JSONRPCMessage {
  if (!isObject(value) || value.jsonrpc !== "2.0") return false;
  if ("method" in value) {
    if (typeof value.method !== "string" || !(value.params === undefined || withMeta(value.params)))
      return false;
    return "id" in value ? isId(value.id) && only(value, REQUEST) : only(value, NOTIFICATION);
  }
  if ("result" in value) return isId(value.id) && withMeta(value.result) && only(value, RESULT);
  const error = value.error;
  return (
    isObject(error) &&
    Number.isSafeInteger(error.code) &&
    typeof error.message === "string" &&
    (!("id" in value) || isId(value.id)) &&
    only(value, ERROR)
  );
}

function withMeta(value: unknown): boolean {
  if (!isObject(value)) return false;
  const meta = value._meta;
  if (meta === undefined) return true;
  if (!isObject(meta)) return false;
  const token = meta.progressToken;
  const task = meta[RELATED_TASK];
  return (
    (token === undefined || isId(token)) &&
    (task === undefined || (isObject(task) && typeof task.taskId === "string"))
  );
}

function isId(value: unknown): boolean {
  return typeof value === "string" || Number.isSafeInteger(value);
}

function only(value: Record<string, unknown>, members: ReadonlySet<string>): boolean {
  return Object.keys(value).every((key) => members.has(key));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
