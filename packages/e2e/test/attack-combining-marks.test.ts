// Attack (round 26): a value with one combining mark from outside U+0300–U+036F inside it. The README promises
// that combining marks are folded out of the decoded views ("Unicode look-alikes folded to ASCII: …,
// combining marks and the grapheme joiner"), so `ghp_…ẃ…` is read as the token. It is, for the marks of
// Combining Diacritical Marks (U+0300–U+036F); the other blocks of combining marks made for any letter are
// not folded: Combining Diacritical Marks Extended (U+1AB0–), Supplement (U+1DC0–), for Symbols (U+20D0–,
// the keycap U+20E3 among them) and Combining Half Marks (U+FE20–). A reader sees the same letters with a
// small mark over one; detection reads two harmless halves (a card or an IBAN so cut is taken for a phone
// number, which passes in both directions by default).
//
// Observed through the real bridge and the recording server (before the fix):
//   towards the server: with U+0301 5 of 5 values refused (sensitive_data); with each of the five marks
//     below 25 of 25 forwarded, the recorder log holds each value whole but for the mark;
//   towards the client: with U+0301 5 of 5 redacted; with those marks 25 of 25 reached the client
//     unredacted.
// Now: the Unicode view (decode.ts) skips the marks of every combining diacritics block as it skips U+0301:
// 25 of 25 refused towards the server and redacted towards the client.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

/** Each value with a mark `m` inside it, and the value as it reads without the mark. */
const VALUES: Record<string, { text: (m: string) => string; whole: string }> = {
  "GitHub token": {
    text: (m) => `see ghp_R8kWq2ZpL5vN3xT7${m}yB1cD4fG6hJ9mK0sA2eU`,
    whole: "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU",
  },
  "AWS key id": { text: (m) => `use AKIAZ7Q4M2${m}N7P3R6T5VW`, whole: "AKIAZ7Q4M2N7P3R6T5VW" },
  card: { text: (m) => `card 4111 1111 1${m}111 1111`, whole: "4111 1111 1111 1111" },
  SSN: { text: (m) => `SSN 536-22-8${m}471`, whole: "536-22-8471" },
  IBAN: { text: (m) => `IBAN DE89 3704 0${m}044 0532 0130 00`, whole: "DE89 3704 0044 0532 0130 00" },
};
const ACUTE = "\u0301";
const MARKS: Record<string, string> = {
  "U+1AB0 (Extended)": "\u1ab0",
  "U+1DC4 (Supplement)": "\u1dc4",
  "U+20D0 (for Symbols)": "\u20d0",
  "U+20E3 keycap": "\u20e3",
  "U+FE20 (Half Marks)": "\ufe20",
};

/** Every value with every mark, named "<value> / <mark>". */
const cases = (marks: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(VALUES).flatMap(([what, { text }]) =>
      Object.entries(marks).map(([name, m]) => [`${what} / ${name}`, text(m)]),
    ),
  );
const marked = cases(MARKS);
const acute = cases({ "U+0301": ACUTE });

/** The names whose value can be read in `text` once the marks (and the blanks between groups) are taken out. */
const readable = (text: string) => {
  const joined = text.replace(/[\p{M} ]/gu, "");
  return Object.entries(VALUES)
    .filter(([, { whole }]) => joined.includes(whole.replace(/ /g, "")))
    .map(([what]) => what);
};

const tools = Object.keys(marked).map((_, i) => `report${i}`);
const { home, log } = recorderWithResults({
  ...Object.fromEntries(
    Object.values(marked).map((text, i) => [tools[i], { content: [{ type: "text", text }] }]),
  ),
  ...Object.fromEntries(
    Object.values(acute).map((text, i) => [`acute${i}`, { content: [{ type: "text", text }] }]),
  ),
});
afterAll(() => home.cleanup());

describe("a value with a combining mark from outside U+0300–U+036F", () => {
  it("towards the server: refused as the same value with U+0301 is, never reaching the server", async () => {
    const outcomes = await noteOutcomes(home, { ...acute, ...marked });
    const reached = recorded(log)
      .filter((m) => typeof m === "object" && m.method === "tools/call")
      .flatMap((m) =>
        readable(String((m as { params: { arguments: { note?: unknown } } }).params.arguments.note)),
      );
    expect({ outcomes, reached }).toEqual({
      outcomes: { ...sameFor(acute, "sensitive_data"), ...sameFor(marked, "sensitive_data") },
      reached: [],
    });
  });

  it("towards the client: redacted in a tool's result as the same value with U+0301 is", async () => {
    const names = [...Object.keys(acute).map((_, i) => `acute${i}`), ...tools];
    const texts = await resultTexts(home, names);
    const shown = (name: string) =>
      (JSON.parse(texts[name]!) as { content: { text: string }[] }).content[0]!.text;
    const leaked = Object.fromEntries(
      names.map((name) => [name, readable(shown(name))] as const).filter(([, r]) => r.length > 0),
    );
    expect(leaked).toEqual({});
  });
});
