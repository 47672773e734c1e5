// Calls held open while a person decides (policy spend.wait_for_approval_seconds). The hold is a verdict
// of the pipeline; the wait is core's awaitHold, the one function that settles a hold and resumes the
// chain after the step that held it. Here: waiting outside the ordered lane (the session goes on), keeping
// a client that asked for progress informed, and ending the wait when the call is cancelled or the
// session ends (endAll: the session answers those calls, so an ended wait never routes a late decision).
import {
  awaitHold,
  type JsonObject,
  type JsonRpcId,
  type MessageContext,
  type PipelineResult,
  type RequestMessage,
} from "@mcp-guard/core";

export interface HeldCallRoute {
  /** A progress notification for the client. */
  progress(notification: JsonObject): void;
  /** The held step settled and the rest of the chain ran: decide on this result. */
  settled(resumed: PipelineResult): void;
  failed(err: unknown): void;
}

/** How often a held step is asked whether it is decided; progress goes out every fourth time. */
const POLL_MS = 250;
const PROGRESS_EVERY = 4;

/** A call waiting for its held step to settle. */
export interface HeldCall {
  request: RequestMessage;
  /** When the session received it (performance.now()), for the latency of the row that ends it. */
  receivedAt: number;
}

interface Wait extends HeldCall {
  controller: AbortController;
}

export class HeldCalls {
  private readonly waits = new Map<JsonRpcId, Wait>();

  get size(): number {
    return this.waits.size;
  }

  has(id: JsonRpcId): boolean {
    return this.waits.has(id);
  }

  /** The client cancelled the call: its wait ends without an answer. */
  stop(id: JsonRpcId): void {
    const wait = this.waits.get(id);
    if (!wait) return;
    this.waits.delete(id);
    wait.controller.abort();
  }

  /** The session is ending: every wait ends, and the calls are returned for the session to answer. */
  endAll(): HeldCall[] {
    const ended = [...this.waits.values()];
    for (const wait of ended) this.stop(wait.request.id);
    return ended.map(({ request, receivedAt }) => ({ request, receivedAt }));
  }

  /**
   * Waits on a held request; false when it cannot be held (its id is already waiting). `context` is the
   * request's context as it stands at each poll (the policy in force now).
   */
  hold(
    request: RequestMessage,
    receivedAt: number,
    result: PipelineResult,
    route: HeldCallRoute,
    context?: () => MessageContext,
  ): boolean {
    if (this.waits.has(request.id)) return false;
    const verdict = result.verdict;
    const approvalId = verdict.action === "hold" ? verdict.data?.approval_id : undefined;
    const progressToken = (request.params?._meta as { progressToken?: unknown } | undefined)?.progressToken;
    const controller = new AbortController();
    this.waits.set(request.id, { request, receivedAt, controller });
    const onTick = (ticks: number) => {
      if (progressToken === undefined || ticks % PROGRESS_EVERY !== 0) return;
      route.progress({
        jsonrpc: "2.0",
        method: "notifications/progress",
        params: {
          progressToken,
          progress: ticks / PROGRESS_EVERY,
          message: `waiting for approval ${String(approvalId)} (mcp-guard approvals approve ${String(approvalId)})`,
        },
      });
    };
    awaitHold(result, { pollMs: POLL_MS, now: Date.now, signal: controller.signal, onTick, context }).then(
      // A decision that lands after the wait ended (its resume was still running) is not routed: the call
      // was cancelled, or has been answered already.
      (resumed) => {
        if (controller.signal.aborted) {
          // Never forwarded: what settling it committed (a charge) is taken back.
          resumed?.release?.();
          return;
        }
        this.waits.delete(request.id);
        if (resumed) route.settled(resumed);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        this.waits.delete(request.id);
        route.failed(err);
      },
    );
    return true;
  }
}
