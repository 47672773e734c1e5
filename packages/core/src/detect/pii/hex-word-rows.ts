// A row of four-hex-digit words (code points in Unicode's and Perl's collation tables, a font's cmap dump,
// a hex editor's words): `7338 7742 90FF 6963 6973 7164 7442 847F`. Where four neighbours are all decimal
// digits they read as a card grouped by fours, but their row says what they are: its other words are hex
// of the same width (90FF, 847F), which no card's groups are.

/** A word of four hex digits with a letter among them, alone between blanks. */
const HEX_WORD = /(?<![0-9A-Za-z_])[0-9A-Fa-f]{4}(?![0-9A-Za-z_])/g;
const HAS_HEX_LETTER = /[A-Fa-f]/;
/** The groups of the candidate: fours of digits cut by single blanks. */
const FOURS = /^[0-9]{4}(?: [0-9]{4}){2,4}$/;
/** How far along its line a row is read either side. */
const ROW_WINDOW = 80;

/** A lettered hex word right beside [start, end), a blank apart. */
function hexWordBeside(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 6);
  return /(?:^|[ \t])[0-9A-Fa-f]{4} $/.test(before) && HAS_HEX_LETTER.test(before.slice(-5))
    ? true
    : /^ [0-9A-Fa-f]{4}(?:$|[ \t\r\n])/.test(after) && HAS_HEX_LETTER.test(after.slice(1, 5));
}

/** A four-hex-digit word after a blank, read backwards from or forwards at a position. */
const WORD_BEFORE = /(?:^|[ \t])([0-9A-Fa-f]{4})[ \t]$/;
const WORD_AFTER = /^[ \t]([0-9A-Fa-f]{4})(?=$|[ \t\r\n])/;
/** Words a row goes on past the candidate, at least: a card with its expiry and code is not so long. */
const MORE_WORDS = 3;
/** Words read each way, at most (a row's lettered word is within its line: ROW_WINDOW characters). */
const MAX_RUN_WORDS = ROW_WINDOW / 5;

/**
 * Whether the groups at [start, end) go on, on both sides or either, as a run of four-hex-digit words, one of
 * them lettered, MORE_WORDS words longer than the groups: a table's row wherever the groups sit in it (at its
 * start too, `9704 9706 9707 9709 9760 978D …`), where the lettered word need not stand beside them.
 */
function inLongerRun(text: string, start: number, end: number): boolean {
  let words = 0;
  let lettered = 0;
  const count = (word: string) => {
    words++;
    if (HAS_HEX_LETTER.test(word)) lettered++;
  };
  for (let at = start, m; at - start > -5 * MAX_RUN_WORDS; at -= 5) {
    if ((m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 6), at))) === null) break;
    count(m[1] as string);
  }
  for (let at = end, m; at - end < 5 * MAX_RUN_WORDS; at += 5) {
    if ((m = WORD_AFTER.exec(text.slice(at, at + 6))) === null) break;
    count(m[1] as string);
  }
  return words >= MORE_WORDS && lettered >= 1;
}

/** Whether the digit groups at [start, end) stand in a row of lettered four-hex-digit words. */
export function inHexWordRow(text: string, value: string, start: number, end: number): boolean {
  if (!FOURS.test(value)) return false;
  if (inLongerRun(text, start, end)) return true;
  if (!hexWordBeside(text, start, end)) return false;
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - ROW_WINDOW);
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0 || lineEnd > end + ROW_WINDOW) lineEnd = Math.min(text.length, end + ROW_WINDOW);
  let lettered = 0;
  for (const word of text.slice(lineStart, lineEnd).matchAll(HEX_WORD))
    if (HAS_HEX_LETTER.test(word[0])) lettered++;
  return lettered >= 2;
}
