// The prefilter: every rule names literal keywords, and one pass of an Aho–Corasick automaton over the text
// (ASCII case folded) finds where any of them occurs. Rules then run only at those positions, so the cost of
// a scan is one table lookup per character plus bounded work per keyword occurrence, whatever the number of
// rules. The table is indexed by character class (only characters that occur in some keyword get a class
// of their own), which keeps it small enough to stay in the processor's cache.

export class KeywordIndex {
  /** Class of each UTF-16 code unit: 0 for any character in no keyword, upper case folded to lower. */
  private readonly classOf: Uint8Array;
  /**
   * The DFA, one row of `1 << shift` entries per state (the classes, padded to a power of two), each entry
   * the next state's number: a row is found with a shift, not a multiply, on the dependency chain from one
   * character to the next. A state that completes a keyword is stored as -(state + 1), so the same load says
   * whether anything ends here (no second table to read). Numbers, not row offsets, fit 16 bits (at most
   * 32,767 states): the secret rules' 12,888 states of 60 classes took 3.1 MB as 32-bit offsets, resident in
   * every daemon, and take 1.6 MB so; and half the table is half the cache lines a text's walk touches.
   */
  private readonly delta: Int16Array;
  /** log2 of a row's length. */
  private readonly shift: number;
  /**
   * Per state (by number): the keywords that end there
   * (through failure links too), as the run `endIds[endStart[state] .. endStart[state + 1])`, with each
   * keyword's length beside its id (so a hit knows where the keyword began). One slot a state, not one a
   * table entry: the table has a row of classes per state, and a slot for each of its entries held about
   * 1.5 MB of nothing. Typed arrays, not an array of {id, length} objects per state: with the cut-prefix
   * triggers that was 6,500 arrays and 7,000 objects (about 0.8 MB of heap the collector marks each time).
   */
  private readonly endStart: Int32Array;
  private readonly endIds: Int32Array;
  private readonly endLengths: Int32Array;
  /** The longest keyword's length: no state stands for more characters than this (see scanHalves). */
  private readonly longest: number;
  /** The lists scanHalves keeps its hits in, kept from one long text to the next (see HitLists). */
  private readonly hitLists = new HitLists();

