// Card numbers and SSNs whose digit groups are joined by something other than the one space, dash or dot
// they are printed with: " / " or " - ", a slash, a bar, an underscore, a tab or line break, a bullet, the
// replacement character invalid UTF-8 decodes to, a lone surrogate. A reader takes the same number from
// them. Each such chain is read again with every gap as one space, by the card and SSN detectors' own rules
// (grouping, Luhn, issuer ranges, issuable SSNs, the words before it), and what they find is mapped back.
//
// Linear: one pattern without repetition finds where a chain can start, each group is read a bounded number
// of times, and each chain found is read again once, with at most CONTEXT characters before it.
import type { Detector, Span } from "./detectors.js";
import { sharedFor } from "./digit-chains.js";
import { CharactersAhead } from "./characters-ahead.js";
import { cardDetector, ssnDetector } from "./pii/index.js";
import { namedSsn } from "./pii/ssn.js";
import { standsAsCard } from "./pii/card.js";

/** ASCII characters a gap may hold: blanks and line breaks, slashes, the bar, the underscore, the dash. */
const GAP_ASCII = new Uint8Array(128);
for (const c of "\t\n\v\f\r /\\|_-") GAP_ASCII[c.charCodeAt(0)] = 1;
/**
 * A digit, an odd gap and the digit after it: a gap starting with a character other than a space or dash
 * (anything beyond ASCII, checked in full then), or a space or dash before another gap character, at most
 * MAX_GAP characters in all. The engine finds these faster than a loop over the characters (which cost more
 * than a tenth of the whole scan on log lines); a digit then a space, everywhere in prose, and a digit then a
 * slash with no digit after it, all through base64, are let go there.
 */
const ODD_GAP_AFTER_DIGIT =
  /[0-9](?:[\t\n\v\f\r/\\|_\u0080-\uffff][\t\n\v\f\r /\\|_\u0080-\uffff-]{0,2}|[ -][\t\n\v\f\r /\\|_\u0080-\uffff-]{1,2})[0-9]/g;
const MAX_GAP = 3;
const MAX_GROUP = 19;
const MIN_DIGITS = 9;
/** The words before a number that say what it is (see pii/context.ts), read as written. */
const CONTEXT = 48;

export function oddSeparatorsDetector(): Detector {
  const inner = [cardDetector(), ssnDetector()];
  return {
    // Listed after the card detector, so that the scanner's split-value reading finds that one by type.
    type: "credit_card",
    types: ["credit_card", "ssn"],
    category: "pii",
    confidence: 0.9,
    find(text, enabled, shared) {
      const spans: Span[] = [];
      const byGaps = text.length >= GAPS_FROM && sharedFor(text, shared).ascii() && denseDigits(text);
      for (const { start, end } of oddChains(text, byGaps)) {
        const view = evenlySpaced(text, start, text.slice(start, end));
        for (const detector of inner) {
          if (enabled && !enabled(detector.type)) continue;
          for (const s of detector.find(view.text)) {
            if (s.end <= view.chainStart) continue;
            const original = view.original(s);
            if (spelledRowGoesOn(view.text.slice(s.start, s.end), text, original.end)) continue;
            // The view ends with the chain; a decimal's fraction after it (35682.000000, a statistics
            // table's column) makes the last group no group, as the card detector's own candidate says.
            if (DECIMAL_AFTER.test(text.slice(original.end, original.end + 2))) continue;
            if (detector.type === "ssn" && barredUnnamed(text, original, view.text, s.start)) continue;
            if (detector.type === "credit_card" && markedRegrouped(text, original, view.text, s)) continue;
            spans.push({ ...original, type: detector.type });
          }
        }
      }
      return spans;
    },
  };
}

/**
 * An SSN's groups joined by bars (`256|64|4096`, `256 | 64 | 4096`) are read as one only when the words before
 * them call it so: a bar between numbers is code's inclusive or (`flags|512|256|64|4096`, a mode's bits) or a
 * table's column rule, never how a person writes the number, so the 3-2-4 shape alone says nothing there. A
 * card's groups still count so (its checksum and issuer ranges say what it is).
 */
