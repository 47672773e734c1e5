// A card number or an SSN cut by a line break where a text was wrapped ("card 4111 1111\n1111 1111",
// "SSN 078-05-\n1120"): its groups keep their space or dash, but one gap is a line break, often with a blank or
// the dash beside it. A reader joins the lines at once; the card and SSN detectors read one separator
// throughout, and odd-separators.ts reads chains whose every gap is the same odd one, so neither found these.
// Each line break between two digits is read again with the break written as the number's own separator (the
// dash beside it, or the space or dash its groups use, or nothing), after up to CONTEXT characters of what
// precedes it, by the card and SSN detectors' own rules (grouping, Luhn, issuer ranges, issuable SSNs, the
// words before it). Only what they find across the join counts, mapped back to the text as written.
//
// Linear: one pattern without nested repetition finds each break between digits (tried in place at each line
// break where they are few); each is read once, over at most CONTEXT + 2 * MAX_SIDE characters.
import { CharactersAhead } from "./characters-ahead.js";
import type { Detector, Span } from "./detectors.js";
import { cardDetector, ssnDetector } from "./pii/index.js";

/**
 * A digit, at most a blank or two and a dash with blanks around it, one line break, the same again and a
 * digit. Searched from the line breaks where they are few (see BreaksBetweenDigits).
 */
export const BREAK_BETWEEN_DIGITS =
  /[0-9][ \t]{0,2}-?[ \t]{0,2}(?:\r\n|\n|\r)[ \t]{0,2}-?[ \t]{0,2}(?=[0-9])/g;
const BREAK_AT = new RegExp(BREAK_BETWEEN_DIGITS.source, "y");
/** The most blanks and dashes between a break's digit and the break (two blanks, a dash, two blanks). */
const MAX_BEFORE_BREAK = 5;
/** Breaks tried one by one before asking whether they are common (lines of code), and how close that is. */
const FEW_BREAKS = 32;
const SPARSE_BREAKS = 256;
/** The most characters of a number read either side of its break (a card's 19 digits and their gaps). */
const MAX_SIDE = 24;
/** The words before a number that say what it is (see pii/context.ts), read as written. */
const CONTEXT = 48;
/** The fewest digits of a number read here (an SSN's). */
const MIN_DIGITS = 9;

export function wrappedNumbersDetector(): Detector {
  const inner = [cardDetector(), ssnDetector()];
  return {
    // Listed after the card detector, as odd-separators.ts is (the scanner's split-value reading finds that one).
    type: "credit_card",
    types: ["credit_card", "ssn"],
    category: "pii",
    confidence: 0.9,
    find(text, enabled) {
      if (!text.includes("\n") && !text.includes("\r")) return [];
      const spans: Span[] = [];
      const breaks = new BreaksBetweenDigits(text);
      // The next search starts at the digit after the break, which may start the next break's number.
      for (let m = breaks.next(0); m !== null; m = breaks.next(m.index + m[0].length)) {
        const gapStart = m.index + 1;
        const gapEnd = m.index + m[0].length;
        const view = joined(text, gapStart, gapEnd);
        if (view === undefined) continue;
        for (const detector of inner) {
          if (enabled && !enabled(detector.type)) continue;
          for (const s of detector.find(view.text))
            if (s.start < view.join && s.end > view.join)
              spans.push({ ...view.original(s), type: detector.type });
        }
      }
      return spans;
    },
  };
}

/** Whether a character may stand inside a number's run: a digit, a space or a dash. */
function inNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 32 || c === 45;
}

/**
 * The text around the break text[gapStart, gapEnd) with the break written as the number's separator, or
 * undefined when the two sides do not read as one number cut by a wrap (see below).
 */
