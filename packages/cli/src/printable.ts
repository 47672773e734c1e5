// Text a person decides on (approvals, pending definition changes) is written by the party asking: the
// agent's arguments, the server's definitions. Characters that reorder or hide text in a terminal are shown
// as escapes, so the person reads what will run: bidirectional overrides and isolates (Trojan Source), C1
// controls (8-bit CSI), line and paragraph separators, zero-width characters, the soft hyphen, the Arabic
// letter mark, Mongolian and Khmer invisibles, the blank fillers of Hangul, variation selectors (256 of them:
// a byte each, hidden behind an emoji), byte order marks, tag characters and lone surrogates: every character
// the guard's review counts as hidden (core's hidden.ts), and the C1 controls and separators besides. C0
// controls are escaped by JSON already, and ordinary non-ASCII text (accents, CJK) is left as it is.
/* eslint-disable no-misleading-character-class -- the selectors are listed one by one, on purpose */
const HIDING =
  /[\u0080-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0]|[\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]|\p{Cs}/gu;
/* eslint-enable no-misleading-character-class */

/** `text` with those characters as \u escapes, one per UTF-16 unit (so JSON output stays JSON, same values). */
export function printable(text: string): string {
  return text.replace(HIDING, (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join(
      "",
    ),
  );
}

/** C0 controls (line ends and tabs included) and DEL: what a one-line field must not carry to a terminal. */
// eslint-disable-next-line no-control-regex -- control characters are what a terminal field escapes
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/**
 * A peer's text (a tool name, a URI, an identity, a server's stderr line) as one field of a line a person reads
 * in a terminal: besides what `printable` escapes, every C0 control, so that a line end cannot forge a row of
 * its own, a carriage return cannot write over the line, and ESC cannot start a terminal sequence.
 */
export function terminalField(text: string): string {
  return printable(text).replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Writes a command's --json output (every command's, one mechanism): the JSON text with what `printable`
 * escapes as \u escapes. A program reads the same values; a person reading it in a terminal sees no line
 * reordered or rewritten by a peer's tool name, a config's server name or a server's stderr in some field.
 * Escaping the whole text is safe: outside its strings, JSON text is ASCII.
 */
export function printJson(value: unknown, indent?: number): void {
  process.stdout.write(`${printable(JSON.stringify(value, null, indent))}\n`);
}

/** Writes what a person reads to decide (see printable). */
export function sayToPerson(text: string): void {
  process.stdout.write(printable(text));
}
