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

  it("keeps its lists of hits from one long text to the next, and lends them to one scan at a time", () => {
    // Hits enough to grow the lists, then fewer (what the last text left in them is not read), then a scan
    // started from inside another's report, which must not write over the hits still to be reported.
    const kept = new KeywordIndex(keywords);
    const dense = "x-apikey token ".repeat(400);
    const sparse = `${"the quick brown fox ".repeat(60)}apikey${" jumps over".repeat(40)}`;
    const codesOf = (t: string) => Uint8Array.from(t, (ch) => ch.charCodeAt(0));
    for (const text of [dense, sparse, dense]) {
      expect(scanned(kept, text, codesOf(text))).toEqual(scanned(new KeywordIndex(keywords), text));
    }
    const outer: string[] = [];
    let inner: string[] = [];
    kept.scan(
      dense,
      (id, start) => {
        outer.push(`${id}@${start}`);
        if (outer.length === 1) inner = scanned(kept, sparse, codesOf(sparse));
      },
      codesOf(dense),
    );
    expect(outer).toEqual(scanned(kept, dense));
    expect(inner).toEqual(scanned(kept, sparse));
  });

  it("reads a long text's codes in two halves with the same hits in the same order", () => {
    // A keyword as long as the overlap the second half starts with, and keywords that a middle can cut.
    const long = `k${"e".repeat(30)}y`;
    const words = [...keywords, long, "eey", "yk"];
    const halves = new KeywordIndex(words);
    for (let round = 0; round < 60; round++) {
      const length = 1024 + Math.floor(Math.random() * 3000);
      const chars = Array.from({ length }, () => "keyapixtonKEYAPI- _"[Math.floor(Math.random() * 19)]);
      const text = chars.join("");
      // The long keyword over the middle, starting anywhere within its length before it.
      const middle = length >> 1;
      const at = middle - Math.floor(Math.random() * long.length);
      const planted = text.slice(0, at) + long + text.slice(at + long.length);
      for (const t of [text, planted]) {
        const codes = Uint8Array.from(t, (ch) => ch.charCodeAt(0));
        // The string is read in one pass: the reference, order included.
        expect(scanned(halves, t, codes)).toEqual(scanned(halves, t));
      }
      expect(scanned(halves, planted)).toContain(`${words.length - 3}@${at}`);
    }
  });
});

describe("a keyword index near its largest size", () => {
  // State numbers must fit 16 bits (a completing state is stored negated, as one less): keywords whose states are
  // numbered close to the limit must be found as surely as the first ones, and one state more is refused.
  // Ten-letter keywords from a fixed pseudo-random sequence share little beyond their first letters, so
  // about 3,300 of them take the 32,767 states.
  let seed = 12345;
  const letter = (): string => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(97 + (seed % 26));
  };
  const word = (): string => Array.from({ length: 10 }, letter).join("");
  const keywords = [...new Set(Array.from({ length: 6000 }, word))];

  it("finds the last keywords added (the highest states) as a naive search does", () => {
    // The trie has one state per distinct prefix, and the root: keep the most keywords that fit.
    const prefixes = new Set<string>();
    let count = 0;
    for (const keyword of keywords) {
      const added = Array.from({ length: keyword.length }, (_, i) => keyword.slice(0, i + 1)).filter(
        (p) => !prefixes.has(p),
      );
      if (prefixes.size + added.length + 1 > 32767) break;
      for (const p of added) prefixes.add(p);
      count++;
    }
    expect(count).toBeLessThan(keywords.length);
    const kept = keywords.slice(0, count);
    const index = new KeywordIndex(kept);
    const text = `${kept.slice(-40).join(" ")} ${kept.slice(0, 20).join("-")}`;
    expect(scanned(index, text).sort()).toEqual(naive(kept, text).sort());
    expect(scanned(index, text.toUpperCase()).sort()).toEqual(naive(kept, text).sort());
    // One keyword more is refused rather than wrapped round.
    expect(() => new KeywordIndex(keywords.slice(0, count + 1))).toThrow(/too many keyword states/);
  });
});
