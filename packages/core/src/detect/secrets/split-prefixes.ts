// A vendor's prefix cut by a blank ("gh p_R8kWq2Zp…", "AK IA2OGYBAH6…", "sk_ live_…"): a reader joins it back at
// once, but the keyword pass looks for the prefix whole and finds nothing. Each format prefix of four characters
// or more is known here by every cut that leaves two characters or more before the blank; where a blank stands
// between such a left piece (starting a word) and the rest of the same prefix, the caller reads the text there
// with the blank taken out, by that prefix's format rules alone (see engine.ts).
//
// Linear: one native search per blank, table lookups of the characters around it, and only where they could
// be a cut of some prefix, a walk back of at most the longest left piece and one map lookup.

/** The left piece keeps at least this many characters (a single letter starts too many words). */
const MIN_PIECE = 2;
/** Prefixes shorter than this are not looked for cut (a cut of a shorter one leaves little to tell it by). */
const MIN_PREFIX = 4;
/** Slots of the tables of the characters around a cut (pairs, and pairs with the next character). */
const PAIR_SLOTS = 1 << 14;
const TRIPLE_SLOTS = 1 << 17;

/** Characters a prefix's left piece may hold; the walk back from a blank stops at the first other one. */
function isPieceCharacter(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46
  );
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function pairSlot(before: number, after: number): number {
  return ((lower(before) * 131) ^ lower(after)) & (PAIR_SLOTS - 1);
}

function tripleSlot(before: number, after: number, next: number): number {
  return ((lower(before) * 16411) ^ (lower(after) * 131) ^ lower(next)) & (TRIPLE_SLOTS - 1);
}

interface Cut {
  /** What follows the blank: the rest of the prefix, lower case. */
  rest: string;
  /** The prefix's keyword id in the caller's table. */
  keyword: number;
}

export class SplitPrefixes {
  /** The cuts of every prefix, by left piece (lower case). */
  private readonly byLeft = new Map<string, Cut[]>();
  /**
   * 1 where the character before a blank and the two after it could be some prefix's cut (triples), or the
   * one before and the one after where the rest of the prefix is one character (pairs): prose's blanks
   * seldom pass, so the walk back and the lookup are seldom made.
   */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
  private readonly triples = new Uint8Array(TRIPLE_SLOTS);
  private maxLeft = 0;

  /** `keywords` lower case; `isFormatPrefix[id]` 1 where keyword `id` is a format's prefix. */
  constructor(keywords: readonly string[], isFormatPrefix: Uint8Array) {
    keywords.forEach((k, id) => {
      if (isFormatPrefix[id] !== 1 || k.length < MIN_PREFIX) return;
      for (let i = MIN_PIECE; i < k.length; i++) {
        const left = k.slice(0, i);
        if (![...left].every((ch) => isPieceCharacter(ch.charCodeAt(0)))) continue;
        const cuts = this.byLeft.get(left);
        const cut = { rest: k.slice(i), keyword: id };
        if (cuts) cuts.push(cut);
        else this.byLeft.set(left, [cut]);
        if (i + 1 < k.length)
          this.triples[tripleSlot(k.charCodeAt(i - 1), k.charCodeAt(i), k.charCodeAt(i + 1))] = 1;
        else this.pairs[pairSlot(k.charCodeAt(i - 1), k.charCodeAt(i))] = 1;
        this.maxLeft = Math.max(this.maxLeft, i);
      }
    });
  }

  /**
   * Calls `found(start, blank, keyword)` for each prefix cut by a blank: text[start, blank) is its left piece.
   * `codes`, the text's bytes when a pass made them (see text-codes.ts), are read instead of the string.
   */
  find(
    text: string,
    codes: Uint8Array | undefined,
    found: (start: number, blank: number, keyword: number) => void,
  ): void {
    if (this.maxLeft === 0) return;
    const last = text.length - 2;
    if (codes !== undefined) {
      // A typed array read in a loop costs less per character than a native search per blank (prose has one
      // blank in six characters).
      for (let blank = MIN_PIECE; blank < last; blank++)
        if (codes[blank] === 32 && this.couldCut(codes[blank - 1], codes[blank + 1], codes[blank + 2]))
          this.cutAt(text, blank, found);
      return;
    }
    for (
      let blank = text.indexOf(" ", MIN_PIECE);
      blank >= 0 && blank < last;
      blank = text.indexOf(" ", blank + 1)
    )
      if (this.couldCut(text.charCodeAt(blank - 1), text.charCodeAt(blank + 1), text.charCodeAt(blank + 2)))
        this.cutAt(text, blank, found);
  }

  private couldCut(before: number | undefined, after: number | undefined, next: number | undefined): boolean {
    const b = before as number;
    const a = after as number;
    return this.pairs[pairSlot(b, a)] === 1 || this.triples[tripleSlot(b, a, next as number)] === 1;
  }

  private cutAt(
    text: string,
    blank: number,
    found: (start: number, blank: number, keyword: number) => void,
  ): void {
    let start = blank;
    while (start > 0 && blank - start <= this.maxLeft && isPieceCharacter(text.charCodeAt(start - 1)))
      start--;
    if (blank - start < MIN_PIECE || blank - start > this.maxLeft) return;
    if (start > 0 && isPieceCharacter(text.charCodeAt(start - 1))) return;
    const cuts = this.byLeft.get(text.slice(start, blank).toLowerCase());
    if (cuts === undefined) return;
    for (const { rest, keyword } of cuts) {
      // The token's body follows the prefix at once: a blank or the end there is a prefix named, not cut.
      const after = blank + 1 + rest.length;
      if (after >= text.length || !isPieceCharacter(text.charCodeAt(after))) continue;
      if (text.slice(blank + 1, after).toLowerCase() === rest) found(start, blank, keyword);
    }
  }
}
