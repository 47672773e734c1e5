// A list of numbers that spells a text (a server's `[103, 104, 112, 95, …]`, Buffer's `toJSON().data`, a list of
// lists joined by `.flat()`): read as the text, so what it spells is scanned as that text is.

/** Fewer codes than this in a list are numbers, not text (no value worth finding is shorter). */
const MIN_CODES = 8;

/** The largest code point: a list with a number beyond it is numbers, not text. */
const MAX_CODE_POINT = 0x10ffff;
/** A code written as a string ("103"): `String.fromCharCode(...list)` reads it as the number. */
const CODE_STRING = /^[0-9]{1,7}$/;

/**
 * The text a list of character codes spells, or undefined when it is not one. Any code point counts, not
 * printable ASCII alone: a line break or an accented letter among the codes must not turn the rest back into
 * numbers. But a list is read only where MIN_CODES printable ASCII codes stand in a row, as any value worth
 * finding does: rows of ordinary numbers (ids, counts, years) seldom spell such a run, and cost no scan.
 */
export function textOfCodes(list: readonly unknown[]): string | undefined {
  if (list.length < MIN_CODES) return undefined;
  let run = 0;
  let longest = 0;
  for (const item of list) {
    const code = codeOf(item);
    if (code === undefined) return undefined;
    run = code >= 32 && code <= 126 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  if (longest < MIN_CODES) return undefined;
  let text = "";
  for (const item of list) text += String.fromCodePoint(codeOf(item) as number);
  return text;
}

/** Lists of codes nested this deep are read as one ([[103, 104], [112, 95], …] spells what [103, 104, 112, 95] does). */
const MAX_CODE_NESTING = 3;

/**
 * The list with its nested lists spread in place, down to MAX_CODE_NESTING levels: a server that joins a list
 * of lists of character codes (`.flat()`) reads one text. The list itself when it holds no list; a list
 * nested deeper stays an item (and is no code, so the list is read as no text).
 */
export function flatCodes(list: readonly unknown[]): readonly unknown[] {
  if (!list.some(Array.isArray)) return list;
  return (list as unknown[]).flat(MAX_CODE_NESTING - 1);
}

/** A list item as a character code (a number, or a string of digits), or undefined when it is none. */
function codeOf(item: unknown): number | undefined {
  const code = typeof item === "string" && CODE_STRING.test(item) ? Number(item) : item;
  return typeof code === "number" && Number.isInteger(code) && code >= 0 && code <= MAX_CODE_POINT
    ? code
    : undefined;
}