  /**
   * `readAsBlank`: characters read as a blank, in the keywords and in the text alike, so that one keyword
   * with a blank stands for its spellings with any of them (see split-prefixes.ts). A rule keyword holding a
   * blank is then also reported where one of them stands instead; the rule's own pattern, run there, tells.
   */
  constructor(keywords: readonly string[], readAsBlank = "") {
    const lower = keywords.map((k) => k.toLowerCase());
    this.longest = lower.reduce((most, k) => Math.max(most, k.length), 0);
    this.classOf = new Uint8Array(65536);
    const blankLike = new Set([...readAsBlank].map((ch) => ch.charCodeAt(0)));
    let classes = 1;
    for (const keyword of lower)
      for (const ch of keyword) {
        const c = blankLike.has(ch.charCodeAt(0)) ? 32 : ch.charCodeAt(0);
        if (c >= 128) throw new Error(`keyword ${keyword} is not ASCII`);
        if (this.classOf[c] !== 0) continue;
        this.classOf[c] = classes;
        if (c >= 97 && c <= 122) this.classOf[c - 32] = classes;
        classes++;
      }
    for (const c of blankLike) this.classOf[c] = this.classOf[32] ?? 0;
    if (classes > 255) throw new Error("too many distinct keyword characters");

    // The trie, as lists: each state's first child, its next sibling and the class of the edge into it, with
    // a Map from (state, class) to child for the look-ups while it is built. The table itself is allocated
    // once the number of states is known, and each row written once, below: built straight into a table
    // grown by doubling, the allocations, the copies and the writes of 1.5 MB of untouched rows (a page
    // fault each 4 KB) took most of the secret rules' build at the daemon's start-up.
    /** The ids of the keywords spelt exactly as the path to a state (more than one where two are alike). */
    const own = new Map<number, number[]>();
    // No trie has more states than its keywords have characters, plus the root: the lists' bound.
    const bound = lower.reduce((sum, k) => sum + k.length, 1);
    const firstChild = new Int32Array(bound);
    const nextSibling = new Int32Array(bound);
    const edgeClass = new Int32Array(bound);
    const childAt = new Map<number, number>();
    let states = 1;
    lower.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        // Every keyword character was given a class above; 0 would be "in no keyword".
        const k = this.classOf[keyword.charCodeAt(i)] ?? 0;
        const at = state * classes + k;
        let next = childAt.get(at);
        if (next === undefined) {
          next = states++;
          childAt.set(at, next);
          edgeClass[next] = k;
          nextSibling[next] = firstChild[state] ?? 0;
          firstChild[state] = next;
        }
        state = next;
      }
      const ids = own.get(state);
      if (ids) ids.push(id);
      else own.set(state, [id]);
    });
    if (states > 32767) throw new Error("too many keyword states");
    // Breadth-first: failure links and a full transition table (a DFA), so matching never backtracks. A
    // missing entry is the root, where every failure chain ends. `order` is the queue. The table holds each
    // state as `stored` gives it (see delta), which needs the number of keywords ending there (`count`: its
    // own, then its failure state's, a shorter suffix): known once its failure state is, when it is queued.
    // A state's row is its failure state's row (complete: that state is nearer the root, so was done before)
    // with its own edges written over it.
    const count = new Int32Array(states);
    const stored = (state: number) => ((count[state] ?? 0) > 0 ? -state - 1 : state);
    const storedState = (entry: number) => (entry >= 0 ? entry : -entry - 1);
    const shift = Math.ceil(Math.log2(classes));
    const width = 1 << shift;
    // The padding columns are never read: no character has a class beyond the last.
    const delta = new Int16Array(states * width);
    const fail = new Int32Array(states);
    const order = new Int32Array(states);
    count[0] = own.get(0)?.length ?? 0;
    delta.fill(stored(0), 0, width);
    let queued = 0;
    for (let child = firstChild[0] ?? 0; child !== 0; child = nextSibling[child] ?? 0) {
      count[child] = (own.get(child)?.length ?? 0) + (count[0] ?? 0);
      delta[edgeClass[child] ?? 0] = stored(child);
      order[queued++] = child;
    }
    for (let q = 0; q < queued; q++) {
      const state = order[q] ?? 0;
      const row = state << shift;
      const failRow = (fail[state] ?? 0) << shift;
      delta.copyWithin(row, failRow, failRow + width);
      for (let next = firstChild[state] ?? 0; next !== 0; next = nextSibling[next] ?? 0) {
        const k = edgeClass[next] ?? 0;
        const failed = storedState(delta[row + k] ?? 0);
        fail[next] = failed;
        count[next] = (own.get(next)?.length ?? 0) + (count[failed] ?? 0);
        delta[row + k] = stored(next);
        order[queued++] = next;
      }
    }
    this.delta = delta;
    this.shift = shift;
    this.endStart = new Int32Array(states + 1);
    for (let state = 0; state < states; state++)
      this.endStart[state + 1] = (this.endStart[state] ?? 0) + (count[state] ?? 0);
    const total = this.endStart[states] ?? 0;
    this.endIds = new Int32Array(total);
    this.endLengths = new Int32Array(total);
    for (let q = -1; q < queued; q++) {
      const state = q < 0 ? 0 : (order[q] ?? 0);
      let at = this.endStart[state] ?? 0;
      for (const id of own.get(state) ?? []) {
        const keyword = lower[id];
        if (keyword === undefined) throw new Error(`KeywordIndex: no keyword ${id}`);
        this.endIds[at] = id;
        this.endLengths[at] = keyword.length;
        at++;
      }
      if (state === 0) continue;
      const failed = fail[state] ?? 0;
      const from = this.endStart[failed] ?? 0;
      const to = this.endStart[failed + 1] ?? 0;
      this.endIds.copyWithin(at, from, to);
      this.endLengths.copyWithin(at, from, to);
    }
  }

  /** Reports the keywords that end at `state` (a number, not an offset), which ends at position `i`. */
  private report(state: number, i: number, hit: (keyword: number, start: number) => void): void {
    const { endStart, endIds, endLengths } = this;
    // Both reads are within bounds: state < trie.length, and endStart has one more entry.
    const from = endStart[state] ?? 0;
    const to = endStart[state + 1] ?? 0;
    if (from === to) throw new Error(`KeywordIndex.scan: final state ${state} has no keywords`);
    for (let j = from; j < to; j++) hit(endIds[j] ?? 0, i + 1 - (endLengths[j] ?? 0));
  }

  /**
   * Calls `hit(keywordId, start)` for every occurrence, in order of where it ends. `codes`, when given, is the
   * text as bytes (text-codes.ts: every character beyond ASCII one code, in no keyword as every such
   * character is): read instead of the string, which costs about a quarter less per character.
   */
  scan(text: string, hit: (keyword: number, start: number) => void, codes?: Uint8Array): void {
    if (codes !== undefined) {
      this.scanCodes(codes, hit);
      return;
    }
    const { classOf, delta, shift } = this;
    const n = text.length;
    let state = 0;
    for (let i = 0; i < n; i++) {
      // Both reads are within bounds (a code unit < 65536; a row's start plus a class < delta.length); 0 is
      // the class of characters in no keyword and the root state.
      const next = delta[(state << shift) + (classOf[text.charCodeAt(i)] ?? 0)] ?? 0;
      if (next >= 0) {
        state = next;
        continue;
      }
      state = -next - 1;
      this.report(state, i, hit);
    }
  }

  /** scan over the text's codes (a loop of its own, so each read site sees one kind of input). */
  private scanCodes(codes: Uint8Array, hit: (keyword: number, start: number) => void): void {
    if (codes.length >= HALVES_FROM) {
      this.scanHalves(codes, hit);
      return;
    }
    const { classOf, delta, shift } = this;
    const n = codes.length;
    let state = 0;
    for (let i = 0; i < n; i++) {
      // As in scan: both reads are within bounds (a code is below 256).
      const next = delta[(state << shift) + (classOf[codes[i] as number] ?? 0)] ?? 0;
      if (next >= 0) {
        state = next;
        continue;
      }
      state = -next - 1;
      this.report(state, i, hit);
    }
  }

  /**
   * scanCodes for a long text, read as two halves at once. One automaton's steps form a chain (each table
   * read needs the state the previous one gave), so the processor waits on each read; two chains in one loop
   * overlap their waits (about 1.8 against 1.0 ms per MB of log lines alone). The second half's automaton
   * starts at the root `longest - 1` characters before the middle: a state stands for the longest keyword
   * prefix ending where it is, never longer than the longest keyword, so from the middle on it is in the
   * state one automaton from the start would be, and reports the same. Its hits before the middle are the
   * first half's, and left to it; those from the middle on are reported after the first half's, so every hit
   * comes once and in order of where it ends, as from scanCodes' single loop.
   *
   * Both halves' hits are kept and reported after the loop, not from inside it: a call to the caller there
   * (rare as hits are) made the loop itself slower on every character, 2.0 against 1.5 ms per MB of prose,
   * logs or base64 alike. The caller only reads the text, so the same calls in the same order come later.
   */
  private scanHalves(codes: Uint8Array, hit: (keyword: number, start: number) => void): void {
    const { classOf, delta, shift } = this;
    const n = codes.length;
    const middle = n >> 1;
    const from = Math.max(0, middle - this.longest + 1);
    // Each half's hits: pairs of a state and where it ends, in the lists kept from the last scan.
    const lent = this.hitLists.take();
    let first: Int32Array = lent[0];
    let firstKept = 0;
    let later: Int32Array = lent[1];
    let kept = 0;
    let a = 0;
    let b = 0;
    let j = from;
    // Within bounds as in scan, and i < middle <= n, j = from + i < middle + longest <= n.
    for (let i = 0; i < middle; i++, j++) {
      const nextA = delta[(a << shift) + (classOf[codes[i] as number] ?? 0)] ?? 0;
      const nextB = delta[(b << shift) + (classOf[codes[j] as number] ?? 0)] ?? 0;
      if (nextA >= 0) a = nextA;
      else {
        a = -nextA - 1;
        if (firstKept + 2 > first.length) first = grown(first);
        first[firstKept++] = a;
        first[firstKept++] = i;
      }
      if (nextB >= 0) b = nextB;
      else {
        b = -nextB - 1;
        if (j >= middle) {
          if (kept + 2 > later.length) later = grown(later);
          later[kept++] = b;
          later[kept++] = j;
        }
      }
    }
    for (; j < n; j++) {
      const next = delta[(b << shift) + (classOf[codes[j] as number] ?? 0)] ?? 0;
      if (next >= 0) {
        b = next;
        continue;
      }
      b = -next - 1;
      if (kept + 2 > later.length) later = grown(later);
      later[kept++] = b;
      later[kept++] = j;
    }
    try {
      this.reportKept(first, firstKept, hit);
      this.reportKept(later, kept, hit);
    } finally {
      // Kept as grown for the next long text; a scan started from `hit` meanwhile had lists of its own.
      this.hitLists.giveBack(first, later);
    }
  }

  /** Reports the first `count` / 2 hits kept in `list` (see scanHalves), in order. */
  private reportKept(list: Int32Array, count: number, hit: (keyword: number, start: number) => void): void {
    for (let k = 0; k < count; k += 2) this.report(list[k] ?? 0, list[k + 1] ?? 0, hit);
  }
}

