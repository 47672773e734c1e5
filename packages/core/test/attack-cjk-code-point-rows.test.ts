// False refusal (round 50, found from outside; what rounds 46 and 47 left): Unicode::Collate's CJK tables
// (Big5.pm, GB2312.pm, Pinyin.pm, Stroke.pm in Debian's perl 5.36) still lose code points as credit cards.
// Round 46 (attack-code-point-table-cards) passes a decimal run among hex words inside a line, round 47
// (attack-collate-tables-across-lines) a run across a line break; a run of four decimal words at the *start*
// of a line, before the line's hex words, is still redacted: `9704 9706 9707 9709 9760 978D 978B …` comes
// back as `[REDACTED:credit_card] 9760 978D …` (towards a server: blocked). A scan of /usr/share/perl found
// such lines in all four files. A correct guard applies the same rule wherever the run sits in its line: a
// group whose line is hex words of the same width is no card's.
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

/** Rows of /usr/share/perl/5.36.0/Unicode/Collate/CJK/Big5.pm (code points in Big5 order). */
const BIG5_ROWS = `5140 5145 5144 5143 5146 5167 5168 5169 516F 5171
52BB 5352 5354 5353 5351 5366 5377 5378 5379 53D6
9704 9706 9707 9709 9760 978D 978B 978F 9821 982B
5112 5118 5114 5110 5115 5180 51AA 51DD 5291 5293
6420 6424 6433 6443 641F 6415 6418 6439 6437 6422
`;

describe("CJK code-point tables", () => {
  it("a table of hex code points reaches the client whole", () => {
    expect(shown(BIG5_ROWS)).toBe(BIG5_ROWS);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(BIG5_ROWS)).toEqual([]);
  });
});
