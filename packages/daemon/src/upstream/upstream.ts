// The daemon's view of one upstream connection, whatever the transport: an endpoint of the session.
import type { Endpoint } from "../session/endpoint.js";

export interface Upstream extends Endpoint {
  readonly pid: number | undefined;
  /** The last lines a stdio server wrote to stderr: why it crashed, for the client and `status`. */
  stderrTail?(): string[];
  /**
   * A request sent to the server can no longer be answered (its answer broke off with the connection): the
   * session answers it upstream_unavailable with the reason. Set by the session; HTTP upstreams call it.
   */
  onunanswered?: (id: string | number, reason: string) => void;
}
