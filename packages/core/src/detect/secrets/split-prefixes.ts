// A vendor's prefix cut by a blank ("gh p_R8kWq2Zp…", "AK IA2OGYBAH6…", "sk_ live_…"): a reader joins it back at
// once, but the keyword pass looks for the prefix whole and finds nothing. Each format prefix of four characters
// or more is known here by every cut that leaves two characters or more before the blank; where a blank stands
// between such a left piece (starting a word) and the rest of the same prefix, the caller reads the text there
// with the blank taken out, by that prefix's format rules alone (see engine.ts).
//
// Linear: one native search per blank, a table lookup of the two characters around it, and only where that
// pair is a cut of some prefix, a walk back of at most the longest left piece and one map lookup.

/** The left piece keeps at least this many characters (a single letter starts too many words). */
const MIN_PIECE = 2;
/** Prefixes shorter than this are not looked for cut (a cut of a shorter one leaves little to tell it by). */
const MIN_PREFIX = 4;
/** Slots of the table of character pairs around a cut. */
const PAIR_SLOTS = 1 << 14;

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

interface Cut {
  /** What follows the blank: the rest of the prefix, lower case. */
  rest: string;
  /** The prefix's keyword id in the caller's table. */
  keyword: number;
}

export class SplitPrefixes {
  /** The cuts of every prefix, by left piece (lower case). */
  private readonly byLeft = new Map<string, Cut[]>();
  /** 1 where the characters before and after a blank could be the two sides of some prefix's cut. */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
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
        this.pairs[pairSlot(k.charCodeAt(i - 1), k.charCodeAt(i))] = 1;
        this.maxLeft = Math.max(this.maxLeft, i);
      }
    });
  }

  /** Calls `found(start, blank, keyword)` for each prefix cut by a blank: text[start, blank) is its left piece. */
  find(text: string, found: (start: number, blank: number, keyword: number) => void): void {
    if (this.maxLeft === 0) return;
    for (let blank = text.indexOf(" ", MIN_PIECE); blank >= 0; blank = text.indexOf(" ", blank + 1)) {
      if (blank + 1 >= text.length) return;
      if (this.pairs[pairSlot(text.charCodeAt(blank - 1), text.charCodeAt(blank + 1))] !== 1) continue;
      let start = blank;
      while (start > 0 && blank - start <= this.maxLeft && isPieceCharacter(text.charCodeAt(start - 1))) start--;
      if (blank - start < MIN_PIECE || blank - start > this.maxLeft) continue;
      if (start > 0 && isPieceCharacter(text.charCodeAt(start - 1))) continue;
      const cuts = this.byLeft.get(text.slice(start, blank).toLowerCase());
      if (cuts === undefined) continue;
      for (const { rest, keyword } of cuts)
        if (text.slice(blank + 1, blank + 1 + rest.length).toLowerCase() === rest) found(start, blank, keyword);
    }
  }
}
