// Attack (round 50, false refusal found from the outside): bash completion scripts list a command's
// subcommands as quoted words (apt's, /usr/share/bash-completion/completions/apt: `"upgrade" "full-upgrade"
// "dist-upgrade"`), and the scanner redacts `dist-upgrade` as a secret (towards a server: the call is
// blocked), though none of the words is named as a credential; the same three words without the first, or in
// another order, pass. A correct guard does not read a value out of a row of quoted words that no
// credential's name introduces.
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

/** Lines 41-46 of /usr/share/bash-completion/completions/apt (apt 2.6). */
const APT_COMPLETION = `        "show" "showsrc"
        "install" "reinstall" "remove" "purge" "autoremove" "autopurge"
        "update"
        "upgrade" "full-upgrade" "dist-upgrade"
        "edit-sources"
        "help"
`;

describe("apt's subcommand list", () => {
  it("reaches the client whole", () => {
    expect(shown(APT_COMPLETION)).toBe(APT_COMPLETION);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(APT_COMPLETION)).toEqual([]);
  });
});