function barredUnnamed(text: string, found: Span, view: string, at: number): boolean {
  return text.slice(found.start, found.end).includes("|") && !namedSsn(view, at);
}

/**
 * A card's digits regrouped (any groups of two or more) and joined by a bar or a slash (`100|120|121|888|999`,
 * a regular expression's alternatives; `/100/120/121/888/999`, a path of ids) are read as a card only when
 * printed as cards are or named one: such marks between numbers are code's, a table's or a path's, and a
 * checksum passes one time in ten. Blanks and line breaks keep the regrouped reading.
 */
function markedRegrouped(text: string, found: Span, view: string, at: Span): boolean {
  return /[|/\\_]/.test(text.slice(found.start, found.end)) && !standsAsCard(view, at.start, at.end);
}

/**
 * Digits spelled one at a time (`6 7 0 0 …`) that go on past the chain read, after another gap, with more of
 * them: a row of single digits (ALSA's mixer values `[ 6 7 0 0 0 0 0 0  6 7 0 0 … ]`, a matrix, a dump), not a
 * card. The card detector lets such a run go when it goes on (see SPELLED in pii/card.ts); the chain read here
 * may end at a gap of another width than the next, so the text after it is looked at too.
 */
function spelledRowGoesOn(found: string, text: string, end: number): boolean {
  return SPELLED_DIGITS.test(found) && ROW_GOES_ON.test(text.slice(end, end + MAX_GAP + 3));
}
const DECIMAL_AFTER = /^\.[0-9]/;
const SPELLED_DIGITS = /^[0-9](?: [0-9]){11,}$/;
const ROW_GOES_ON = /^[\t ]{1,3}[0-9](?:[\t ]|$)/;

/** The chain with its gaps as single spaces, after up to CONTEXT characters of what precedes it. */
function evenlySpaced(text: string, start: number, chain: string) {
  const from = Math.max(0, start - CONTEXT);
  const offsets: number[] = [];
  let out = text.slice(from, start);
  for (let i = from; i < start; i++) offsets.push(i);
  const chainStart = out.length;
  const digit = /[0-9]/;
  let inGap = false;
  for (let i = 0; i < chain.length; i++) {
    const c = chain.charAt(i);
    if (digit.test(c)) {
      out += c;
      offsets.push(start + i);
      inGap = false;
    } else if (!inGap) {
      out += " ";
      offsets.push(start + i);
      inGap = true;
    }
  }
  return {
    text: out,
    chainStart,
    /** Where a span of the view was written: from its first character to just after its last. */
    original: (s: Span): Span => ({
      start: offsets[s.start] as number,
      end: (offsets[s.end - 1] as number) + 1,
    }),
  };
}

/**
 * Groups of digits joined two times or more by one and the same gap of one to three characters a reader
 * skips, other than the single space or dash the detectors read already, with MIN_DIGITS digits or more;
 * and, where such a gap stands on one line with gaps of other kinds, the whole run of them (see chainFrom).
 * Colons, dots, commas and brackets make no gap: times, versions, amounts and phone numbers use them.
 * Only a digit followed by the start of an odd gap is looked at further, without allocating.
 */
function oddChains(text: string, byGaps: boolean): Array<{ start: number; end: number }> {
  const chains: Array<{ start: number; end: number }> = [];
  let done = 0;
  let mixedDone = 0;
  const gaps = byGaps ? new GapsAhead(text) : undefined;
  for (let at = oddGapAfterDigit(text, 0, gaps); at >= 0;) {
    let start = at;
    while (start > done && isDigit(text.charCodeAt(start - 1))) start--;
    const chain = chainFrom(text, start, at + 1, false);
    // A mixed run is read once (from its first odd gap), and the same-gap chains inside it are still looked
    // for: "ref 12 / 4111/1111/1111/1111" is a card after a number, not one 18-digit number.
    const mixed = at >= mixedDone ? chainFrom(text, start, at + 1, true) : undefined;
    if (mixed) mixedDone = mixed.end;
    if (mixed && mixed.end > (chain?.end ?? 0)) chains.push(mixed);
    if (!chain) {
      at = oddGapAfterDigit(text, at + 1, gaps);
      continue;
    }
    chains.push(chain);
    done = chain.end;
    at = oddGapAfterDigit(text, done, gaps);
  }
  return chains;
}

