// What the scanner works out once per text and shares among the detectors (digit chains, the byte copy the
// decoders' probes read), and the prefilter in front of the secret rules (the keyword automaton), must never
// skip a place where something is to be found. Random texts, with keywords, credentials and personal data
// planted at random offsets among characters beyond ASCII (some of them fold to ASCII letters under other case
// mappings), are scanned with and without the shared pass, and the automaton is compared with a search that
// tries every keyword at every position.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { SharedPass } from "../../src/detect/digit-chains.js";
import { SECRET_RULES, secretDetectors } from "../../src/detect/secrets/index.js";
import { KeywordIndex } from "../../src/detect/secrets/keyword-index.js";
import { textCodes } from "../../src/detect/text-codes.js";
import { samples } from "./samples.js";

let seed = 7;
function random(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor((seed / 2147483648) * n);
}
const pick = <T>(items: readonly T[]): T => items[random(items.length)] as T;

const KEYWORDS = [...new Set(SECRET_RULES.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
// Filler: ASCII letters, digits and punctuation, and characters beyond ASCII, some of them folding to ASCII
// letters in other case mappings (Turkish dotted İ, the Kelvin sign, long s) or written as two code units.
const FILLER = [
  ..."abcdefgKSPT0123456789 _-=:.\"'\n",
  "é",
  "ß",
  "İ",
  "\u212A",
  "\u017F",
  "Ｋ",
  "\u00A0",
  "😀",
  "ж",
];

function randomCase(word: string): string {
  return [...word].map((c) => (random(2) === 0 ? c.toUpperCase() : c)).join("");
}

/** A text of `length` characters or more with `plants` values written at random offsets. */
function plantedText(length: number, plants: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part = random(4) === 0 && plants.length > 0 ? pick(plants) : pick(FILLER);
    parts.push(part);
    size += part.length;
  }
  return parts.join("");
}

/** Every occurrence, ASCII case folded, in the order the automaton reports them: by end, then longest first. */
function everyOccurrence(text: string): string[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const found: { id: number; start: number; end: number }[] = [];
  KEYWORDS.forEach((keyword, id) => {
    for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1))
      found.push({ id, start: at, end: at + keyword.length });
  });
  found.sort((a, b) => a.end - b.end || a.start - b.start);
  return found.map((f) => `${f.id}@${f.start}`);
}

describe("the shared pass and the keyword prefilter skip nothing", () => {
  const index = new KeywordIndex(KEYWORDS);

  it("the keyword automaton reports every occurrence, in order, as a search of every keyword at every position", () => {
    let occurrences = 0;
    for (let round = 0; round < 300; round++) {
      const plants = Array.from({ length: 3 }, () => randomCase(pick(KEYWORDS)));
      const text = plantedText(300 + random(600), plants);
      const expected = everyOccurrence(text);
      const hits: string[] = [];
      index.scan(text, (k, at) => hits.push(`${k}@${at}`));
      expect(hits, text).toEqual(expected);
      // Read from the text's bytes (as the scanner hands them over for long texts), the same.
      const fromCodes: string[] = [];
      index.scan(text, (k, at) => fromCodes.push(`${k}@${at}`), textCodes(text));
      expect(fromCodes, text).toEqual(expected);
      occurrences += expected.length;
    }
    // The planted keywords are there to be found: a search that found nothing would prove nothing.
    expect(occurrences).toBeGreaterThan(1000);
  });

  it("the secret rules find every credential planted at a random offset among characters beyond ASCII", () => {
    const [rules] = secretDetectors();
    if (rules === undefined) throw new Error("no secret rules detector");
    const credentials = [
      samples.aws_access_key_id,
      samples.github_classic,
      samples.gitlab,
      samples.stripe,
      samples.npm,
      samples.slack,
    ];
    let planted = 0;
    let found = 0;
    for (let round = 0; round < 150; round++) {
      const value = pick(credentials)();
      const text = plantedText(300 + random(1500), [` ${value} `, ` password = "${value.slice(4)}" `]);
      // The random filler may have drawn only the password line: then the whole value is not there to find.
      if (!text.includes(value)) continue;
      const spans = rules.find(text, undefined, new SharedPass(text));
      planted++;
      if (spans.some((s) => text.slice(s.start, s.end).includes(value))) found++;
    }
    expect(planted).toBeGreaterThan(100);
    expect(found).toBe(planted);
  });

  it("every built-in detector finds the same with and without the shared pass", () => {
    const detectors = builtInDetectors();
    const values = [
      samples.aws_access_key_id(),
      samples.jwt(),
      "4111 1111 1111 1111",
      "+44 20 7946 0958",
      "DE89 3704 0044 0532 0130 00",
      "123-45-6789",
      "jane.doe@example.com",
    ];
    for (let round = 0; round < 60; round++) {
      const text = plantedText(
        300 + random(1500),
        values.map((v) => ` ${v} `),
      );
      const shared = new SharedPass(text);
      for (const detector of detectors)
        expect(detector.find(text, undefined, shared), detector.type).toEqual(detector.find(text));
    }
  });
});
