// Attack (round 48, found from outside; a false refusal): man pages generated from DocBook end sentences with
// roff's zero-width escape, `valid\&.`, so that a period is never read as a roff request. chage(1) of the
// shadow suite (installed on every Debian and Ubuntu system) says "Set the maximum number of days during which
// a password is valid\&." The scanner redacts `valid\&` as the password, then every other `valid\&` of the
// page; the same sentence without the escape passes. `man chage` output read raw (`zcat`), a man-page viewer
// tool, or a documentation patch sent to a server (refused: a secret) all hit it. Found by scanning
// /usr/share/man. A correct guard reads `\&` as the nothing roff prints, so the word is the prose it was.
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

/** chage(1)'s source, as /usr/share/man/man1/chage.1.gz holds it. */
const CHAGE = `.PP
\\fB\\-M\\fR, \\fB\\-\\-maxdays\\fR\\ \\&\\fIMAX_DAYS\\fR
.RS 4
Set the maximum number of days during which a password is valid\\&. When
\\fIMAX_DAYS\\fR
plus
\\fILAST_DAY\\fR
is less than the current day, the user will be required to change their password before being able to use
their account\\&.
`;

describe("a DocBook man page's sentence about a password", () => {
  it("without the escape passes (the harness sees what the scanner does)", () => {
    const text = "Set the maximum number of days during which a password is valid. When";
    expect(shown(text)).toBe(text);
  });

  it("chage(1)'s roff source passes unredacted", () => {
    expect(shown(CHAGE)).toBe(CHAGE);
  });

  it.each([
    "The new password is \\fIvalid\\fR until the account expires\\&.",
    "Note that the password is case\\-sensitive\\&.",
  ])("a word in a font escape or with roff's hyphen passes: %s", (text) => {
    expect(shown(text)).toBe(text);
  });

  it("a password said with an escape in it is still redacted", () => {
    expect(shown("The root password is Tr0ub4dor\\&3 for now.")).not.toContain("Tr0ub4dor");
  });
});
