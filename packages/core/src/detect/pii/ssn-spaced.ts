// SSNs written with more room than the plain 3-2-4 shape: each digit spaced (1 2 3 - 4 5 - 6 7 8 9), a
// dash with spaces around it (123 - 45 - 6789, 1 2 3-4 5-6 7 8 9), or, where the text calls the number an
// SSN, the nine digits grouped any way with such dashes (ssn 123 - 456789). Anyone reads these as the number.
// Unnamed, only the 3-2-4 groups count, each group written one way throughout (all digits apart, or all
// together), so a row of numbers or a sum (1 2 3 - 4 5) is not read.
//
// Linear: tried only around a dash with a space beside it (found natively, see SpacedDashes), a bounded
// pattern from at most BACK positions before it.
import type { Span } from "../detectors.js";

/** Nine digits, each pair apart by nothing, a space, or a dash or dot with at most one space each side. */
const LOOSE = /(?<![0-9A-Za-z.-])[0-9](?:(?: ?[-.] ?| )?[0-9]){8}(?![0-9A-Za-z-]|\.[0-9])/y;
/** A separator between groups: a dash or dot, a space either side or none. */
const BETWEEN_GROUPS = / ?[-.] ?/;
/** A dot with a digit right on both sides. */
const DECIMAL_POINT = /[0-9]\.[0-9]/;
/** How far before a dash a candidate may start (three digits spaced, a space, and two spaced: "1 2 3 4 5 -"). */
const BACK = 16;

/**
 * Whether a candidate (nine digits with separators) is in the 3-2-4 shape: three groups apart by a dash or
 * a dot, each group's digits all apart by one space or all together.
 */
export function spacedShape(value: string): boolean {
  const groups = value.split(BETWEEN_GROUPS);
  if (groups.length !== 3) return false;
  // One mark between the groups throughout (693-09.4444 is two numbers).
  const marks = value.replace(/[0-9 ]/g, "");
  if (marks[0] !== marks[1]) return false;
  const [a, b, c] = groups.map((g) => g.replace(/ /g, "").length);
  if (a !== 3 || b !== 2 || c !== 4) return false;
  return groups.every((g) => /^[0-9]+$/.test(g) || /^[0-9](?: [0-9])+$/.test(g));
}

/**
 * Whether a spaced candidate holds a bare dot between two digits (0 0 2.7 1.6 3 0 0): decimals among
 * numbers, as an SVG path writes them, unless the text calls it an SSN.
 */
export function decimalsAmongSpaced(value: string): boolean {
  return value.includes(" ") && DECIMAL_POINT.test(value);
}

/**
 * Candidates around each dash with a space beside it: [start, end) of each, in order, not overlapping.
 * `accept` judges each (the shape, or the text naming it).
 */
export function spacedDashCandidates(
  text: string,
  accept: (value: string, start: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  let readTo = 0;
  const dashes = new SpacedDashes(text);
  for (let dash = dashes.next(0); dash >= 0; dash = dashes.next(dash + 1)) {
    for (let p = Math.max(readTo, dash - BACK); p < dash; p++) {
      const c = text.charCodeAt(p);
      if (c < 48 || c > 57) continue;
      LOOSE.lastIndex = p;
      const m = LOOSE.exec(text);
      if (m === null) continue;
      if (!accept(m[0], p)) continue;
      spans.push({ start: p, end: p + m[0].length });
      readTo = p + m[0].length;
      break;
    }
  }
  return spans;
}

/** Dashes read one by one (a native search each) before SpacedDashes asks whether they are dense. */
const FEW_DASHES = 32;
/** Dashes denser than one in this many characters (dates, UUIDs) are passed over by the regex instead. */
const SPARSE = 64;
/** A dash with a space before or after it; the space, when first, is skipped by one. */
const SPACED_DASH = /[ ]-|-[ ]/g;

/**
 * The dashes of a text that have a space beside them, in order. Prose and code seldom hold a dash at all, so
 * they are found one by one with a native search for "-" (a search for " -" stops at every space of prose,
 * which cost a millisecond a megabyte). Where dashes turn out dense (log lines full of dates and UUIDs),
 * a native regex over the rest of the text skips the ones without a space instead of a call per dash.
 */
export class SpacedDashes {
  private read = 0;
  private dense = false;

  constructor(private readonly text: string) {}

  /** The first dash at or after `from` with a space just before or just after it, or -1. */
  next(from: number): number {
    const text = this.text;
    if (!this.dense) {
      for (let dash = text.indexOf("-", from); dash >= 0; dash = text.indexOf("-", dash + 1)) {
        if (text.charCodeAt(dash - 1) === 32 || text.charCodeAt(dash + 1) === 32) return dash;
        this.read++;
        if (this.read >= FEW_DASHES && this.read * SPARSE > dash) {
          this.dense = true;
          from = dash + 1;
          break;
        }
      }
      if (!this.dense) return -1;
    }
    SPACED_DASH.lastIndex = from;
    const m = SPACED_DASH.exec(text);
    if (m === null) return -1;
    return text.charCodeAt(m.index) === 32 ? m.index + 1 : m.index;
  }
}
