// What a stdio server writes to stderr reaches the client (the last lines travel in upstream_unavailable),
// `status`, the dashboard and the daemon's log, and none of it passes the pipeline. A server that dies of a
// rejected credential commonly prints that credential, so every line is redacted here first, with every
// built-in detector on and every finding redacted whatever its configured action (shown-text.ts).
import { redactShown } from "../shown-text.js";

export function scrubStderr(line: string): string {
  return redactShown(line, "stderr line");
}
