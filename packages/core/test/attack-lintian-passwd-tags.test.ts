// False refusal (round 45, found from outside): lintian's output and its override files write one tag per line as
// `<package>: <tag> <details>`, and Debian's shadow-utils package is named `passwd` (base-passwd too). The
// scanner reads `passwd: elevated-privileges 4755 root/root [usr/bin/chfn]` as a password and its value and
// redacts the tag name; `/usr/share/lintian/overrides/passwd` comes back with every tag gone, and so does
// `lintian`'s report on any package that depends on passwd. Round 44 let `dpkg-query -W`'s `passwd<TAB>version`
// pass; the same name before a lintian tag is still read as a label. A correct guard takes a lowercase
// hyphenated lintian tag after a package name for what it is; a password after `passwd:` is still redacted.
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
const OVERRIDES = [
  "passwd: elevated-privileges 2755 root/shadow [usr/bin/chage]",
  "passwd: elevated-privileges 4755 root/root [usr/bin/chfn]",
  "passwd: elevated-privileges 4755 root/root [usr/bin/passwd]",
].join("\n");

describe("lintian tags of the passwd packages", () => {
  it("the overrides file passes unredacted", () => {
    expect(shown(OVERRIDES)).toBe(OVERRIDES);
  });

  it("base-passwd's override passes unredacted", () => {
    const line = "base-passwd: no-debconf-config\n";
    expect(shown(line)).toBe(line);
  });

  it("lintian's report line passes unredacted", () => {
    const line = "W: passwd: elevated-privileges 4755 root/root [usr/bin/newgrp]\n";
    expect(shown(line)).toBe(line);
  });

  it("a password after passwd: is still redacted", () => {
    expect(shown("passwd: Tr0ub4dor&3x\n")).not.toContain("Tr0ub4dor&3x");
  });

  it("a passphrase of hyphenated words after passwd: is still redacted", () => {
    expect(shown("passwd: correct-horse-battery-staple\n")).not.toContain("correct-horse-battery-staple");
  });
});
