// What the readers of identity numbers share (national-id.ts, european-ids.ts, pacific-americas-ids.ts): a
// check digit lets one number in ten to a hundred by, so each number must stand after the word its country
// names it by, looked for in a bounded window before it; and the character classes that tell where a number
// is part of a longer code.

/** How far before a number its label may start. */
const WINDOW = 64;

/** A label of `words`, then what may stand between it and its number: no digit, no line break. */
export const labelled = (words: string, flags = "") =>
  new RegExp(String.raw`(?:${words})(?:'?s)?[^0-9\n]{0,24}$`, flags);

/** Whether a label of `pattern` ends within WINDOW characters before `start`. */
export function labelBefore(text: string, start: number, pattern: RegExp): boolean {
  return pattern.test(text.slice(Math.max(0, start - WINDOW), start));
}

export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isUpper = (c: number) => c >= 65 && c <= 90;
export const isLetterOrDigit = (c: number) => isDigit(c) || isUpper(c) || (c >= 97 && c <= 122);
