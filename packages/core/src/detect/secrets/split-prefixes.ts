// A vendor's prefix cut by a blank ("gh p_R8kWq2Zp…", "AK IA2OGYBAH6…", "sk_ live_…"), or by a line break, a
// comma, a semicolon or a dash ("g\nhp_…", "g-hp_…", "xo,xb-…"): a reader joins it back at once, but the keyword pass
// looks for the prefix whole and finds nothing. Each format prefix of four characters or more is known here by
// every cut; where a separator (see SEPARATORS) stands between such a left piece (starting a word) and the rest
// of the same prefix, the caller reads the text there with the separator taken out, by that prefix's format
// rules alone (see engine.ts). A left piece of one letter counts too ("g hp_…"): what follows must still be the
// rest of the prefix and a body its format accepts, so a word that merely starts with the letter is no cut.
//
// Linear: the keyword pass that finds every prefix also finds, as keywords of their own (see triggers), the
// character before a separator with the one or two after it that some cut leaves there ("h p_", "k\nia");
// only there is the left piece walked back (at most the longest one) and looked up. The keyword pass reads
// a tab, a line break, a comma and a semicolon as a blank (BLANK_LIKE), so a trigger is written once for a
// separator of one character and once for one of two; the one found is then checked against SEPARATORS. A
// trigger for each separator instead made the keyword automaton 12 MB larger (and its build 400 ms long).

/** The left piece keeps at least this many characters. */
const MIN_PIECE = 1;
/**
 * What may stand at a cut: a blank or a tab, a line break (either kind), a comma or a semicolon with or
 * without a blank after it, a dash. Each is a trigger of its own, so the keyword pass finds them all. Not a
 * dot: a dot between letters is how names are written ("ruby.gems_…", a module's path), not a cut.
 */
export const SEPARATORS: readonly string[] = [" ", "\t", "\n", "\r\n", ",", ", ", ";", "; ", "-"];
/** What the keyword pass reads as a blank (KeywordIndex's readAsBlank): every separator but the dash. */
export const BLANK_LIKE = "\t\r\n,;";
/** The separators' spellings in triggers: a blank stands for any of BLANK_LIKE. */
const TRIGGER_SEPARATORS = [" ", "  ", "-"];
/** How many characters of a trigger, after its first, are the separator (none is a letter, digit or "_"). */
function separatorLength(trigger: string): number {
  let n = 0;
  while (1 + n < trigger.length && !/[a-z0-9_]/.test(trigger[1 + n] ?? "")) n++;
  return n;
}
/**
 * Whether text[at, at + width) is one of SEPARATORS, read in place (cutAt runs at every blank before a letter;
 * cutting the characters out to look them up cost an allocation each).
 */
export function isSeparatorAt(text: string, at: number, width: number): boolean {
  const c = text.charCodeAt(at);
  if (width === 1) return c === 32 || c === 9 || c === 10 || c === 44 || c === 59 || c === 45;
  if (width !== 2) return false;
  const d = text.charCodeAt(at + 1);
  return (c === 13 && d === 10) || ((c === 44 || c === 59) && d === 32);
}
function isBlankAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || c === 9;
}
/** Prefixes shorter than this are not looked for cut (a cut of a shorter one leaves little to tell it by). */
const MIN_PREFIX = 4;
/** Characters a prefix's left piece may hold; the walk back from a blank stops at the first other one. */
function isPieceCharacter(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46
  );
}

/** An ASCII letter's code in lower case; other codes as they are. */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Whether the text from `from` on reads `rest` (lower case ASCII, as keywords are) in any case: what
 * `text.slice(from, from + rest.length).toLowerCase() === rest` says, read in place. A left piece of one letter
 * has a dozen cuts ("x" of xoxb-, xoxp-, …), each compared at every "x-" of a header name: copying each
 * stretch to compare it cost most of the cut search on source code. A character beyond ASCII (whose lower
 * case may be ASCII, or longer) is left to toLowerCase.
 */
function restAt(text: string, from: number, rest: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    const c = text.charCodeAt(from + i);
    if (c >= 128) return text.slice(from, from + rest.length).toLowerCase() === rest;
    if (lowerCode(c) !== rest.charCodeAt(i)) return false;
  }
  return true;
}

