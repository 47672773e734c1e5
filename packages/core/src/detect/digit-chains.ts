// One pass over a text finds where the numbers of personal data can be, for every detector that looks for
// them: card numbers, phone numbers and SSNs are each a chain of digits joined by at most two of space,
// bracket, dot, slash or dash, of seven digits or more (six when grouped: the short national numbers a phone
// label may stand before, 33 93 31). Each detector then tries its own (sticky) pattern
// only inside chains long enough for it, instead of running its own regex over the whole text: text full of
// digits (logs, ids, timestamps) is read by the engine once, not once per detector.

import type { Marks } from "./pii/marks.js";
import { isAscii, textCodes, type CodesBuffer } from "./text-codes.js";

export interface DigitChain {
  start: number;
  end: number;
  digits: number;
}

// Greedy and maximal: a match takes the whole chain from its first digit (a failed attempt inside a shorter
// chain is bounded by six digits), so the matches are exactly the chains of six digits or more. A match
// holds at most PIECE digits and a longer chain is read on in pieces (MORE): the engine keeps a backtracking
// entry per repetition, and one chain of eight million digits overflowed its stack (the scan threw).
const PIECE = 1024;
// The second digit is told apart first (right after the first, or after one or two separators): most digits
// in logs and ids are followed by a letter, and this way the engine gives up on them at once (about 20 %
// less time over a megabyte of log lines than the same language written as one repetition).
const CHAIN = new RegExp(`[0-9](?:[0-9]|[ ()./-]{1,2}[0-9])(?:[ ()./-]{0,2}[0-9]){4,${PIECE - 2}}`, "g");
const MORE = new RegExp(`(?:[ ()./-]{0,2}[0-9]){1,${PIECE}}`, "y");

/**
 * What the detectors of one text share, worked out once when first asked for. The scanner makes one per
 * text it scans and hands it to every detector; a detector called without one works it out itself.
 */
export class SharedPass {
  private chains: DigitChain[] | undefined;
  private units: Uint8Array | undefined;
  private asciiOnly: boolean | undefined;
  /**
   * The text's marks (pii/marks.ts), kept here for the second detector that asks: a field, not a weak map
   * keyed by the pass, whose entry per short text (most texts hold a space) the collector paid for.
   */
  marks: Marks | undefined;
  /**
   * Which of its watched literals the secret rules' keyword pass saw in the text, one byte per literal in the
   * order it was given them (secrets/engine.ts); undefined when no such pass read this text.
   */
  watchedSeen: Uint8Array | undefined;
  /** Whether the bytes were lent by `buffer` (see done). */
  private borrowed = false;

  /**
   * `buffer`: bytes kept between scans to copy the text into (see CodesBuffer); the pass's maker calls done
   * once the copy is read no more.
   */
  constructor(
    readonly text: string,
    private readonly buffer?: CodesBuffer,
  ) {}

  digitChains(): DigitChain[] {
    return (this.chains ??= findDigitChains(this.text));
  }

  /** Whether the text is ASCII only. */
  ascii(): boolean {
    return (this.asciiOnly ??= isAscii(this.text));
  }

  /** The text as bytes (see text-codes.ts), copied once for every pass that reads them. */
  codes(): Uint8Array {
    if (this.units !== undefined) return this.units;
    const into = this.text.length >= CODES_BUFFER_FROM ? this.buffer?.take(this.text.length) : undefined;
    this.borrowed = into !== undefined;
    return (this.units = textCodes(this.text, this.ascii(), into));
  }

  /**
   * The copy is read no more: lent bytes go back to their buffer, for the next text. A later codes() makes
   * a copy of its own.
   */
  done(): void {
    if (!this.borrowed) return;
    this.borrowed = false;
    this.units = undefined;
    this.buffer?.giveBack();
  }
}

/**
 * Texts shorter than this get fresh bytes: memory that small comes from the engine's and the allocator's own
 * reused pages (no fault to save), and a message's many short strings would only pass the loan around.
 */
const CODES_BUFFER_FROM = 1 << 15;

/** The shared pass for `text`: the one given when it is for that text, else a new one. */
export function sharedFor(text: string, shared: SharedPass | undefined): SharedPass {
  return shared?.text === text ? shared : new SharedPass(text);
}

