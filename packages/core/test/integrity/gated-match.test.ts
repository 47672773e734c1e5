import { describe, expect, it } from "vitest";
import { alternativesOf, anyGateTest, byOpening, gatedTest } from "../../src/integrity/gated-match.js";

// Gates of every kind the signals use: case-insensitive words, case-sensitive ones, word boundaries, a
// lookbehind, a start anchor, punctuation; and two a union would break (a backreference, a group name twice).
const GATES = [
  /ignore|disregard/gi,
  /\bai\b|gpt/gi,
  /URGENT|MUST/g,
  /(?<=\s)now\b/gi,
  /^note/gim,
  // Alternatives with an anchor each: joined into the union bare (no group around each gate), every
  // alternative must still stand whole.
  /done$|^begin/gim,
  // A bar in a class, an escaped bar and one inside a group: none of them separates the gate's alternatives.
  /[|\]]x|a\|b|c(?:d|e)f/g,
  /\]\(|=\[/gi,
  /(ab)\1/g,
  /(?<w>xy)z/gi,
  /(?<w>qq)r/gi,
  /指令|инструкци/gi,
  // Regrouped by their first character (byOpening): a group of words opening an alternative, after a word
  // boundary or not; a quantified first character; first letters in either case, with the case ignored or
  // not; an escaped first character, one before a class, a lookbehind opening; letters past ASCII and a
  // character of two halves.
  /\b(?:forget|drop) (?:all|any)\b|(?:overlook|skip)s?:/gi,
  /q?zap|Qzap now|qUIT/gi,
  /Stop|stop now/g,
  /\[inst\]|\.env|@[\w-]+\./gi,
  /(?<!not )forgo/gi,
  /Élan|élan vital|😀x|😀y/gi,
];

const WORDS = [
  "ignore",
  "Disregard",
  "AI",
  "said",
  "urgent",
  "URGENT",
  " now",
  "now",
  "note",
  "\nNote",
  "done",
  "Begin",
  "\nbegin",
  "|x",
  "]x",
  "a|b",
  "cef",
  "ce",
  "](",
  "=[",
  "abab",
  "ab",
  "xyz",
  "qqr",
  "指令",
  "Инструкция",
  "forget all",
  "FORGET ANY",
  "drop any ",
  "dropall",
  "overlooks:",
  "skip:",
  "zap",
  "QZAP NOW",
  "qzap",
  "quit",
  "Stop",
  "stop now",
  "stop",
  "STOP NOW",
  "[INST]",
  ".env",
  "@x.",
  "not ",
  "forgo",
  "Élan",
  "ÉLAN VITAL",
  "élan",
  "😀",
  "😀Y",
  "echo",
  "bench",
  "12",
  " ",
  "\n",
  "gp",
  "t",
  "x",
  "y",
];

/** The same pseudo-random texts on every run (a linear congruential generator). */
function texts(count: number): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(
      "",
    ),
  );
}

const someGate = (text: string) =>
  GATES.some((gate) => {
    gate.lastIndex = 0;
    return gate.test(text);
  });

describe("anyGateTest", () => {
  const anyGate = anyGateTest(GATES);

  it("says whether any gate occurs, exactly, over texts with and without them", () => {
    const all = texts(3000);
    let hits = 0;
    for (const text of all) {
      expect(anyGate(text), JSON.stringify(text)).toBe(someGate(text));
      if (someGate(text)) hits++;
    }
    // Both answers are exercised.
    expect(hits).toBeGreaterThan(300);
    expect(hits).toBeLessThan(2900);
  });

  it("keeps case-sensitive gates case-sensitive and backreferences working", () => {
    expect(anyGate("urgent")).toBe(false);
    expect(anyGate("URGENT")).toBe(true);
    expect(anyGate("abab")).toBe(true);
    expect(anyGate("abba")).toBe(false);
    expect(anyGate("xyz qqr")).toBe(true);
    expect(anyGate("echo: bench 12")).toBe(false);
  });

  it("skips only texts where gatedTest finds nothing for every gate", () => {
    const pattern = /[\s\S]/;
    for (const text of texts(500))
      if (!anyGate(text)) for (const gate of GATES) expect(gatedTest(text, gate, pattern)).toBe(false);
  });
});

describe("byOpening", () => {
  it("groups alternatives by the character they open with, and leaves the others as they are", () => {
    expect(
      byOpening(["echo", "Email", String.raw`\bai\b`, String.raw`\bAll`, "x?y", "xz", String.raw`\sz`], true),
    ).toEqual(["e(?:cho|mail)", String.raw`\ba(?:i\b|ll)`, "xz", "x?y", String.raw`\sz`]);
    expect(byOpening(["Stop", "stop now", String.raw`(?:drop|skip)s? it`], false)).toEqual([
      "Stop",
      "s(?:top now|kips? it)",
      "drops? it",
    ]);
  });
});

describe("alternativesOf", () => {
  it("splits at the top level only", () => {
    expect(alternativesOf("ignore|disregard")).toEqual(["ignore", "disregard"]);
    expect(alternativesOf(String.raw`[|\]]x|a\|b|c(?:d|e)f`)).toEqual([
      String.raw`[|\]]x`,
      String.raw`a\|b`,
      "c(?:d|e)f",
    ]);
    expect(alternativesOf(String.raw`(?<=\s)now\b`)).toEqual([String.raw`(?<=\s)now\b`]);
    expect(alternativesOf("a|")).toEqual(["a", ""]);
  });
});
