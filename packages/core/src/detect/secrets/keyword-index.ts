// The prefilter: every rule names literal keywords, and one pass of an Aho–Corasick automaton over the text
// (ASCII case folded) finds where any of them occurs. Rules then run only at those positions, so the cost of
// a scan is one table lookup per character plus bounded work per keyword occurrence, whatever the number of
// rules.

const ALPHABET = 128; // keywords are ASCII; any other character resets the automaton

export class KeywordIndex {
  private readonly delta: Int32Array;
  /** Per state: the ids of the keywords that end there (through failure links too), or undefined. */
  private readonly outputs: (number[] | undefined)[];
  private readonly lengths: number[];
  /** 1 where outputs[state] is set: a typed array keeps the hot loop free of object loads. */
  private readonly final: Uint8Array;

  constructor(keywords: readonly string[]) {
    this.lengths = keywords.map((k) => k.length);
    const trie: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keywords.forEach((keyword, id) => {
      let state = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= ALPHABET) throw new Error(`keyword ${keyword} is not ASCII`);
        let next = trie[state]!.get(c);
        if (next === undefined) {
          next = trie.length;
          trie.push(new Map());
          ends.push([]);
          trie[state]!.set(c, next);
        }
        state = next;
      }
      ends[state]!.push(id);
    });
    // Breadth-first: failure links, then a full transition table (a DFA), so matching never backtracks.
    const delta = new Int32Array(trie.length * ALPHABET);
    const fail = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = trie[0]!.get(c);
      if (next !== undefined) {
        delta[c] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      ends[state]!.push(...ends[fail[state]!]!);
      for (let c = 0; c < ALPHABET; c++) {
        const next = trie[state]!.get(c);
        if (next === undefined) {
          delta[state * ALPHABET + c] = delta[fail[state]! * ALPHABET + c]!;
        } else {
          fail[next] = delta[fail[state]! * ALPHABET + c]!;
          delta[state * ALPHABET + c] = next;
          queue.push(next);
        }
      }
    }
    this.delta = delta;
    this.outputs = ends.map((e) => (e.length ? [...new Set(e)] : undefined));
    this.final = Uint8Array.from(ends, (e) => (e.length ? 1 : 0));
  }

  /** Calls `hit(keywordId, start)` for every occurrence, in order of where it ends. */
  scan(text: string, hit: (keyword: number, start: number) => void): void {
    const delta = this.delta;
    const final = this.final;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Upper-case ASCII folds to lower case; anything beyond ASCII restarts (no keyword contains it).
      state = c < ALPHABET ? delta[(state << 7) | (c >= 65 && c <= 90 ? c + 32 : c)]! : 0;
      if (final[state] === 1) for (const id of this.outputs[state]!) hit(id, i + 1 - this.lengths[id]!);
    }
  }
}
