// The keyword pass reports, at each position, every keyword ending there: the keywords that end at the
// automaton's state and those it reaches through failure links, each once, with where it began. Checked
// against a naive search of every keyword at every position (as a set, and in order of where each ends), on
// texts where keywords nest and overlap.
import { describe, expect, it } from "vitest";
import { KeywordIndex } from "../../src/detect/secrets/keyword-index.js";

const scanned = (index: KeywordIndex, text: string, codes?: Uint8Array): string[] => {
  const found: string[] = [];
  index.scan(text, (id, start) => found.push(`${id}@${start}`), codes);
  return found;
};

/** Every (keyword, start) whose keyword ends at each position, ASCII case folded. */
const naive = (keywords: readonly string[], text: string): string[] => {
  const lower = text.toLowerCase();
  const found: string[] = [];
  keywords.forEach((k, id) => {
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) found.push(`${id}@${at}`);
  });
  return found;
};

describe("a keyword index's hits", () => {
  // Suffixes of one another ("key" in "apikey" in "x-apikey"), a keyword twice (the same text under two
  // ids), and a keyword that is a prefix of another.
  const keywords = ["key", "apikey", "x-apikey", "api", "ke", "key", "token", "tok"];
  const index = new KeywordIndex(keywords);

  it("lists every keyword ending at a position, those reached through failure links too", () => {
    // "api" ends at 5; "ke" at 7; "key" (both ids), "apikey" and "x-apikey" at 8, in the index's order.
    const hits = scanned(index, "X-APIKEY");
    expect(hits.slice(0, 2)).toEqual(["3@2", "4@5"]);
    expect(hits.slice(2).sort()).toEqual(["0@5", "1@2", "2@0", "5@5"]);
    expect(scanned(index, "tokens")).toEqual(["7@0", "4@2", "6@0"]);
    // Nothing of them: no hits, and ordinary prose is read through without any.
    expect(scanned(index, "the quick brown fox jumps over a lazy dog")).toEqual([]);
  });

  it("equals a naive search of every keyword, on random texts, from the string and from its codes", () => {
    const alphabet = "keyapixtonKEYAPI- _";
    for (let round = 0; round < 300; round++) {
      const text = Array.from(
        { length: 120 },
        () => alphabet[Math.floor(Math.random() * alphabet.length)],
      ).join("");
      const codes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
      const expected = naive(keywords, text).sort();
      expect(scanned(index, text).sort()).toEqual(expected);
      expect(scanned(index, text, codes).sort()).toEqual(expected);
      // In order of where each keyword ends.
      const ends = scanned(index, text).map((hit) => {
        const [id, start] = hit.split("@").map(Number);
        return (start ?? 0) + (keywords[id ?? 0]?.length ?? 0);
      });
      expect(ends).toEqual([...ends].sort((a, b) => a - b));
    }
  });
});
