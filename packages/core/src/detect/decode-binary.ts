// Text inside base64 that is not text as a whole: a resource blob whose bytes open with a binary header (a
// PNG's signature before a tEXt chunk, a byte-order or format mark, a length prefix). decode.ts decodes a run
// only when its first bytes are text, so one binary byte in front hid everything after it. Here such a run
// gives one view: its printable stretches, one a line (what `strings` prints).
//
// Linear: the run is decoded natively, then every MIN_STRING-th byte probed and a stretch measured only
// around a printable probe (random bytes, an image, rarely hold MIN_STRING printable ones in a row).
import type { DecodedView } from "./decode.js";

/** Shorter runs are identifiers, words and hashes far more often than blobs: only text-like ones are read. */
export const MIN_BINARY_RUN = 32;
/** The shortest printable stretch read (the shortest vendor tokens and an address with its domain are longer). */
const MIN_STRING = 16;
/** Tabs and line breaks count as printable (text files), as does every byte from the space to "~". */
const PRINTABLE = new Uint8Array(256);
for (let c = 32; c < 127; c++) PRINTABLE[c] = 1;
PRINTABLE[9] = PRINTABLE[10] = PRINTABLE[13] = 1;

/** The view of the binary base64 run text[start, end), or undefined when it holds no printable stretch. */
export function binaryRunView(text: string, start: number, end: number): DecodedView | undefined {
  const stretches = printableStretches(Buffer.from(text.slice(start, end), "base64"));
  return stretches === "" ? undefined : { text: stretches, original: () => [start, end] };
}

/** The bytes' printable stretches of MIN_STRING bytes or more, one a line ("" when there is none). */
function printableStretches(bytes: Uint8Array): string {
  const out: string[] = [];
  let floor = 0;
  for (let probe = MIN_STRING - 1; probe < bytes.length;) {
    if (PRINTABLE[bytes[probe] as number] !== 1) {
      probe += MIN_STRING;
      continue;
    }
    let from = probe;
    while (from > floor && PRINTABLE[bytes[from - 1] as number] === 1) from--;
    let to = probe + 1;
    while (to < bytes.length && PRINTABLE[bytes[to] as number] === 1) to++;
    if (to - from >= MIN_STRING)
      out.push(Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("latin1"));
    floor = to;
    probe = to + MIN_STRING;
  }
  return out.join("\n");
}
