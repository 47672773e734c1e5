// Short national numbers: six digits in groups (33 93 31, 312 345, 90 1234, 75.12.34), as small countries
// and local numbers are written. Six digits are as often a time, a date, a score or a code, so only a phone
// word says what they are: one before the number ("You can call 33 93 31", "Tel: 21 12 34") or right after
// it on its line ("61 51 81 office"), and nothing calling them something else. The digit chains hold grouped
// runs of six digits for this (see digit-chains.ts); chains of seven digits or more are the phone
// detector's main candidates.
import type { Span } from "../detectors.js";
import { sharedFor, type SharedPass } from "../digit-chains.js";
import { calledSomethingElse, phoneLabelled } from "./context.js";

// Two or three groups of two to four digits, one separator used throughout.
const SHORT_GROUPED = /^[0-9]{2,4}([ .-])[0-9]{2,4}(?:\1[0-9]{2,4})?$/;
// Day, month and year in pairs (12.05.24, 05-12-24): a date, whatever the word before it.
const PAIRED_DATE =
  /^(?:(?:0?[1-9]|[12][0-9]|3[01])([.-])(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])([.-])(?:0?[1-9]|[12][0-9]|3[01]))[.-][0-9]{2}$/;

/**
 * The labelled short numbers of a text: grouped six-digit chains that `standsAlone` accepts and that a
 * phone word names. The text's other phone numbers are found elsewhere; these never overlap them (a chain
 * of six digits is no part of a longer one).
 */
export function shortLabelledNumbers(
  text: string,
  shared: SharedPass | undefined,
  standsAlone: (text: string, start: number, end: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  for (const chain of sharedFor(text, shared).digitChains()) {
    if (chain.digits !== 6) continue;
    const { start, end } = chain;
    const value = text.slice(start, end);
    if (!SHORT_GROUPED.test(value) || PAIRED_DATE.test(value)) continue;
    if (!standsAlone(text, start, end) || !phoneLabelled(text, start, end)) continue;
    if (calledSomethingElse(text, start, end)) continue;
    spans.push({ start, end });
  }
  return spans;
}
