// Requests in flight in both directions, so that a response is inspected knowing its request, a duplicate
// id is refused, and a session can wait for the client's requests to be answered before it closes.
import type { Direction, JsonRpcId, Message, RequestMessage } from "@mcp-guard/core";
import type { NoAnswer } from "../listings.js";

export interface Pending {
  request: RequestMessage;
  receivedAt: number;
  /** Set for the guard's own requests (see own-requests.ts): their response goes here, not to the client. */
  own?: (response: Message | NoAnswer | undefined) => void;
  /** Undoes what the chain committed in passing the request (a charge), should it never be sent. */
  release?: (() => void) | undefined;
}

export class Correlation {
  /** Requests sent to the server (the client's and the guard's own), by id. */
  readonly toServer = new Map<JsonRpcId, Pending>();
  /** Requests the server sent to the client (sampling, elicitation, roots), by id. */
  readonly toClient = new Map<JsonRpcId, Pending>();
  private drained: (() => void) | undefined;
  /**
   * Ids of requests their sender cancelled, per direction of the request, oldest first. The peer may have
   * answered before it read the cancellation, so such an id stays taken until that late answer comes (which is
   * then dropped): were it free, a request reusing it at once would be paired with the cancelled request's
   * answer, and a tool's result judged as the answer to a ping. Servers that honour the cancellation never
   * answer, so these ids stay for the session: none is let go early, since a client that could push one out
   * (by cancelling a thousand other requests) could reuse it while a slow tool is still working. Their number
   * is bounded instead: past `maxCancelled`, a cancellation is refused (canCancel) and its request stays in
   * flight, counted, until it is answered.
   */
  private readonly cancelled = { to_server: new Set<JsonRpcId>(), to_client: new Set<JsonRpcId>() };

  constructor(private readonly maxCancelled = Infinity) {}

  /** Requests that travelled in `direction` and await their response. */
  sentTowards(direction: Direction): Map<JsonRpcId, Pending> {
    return direction === "to_server" ? this.toServer : this.toClient;
  }

  /** Whether a cancellation of `id` can be kept: none is needed for a request not in flight. */
  canCancel(direction: Direction, id: unknown): boolean {
    if (typeof id !== "string" && typeof id !== "number") return true;
    return !this.sentTowards(direction).has(id) || this.cancelled[direction].size < this.maxCancelled;
  }

  /** The sender of the request `id`, sent in `direction`, gave up on it. */
  cancel(direction: Direction, id: JsonRpcId): void {
    if (this.sentTowards(direction).delete(id)) this.cancelled[direction].add(id);
  }

  /** Whether `id` names a request sent in `direction` that is in flight or was cancelled unanswered. */
  taken(direction: Direction, id: JsonRpcId): boolean {
    return this.sentTowards(direction).has(id) || this.cancelled[direction].has(id);
  }

  /** Whether `id` names a request sent in `direction` that its sender cancelled and that is still unanswered. */
  wasCancelled(direction: Direction, id: JsonRpcId): boolean {
    return this.cancelled[direction].has(id);
  }

  /** A response to a cancelled request sent in `direction`: frees its id; false if none was cancelled. */
  answeredLate(direction: Direction, id: JsonRpcId): boolean {
    return this.cancelled[direction].delete(id);
  }

  /** Call after a request to the server was answered or given up. */
  settle(): void {
    if (this.toServer.size === 0) this.drained?.();
  }

  /** Resolves once no request to the server is in flight, or after the deadline. */
  drain(timeoutMs: number): Promise<void> {
    if (this.toServer.size === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.drained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
