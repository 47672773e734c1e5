// A text's characters as bytes, for the passes that read a text character by character and only ask what
// ASCII character stands where (the probes for encoded runs and separated bytes, see decode*.ts):
// reading a typed array costs less per character than charCodeAt, and one copy, made natively, serves every
// pass over the same text. Every character beyond ASCII is NON_ASCII (they all fall in no ASCII class), so
// the array is exact for what it is read for. Always a Uint8Array: a read site that sees one kind of array
// stays fast, one that sees two is slower than charCodeAt.

/** What every character beyond ASCII reads as. */
export const NON_ASCII = 128;

/** ASCII texts from this length on are copied natively; shorter ones (a native call costs more than their
 * characters) and texts beyond ASCII (whose characters each need mapping) are copied in a loop. */
const NATIVE_FROM = 256;

/** `ascii`: whether the text is ASCII only (see isAscii), when the caller has worked it out already. */
export function textCodes(text: string, ascii?: boolean): Uint8Array {
  const n = text.length;
  // ASCII text is copied natively byte for byte, into a plain Uint8Array over the Buffer's bytes: a Buffer is
  // a subclass, another kind of object to a read site.
  if (n >= NATIVE_FROM && (ascii ?? isAscii(text))) {
    const bytes = Buffer.from(text, "latin1");
    return new Uint8Array(bytes.buffer, bytes.byteOffset, n);
  }
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 128 ? c : NON_ASCII;
  }
  return codes;
}

/** One UTF-8 byte per character: a native count, faster than looking for the first non-ASCII character. */
export function isAscii(text: string): boolean {
  return Buffer.byteLength(text, "utf8") === text.length;
}

/**
 * The character code at `i`, from `codes` when a pass made them, else from the string (a short text is read
 * in fewer steps than it is copied). Callers only compare it with ASCII codes: beyond ASCII the two differ
 * (NON_ASCII or the code unit), beyond the text it is undefined or NaN, and every such comparison is false.
 * Typed as a number without a fallback: this runs for every character a probe reads, and the fallback's
 * test showed in the time of short texts.
 */
export function codeAt(text: string, codes: Uint8Array | undefined, i: number): number {
  return codes === undefined ? text.charCodeAt(i) : (codes[i] as number);
}