function joined(text: string, gapStart: number, gapEnd: number) {
  let left = gapStart;
  while (left > 0 && gapStart - left < MAX_SIDE && inNumber(text.charCodeAt(left - 1))) left--;
  let right = gapEnd;
  while (right < text.length && right - gapEnd < MAX_SIDE && inNumber(text.charCodeAt(right))) right++;
  // Fewer digits than an SSN's nine on both lines together: no number either detector reads.
  if (digitsIn(text, left, gapStart) + digitsIn(text, gapEnd, right) < MIN_DIGITS) return undefined;
  // Read in place: in log lines every line ends in a number and the next starts with a date, so this runs for
  // each line, and most are let go here (a date's dashes against a break without one).
  const before = separatorIn(text, left, gapStart);
  const after = separatorIn(text, gapEnd, right);
  // Wrapping takes the place of a blank, and leaves a dash where it stands. A number whose groups are dashed
  // but whose break has no dash, or one written with no gaps at all, is not read across the break: lines of
  // ids and amounts look so.
  const written = dashIn(text, gapStart, gapEnd) ? "-" : " ";
  if ((before ?? written) !== written || (after ?? written) !== written) return undefined;
  if (written === " " && before === undefined && after === undefined) return undefined;
  const separator = written;
  const from = Math.max(0, left - CONTEXT);
  const head = text.slice(from, gapStart);
  const join = head.length;
  // The character the run stopped at is read too: a number that runs into a word (5993 5BC4, a row of hex
  // code points) ends inside it and is no card, which the detectors can only tell when they see the word.
  return {
    text: head + separator + text.slice(gapEnd, Math.min(text.length, right + 1)),
    join,
    /** Where a span of the view was written: a position after the join is moved past the break. */
    original: (s: Span): Span => {
      const at = (p: number) =>
        p <= join ? from + p : p < join + separator.length ? gapStart : gapEnd + p - join - separator.length;
      return { start: at(s.start), end: at(s.end) };
    },
  };
}

function digitsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Whether text[from, to) holds a dash (a break's gap: a few characters). */
function dashIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * The space or dash the run of digit groups text[from, to) uses between them (blanks at either end are none),
 * or undefined when it has none. The run holds only digits, spaces and dashes (see inNumber).
 */
function separatorIn(text: string, from: number, to: number): " " | "-" | undefined {
  let first = from;
  while (first < to && text.charCodeAt(first) === 32) first++;
  let last = to;
  while (last > first && text.charCodeAt(last - 1) === 32) last--;
  for (let i = first; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) return " ";
    if (c === 45) return "-";
  }
  return undefined;
}

/**
 * The matches of BREAK_BETWEEN_DIGITS, as its global search finds them. Prose has a line break every few
 * hundred characters or thousands, and the engine's pass over all the rest cost more than half a
 * millisecond a megabyte: there, each break is found natively (CharactersAhead) and the pattern tried in
 * place at the one digit it could start from, the last before the break with only blanks and a dash
 * between. Where breaks prove common (code, a line every few dozen characters), the pattern's own pass
 * takes the rest. A match holds exactly one break, with no other digit before it: the digit tried for each
 * break, in order, is where the global search would find it first.
 */
export class BreaksBetweenDigits {
  private readonly breaks: CharactersAhead;
  private tried = 0;
  private dense = false;

  constructor(private readonly text: string) {
    this.breaks = new CharactersAhead(text, ["\n", "\r"]);
  }

  /** What BREAK_BETWEEN_DIGITS.exec returns with lastIndex `from` (never less than an earlier call's). */
  next(from: number): RegExpExecArray | null {
    const text = this.text;
    if (!this.dense) {
      for (let at = this.breaks.from(from); at < text.length; at = this.breaks.from(at + 1)) {
        let digit = at - 1;
        while (digit >= from && at - digit <= MAX_BEFORE_BREAK && blankOrDash(text.charCodeAt(digit)))
          digit--;
        if (digit >= from && isDigitCode(text.charCodeAt(digit))) {
          BREAK_AT.lastIndex = digit;
          const m = BREAK_AT.exec(text);
          if (m !== null) return m;
        }
        this.tried++;
        if (this.tried >= FEW_BREAKS && this.tried * SPARSE_BREAKS > at) {
          this.dense = true;
          // A match holding this break starts before it: the pattern's pass resumes where this one did.
          break;
        }
      }
      if (!this.dense) return null;
    }
    BREAK_BETWEEN_DIGITS.lastIndex = from;
    return BREAK_BETWEEN_DIGITS.exec(text);
  }
}

const blankOrDash = (c: number): boolean => c === 32 || c === 9 || c === 45;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
