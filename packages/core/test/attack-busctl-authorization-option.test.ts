// Attack (round 50, false refusal found from the outside): systemd's busctl takes
// `--allow-interactive-authorization=yes|no` (its man page, bash completion and polkit how-tos all print it),
// and the scanner reads `authorization=no` as an HTTP Authorization header and redacts the word after it, the
// next option or the D-Bus service name (`org.freedesktop.login1`), as its credential (towards a server: the
// call is blocked). An assistant asked to reboot or query a unit over D-Bus cannot pass or read the command.
// A correct guard reads an Authorization header only as `Authorization:` (a header's colon) followed by a
// scheme, not `authorization=` inside an option name with a yes/no value.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

const BUSCTL = `$ busctl call --allow-interactive-authorization=yes org.freedesktop.login1 /org/freedesktop/login1 org.freedesktop.login1.Manager Reboot b true
`;
/** From /usr/share/bash-completion/completions/busctl (systemd 252). */
const COMPLETION = `    local -A OPTS=(
        [STANDALONE]='-h --help --version --no-pager --no-legend --system --user
                      --show-machine --unique --acquired --activatable --list
                      --quiet --verbose --expect-reply=no --auto-start=no
                      --allow-interactive-authorization=no --augment-creds=no
                      --watch-bind=yes -j -l --full'
`;

describe("busctl's --allow-interactive-authorization", () => {
  it.each([
    ["a busctl call", BUSCTL],
    ["busctl's bash completion", COMPLETION],
  ])("%s reaches the client whole", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(BUSCTL)).toEqual([]);
  });
});
