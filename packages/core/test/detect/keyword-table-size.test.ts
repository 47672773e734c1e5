// The keyword automaton's table is resident in every daemon for as long as it runs (the secret rules' 12,888
// states of 60 classes). Its entries are state numbers in 16 bits, rows padded to a power of two: 128 bytes a
// state for 60 classes, where 32-bit row offsets took 240 (3.1 MB for the secret rules). That the numbers read
// right at the top of their range is keyword-index-ends' "near its largest size".
import { describe, expect, it } from "vitest";
import { KeywordIndex } from "../../src/detect/secrets/keyword-index.js";

/** 60 distinct keyword characters, as the secret rules' keywords have. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_-.:/=@$#!%&*+?~^|<>()[]{";

/** Keywords from a seeded generator: the same set on every run. */
function keywordsOf(count: number, length: number, seed: number): string[] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length }, () => ALPHABET[next() % ALPHABET.length]).join(""),
  );
}

/** The trie's states: one per distinct prefix, and the root. */
const statesOf = (keywords: readonly string[]): number =>
  new Set(keywords.flatMap((k) => Array.from({ length: k.length }, (_, i) => k.slice(0, i + 1)))).size + 1;

const tableBytes = (index: KeywordIndex): number =>
  (Reflect.get(index, "delta") as ArrayBufferView).byteLength;

describe("the keyword automaton's table", () => {
  it("takes at most 128 bytes a state for 60 classes", () => {
    const keywords = [ALPHABET, ...keywordsOf(1500, 8, 7)];
    const states = statesOf(keywords);
    expect(states).toBeGreaterThan(10_000);
    expect(tableBytes(new KeywordIndex(keywords)) / states).toBeLessThanOrEqual(128);
  });
});