/**
 * From this length on, an ASCII text dense with digits has its odd gaps found from their characters (see
 * oddGapAfterDigit): the pattern's cost grows with the digits it starts at (logs, tables of ids), the gaps'
 * with the gap characters (line breaks and underscores in source code), so the cheaper is taken.
 */
const GAPS_FROM = 1024;
/** Characters looked at to tell whether a text is dense with digits. */
const DIGIT_SAMPLES = 512;

/** Whether more than a fifth of the characters sampled evenly through the text are digits. */
function denseDigits(text: string): boolean {
  const step = Math.max(1, Math.floor(text.length / DIGIT_SAMPLES));
  let seen = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i += step) {
    seen++;
    if (isDigit(text.charCodeAt(i))) digits++;
  }
  return digits * 5 > seen;
}

/**
 * Where ODD_GAP_AFTER_DIGIT next matches from `from` on (the digit's index), or -1. With `gaps` (an ASCII
 * text), found from the gaps instead: every match has, one or two characters after its digit, a character of
 * GAP_STARTS (a gap's first, or the second after a space or dash) or a space or dash followed by another; the
 * pattern is tried, sticky, only on a digit one or two before such a place, in order, so the first match is
 * the one the search from `from` finds. In logs full of digits and base64 full of slashes this costs a
 * native search per gap character instead of the engine's visit to every digit.
 */
function oddGapAfterDigit(text: string, from: number, gaps: GapsAhead | undefined): number {
  if (gaps === undefined) {
    ODD_GAP_AFTER_DIGIT.lastIndex = from;
    return ODD_GAP_AFTER_DIGIT.exec(text)?.index ?? -1;
  }
  for (let t = gaps.from(from + 1); t < text.length; t = gaps.from(t + 1)) {
    for (let d = Math.max(from, t - 2); d < t; d++) {
      if (!isDigit(text.charCodeAt(d))) continue;
      ODD_GAP_AT.lastIndex = d;
      if (ODD_GAP_AT.test(text)) return d;
    }
  }
  return -1;
}

/** ODD_GAP_AFTER_DIGIT, tried at one place. */
const ODD_GAP_AT = new RegExp(ODD_GAP_AFTER_DIGIT.source, "y");

/** The ASCII characters that begin an odd gap (or are the second after a space or dash). */
const GAP_STARTS = ["\t", "\n", "\v", "\f", "\r", "/", "\\", "|", "_"];
/** A space or dash followed by another: the other way an odd gap begins (found by the engine: both are common). */
const SPACE_OR_DASH_PAIR = /[ -][ -]/g;

/**
 * The next occurrence of each of GAP_STARTS (a native search for one character each) and of a
 * SPACE_OR_DASH_PAIR, remembered while the search moves forward (it never moves back, so each position is
 * searched past once per string: linear).
 */
class GapsAhead {
  private readonly starts: CharactersAhead;
  private nextPair = -1;

  constructor(private readonly text: string) {
    this.starts = new CharactersAhead(text, GAP_STARTS);
  }

  /** The first occurrence of any at or after `from` (never less than an earlier call's), or the text's length. */
  from(from: number): number {
    const first = this.starts.from(from);
    const { text } = this;
    if (this.nextPair < from) {
      SPACE_OR_DASH_PAIR.lastIndex = from;
      this.nextPair = SPACE_OR_DASH_PAIR.exec(text)?.index ?? text.length;
    }
    return Math.min(first, this.nextPair);
  }
}

