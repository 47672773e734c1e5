// False refusal (round 49, found from outside): Trivy's documented command `trivy fs --scanners
// vuln,misconfig,secret --severity HIGH,CRITICAL myapp/`, followed by the first line of its log as the docs and
// a terminal show it, is read as a Statsig server secret: the word "secret" is glued to what follows it across
// blanks, a slash, a line break and the log's timestamp, and the redaction swallows the rest of the command,
// the line break and the date (`misconfig,[REDACTED:statsig_server_secret]-16T13:42:21…`). An agent running a
// secret scan (the very tool a user asks for) sees its own command line destroyed and a call carrying it is
// refused. A Statsig key is `secret-` and its characters written together; a correct guard does not join
// pieces across a line break or blanks into one.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

// docs/guide/scanner/misconfiguration/index.md in aquasecurity/trivy.
const TRANSCRIPT = [
  "    $ trivy fs --scanners vuln,misconfig,secret --severity HIGH,CRITICAL myapp/",
  "    2022-05-16T13:42:21.440+0100\tINFO\tNumber of language-specific files: 1",
  "",
].join("\n");

describe("trivy's --scanners secret in a transcript", () => {
  it("a Statsig server secret is still redacted (the harness sees what the scanner does)", () => {
    const key = "secret-" + "Xk8mQ3vT7pL2wN9cF4hJ6dS1gB0yA5eU3iO8qZ2m";
    expect(shown(`STATSIG_SERVER_SECRET=${key}\n`)).not.toContain(key);
  });

  it("the command and the log line after it pass unchanged", () => {
    expect(shown(TRANSCRIPT)).toBe(TRANSCRIPT);
  });
});