/** A hash of text[from, to) with ASCII letters in lower case (as the pieces are kept), a small integer. */
function pieceHash(text: string, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return h;
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
  /** The character before a blank and the one or two after it, for each cut (see triggers). */
  private readonly around = new Set<string>();
  /**
   * pieceHash of every left piece: a blank the keyword pass stops at is mostly a word before a blank
   * ("const apiKey"), which no prefix starts; its hash is worked out while walking back, so such a word is let
   * go without cutting it out of the text.
   */
  private readonly leftHashes = new Set<number>();
  private maxLeft = 0;
  /**
   * A prefix that ends on a dash, written with one or two blanks before that dash ("xoxb -", "xoxb  -"), by that
   * spelling (lower case): the keyword pass finds the whole spelling, so ordinary text (" - " in prose and
   * code) triggers nothing. The prefix's keyword id beside it.
   */
  private readonly beforeDash = new Map<string, number>();
  /**
   * The last two characters of every left piece of two or more (by their codes, lower case: first × 128 +
   * second), and every left piece of one: a blank after an identifier, a hex id's dash ("8f-ce" in a UUID) is
   * let go by one lookup here, before the piece is walked back and hashed.
   */
  private readonly endings = new Uint8Array(128 * 128);
  private readonly single = new Uint8Array(128);
  /**
   * Per distance from a left piece's end (0 its last character) and character code (lower case): 1 where
   * some left piece has that character there. The walk back stops at the first character no piece has at
   * its distance (in a UUID, "-" four characters before "a-a" ends it at once).
   */
  private readonly allowed: Uint8Array;

  /** `keywords` lower case; `isFormatPrefix[id]` 1 where keyword `id` is a format's prefix. */
  constructor(keywords: readonly string[], isFormatPrefix: Uint8Array) {
    keywords.forEach((k, id) => {
      if (isFormatPrefix[id] !== 1 || k.length < MIN_PREFIX) return;
      for (let i = MIN_PIECE; i < k.length; i++) {
        // A cut falls before a letter, a digit or an underscore: a blank before "=", ":" or "." is how code and
        // prose are written ("key =", "sig ="), and would make the keyword pass stop at every assignment.
        if (!/[a-z0-9_]/.test(k[i] ?? "")) continue;
        const left = k.slice(0, i);
        if (![...left].every((ch) => isPieceCharacter(ch.charCodeAt(0)))) continue;
        const cuts = this.byLeft.get(left);
        const cut = { rest: k.slice(i), keyword: id };
        if (cuts) cuts.push(cut);
        else this.byLeft.set(left, [cut]);
        this.leftHashes.add(pieceHash(left, 0, left.length));
        if (left.length === 1) this.single[left.charCodeAt(0)] = 1;
        else this.endings[left.charCodeAt(left.length - 2) * 128 + left.charCodeAt(left.length - 1)] = 1;
        for (const separator of TRIGGER_SEPARATORS)
          this.around.add(`${k[i - 1]}${separator}${k.slice(i, i + 2)}`);
        this.maxLeft = Math.max(this.maxLeft, i);
      }
      if (k.endsWith("-") && [...k.slice(0, -1)].every((ch) => isPieceCharacter(ch.charCodeAt(0))))
        for (const blanks of [" ", "  "]) this.beforeDash.set(`${k.slice(0, -1)}${blanks}-`, id);
    });
    this.allowed = new Uint8Array(this.maxLeft * 128);
    for (const left of this.byLeft.keys())
      for (let d = 0; d < left.length; d++) this.allowed[d * 128 + left.charCodeAt(left.length - 1 - d)] = 1;
  }

  /**
   * Per trigger, by its place in triggers(): the separator's width (separatorLength), and for a spelling of
   * beforeDash its text and its prefix's keyword id (-1 for the others). Worked out once, so a hit costs no
   * lookup by string: cutAt runs at every blank before a letter, and at every dash of a UUID.
   */
  private triggerList: string[] | undefined;
  private widths = new Uint8Array(0);
  private dashedKeyword = new Int32Array(0);

  /**
   * Keywords for the caller's keyword pass: where one starts, the blank is its second character, and cutAt
   * reads what stands around it. cutAt is then given the trigger's place in this list.
   */
  triggers(): string[] {
    if (this.triggerList === undefined) {
      const list = [...this.around, ...this.beforeDash.keys()];
      this.widths = Uint8Array.from(list, separatorLength);
      this.dashedKeyword = Int32Array.from(list, (t) => this.beforeDash.get(t) ?? -1);
      this.triggerList = list;
    }
    return [...this.triggerList];
  }

  /**
   * The separator's width of trigger number `trigger` (its place in triggers()), or -1 for a spelling before a
   * dash: two triggers of one width starting at one place find the same cuts (see cutAt).
   */
  widthOf(trigger: number): number {
    return (this.dashedKeyword[trigger] ?? -1) >= 0 ? -1 : (this.widths[trigger] ?? -1);
  }

  /**
   * Calls `found(start, blank, width, keyword)` for each prefix cut where trigger number `trigger` (its place in
   * triggers()) begins at `at`: text[start, blank) is its left piece, and `width` characters from `blank` on are
   * the separator. Returns whether it called `found`. What it finds depends only on the text, `at` and the
   * separator's width, except for the spellings before a dash, so the caller may skip a second trigger at the
   * same place and width (one character after a blank starts "t a" and "t ap" alike) when the first found none.
   */
  cutAt(
    text: string,
    at: number,
    trigger: number,
    found: (start: number, blank: number, width: number, keyword: number) => void,
  ): boolean {
    const list = this.triggerList;
    const spelled = list?.[trigger];
    if (spelled === undefined) throw new Error(`split prefixes: unknown trigger ${trigger}`);
    const dashed = this.dashedKeyword[trigger] ?? -1;
    if (dashed >= 0) return this.cutBeforeDash(text, at, spelled, dashed, found);
    const blank = at + 1;
    const width = this.widths[trigger] ?? 0;
    // The trigger matched with any of BLANK_LIKE in its blanks' places: what stands there must be a separator.
    if (!isSeparatorAt(text, blank, width)) return false;
    // The piece's last character (the trigger's first, a piece character) and the one before it, if that is
    // one too: no left piece ends so, no cut is looked up below.
    const last = lowerCode(text.charCodeAt(blank - 1));
    const before = text.charCodeAt(blank - 2);
    if (isPieceCharacter(before)) {
      if (this.endings[lowerCode(before) * 128 + last] !== 1) return false;
    } else if (this.single[last] !== 1) return false;
    let start = blank;
    while (start > 0 && blank - start <= this.maxLeft) {
      const c = text.charCodeAt(start - 1);
      if (!isPieceCharacter(c)) break;
      // Inside a piece as long as the longest, at a place where no piece has this character: none is here.
      if (blank - start < this.maxLeft && this.allowed[(blank - start) * 128 + lowerCode(c)] !== 1)
        return false;
      start--;
    }
    if (blank - start < MIN_PIECE || blank - start > this.maxLeft) return false;
    if (start > 0 && isPieceCharacter(text.charCodeAt(start - 1))) return false;
    if (!this.leftHashes.has(pieceHash(text, start, blank))) return false;
    const cuts = this.byLeft.get(text.slice(start, blank).toLowerCase());
    if (cuts === undefined) return false;
    let any = false;
    for (const { rest, keyword } of cuts) {
      // The token's body follows the prefix at once: a blank or the end there is a prefix named, not cut.
      const after = blank + width + rest.length;
      if (after >= text.length || !isPieceCharacter(text.charCodeAt(after))) continue;
      if (!restAt(text, blank + width, rest)) continue;
      found(start, blank, width, keyword);
      any = true;
    }
    return any;
  }

  /**
   * A prefix written with blanks before its closing dash ("xoxb -1234…", "xoxb - 1234…") where `trigger` (one of
   * beforeDash's spellings) begins at `at`: reported as a cut whose separator is those blanks, when the prefix
   * starts a word and the token's body follows the dash (up to two blanks after it: "xoxb- 1234…" is read so).
   */
  private cutBeforeDash(
    text: string,
    at: number,
    trigger: string,
    keyword: number,
    found: (start: number, blank: number, width: number, keyword: number) => void,
  ): boolean {
    if (at > 0 && isPieceCharacter(text.charCodeAt(at - 1))) return false;
    const blank = at + trigger.trimEnd().indexOf(" ");
    const width = at + trigger.length - 1 - blank;
    // The keyword pass reads tabs, line breaks, commas and semicolons as blanks: only blanks and tabs are a cut here.
    for (let i = blank; i < blank + width; i++) if (!isBlankAt(text, i)) return false;
    let body = at + trigger.length;
    while (body - (at + trigger.length) < 2 && isBlankAt(text, body)) body++;
    if (body >= text.length || !isPieceCharacter(text.charCodeAt(body))) return false;
    found(at, blank, width, keyword);
    return true;
  }
}
