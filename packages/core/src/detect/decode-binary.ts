// Text inside base64 that is not text as a whole: a resource blob whose bytes open with a binary header (a
// PNG's signature before a tEXt chunk, a byte-order or format mark, a length prefix). decode.ts decodes a run
// only when its first bytes are text, so one binary byte in front hid everything after it. Here such a run
// gives one view: its printable stretches, one a line (what `strings` prints).
//
// Linear, and without decoding the whole run (an image is read as a few probes): a printable stretch of
// MIN_STRING bytes covers MIN_GROUPS whole groups of four base64 characters, and each such group's first
// character says whether its first byte is printable (see TEXT_LEAD). So every MIN_GROUPS-th group is probed,
// a row of such groups measured only around a probe that lands in one (random bytes: two in five probes, a
// few steps each), and only such rows are decoded, a group beyond each end, for their printable stretches.
import type { DecodedView } from "./decode.js";

/** Shorter runs are identifiers, words and hashes far more often than blobs: only text-like ones are read. */
export const MIN_BINARY_RUN = 28;
/** The shortest printable stretch read (vendor tokens, and an address with a word before it, are longer). */
const MIN_STRING = 20;
/** Tabs and line breaks count as printable (text files), as does every byte from the space to "~". */
const PRINTABLE = new Uint8Array(256);
for (let c = 32; c < 127; c++) PRINTABLE[c] = 1;
PRINTABLE[9] = PRINTABLE[10] = PRINTABLE[13] = 1;

/** A printable stretch of MIN_STRING bytes holds at least this many whole groups, whatever its offset. */
const MIN_GROUPS = 6;
/** A group's first character when its first byte is a tab, a line break or from the space on (C, D, I-Z, a-f). */
const TEXT_LEAD = new Uint8Array(128);
for (const c of "CDIJKLMNOPQRSTUVWXYZabcdef") TEXT_LEAD[c.charCodeAt(0)] = 1;

/** The view of the binary base64 run text[start, end), or undefined when it holds no printable stretch. */
export function binaryRunView(text: string, start: number, end: number): DecodedView | undefined {
  const groups = (end - start) >> 2;
  const out: string[] = [];
  let floor = 0;
  for (let probe = MIN_GROUPS - 1; probe < groups;) {
    if (!textLead(text, start, probe)) {
      probe += MIN_GROUPS;
      continue;
    }
    let from = probe;
    while (from > floor && textLead(text, start, from - 1)) from--;
    let to = probe + 1;
    while (to < groups && textLead(text, start, to)) to++;
    if (to - from >= MIN_GROUPS) {
      const first = start + 4 * Math.max(0, from - 1);
      const last = Math.min(end, start + 4 * (to + 1));
      printableStretches(Buffer.from(text.slice(first, last), "base64"), out);
    }
    floor = to;
    probe = to + MIN_GROUPS;
  }
  return out.length === 0 ? undefined : { text: out.join("\n"), original: () => [start, end] };
}

/** Whether group `g` of the run at `start` opens with a printable byte (see TEXT_LEAD). */
function textLead(text: string, start: number, g: number): boolean {
  const c = text.charCodeAt(start + 4 * g);
  return c < 128 && TEXT_LEAD[c] === 1;
}

/** The bytes' printable stretches of MIN_STRING bytes or more, added to `out`. */
function printableStretches(bytes: Buffer, out: string[]): void {
  let from = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && PRINTABLE[bytes[i] as number] === 1) continue;
    if (i - from >= MIN_STRING) out.push(bytes.toString("latin1", from, i));
    from = i + 1;
  }
}
