// What a stdio server writes to stderr reaches the client (the last lines travel in upstream_unavailable),
// `status`, the dashboard and the daemon's log, and none of it passes the pipeline. A server that dies of a
// rejected credential commonly prints that credential, so every line is redacted here first, with every
// built-in detector on and every finding redacted whatever its configured action.
import { defaultPiiConfig } from "@mcp-guard/config/runtime";
import type { Scanner } from "@mcp-guard/core";
import { detectionFromConfig } from "../detection.js";

let scanner: Scanner | undefined;

export function scrubStderr(line: string): string {
  scanner ??= detectionFromConfig({ ...defaultPiiConfig(), enabled: true })?.scanner;
  // Fail closed: a line that cannot be scanned is not shown.
  if (!scanner) return "[stderr line withheld: no scanner]";
  const { value } = scanner.scan(line, "stderr", () => true);
  return typeof value === "string" ? value : "[stderr line withheld]";
}
