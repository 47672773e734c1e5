// A card number or an SSN cut by a line break where a text was wrapped ("card 4111 1111\n1111 1111",
// "SSN 078-05-\n1120"): its groups keep their space or dash, but one gap is a line break, often with a blank or
// the dash beside it. A reader joins the lines at once; the card and SSN detectors read one separator
// throughout, and odd-separators.ts reads chains whose every gap is the same odd one, so neither found these.
// Each line break between two digits is read again with the break written as the number's own separator (the
// dash beside it, or the space or dash its groups use, or nothing), after up to CONTEXT characters of what
// precedes it, by the card and SSN detectors' own rules (grouping, Luhn, issuer ranges, issuable SSNs, the
// words before it). Only what they find across the join counts, mapped back to the text as written.
//
// Linear: one pattern without nested repetition finds each break between digits; each is read once, over at
// most CONTEXT + 2 * MAX_SIDE characters.
import type { Detector, Span } from "./detectors.js";
import { cardDetector, ssnDetector } from "./pii/index.js";

/**
 * A digit, at most a blank or two and a dash with blanks around it, one line break, the same again and a
 * digit. The engine finds the line break first, so text with no break between digits costs one search.
 */
const BREAK_BETWEEN_DIGITS = /[0-9][ \t]{0,2}-?[ \t]{0,2}(?:\r\n|\n|\r)[ \t]{0,2}-?[ \t]{0,2}(?=[0-9])/g;
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
      BREAK_BETWEEN_DIGITS.lastIndex = 0;
      for (let m = BREAK_BETWEEN_DIGITS.exec(text); m !== null; m = BREAK_BETWEEN_DIGITS.exec(text)) {
        const gapStart = m.index + 1;
        const gapEnd = m.index + m[0].length;
        // The next search starts at the digit after the break, which may start the next break's number.
        BREAK_BETWEEN_DIGITS.lastIndex = gapEnd;
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
  const gap = text.slice(gapStart, gapEnd);
  const before = separatorOf(text.slice(left, gapStart));
  const after = separatorOf(text.slice(gapEnd, right));
  // Wrapping takes the place of a blank, and leaves a dash where it stands. A number whose groups are dashed
  // but whose break has no dash, or one written with no gaps at all, is not read across the break: lines of
  // ids and amounts look so.
  const written = gap.includes("-") ? "-" : " ";
  if ((before ?? written) !== written || (after ?? written) !== written) return undefined;
  if (written === " " && before === undefined && after === undefined) return undefined;
  const separator = written;
  const from = Math.max(0, left - CONTEXT);
  const head = text.slice(from, gapStart);
  const join = head.length;
  return {
    text: head + separator + text.slice(gapEnd, right),
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

/** The space or dash a run of digit groups uses between them, or undefined when it has none. */
function separatorOf(run: string): string | undefined {
  const trimmed = run.trim();
  for (const c of trimmed) if (c === " " || c === "-") return c;
  return undefined;
}
