// Text a person decides on (approvals, pending definition changes) is written by the party asking: the
// agent's arguments, the server's definitions. Characters that reorder or hide text in a terminal are shown
// as escapes, so the person reads what will run: bidirectional overrides and isolates (Trojan Source), C1
// controls (8-bit CSI), line and paragraph separators, zero-width characters, the soft hyphen, the Arabic
// letter mark, the Mongolian vowel separator, byte order marks, tag characters and lone surrogates. C0
// controls are escaped by JSON already, and ordinary non-ASCII text (accents, CJK) is left as it is.
const HIDING =
  /[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]|\p{Cs}/gu;

/** `text` with those characters as \u escapes, one per UTF-16 unit (so JSON output stays JSON, same values). */
export function printable(text: string): string {
  return text.replace(HIDING, (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join(
      "",
    ),
  );
}

/** Writes what a person reads to decide (see printable). */
export function sayToPerson(text: string): void {
  process.stdout.write(printable(text));
}
