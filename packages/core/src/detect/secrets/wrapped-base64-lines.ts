// A line of a wrapped base64 block (a PEM certificate's body, wrapped at 64 characters; MIME's at 76) can begin
// with a vendor's prefix by chance: an RSA certificate's line that starts at the public key's `AQEA…` bytes
// reads as an Adyen key's `AQE…`. Such a line is base64 alone, the whole line, as long as a neighbouring line
// of base64; a credential written on its own line stands beside lines of another shape, and one with
// characters base64 has not (an Adyen key's `-` between its parts) is no line of such a block.

/** A line of standard base64, padding only at its end, indentation (a YAML block) allowed before it. */
const BASE64_LINE = /^[ \t]*([A-Za-z0-9+/]+={0,2})\r?$/;

/** The width of the base64 line [start, end), or -1 if the line holds other text. */
function widthOf(text: string, start: number, end: number): number {
  return BASE64_LINE.exec(text.slice(start, end))?.[1]?.length ?? -1;
}

/** Whether the text at `at` starts a whole line of a wrapped base64 block: see above. */
export function wrappedBase64Line(text: string, at: number): boolean {
  // Only blanks before it on its line: walked back over them alone, so a prefix inside a long line costs nothing.
  let start = at;
  while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  const newline = text.indexOf("\n", at);
  const end = newline < 0 ? text.length : newline;
  const width = widthOf(text, start, end);
  if (width < 0) return false;
  if (start > 0 && widthOf(text, text.lastIndexOf("\n", start - 2) + 1, start - 1) === width) return true;
  if (newline < 0) return false;
  const after = text.indexOf("\n", end + 1);
  return widthOf(text, end + 1, after < 0 ? text.length : after) === width;
}