/**
 * Where the pattern matches, found with test (no match array, no copy of the match: a megabyte of log lines
 * holds 12,000 chains); each chain's start and digits are then read back from its end.
 */
function findDigitChains(text: string): DigitChain[] {
  const chains: DigitChain[] = [];
  CHAIN.lastIndex = 0;
  while (CHAIN.test(text)) {
    let end = CHAIN.lastIndex;
    const [start, first] = chainStart(text, end);
    let digits = first;
    // As many digits as a match can hold: the chain may go on.
    for (let piece = digits; piece === PIECE;) {
      MORE.lastIndex = end;
      if (!MORE.test(text)) break;
      piece = digitsIn(text, end, MORE.lastIndex);
      digits += piece;
      end = MORE.lastIndex;
      CHAIN.lastIndex = end;
    }
    // Six digits in a row are an id, a time or a code far more often than a grouped number: left out.
    if (digits > 6 || end - start > 6) chains.push({ start, end, digits });
  }
  return chains;
}

/**
 * The first digit of the match that ends at `end`, and its digits: stepped back over digits, each after at most
 * two joiners. The match starts at its chain's first digit (it is the leftmost, greedy and the chain before it
 * ended where nothing joined on), so stepping back stops exactly there.
 */
function chainStart(text: string, end: number): [number, number] {
  const at = (i: number) => text.charCodeAt(i);
  let start = end - 1;
  let digits = 1;
  for (;;) {
    if (isDigit(at(start - 1))) start -= 1;
    else if (isJoiner(at(start - 1)) && isDigit(at(start - 2))) start -= 2;
    else if (isJoiner(at(start - 1)) && isJoiner(at(start - 2)) && isDigit(at(start - 3))) start -= 3;
    else return [start, digits];
    digits++;
  }
}

function digitsIn(text: string, from: number, to: number): number {
  let digits = 0;
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) digits++;
  return digits;
}

/** Space, brackets, dot, slash and dash: what may stand between two digits of a chain (two at most). */
function isJoiner(c: number): boolean {
  return c === 32 || c === 40 || c === 41 || c === 46 || c === 47 || c === 45;
}

/**
 * The matches a global exec loop of `sticky` would find, when every match starts with a digit (or, `lead`
 * characters before one, with "+" or "(") and holds at least `minDigits` digits of the chain it starts in,
 * joined as chains join them (so no match reaches past its chain before its minDigits-th digit). Positions
 * are tried in order and a match resumes the search at its end, as exec does. A digit right after a digit
 * is tried only where the previous match ended: elsewhere the attempt one character earlier covered it; and
 * no position is tried once fewer than `minDigits` digits of its chain are left after it. `wanted`, when
 * given, says which chains can hold a match the caller would keep: the others are not searched.
 */
export function chainMatches(
  text: string,
  shared: SharedPass | undefined,
  minDigits: number,
  sticky: RegExp,
  lead = 0,
  wanted?: (chain: DigitChain) => boolean,
): readonly RegExpExecArray[] {
  const chains = sharedFor(text, shared).digitChains();
  // An array, not a generator: in text full of numbers (logs) this runs for thousands of chains per string.
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const chain of chains) {
    if (chain.digits < minDigits || (wanted !== undefined && !wanted(chain))) continue;
    // Digits left in the chain from `at` on: a match needs minDigits of them, so a start with fewer is skipped.
    let left = chain.digits;
    for (let at = Math.max(chain.start - lead, from); at < chain.end && left >= minDigits; at++) {
      const c = text.charCodeAt(at);
      // Before the chain only a lead character starts a match ("+(44) 20 …": lead 2); a digit there is
      // another number's.
      if (at < chain.start && c !== 43 && c !== 40) continue;
      const digit = isDigit(c);
      if (digit ? at > from && isDigit(text.charCodeAt(at - 1)) : c !== 43 && c !== 40) {
        if (digit) left--;
        continue;
      }
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (digit) left--;
      if (m === null) continue;
      matches.push(m);
      from = at + Math.max(1, m[0].length);
      for (let i = at + 1; i < from && i < chain.end; i++) if (isDigit(text.charCodeAt(i))) left--;
      at = from - 1;
    }
  }
  return matches;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
