// False refusal (round 45, found from outside): a man page's option list describes `-p, --pass` and the scanner
// takes the option for a password's name. util-linux's col(1), rendered by `man -P cat col`, comes back with the
// word "itself" of the option's description replaced by `[REDACTED:secret_assignment]`, and towards a server the
// same page (a documentation or notes tool) is refused as carrying a secret. Agents read man pages and `--help`
// output all the time to learn a tool. An option's name at the head of its own description is no assignment; a
// correct guard lets an option list's `--pass` entry and its prose pass, while `-passout pass:Tr0ub4dor&3x` on a
// command line is still redacted.
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
/** `man -P cat col` (util-linux 2.38), its OPTIONS as rendered. */
const COL_OPTIONS = [
  "       -h, --tabs",
  "\t   Output tabs instead of multiple spaces.",
  "",
  "       -l, --lines number",
  "\t   Buffer at least number lines in memory. By default, 128 lines are buffered.",
  "",
  "       -p, --pass",
  "\t   Force unknown control sequences to be passed through unchanged. Normally col will",
  "\t   filter out any control sequences other than those recognized and interpreted by",
  "\t   itself, which are listed below.",
  "",
  "       -x, --spaces",
  "\t   Output multiple spaces instead of tabs.",
  "",
  "       -h, --help",
].join("\n");

describe("a --pass option in a man page", () => {
  it("col(1)'s options pass unredacted", () => {
    expect(shown(COL_OPTIONS)).toBe(COL_OPTIONS);
  });

  it("an option entry indented with blanks, its description with a comma, passes unredacted", () => {
    const entry = "       -p, --pass\n           itselfx, which are listed below.\n";
    expect(shown(entry)).toBe(entry);
    const tabbed = "       -p, --pass\n\t   itselfx, which are listed below.\n";
    expect(shown(tabbed)).toBe(tabbed);
  });

  it("a data frame's password column is still redacted", () => {
    const frame = "     name      password\n0     bob  Xk9#mQ2vLp7t\n";
    expect(shown(frame)).not.toContain("Xk9#mQ2vLp7t");
  });

  it("a delimited table's password column is still redacted", () => {
    const csv = "user, pass\nbob, Xk9#mQ2vLp7t\n";
    expect(shown(csv)).not.toContain("Xk9#mQ2vLp7t");
  });

  it("a --pass value on a command line is still redacted", () => {
    expect(shown("openssl pkcs12 -export -in cert.pem -passout pass:Tr0ub4dor&3x\n")).not.toContain(
      "Tr0ub4dor&3x",
    );
  });
});
