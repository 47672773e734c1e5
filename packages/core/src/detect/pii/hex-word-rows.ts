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

/** Whether the digit groups at [start, end) stand in a row of lettered four-hex-digit words. */
export function inHexWordRow(text: string, value: string, start: number, end: number): boolean {
  if (!FOURS.test(value) || !hexWordBeside(text, start, end)) return false;
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - ROW_WINDOW);
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0 || lineEnd > end + ROW_WINDOW) lineEnd = Math.min(text.length, end + ROW_WINDOW);
  let lettered = 0;
  for (const word of text.slice(lineStart, lineEnd).matchAll(HEX_WORD))
    if (HAS_HEX_LETTER.test(word[0])) lettered++;
  return lettered >= 2;
}
