// What the audit tap records for one message. Never raw params: names, kinds, sizes and decisions only.
import type { Direction, TraceEntry } from "./pipeline.js";

export type MessageKind = "request" | "notification" | "response" | "error" | "invalid" | "approval";
export type Decision = "allow" | "modify" | "block" | "error";

/**
 * One audit row as plain data, shaped like its table: the hot path builds it once, listeners read it as it
 * is, and the store serialises what needs it (the trace) when it writes.
 */
export interface AuditEvent {
  /** Epoch milliseconds. */
  ts: number;
  session_id: string;
  server: string;
  direction: Direction;
  kind: MessageKind;
  /** The method, or for a response the method of the request it answers. */
  method: string | null;
  /** Tool or prompt name, or a resource URI with credentials, query and fragment removed. */
  target: string | null;
  rpc_id: string | null;
  identity: string;
  decision: Decision;
  reason: string | null;
  /** What each interceptor decided, in order (a snapshot: never changed once recorded). */
  trace: readonly TraceEntry[];
  /** Request rows: pipeline time. Response rows: time since the request arrived. */
  latency_ms: number;
  bytes: number;
}

/** Who acted, as the audit, the logs and approvals name them: "<method>:<user>". */
export function identityLabel(identity: { method: string; user: string }): string {
  return `${identity.method}:${identity.user}`;
}

/** Where audit rows go; the store implements it. */
export interface AuditSink {
  insertMany(rows: readonly AuditEvent[]): void;
}

const TARGET_MAX = 300;

/** Scrubs a URI for the audit: no userinfo, query or fragment (where tokens usually travel), bounded length. */
export function scrubUri(uri: string): string {
  let scrubbed = uri;
  const schemeEnd = uri.indexOf("://");
  if (schemeEnd > 0) {
    const authorityStart = schemeEnd + 3;
    const at = uri.indexOf("@", authorityStart);
    const slash = uri.indexOf("/", authorityStart);
    if (at >= 0 && (slash < 0 || at < slash)) scrubbed = uri.slice(0, authorityStart) + uri.slice(at + 1);
  }
  const cut = scrubbed.search(/[?#]/);
  if (cut >= 0) scrubbed = scrubbed.slice(0, cut);
  return bound(scrubbed);
}

export function bound(text: string): string {
  return text.length > TARGET_MAX ? `${text.slice(0, TARGET_MAX)}…` : text;
}

/** The tool, prompt or resource a message is about, for the audit and for policy. */
export function targetOf(method: string, params: { [key: string]: unknown } | undefined): string | null {
  if (!params) return null;
  if ((method === "tools/call" || method === "prompts/get") && typeof params.name === "string")
    return bound(params.name);
  if (method.startsWith("resources/") && typeof params.uri === "string") return scrubUri(params.uri);
  if (method === "notifications/resources/updated" && typeof params.uri === "string")
    return scrubUri(params.uri);
  // A completion is about the prompt or resource template its ref names, as the permissions step judges it:
  // `logs -t <prompt>` finds the completions tried against a prompt beside its prompts/get.
  if (method === "completion/complete") {
    const ref = params.ref as { type?: unknown; name?: unknown; uri?: unknown } | null | undefined;
    if (ref?.type === "ref/prompt" && typeof ref.name === "string") return bound(ref.name);
    if (ref?.type === "ref/resource" && typeof ref.uri === "string") return scrubUri(ref.uri);
  }
  return null;
}
