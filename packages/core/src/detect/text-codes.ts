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

/**
 * Bytes kept from one copy to the next (see SharedPass): a long text's copy written into fresh memory costs a
 * page fault per 4 KB page touched, and on this machine (a sandbox where a fault costs 15–20 µs) that was 4–5 ms
 * per megabyte copied, as much as the rest of a JSON text's scan of its copy. Lent to one copy at a time
 * (`take` … `give back`): a copy asked for while it is lent gets fresh memory, as before. Held weakly, so a
 * daemon gone idle lets the collector take it back; the next long text then makes a new one.
 */
export class CodesBuffer {
  private held: WeakRef<Uint8Array> | undefined;
  private lent = false;

  /** The kept bytes, at least `n` of them, now lent; undefined while they are lent already. */
  take(n: number): Uint8Array | undefined {
    if (this.lent) return undefined;
    let bytes = this.held?.deref();
    if (bytes === undefined || bytes.length < n) {
      // Grown in steps of 64 KB: texts of nearly one length reuse one buffer.
      bytes = new Uint8Array(Math.ceil(n / GROWTH) * GROWTH);
      this.held = new WeakRef(bytes);
    }
    this.lent = true;
    return bytes;
  }

  /** The bytes lent by take are no longer read. */
  giveBack(): void {
    this.lent = false;
  }
}

const GROWTH = 1 << 16;

/**
 * `ascii`: whether the text is ASCII only (see isAscii), when the caller has worked it out already. `into`:
 * bytes to write the copy into (at least the text's length; see CodesBuffer), else fresh ones.
 */
export function textCodes(text: string, ascii?: boolean, into?: Uint8Array): Uint8Array {
  const n = text.length;
  // ASCII text is copied natively byte for byte, into a plain Uint8Array over the Buffer's bytes: a Buffer is
  // a subclass, another kind of object to a read site.
  if (n >= NATIVE_FROM && (ascii ?? isAscii(text))) {
    if (into !== undefined) {
      Buffer.from(into.buffer, into.byteOffset, n).write(text, 0, n, "latin1");
      return new Uint8Array(into.buffer, into.byteOffset, n);
    }
    const bytes = Buffer.from(text, "latin1");
    return new Uint8Array(bytes.buffer, bytes.byteOffset, n);
  }
  const codes = into === undefined ? new Uint8Array(n) : new Uint8Array(into.buffer, into.byteOffset, n);
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