/** From this length on, scanCodes reads the text as two halves at once (see scanHalves). */
const HALVES_FROM = 1024;

/**
 * scanHalves' two lists of hits, lent to one scan at a time and kept, as grown, for the next: source code has
 * a keyword every dozen characters, and growing fresh lists from 256 entries for each long text (a copy at each
 * doubling, and new memory a page fault per 4 KB) cost about a tenth of the keyword pass on such text. A scan
 * that asks while they are lent gets fresh ones. Held weakly, as the text's byte copy is (text-codes.ts), so an
 * idle daemon lets the collector take them back.
 */
class HitLists {
  private held: WeakRef<Int32Array[]> | undefined;
  private lent = false;

  take(): [Int32Array, Int32Array] {
    const kept = this.lent ? undefined : this.held?.deref();
    this.lent = true;
    if (kept === undefined) return [new Int32Array(256), new Int32Array(256)];
    return [kept[0] as Int32Array, kept[1] as Int32Array];
  }

  /** The lists taken, perhaps grown since: what the next scan takes. */
  giveBack(first: Int32Array, later: Int32Array): void {
    const kept = this.held?.deref();
    if (kept !== undefined && kept[0] === first && kept[1] === later) {
      this.lent = false;
      return;
    }
    this.held = new WeakRef([first, later]);
    this.lent = false;
  }
}

/** A copy of `list` twice as long. */
function grown(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}
