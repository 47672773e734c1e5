// The digits at the edges of neighbouring strings, which the readers of values split over neighbours
// (split-values.ts, split-fields.ts) look at before they join two: no slicing, called per neighbour.

/** A neighbour that is nothing but digits and the separators numbers are printed with (space, dot, dash). */
export const DIGITS_ONLY = /^[ .-]*[0-9](?:[ .-]*[0-9])*[ .-]*$/;

/** A digit at the start, after at most three separators. */
export function startsWithDigit(text: string): boolean {
  for (let i = 0; i < 4 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return true;
    if (!isSeparator(c)) return false;
  }
  return false;
}

/** A digit at the end, before at most three separators. */
export function endsWithDigit(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 4; i--) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return true;
    if (!isSeparator(c)) return false;
  }
  return false;
}

/**
 * The digits of the chain of digits and separators at the end (`step` -1) or the start (1) of `text`, at
 * most `limit` characters in.
 */
export function chainDigits(text: string, step: 1 | -1, limit: number): number {
  let n = 0;
  for (
    let k = 0, i = step === 1 ? 0 : text.length - 1;
    k < limit && i >= 0 && i < text.length;
    k++, i += step
  ) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) n++;
    else if (!isSeparator(c)) break;
  }
  return n;
}

export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) n++;
  return n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 46 || c === 45;
}
