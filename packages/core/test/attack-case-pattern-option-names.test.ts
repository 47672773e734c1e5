// Attack (round 50, false refusal found from the outside): a shell `case` pattern that lists option names,
// `--unlock-key-file|--tpm2-public-key|--tpm2-signature)` (systemd's bash completion for
// systemd-cryptenroll), is read as a key named `--unlock-key-` whose value is
// `file|--tpm2-public-key|--tpm2-signature`, and redacted (towards a server: the call is blocked). Completion
// scripts, argument parsers and man pages join option names with `|`; a name that merely contains "key"
// continues past the hyphen. A correct guard never ends a name at a hyphen inside a word (`key-file` is one
// name) and reads a `|`-joined row of `--options` as names, not a value.
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

/** Lines 71-76 of /usr/share/bash-completion/completions/systemd-cryptenroll (systemd 252). */
const COMPLETION = `    if __contains_word "$prev" \${OPTS[ARG]}; then
        case $prev in
            --unlock-key-file|--tpm2-public-key|--tpm2-signature)
                comps=$(compgen -A file -- "$cur")
                compopt -o filenames
                ;;
`;

describe("option names joined in a case pattern", () => {
  it("systemd-cryptenroll's completion reaches the client whole", () => {
    expect(shown(COMPLETION)).toBe(COMPLETION);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(COMPLETION)).toEqual([]);
  });
});
