// The daemon's view of one upstream connection, whatever the transport: an endpoint of the session.
import type { Endpoint } from "../session/endpoint.js";

/**
 * A send that failed before the message left the daemon (a new connection to the server could not be made:
 * its port refused it, its name did not resolve): the server never saw it, so a request it carried never ran.
 * Any other failure may have come after the server read it.
 */
export class NotSent extends Error {}

export interface Upstream extends Endpoint {
  readonly pid: number | undefined;
  /** The last lines a stdio server wrote to stderr: why it crashed, for the client and `status`. */
  stderrTail?(): string[];
  /**
   * Requests sent to the server can no longer be answered (their answer broke off with the connection): the
   * session answers those still in flight upstream_unavailable with the reason ("all": every one in flight).
   * Set by the session; HTTP upstreams call it.
   */
  onunanswered?: ((ids: readonly (string | number)[] | "all", reason: string) => void) | undefined;
}
