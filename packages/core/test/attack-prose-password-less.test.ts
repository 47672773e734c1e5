// Attack (round 44, found from outside; a false refusal): prose that says "password-less authentication"
// has its next word redacted as a password, and that word again wherever it stands. Git's own release notes
// (Documentation/RelNotes/2.3.1.txt, shipped in /usr/share/doc/git) say "After attempting and failing a
// password-less authentication (e.g. kerberos), libcURL refuses to fall back to password based Basic
// authentication", and come back as "password-less [REDACTED] … Basic [REDACTED]" (the word ends the line there; the same words in
// the middle of one line pass, the control). Towards a server the text is refused. A correct guard reads "password-less" as an adjective: a word after it, in a sentence, is
// not its value.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const GIT_RELNOTES = ` * After attempting and failing a password-less authentication
   (e.g. kerberos), libcURL refuses to fall back to password based
   Basic authentication without a bit of help/encouragement.

 * Setting diff.submodule to 'log' made "git format-patch" produce
   broken patches.
`;

describe("password-less in prose", () => {
  it("git's release notes pass unredacted", () => {
    expect(shown(GIT_RELNOTES)).toBe(GIT_RELNOTES);
  });

  it("the control: the same words inside one line already pass", () => {
    const text = "We now support password-less authentication through passkeys.\n";
    expect(shown(text)).toBe(text);
  });
});

describe("a password named with a deployment's word", () => {
  it("is still redacted at a line's end", () => {
    const text = "DB_PASSWORD_PROD Tr0ub4dor&3x\n";
    expect(shown(text)).not.toContain("Tr0ub4dor&3x");
  });
});
