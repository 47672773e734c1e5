// A value longer than the assignment patterns read at once. Each attempt at a credential's name reads at most
// LONGEST_READ characters of its value, so that the many names in source code cost a bounded amount each; an
// OAuth access token, a signed session or an API token of several hundred characters (Wrike's, Zeplin's,
// Tallyfy's run to 300-1,000) was then redacted for its first 256 characters only, its tail forwarded in the
// clear, and a second copy of it elsewhere in the text was not recognised as the same value.

/** The longest value the assignment patterns read (their values' upper bound). */
export const LONGEST_READ = 256;

/** How far past the bound a reported value is followed: longer than any token a service issues. */
const LONGEST_VALUE = 16_384;

/**
 * Where a reported value that filled the pattern's bound really ends: it runs on over the characters an
 * unquoted value is made of (not a blank, a quote, a backslash or a separator of code: , ; & < > ( ) { } [ ]),
 * so a quoted value ends at its closing quote. A shorter value ended where the pattern ended it.
 */
function valueRunsOn(text: string, end: number, length: number): number {
  return length < LONGEST_READ ? end : runEnd(text, end);
}

/**
 * valueRunsOn, and a value opened by a quote runs on to its closing quote on the same line: the patterns read
 * a quoted value up to its first blank (a quoted sentence is prose), so a reported value with a blank in it
 * (`SECRET_KEY="<random> <more>"`, a generated key with spaces, a pasted one wrapped at a blank) was redacted
 * to the blank and its rest forwarded. An escaped closing quote (`\"`, JSON carried in a string) ends it too.
 */
export function quotedValueRunsOn(text: string, end: number, length: number): number {
  const runEnd = valueRunsOn(text, end, length);
  const quote = text[end - length - 1];
  if ((quote !== '"' && quote !== "'" && quote !== "`") || (text[runEnd] !== " " && text[runEnd] !== "\t"))
    return runEnd;
  const close = text.indexOf(quote, runEnd);
  const lineEnd = text.indexOf("\n", runEnd);
  if (close < 0 || close - runEnd > LONGEST_READ || (lineEnd >= 0 && lineEnd < close)) return runEnd;
  let valueEnd = close;
  while (text[valueEnd - 1] === "\\") valueEnd--;
  return valueEnd;
}

/** Where a run of value characters that goes on at `from` ends (at most LONGEST_VALUE further). */
export function runEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + LONGEST_VALUE);
  let at = from;
  while (at < limit && partOfValue(text.charCodeAt(at))) at++;
  return at;
}

/** Characters after which an unquoted value goes on (the assignment patterns' UNQUOTED class). */
function partOfValue(c: number): boolean {
  if (c <= 32 || c === 127) return false; // blanks, line breaks and controls
  switch (c) {
    case 34: // "
    case 39: // '
    case 96: // `
    case 92: // \
    case 44: // ,
    case 59: // ;
    case 38: // &
    case 60: // <
    case 62: // >
    case 40: // (
    case 41: // )
    case 123: // {
    case 125: // }
    case 91: // [
    case 93: // ]
      return false;
    default:
      return true;
  }
}
