// The registry of every JSON-RPC error mcp-guard itself sends to a client. The README's table is tested
// against this object, so a code cannot change without its documentation.
import type { JsonRpcId } from "./jsonrpc.js";

export interface ErrorSpec {
  code: number;
  message: string;
  /** When it is sent; this is the README's wording. */
  when: string;
}

export const ERROR_REGISTRY = {
  parse_error: { code: -32700, message: "Parse error", when: "the client sent text that is not JSON" },
  invalid_request: {
    code: -32600,
    message: "Invalid request",
    when: "the message is JSON but not a valid JSON-RPC 2.0 message",
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
  upstream_message_too_large: {
    code: -32603,
    message: "Upstream response too large",
    when: "the server's response exceeds `daemon.max_message_bytes`",
  },
  upstream_unavailable: {
    code: -32603,
    message: "Upstream server unavailable",
    when: "the server could not be started, exited, or its connection failed; `data.detail` says why",
  },
  interceptor_failed: {
    code: -32603,
    message: "Security check failed",
    when: "an interceptor threw or timed out; the message is blocked (fail-closed)",
  },
  internal_error: { code: -32603, message: "Internal error", when: "an unexpected failure inside mcp-guard" },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorReason = keyof typeof ERROR_REGISTRY;

export interface JsonRpcErrorResponse {
  jsonrpc: "2.0";
  id: JsonRpcId | null;
  error: { code: number; message: string; data: { reason: string; [key: string]: unknown } };
}

export function errorResponse(
  id: JsonRpcId | null,
  reason: ErrorReason,
  data: Record<string, unknown> = {},
): JsonRpcErrorResponse {
  const spec: ErrorSpec = ERROR_REGISTRY[reason];
  const detail = typeof data.detail === "string" ? `: ${data.detail}` : "";
  return {
    jsonrpc: "2.0",
    id,
    error: { code: spec.code, message: spec.message + detail, data: { reason, ...data } },
  };
}
