// What a server says outside its messages reaches the client (in upstream_unavailable), `status`, the dashboard
// and the daemon's log, and none of it passes the pipeline: a stdio server's stderr, and the body of an HTTP
// server's error status, which the MCP SDK's transports put in their errors. A server that fails on a rejected
// credential commonly prints that credential, so every such text is redacted here first, with every built-in
// detector on and every finding redacted whatever its configured action (shown-text.ts).
import { redactShown } from "../shown-text.js";

export function scrubStderr(line: string): string {
  return redactShown(line, "stderr line");
}

export function scrubServerText(text: string): string {
  return redactShown(text, "server error");
}
