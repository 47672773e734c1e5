// Requests in flight in both directions, so that a response is inspected knowing its request, a duplicate
// id is refused, and a session can wait for the client's requests to be answered before it closes.
import type { Direction, JsonRpcId, Message, RequestMessage } from "@mcp-guard/core";

export interface Pending {
  request: RequestMessage;
  receivedAt: number;
  /** Set for the guard's own requests (see own-requests.ts): their response goes here, not to the client. */
  own?: (response: Message | undefined) => void;
}

export class Correlation {
  /** Requests sent to the server (the client's and the guard's own), by id. */
  readonly toServer = new Map<JsonRpcId, Pending>();
  /** Requests the server sent to the client (sampling, elicitation, roots), by id. */
  readonly toClient = new Map<JsonRpcId, Pending>();
  private drained: (() => void) | undefined;

  /** Requests that travelled in `direction` and await their response. */
  sentTowards(direction: Direction): Map<JsonRpcId, Pending> {
    return direction === "to_server" ? this.toServer : this.toClient;
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
