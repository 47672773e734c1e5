// A value cut by Unicode's other line breaks (U+2028, U+2029, U+0085, VT, FF) is read as the same value cut
// by "\n": a token, a key id, a card (a card, not the phone number its halves could be) and an SSN.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { withNewlines } from "../../src/detect/line-breaks.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => scanner.spans(text).map((s) => s.type);

const BREAKS = ["\u2028", "\u2029", "\u0085", "\u000b", "\u000c"];
const VALUES: [string, (b: string) => string][] = [
  ["github_token", (b) => `see ghp_R8kWq2ZpL5vN3xT7${b}yB1cD4fG6hJ9mK0sA2eU`],
  ["aws_access_key_id", (b) => `use AKIAZ7Q4M2${b}N7P3R6T5VW`],
  ["credit_card", (b) => `card 4111 1111${b}1111 1111`],
  ["ssn", (b) => `SSN 536-22-${b}8471`],
];

describe("a value cut by U+2028, U+2029, U+0085, VT or FF", () => {
  it.each(VALUES.flatMap(([type, text]) => BREAKS.map((b) => [type, escape(b), text(b)])))(
    "%s cut by %s: found as when cut by \\n",
    (type, _, text) => {
      expect(types(text)).toEqual([type]);
    },
  );

  it("keeps the text's length, so offsets stay where the value is written", () => {
    const text = "a\u2028b\u2029c\u0085d\u000be\u000cf";
    expect(withNewlines(text)).toBe("a\nb\nc\nd\ne\nf");
    const plain = "no other breaks\nhere";
    expect(withNewlines(plain)).toBe(plain);
  });
});

function escape(b: string): string {
  return `U+${b.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

// A text that writes its breaks as the two characters `\n` (JSON lines, an iCalendar DESCRIPTION, code):
// the escape's letter is not glued to the value after it.
describe("a value after a break written as an escape", () => {
  it.each([
    ["ssn", String.raw`{"log":"Jane Roe\n078-05-1120\n"}` + "\n" + String.raw`{"log":"ok\n"}`],
    ["credit_card", String.raw`DESCRIPTION:Card on file\n4539 1488 0343 6467\n\nBest\,`],
    ["phone", String.raw`Acme Dental\r\n(415) 555-0132`],
    ["ssn", String.raw`name\tssn\nJane\t078-05-1120`],
  ])("%s", (type, text) => {
    expect(types(text)).toEqual([type]);
  });

  it("reads the escape as a break of its own length, and an escaped backslash as none", () => {
    expect(withNewlines(String.raw`a\n1\r(2\t+3`)).toBe("a\r\n1\r\n(2 \t+3");
    const written = String.raw`C:\\new\n\"x\" \n \u0041`;
    expect(withNewlines(written)).toBe(written);
    expect(withNewlines(String.raw`C:\\\n4`)).toBe("C:\\\\\r\n4");
  });
});
