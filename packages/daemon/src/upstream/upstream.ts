// The daemon's view of one upstream connection, whatever the transport: an endpoint of the session.
import type { Endpoint } from "../session/endpoint.js";

export interface Upstream extends Endpoint {
  readonly pid: number | undefined;
  /** The last lines a stdio server wrote to stderr: why it crashed, for the client and `status`. */
  stderrTail?(): string[];
}
