// Attack (round 26): a value cut by Unicode's own line breaks. The README promises secrets and numbers found
// "written with full-width digits, Unicode separators …", a token cut into chunks "by blanks, line breaks,
// …" read by its vendor's format, and cards and SSNs whose groups are joined by a line break. A `\n` there is
// read so; U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (Unicode's separator categories Zl and Zp,
// line terminators to JavaScript's own regular expressions), U+0085 NEXT LINE, and the ASCII vertical tab
// and form feed (all mandatory breaks, class BK, in Unicode's line-breaking algorithm) are not: the value is read as two harmless halves. A card so cut is taken for a phone
// number, which passes in both directions by default.
//
// Observed through the real bridge and the recording server (before the fix):
//   towards the server: with `\n` 4 of 4 values refused (sensitive_data); with U+2028, U+2029, U+0085, VT
//     or FF 20 of 20 forwarded, the recorder log holds each value whole but for the break;
//   towards the client: with `\n` 4 of 4 redacted; with those five breaks 20 of 20 reached the client
//     unredacted.
// Now: the scanner reads those five breaks as "\n" in every text and view (detect/line-breaks.ts; one code
// unit each, so offsets do not move): 20 of 20 refused and redacted as with "\n", the card as a card.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

/** Each value with a break `b` inside it, and the value as it reads without the break. */
const VALUES: Record<string, { text: (b: string) => string; whole: string }> = {
  "GitHub token": {
    text: (b) => `see ghp_R8kWq2ZpL5vN3xT7${b}yB1cD4fG6hJ9mK0sA2eU`,
    whole: "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU",
  },
  "AWS key id": { text: (b) => `use AKIAZ7Q4M2${b}N7P3R6T5VW`, whole: "AKIAZ7Q4M2N7P3R6T5VW" },
  card: { text: (b) => `card 4111 1111${b}1111 1111`, whole: "4111 1111 1111 1111" },
  SSN: { text: (b) => `SSN 536-22-${b}8471`, whole: "536-22-8471" },
};
const NEWLINE = "\n";
const BREAKS: Record<string, string> = {
  "U+2028": "\u2028",
  "U+2029": "\u2029",
  "U+0085": "\u0085",
  VT: "\u000b",
  FF: "\u000c",
};

/** Every value with every break, named "<value> / <break>". */
const cases = (breaks: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(VALUES).flatMap(([what, { text }]) =>
      Object.entries(breaks).map(([name, b]) => [`${what} / ${name}`, text(b)]),
    ),
  );
const broken = cases(BREAKS);
const newline = cases({ "\\n": NEWLINE });

/** The names whose value can be read in `text` once the breaks (and the blanks between groups) are taken out. */
const readable = (text: string) => {
  const joined = text.replace(/[\n\u2028\u2029\u0085\u000b\u000c ]/g, "");
  return Object.entries(VALUES)
    .filter(([, { whole }]) => joined.includes(whole.replace(/ /g, "")))
    .map(([what]) => what);
};

const tools = Object.keys(broken).map((_, i) => `report${i}`);
const { home, log } = recorderWithResults({
  ...Object.fromEntries(
    Object.values(broken).map((text, i) => [tools[i], { content: [{ type: "text", text }] }]),
  ),
  ...Object.fromEntries(
    Object.values(newline).map((text, i) => [`newline${i}`, { content: [{ type: "text", text }] }]),
  ),
});
afterAll(() => home.cleanup());

describe("a value cut by U+2028, U+2029, U+0085, VT or FF", () => {
  it("towards the server: refused as the same value cut by \\n is, never reaching the server", async () => {
    const outcomes = await noteOutcomes(home, { ...newline, ...broken });
    const reached = recorded(log)
      .filter((m) => typeof m === "object" && m.method === "tools/call")
      .flatMap((m) =>
        readable(String((m as { params: { arguments: { note?: unknown } } }).params.arguments.note)),
      );
    expect({ outcomes, reached }).toEqual({
      outcomes: { ...sameFor(newline, "sensitive_data"), ...sameFor(broken, "sensitive_data") },
      reached: [],
    });
  });

  it("towards the client: redacted in a tool's result as the same value cut by \\n is", async () => {
    const names = [...Object.keys(newline).map((_, i) => `newline${i}`), ...tools];
    const texts = await resultTexts(home, names);
    const shown = (name: string) =>
      (JSON.parse(texts[name]!) as { content: { text: string }[] }).content[0]!.text;
    const leaked = Object.fromEntries(
      names.map((name) => [name, readable(shown(name))] as const).filter(([, r]) => r.length > 0),
    );
    expect(leaked).toEqual({});
  });
});
