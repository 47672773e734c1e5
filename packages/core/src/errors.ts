// The registry of every JSON-RPC error mcp-guard itself sends to a client. docs/errors.md's table is tested
// against this object, so a code cannot change without its documentation.
import type { JsonRpcId } from "./jsonrpc.js";

export interface ErrorSpec {
  code: number;
  message: string;
  /** When it is sent; this is the wording of docs/errors.md. */
  when: string;
}

export const ERROR_REGISTRY = {
  parse_error: { code: -32700, message: "Parse error", when: "the client sent text that is not JSON" },
  invalid_request: {
    code: -32600,
    message: "Invalid request",
    when: "the message is JSON but not a valid JSON-RPC 2.0 message",
  },
  inexact_number: {
    code: -32600,
    message: "Number cannot be forwarded exactly",
    when: "a client message holds a number a double cannot hold (an integer past 2^53, a fraction with more digits than it keeps, an exponent past its range): sent as a string, it passes",
  },
  batch_not_supported: {
    code: -32600,
    message: "JSON-RPC batches are not supported",
    when: "the client sent a JSON array (MCP has no batches)",
  },
  message_too_large: {
    code: -32600,
    message: "Message too large",
    when: "a client message exceeds `daemon.max_message_bytes`; it is skipped up to its newline",
  },
  auth_required: {
    code: -32600,
    message: "Authentication required",
    when: "the server requires an API key or token and the bridge presented none",
  },
  auth_invalid: {
    code: -32600,
    message: "Authentication failed",
    when: "the API key or token is wrong, forged or for another audience",
  },
  auth_expired: {
    code: -32600,
    message: "Credential expired",
    when: "the token expired; run `mcp-guard auth login` again",
  },
  method_not_allowed: {
    code: -32601,
    message: "Method not found",
    when: "the request's method is not one the MCP specification defines for its direction",
  },
  request_without_id: {
    code: -32600,
    message: "Request without an id",
    when: "a request method came without an `id`: dropped (it cannot be answered), audited, reported in a log message",
  },
  notification_not_allowed: {
    code: -32600,
    message: "Notification not allowed",
    when: "a notification the MCP specification does not define for its direction: dropped, audited, reported",
  },
  rate_limited: {
    code: -32600,
    message: "Rate limit exceeded",
    when: "a limit is exhausted; `data.retry_after_ms` says when to retry and `data.limit` which limit",
  },
  too_many_in_flight: {
    code: -32600,
    message: "Too many requests in flight",
    when: "the session already awaits `daemon.max_requests_in_flight` answers in this direction, or a request to an HTTP server finds no connection left in the session's or its identity's share (`data.detail` says which); retry once some are answered",
  },
  tool_denied: {
    code: -32600,
    message: "Tool not permitted",
    when: "the tool is denied, or not on an allow list, for this identity",
  },
  resource_denied: {
    code: -32600,
    message: "Resource not permitted",
    when: "the resource URI is denied, or not on an allow list",
  },
  prompt_denied: {
    code: -32600,
    message: "Prompt not permitted",
    when: "the prompt is denied, or not on an allow list",
  },
  malformed_name: {
    code: -32600,
    message: "Malformed name",
    when: "a tool or prompt name is missing, hides invisible characters or mixes look-alike scripts",
  },
  malformed_uri: {
    code: -32600,
    message: "Malformed URI",
    when: "a resource URI is missing, has no scheme, broken percent-encoding or control characters",
  },
  path_traversal: {
    code: -32600,
    message: "Path traversal",
    when: "a resource URI contains `..` in any encoding",
  },
  uri_too_long: {
    code: -32600,
    message: "URI too long",
    when: "a resource URI is longer than 16384 characters",
  },
  sampling_disabled: {
    code: -32600,
    message: "Sampling is disabled for this server",
    when: "the server asked the client for an LLM completion and `policy.sampling.enabled` is off (sent to the server)",
  },
  elicitation_disabled: {
    code: -32600,
    message: "Elicitation is disabled for this server",
    when: "the server asked the user for input and `policy.elicitation.enabled` is off (sent to the server)",
  },
  elicitation_credentials: {
    code: -32600,
    message: "Elicitation may not ask the user for a credential",
    when: "the server's form asked the user for a password, key, token, PIN, one-time code or card number (sent to the server)",
  },
  elicitation_url: {
    code: -32600,
    message: "Elicitation may only send the user to a web page",
    when: "the server's URL-mode elicitation linked to something other than an https page (or http on this machine), or carried a user name or password in its link; `data.detail` says which (sent to the server, or to the client in place of the -32042 error that carried it)",
  },
  task_not_found: {
    code: -32602,
    message: "Task not found",
    when: "the client asked the server about a task (`tasks/get`, `tasks/result`, `tasks/cancel`) this session's own calls did not create; or the server asked the client about one the client did not run for this server's own requests in this session (sent to the server)",
  },
  sensitive_data: {
    code: -32600,
    message: "Sensitive data blocked",
    when: "personal data or a secret whose action is `block` was found; `data.types` names the types, never the values",
  },
  tool_changed: {
    code: -32600,
    message: "{Kind} changed since it was approved",
    when: "the definition differs from its pin, whatever its poison score; `pins diff` shows how, `pins approve` accepts it",
  },
  tool_not_approved: {
    code: -32600,
    message: "{Kind} not approved",
    when: "a tool, prompt, resource or template is new since its kind was pinned; `data.approve` says how to approve it",
  },
  tool_poisoned: {
    code: -32600,
    message: "{Kind} withheld: its definition carries hidden instructions",
    when: "the definition scored as poisoned and was never approved; `data.signals` names what was found",
  },
  unknown_name: {
    code: -32600,
    message: "{Kind} not listed by the server",
    when: "no tool, prompt or resource template was listed under exactly this name (case, spaces and look-alikes count)",
  },
  server_poisoned: {
    code: -32600,
    message: "Server blocked: a definition carries hidden instructions",
    when: "a definition scored as poisoned on a server whose policy is `poisoned: block_server`",
  },
  hidden_characters: {
    code: -32600,
    message: "Hidden characters",
    when: "a definition or result holds invisible characters or terminal escapes and the policy blocks them",
  },
  result_injection: {
    code: -32600,
    message: "Result withheld: it carries instructions for the model",
    when: "a tool result or resource scored as an injection attempt and the policy blocks them",
  },
  sensitive_resource: {
    code: -32600,
    message: "Sensitive resource",
    when: "the request names a credential file or directory, a private key or a cloud metadata endpoint",
  },
  approval_pending: {
    code: -32004,
    message: "Approval pending",
    when: "the call needs a person; `data.approval_id` names the request. Retry the same call once it is approved",
  },
  approval_denied: {
    code: -32004,
    message: "Approval denied",
    when: "a person denied the call; `data.by` says who and `data.comment` why",
  },
  approval_expired: {
    code: -32004,
    message: "Approval expired",
    when: "nobody decided in time; retrying the call asks again",
  },
  approval_queue_full: {
    code: -32004,
    message: "Too many requests waiting for approval",
    when: "waiting requests reached `approvals.max_pending_per_identity` (or `_per_server`); `data.setting` names it",
  },
  spend_cap_exceeded: {
    code: -32002,
    message: "Spend cap exceeded",
    when: "the call would exceed a cap; `data` says which cap, how much is left and when it resets",
  },
  invalid_cost: {
    code: -32600,
    message: "Invalid cost",
    when: "the argument that carries a tool's cost is missing or not an amount",
  },
  upstream_message_too_large: {
    code: -32603,
    message: "Upstream response too large",
    when: "the server's response exceeds `daemon.max_message_bytes`",
  },
  upstream_unavailable: {
    code: -32603,
    message: "Upstream server unavailable",
    when: "the server could not be started, exited, or its connection failed, or an answer can no longer come from it (an HTTP server ended the exchange without it, or its stream cannot be resumed); `data.detail` says why",
  },
  listing_unanswered: {
    code: -32603,
    message: "Server did not answer its listing",
    when: "before judging a call, the guard lists the server's tools (prompts, resources) itself, and the server did not answer that within 30 s; `data.detail` says which list",
  },
  session_ended: {
    code: -32603,
    message: "Session ended before the request was answered",
    when: "the session ended before the server answered or a person decided; `data.detail` says why",
  },
  interceptor_failed: {
    code: -32603,
    message: "Security check failed",
    when: "an interceptor threw or timed out; the message is blocked (fail-closed)",
  },
  unknown_server: {
    code: -32600,
    message: "Unknown server",
    when: "an HTTP client asked for a server that is not configured; `data.servers` names the configured ones",
  },
  forbidden_host: {
    code: -32600,
    message: "Forbidden host or origin",
    when: "an HTTP request's Host or Origin is not allowed (DNS rebinding protection)",
  },
  too_many_sessions: {
    code: -32600,
    message: "Too many sessions",
    when: "the HTTP endpoint holds `daemon.http.max_sessions`, or the identity `max_sessions_per_identity`, sessions",
  },
  internal_error: { code: -32603, message: "Internal error", when: "an unexpected failure inside mcp-guard" },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorReason = keyof typeof ERROR_REGISTRY;

/** A type, not an interface: it is a JsonObject, so endpoints send it as they send any message. */
export type JsonRpcErrorResponse = {
  jsonrpc: "2.0";
  id: JsonRpcId | null;
  error: { code: number; message: string; data: { reason: string; [key: string]: unknown } };
};

/** Why a request is refused when another of its peer's requests with its id is in flight (`invalid_request`). */
export const ID_IN_FLIGHT = "a request with this id is already in flight";

export function errorResponse(
  id: JsonRpcId | null,
  reason: ErrorReason,
  data: Record<string, unknown> = {},
): JsonRpcErrorResponse {
  const spec: ErrorSpec = ERROR_REGISTRY[reason];
  const detail = typeof data.detail === "string" ? `: ${data.detail}` : remedy(reason, data);
  // Integrity refusals name what they refuse ("Prompt not approved"); data.kind says which kind it is.
  const kind = typeof data.kind === "string" ? data.kind : "tool";
  const message = spec.message.replace("{Kind}", kind.charAt(0).toUpperCase() + kind.slice(1));
  return {
    jsonrpc: "2.0",
    id,
    // The code last: data.reason is always the documented reason, whatever else data carries.
    error: { code: spec.code, message: message + detail, data: { ...data, reason } },
  };
}

/** The message names what to do next where the data allows it (an agent shows the message to a person). */
function remedy(reason: ErrorReason, data: Record<string, unknown>): string {
  const id = typeof data.approval_id === "string" ? data.approval_id : undefined;
  if (reason === "approval_pending" && id)
    return `: request ${id}; a person approves it with: mcp-guard approvals approve ${id} (then retry the same call)`;
  if (reason === "approval_denied" && id)
    return `: request ${id} denied by ${String(data.by ?? "a person")}${typeof data.comment === "string" && data.comment ? `: ${data.comment}` : ""}`;
  if (reason === "sensitive_data" && Array.isArray(data.types)) return `: ${data.types.join(", ")}`;
  return "";
}
