// The audit rows of one session: plain data, one per message in each direction (blocked ones included),
// with what a peer chose (method, target, id, and what the trace's findings name) scrubbed. The trace is kept as the steps themselves; the
// store serialises it when it writes.
import {
  targetOf,
  type AuditEvent,
  type Direction,
  type JsonRpcId,
  type Message,
  type RequestMessage,
  type TraceEntry,
} from "@mcp-guard/core";
import type { AuditScrub } from "../audit-scrub.js";
import type { AuditWriter } from "../audit-writer.js";

export class AuditRows {
  constructor(
    private readonly sessionId: string,
    private readonly server: string,
    /** The session's identity label (identityLabel), the same on every row. */
    private readonly identity: string,
    private readonly scrub: AuditScrub,
    private readonly audit: AuditWriter,
  ) {}

  /** The row of a message; for a response, `request` is the request it answers. */
  message(
    direction: Direction,
    message: Message,
    decision: AuditEvent["decision"],
    reason: string | null,
    trace: readonly TraceEntry[],
    latencyMs: number,
    bytes: number,
    request?: RequestMessage,
  ): AuditEvent {
    const method = message.kind === "response" ? (request?.method ?? null) : message.method;
    const params = message.kind === "response" ? request?.params : message.params;
    return this.record(
      direction,
      message.kind === "response" && message.error ? "error" : message.kind,
      method,
      method ? targetOf(method, params) : null,
      message.kind === "notification" ? null : message.id,
      decision,
      reason,
      trace,
      latencyMs,
      bytes,
    );
  }

  /**
   * A message that never became a valid JSON-RPC message (or was too large to read); `reason` is an error's
   * reason, or why the client's transport refused the request.
   */
  invalid(direction: Direction, id: JsonRpcId | null, reason: string, bytes: number): void {
    this.record(direction, "invalid", null, null, id, "block", reason, [], 0, bytes);
  }

  /** One row for `count` invalid messages that were not recorded one by one (session/noise-budget.ts). */
  invalidMany(direction: Direction, reason: string, count: number, bytes: number): void {
    const note = {
      interceptor: "noise_budget",
      action: "block",
      ms: 0,
      reason: `${count} messages`,
    } as const;
    this.record(direction, "invalid", null, null, null, "block", reason, [note], 0, bytes);
  }

  private record(
    direction: Direction,
    kind: AuditEvent["kind"],
    method: string | null,
    target: string | null,
    rpcId: JsonRpcId | null,
    decision: AuditEvent["decision"],
    reason: string | null,
    trace: readonly TraceEntry[],
    latencyMs: number,
    bytes: number,
  ): AuditEvent {
    // Built field by field (no spreads): this runs twice per proxied call. The trace is the pipeline's own
    // array: once returned it is never appended to (a held call resumes on a copy).
    const row: AuditEvent = {
      ts: Date.now(),
      session_id: this.sessionId,
      server: this.server,
      direction,
      kind,
      method: this.scrub.method(method),
      target: this.scrub.target(target),
      rpc_id: this.scrub.id(rpcId),
      identity: this.identity,
      decision,
      reason,
      trace: trace.length === 0 ? EMPTY : this.scrub.trace(trace),
      latency_ms: Math.round(latencyMs * 1000) / 1000,
      bytes,
    };
    this.audit.record(row);
    return row;
  }
}

const EMPTY: readonly TraceEntry[] = Object.freeze([]);
