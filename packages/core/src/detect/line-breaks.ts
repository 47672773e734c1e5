// Breaks the detectors read as the line breaks they are, each in as many characters as it is written with, so
// the text keeps its length and every offset stays where it was written.
//
// Unicode's other mandatory line breaks: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, U+0085 NEXT LINE,
// the vertical tab and the form feed (class BK of the line-breaking algorithm; JavaScript's own regexes end a
// line at the first two). A value cut by one of them reads as a value cut by "\n", so they are read as "\n".
//
// Breaks written as escapes, the two characters `\n`, `\r` or `\t`: a log of JSON lines (docker's json-file,
// pino), an iCalendar DESCRIPTION (RFC 5545 writes its breaks `\n`), a string literal in code. A reader sees
// the break; read as written, the escape's letter is glued to the value after it ("n078-05-1120" is a word's
// tail, no SSN). Only an escape before what can begin a value is read as its break: the detectors that read
// escapes themselves (a PEM body's `\n`, a quoted value's) keep reading them everywhere else.

const BREAKS = ["\u2028", "\u2029", "\u0085", "\u000b", "\u000c"];
const BREAK = /[\u2028\u2029\u0085\v\f]/g;

/** What each escaped break is read as: two characters, as the escape is written. */
const ESCAPED_BREAKS: Readonly<Record<string, string>> = { n: "\r\n", r: "\r\n", t: " \t" };

/** The text with those breaks written as breaks (the same string when it has none). */
export function withNewlines(text: string): string {
  // Five native searches for one character cost a fraction of one search for a class: most text has none.
  const unicode = BREAKS.some((b) => text.includes(b)) ? text.replace(BREAK, "\n") : text;
  return withEscapedBreaks(unicode);
}

function withEscapedBreaks(text: string): string {
  let at = text.indexOf("\\");
  if (at < 0) return text;
  let read = "";
  let copied = 0;
  for (; at >= 0; at = text.indexOf("\\", at + 2)) {
    // An escaped backslash ("C:\\new") is no break: both backslashes are passed over.
    const as = ESCAPED_BREAKS[text.charAt(at + 1)];
    if (as === undefined || !beginsValue(text.charCodeAt(at + 2))) continue;
    read += text.slice(copied, at) + as;
    copied = at + 2;
  }
  return copied === 0 ? text : read + text.slice(copied);
}

/** A letter or digit, or the "(" or "+" a phone number begins with. */
function beginsValue(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 40 || c === 43;
}
