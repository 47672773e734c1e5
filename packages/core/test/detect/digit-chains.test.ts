import { describe, expect, it } from "vitest";
import { chainMatches, SharedPass } from "../../src/detect/digit-chains.js";

// The patterns the detectors try inside digit chains (card, phone, SSN): each must find, inside chains,
// exactly what its global regex finds over the whole text.
const PATTERNS: [string, string, number, number][] = [
  ["card", "(?<![0-9A-Za-z_.+-])[0-9](?:[ -]?[0-9]){11,18}(?![0-9A-Za-z_])", 12, 0],
  [
    "phone",
    "[+(]?[0-9](?:[ ()./-]{0,2}[0-9]){6,}(?:[ ]?(?:[xX]|[eE]xt\\.?|[eE]xtension|#)[ ]?[0-9]{1,6})?",
    7,
    1,
  ],
  [
    "ssn",
    "(?<![0-9A-Za-z.-])(?!000|666|9[0-9]{2})[0-9]{3}([- .])(?!00)[0-9]{2}\\1(?!0000)[0-9]{4}(?![0-9A-Za-z-]|\\.[0-9])",
    9,
    0,
  ],
];

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function digitHeavyText(next: () => number, length: number): string {
  const alphabet = "0123456789012345678901234567890123456789 ()./-+xX#extab_";
  let text = "";
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

function globalMatches(text: string, source: string): [number, string][] {
  const pattern = new RegExp(source, "g");
  return [...text.matchAll(pattern)].map((m) => [m.index!, m[0]]);
}

describe("chainMatches finds what a global regex finds", () => {
  it.each(PATTERNS)("%s", (_, source, minDigits, lead) => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const text = digitHeavyText(next, 200);
      const found = [...chainMatches(text, new SharedPass(text), minDigits, new RegExp(source, "y"), lead)];
      expect(
        found.map((m) => [m.index, m[0]]),
        text,
      ).toEqual(globalMatches(text, source));
    }
  });

  it("the phone pattern resumes after an extension that stops inside a run of digits", () => {
    const text = "call 555-0132 x1234567890123 now";
    const source = PATTERNS[1]![1];
    const found = [...chainMatches(text, undefined, 7, new RegExp(source, "y"), 1)];
    expect(found.map((m) => [m.index, m[0]])).toEqual(globalMatches(text, source));
    expect(found).toHaveLength(2);
  });
});

describe("chains a caller does not want are not searched", () => {
  // The phone detector skips chains glued to a word after them (2024-05-12T10:22 in a log): every candidate
  // in such a chain ends at the chain's end, unless an extension follows, so a word character follows it.
  const isWord = (c: number) => /[0-9A-Za-z_]/.test(String.fromCharCode(c));
  const wordAfter = (text: string, end: number) => {
    const after = text.charCodeAt(end);
    return (isWord(after) && !"xXeE".includes(text[end] ?? "")) || after === 61;
  };
  const phone = PATTERNS[1]![1];

  it("skips exactly the matches of unwanted chains, and those are all glued to a word", () => {
    const next = random(11);
    let skipped = 0;
    const alphabet = "0123456789012345678901234567890123456789 ()./-+xX#eExtabT=_";
    for (let round = 0; round < 300; round++) {
      let text = "";
      for (let i = 0; i < 200; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const pass = new SharedPass(text);
      const all = chainMatches(text, pass, 7, new RegExp(phone, "y"), 1);
      const kept = chainMatches(text, pass, 7, new RegExp(phone, "y"), 1, (c) => !wordAfter(text, c.end));
      const chainOf = (m: RegExpExecArray) =>
        pass.digitChains().find((c) => c.start <= m.index + 1 && m.index < c.end);
      const unwanted = (m: RegExpExecArray) => wordAfter(text, chainOf(m)!.end);
      const shape = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
      expect(shape(kept), text).toEqual(shape(all.filter((m) => !unwanted(m))));
      for (const m of all.filter(unwanted)) {
        skipped++;
        const after = text.charCodeAt(m.index + m[0].length);
        expect(isWord(after) || after === 61, `${text} @${m.index}`).toBe(true);
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });
});

describe("chains of any length", () => {
  const unbounded = (text: string) =>
    [...text.matchAll(/[0-9](?:[ ()./-]{0,2}[0-9]){6,}/g)].map((m) => [m.index, m.index + m[0].length]);

  it("are the chains an unbounded pattern finds, however many pieces they are read in", () => {
    const next = random(5);
    let longest = 0;
    for (let round = 0; round < 40; round++) {
      // Long runs of digits and separators (thousands of digits), broken now and then by a letter or a gap.
      let text = "";
      while (text.length < 12_000) {
        const r = next();
        if (r < 0.93) text += String(Math.floor(next() * 10));
        else if (r < 0.9995) text += " ()./-"[Math.floor(next() * 6)];
        else text += next() < 0.5 ? "a" : " - ";
      }
      const chains = new SharedPass(text).digitChains();
      expect(chains.map((c) => [c.start, c.end])).toEqual(unbounded(text));
      for (const c of chains) expect(c.digits).toBe(text.slice(c.start, c.end).replace(/[^0-9]/g, "").length);
      longest = Math.max(longest, ...chains.map((c) => c.digits));
    }
    expect(longest).toBeGreaterThan(2 * 1024); // read in three pieces or more
  });

  it("eight million digits are one chain (once the pattern overflowed the regex engine's stack)", () => {
    const chains = new SharedPass("1".repeat(8_000_000)).digitChains();
    expect(chains).toEqual([{ start: 0, end: 8_000_000, digits: 8_000_000 }]);
  });
});
