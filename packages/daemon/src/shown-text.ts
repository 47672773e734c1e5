// Text the guard writes itself but partly copies from a peer: the audit trace's findings ("tool <name>: new
// on a pinned server"), the names of withheld and pending definitions in status, pins and approvals, and the
// definitions a pins diff prints. A server chooses those names and definitions, so one may carry a secret
// (a tool named after a token, a resource URI with a key in it): what reached the client redacted must not
// reach `mcp-guard logs`, status or the dashboard bare. Every built-in detector is on and every finding is
// redacted whatever its configured action: the configured action decides what may flow between the peers,
// not what the guard repeats. The same scanner redacts a server's stderr (stderr-scrub.ts).
import { defaultPiiConfig } from "@mcp-guard/config/runtime";
import type { Scanner } from "@mcp-guard/core";
import { detectionFromConfig } from "./detection.js";

let scanner: Scanner | undefined;

/** `text` with every value detection finds replaced by `[REDACTED:<type>]`, or a placeholder if it cannot be scanned. */
export function redactShown(text: string, what = "text"): string {
  scanner ??= detectionFromConfig({ ...defaultPiiConfig(), enabled: true })?.scanner;
  // Fail closed: text that cannot be scanned is not shown.
  if (!scanner) return `[${what} withheld: no scanner]`;
  const { value } = scanner.scan(text, what, () => true);
  return typeof value === "string" ? value : `[${what} withheld]`;
}
