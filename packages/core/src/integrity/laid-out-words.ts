// Words a model reads whole although their letters are laid out apart (round 43):
//   - cut by inline Markdown: emphasis, a code span or a link's text inside a word ("Ig**nore**", "prev*ious*",
//     "`Ig`nore", "[previ](https://…)ous"). Rendered or read through, each is the plain word; HTML's inline tags
//     inside a word are already lifted (scoring-text.ts). Only marks with letters on both sides are joined, so
//     bold words, code spans and links between words stay as they are; "_" is left alone (CommonMark does not
//     emphasise inside a word, and snake_case is read as words by respelled-words.ts);
//   - written one letter per line, as a vertical banner or a column of cells comes out of a PDF: six or more
//     lines of one letter each, a blank line between words, read as the words they spell on a line of their
//     own. A short vertical label ("Q\nT\nY") is read the same, harmlessly.
// Each rewrite is one linear pass behind a cheap test; the result is only read by the cues, never forwarded.

// A code span or a link's text glued to a word on either side: its letters join the word.
const GLUED_SPAN = /(?<=[A-Za-z])`([A-Za-z]{1,30})`|`([A-Za-z]{1,30})`(?=[A-Za-z])/g;
const GLUED_LINK =
  /(?<=[A-Za-z])\[([A-Za-z]{1,30})\]\([^()\s]{0,200}\)|\[([A-Za-z]{1,30})\]\([^()\s]{0,200}\)(?=[A-Za-z])/g;
// Emphasis marks between two letters ("Ig**nore", "prev*ious"): dropped.
const INNER_EMPHASIS = /(?<=[A-Za-z])\*{1,2}(?=[A-Za-z])/g;

// Six or more lines holding one letter each, with at most one blank line between two of them.
const ONE_LETTER_LINES =
  /(?:^|\n)((?:[ \t]*[A-Za-z'][ \t]*\r?\n(?:[ \t]*\r?\n)?){5,}[ \t]*[A-Za-z'])(?=[ \t]*(?:\r?\n|$))/g;
const HAS_ONE_LETTER_LINES =
  /(?:^|\n)[ \t]*[A-Za-z][ \t]*\r?\n[ \t]*[A-Za-z][ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*[A-Za-z][ \t]*(?:\r?\n|$)/;

const spelled = (column: string): string =>
  column
    .split("\n")
    .map((line) => line.trim() || " ")
    .join("")
    .replace(/ {2,}/g, " ");

/** `text` with words cut by inline Markdown joined, and a column of single letters read as its words. */
export function joinLaidOutWords(text: string): string {
  let out = text;
  if (out.includes("`")) out = out.replace(GLUED_SPAN, (_, a?: string, b?: string) => a ?? b ?? "");
  if (out.includes("](")) out = out.replace(GLUED_LINK, (_, a?: string, b?: string) => a ?? b ?? "");
  if (out.includes("*")) out = out.replace(INNER_EMPHASIS, "");
  if (HAS_ONE_LETTER_LINES.test(out))
    out = out.replace(
      ONE_LETTER_LINES,
      (whole, column: string) => `${whole.startsWith("\n") ? "\n" : ""}${spelled(column)}`,
    );
  return out;
}
