// Text inside base64 that is not text as a whole: a resource blob whose bytes open with a binary header (a
// PNG's signature before a tEXt chunk, a byte-order or format mark, a length prefix), or a value between
// binary bytes. decode.ts decodes a run only when its first bytes are text, so one binary byte in front hid
// everything after it. Here such a run gives one view: its printable stretches, one a line (what `strings`
// prints).
//
// Linear, and without decoding the whole run (an image is read as a few probes): a printable stretch of
// MIN_STRING bytes covers MIN_GROUPS whole groups of four base64 characters, each of whose three bytes is then
// printable. So every MIN_GROUPS-th group is probed (four table reads; in random bytes one group in twenty
// is printable), a row of such groups measured only around a probe that lands in one, and only rows of
// MIN_GROUPS or more are decoded, a group beyond each end, for their printable stretches.
import type { DecodedView } from "./decode.js";

/**
 * The shortest binary run read: nine bytes of a value and a binary byte on either side (a bare SSN, a short
 * address or card between two zero bytes); a shorter run cannot hold a value worth reading.
 */
export const MIN_BINARY_RUN = 16;
/** The shortest printable stretch read: a bare SSN's nine digits; addresses, cards and tokens are longer. */
const MIN_STRING = 9;
/** Tabs and line breaks count as printable (text files), as does every byte from the space to "~". */
const PRINTABLE = new Uint8Array(256);
for (let c = 32; c < 127; c++) PRINTABLE[c] = 1;
PRINTABLE[9] = PRINTABLE[10] = PRINTABLE[13] = 1;

/** A printable stretch of MIN_STRING bytes holds at least this many whole groups, whatever its offset. */
const MIN_GROUPS = Math.floor((MIN_STRING - 2) / 3);
/** Each base64 character's six bits (both alphabets), 255 for anything else (the padding included). */
const SEXTET = new Uint8Array(128).fill(255);
for (const [i, c] of Array.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").entries())
  SEXTET[c.charCodeAt(0)] = i;
SEXTET["-".charCodeAt(0)] = 62;
SEXTET["_".charCodeAt(0)] = 63;

/** The view of the binary base64 run text[start, end), or undefined when it holds no printable stretch. */
export function binaryRunView(text: string, start: number, end: number): DecodedView | undefined {
  const groups = (end - start) >> 2;
  const out: string[] = [];
  let floor = 0;
  for (let probe = MIN_GROUPS - 1; probe < groups;) {
    if (!printableGroup(text, start, probe)) {
      probe += MIN_GROUPS;
      continue;
    }
    let from = probe;
    while (from > floor && printableGroup(text, start, from - 1)) from--;
    let to = probe + 1;
    while (to < groups && printableGroup(text, start, to)) to++;
    if (to - from >= MIN_GROUPS) {
      const first = start + 4 * Math.max(0, from - 1);
      const last = Math.min(end, start + 4 * (to + 1));
      printableStretches(text, first, last, out);
    }
    floor = to;
    probe = to + MIN_GROUPS;
  }
  return out.length === 0 ? undefined : { text: out.join("\n"), original: () => [start, end] };
}

/** Whether the three bytes of group `g` of the run at `start` are all printable (see PRINTABLE). */
function printableGroup(text: string, start: number, g: number): boolean {
  // Byte by byte, so most groups of random bytes are left after two characters (a byte is printable 3 in 8).
  const at = start + 4 * g;
  const a = sextet(text, at);
  const b = sextet(text, at + 1);
  if ((a | b) > 63 || PRINTABLE[(a << 2) | (b >> 4)] !== 1) return false;
  const c = sextet(text, at + 2);
  if (c > 63 || PRINTABLE[((b & 15) << 4) | (c >> 2)] !== 1) return false;
  const d = sextet(text, at + 3);
  return d <= 63 && PRINTABLE[((c & 3) << 6) | d] === 1;
}

function sextet(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? (SEXTET[code] as number) : 255;
}

/**
 * The printable stretches of MIN_STRING bytes or more in the bytes of text[first, last) (whole groups; the
 * padding ends them), added to `out`. Decoded here from the sextets: most rows hold no such stretch, and a
 * Buffer per row cost more than the probes.
 */
function printableStretches(text: string, first: number, last: number, out: string[]): void {
  let stretch = "";
  let sextets = 0;
  let bits = 0;
  for (let i = first; i < last; i++) {
    const s = sextet(text, i);
    if (s > 63) break;
    bits = ((bits << 6) | s) & 0xfff;
    sextets++;
    if (sextets % 4 === 1) continue; // a byte ends at the second, third and fourth sextet of a group
    const byte = (bits >> (2 * (4 - (sextets % 4 || 4)))) & 255;
    if (PRINTABLE[byte] === 1) stretch += String.fromCharCode(byte);
    else {
      if (stretch.length >= MIN_STRING) out.push(stretch);
      stretch = "";
    }
  }
  if (stretch.length >= MIN_STRING) out.push(stretch);
}
