// The guard's own requests to the server (a list it needs before judging a call): correlated like the
// client's, audited, answered through the pipeline, and never shown to the client.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Direction, JsonObject, Message, PipelineResult, RequestMessage } from "@mcp-guard/core";
import type { NoAnswer } from "../listings.js";
import { DEFAULT_ANSWER_TIMEOUT_MS } from "../upstream/answer-timeout.js";
import type { AuditRows } from "./audit-rows.js";
import type { Correlation, Pending } from "./correlation.js";
import type { UpstreamLink } from "./upstream-link.js";

export class OwnRequests {
  constructor(
    private readonly pending: Correlation,
    private readonly rows: AuditRows,
    private readonly upstream: UpstreamLink,
    /** How long the guard waits for the server to answer its own request before refusing to guess. */
    private readonly timeoutMs = DEFAULT_ANSWER_TIMEOUT_MS,
  ) {}

  /**
   * Resolves with the response as it left the pipeline, undefined when it was unusable (blocked, too large),
   * or why none came: not in time (listing_unanswered), or the server is gone (the reason it is).
   */
  send(method: string, params: JsonObject): Promise<Message | NoAnswer | undefined> {
    const id = `mcp-guard/${randomUUID()}`;
    const raw: JsonObject = { jsonrpc: "2.0", id, method, params };
    const request: RequestMessage = { kind: "request", id, method, params, raw };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending.toServer.delete(id)) this.pending.settle();
        const detail = `the server did not answer ${method} within ${this.timeoutMs / 1000} s`;
        resolve({ kind: "no_answer", reason: "listing_unanswered", data: { detail } });
      }, this.timeoutMs);
      const own = (response: Message | NoAnswer | undefined) => {
        clearTimeout(timer);
        resolve(response);
      };
      this.pending.toServer.set(id, { request, receivedAt: performance.now(), own });
      this.rows.message("to_server", request, "allow", null, [], 0, JSON.stringify(raw).length);
      void this.upstream.send(raw, id);
    });
  }

  /** The server's answer to one of them, judged: audited and handed to the guard, not the client. */
  answered(
    answered: Pending,
    own: NonNullable<Pending["own"]>,
    direction: Direction,
    original: Message,
    result: PipelineResult,
    bytes: number,
  ): void {
    const { verdict, trace } = result;
    const blocked = verdict.action === "block" || verdict.action === "hold";
    const waited = performance.now() - answered.receivedAt;
    const decision = blocked ? "block" : "allow";
    const reason = blocked ? verdict.reason : null;
    this.rows.message(direction, original, decision, reason, trace, waited, bytes, answered.request);
    own(blocked ? undefined : result.message);
    this.pending.settle();
  }
}