/**
 * The chain whose first group is [start, gapStart), when it is one. `mixed`: its gaps may differ from one to
 * the next while they stay on one line ("4111  1111 1111 1111", "4111 / 1111-1111 1111"), as a reader skips
 * each, and the groups right before it on its line count towards its size (their text is read as written,
 * see evenlySpaced). Without it the first gap is repeated throughout, so that a card then its expiry date
 * ("4111_1111_1111_1111 12/27") stays a card.
 */
function chainFrom(
  text: string,
  start: number,
  gapStart: number,
  mixed: boolean,
): { start: number; end: number } | undefined {
  if (gapStart - start > MAX_GROUP) return undefined;
  const gapLength = gapAt(text, gapStart);
  if (gapLength === 0 || !isDigit(text.charCodeAt(gapStart + gapLength))) return undefined;
  const first = text.charCodeAt(gapStart);
  if (gapLength === 1 && (first === 32 || first === 45)) return undefined;
  if (mixed && !withinLine(text, gapStart, gapLength)) return undefined;
  const before = mixed ? groupsBefore(text, start) : { digits: 0, groups: 0 };
  let digits = gapStart - start + before.digits;
  let groups = 1 + before.groups;
  let end = gapStart;
  for (let at = gapStart + gapLength, length = gapLength; ;) {
    const groupEnd = runEnd(text, at);
    if (groupEnd - at > MAX_GROUP) break;
    digits += groupEnd - at;
    groups++;
    end = groupEnd;
    const same = sameGap(text, gapStart, groupEnd, length);
    const next = same ? length : mixed ? gapAt(text, groupEnd) : 0;
    if (next === 0 || !isDigit(text.charCodeAt(groupEnd + next))) break;
    if (!same && !withinLine(text, groupEnd, next)) break;
    length = next;
    at = groupEnd + next;
  }
  return groups >= 3 && digits >= MIN_DIGITS ? { start, end } : undefined;
}

/** How many gap characters (at most MAX_GAP) stand at `at`. */
function gapAt(text: string, at: number): number {
  let k = 0;
  while (k < MAX_GAP && at + k < text.length && isGap(text.charCodeAt(at + k))) k++;
  return k;
}

/** No line break among a gap's characters. */
function withinLine(text: string, at: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const c = text.charCodeAt(at + k);
    if (c >= 10 && c <= 13) return false;
  }
  return true;
}

/** Groups of a card looked at before the first odd gap of a mixed chain. */
const MAX_GROUPS_BEFORE = 4;

/**
 * The groups (and their digits) joined by one space, dash or dot right before `start` on its line, at most
 * MAX_GROUPS_BEFORE of them ("4111 1111-1111  1111" has its odd gap last): a bounded look back.
 */
function groupsBefore(text: string, start: number): { digits: number; groups: number } {
  let first = start;
  let digits = 0;
  let groups = 0;
  for (; groups < MAX_GROUPS_BEFORE; groups++) {
    const c = text.charCodeAt(first - 1);
    if (c !== 32 && c !== 45 && c !== 46) break;
    let from = first - 1;
    while (from > 0 && first - 1 - from < MAX_GROUP && isDigit(text.charCodeAt(from - 1))) from--;
    if (from === first - 1) break;
    digits += first - 1 - from;
    first = from;
  }
  return { digits, groups };
}

function sameGap(text: string, gap: number, at: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(gap + k) !== text.charCodeAt(at + k)) return false;
  return true;
}

function runEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A gap character: GAP_ASCII, bullets and dashes, the replacement character, a lone surrogate half. */
function isGap(c: number): boolean {
  if (c < 128) return GAP_ASCII[c] === 1;
  return (
    c === 0xb7 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2022 ||
    c === 0x2027 ||
    c === 0x2212 ||
    c === 0x2219 ||
    c === 0xfffd ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}
