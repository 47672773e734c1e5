// Text inside base64 that is not text as a whole: a resource blob whose bytes open with a binary header (a
// PNG's signature before a tEXt chunk, a byte-order or format mark, a length prefix), or a value between
// binary bytes. decode.ts decodes a run only when its first bytes are text, so one binary byte in front hid
// everything after it. Here such a run gives one view: its printable stretches, one a line (what `strings`
// prints).
//
// Linear, and without decoding the whole run (an image is read as a few probes): a printable stretch of
// MIN_STRING bytes covers MIN_GROUPS whole groups of four base64 characters, each of whose three bytes is then
// printable. So every MIN_GROUPS-th group is probed (at most three reads of a table of character pairs; in
// random bytes one group in twenty is printable), a row of such groups measured only around a probe that lands in one, and only rows of
// MIN_GROUPS or more are decoded, a group beyond each end, for their printable stretches.
import type { DecodedView } from "./decode.js";
import { NON_ASCII } from "./text-codes.js";

/**
 * The shortest binary run read: nine bytes of a value and a binary byte on either side (a bare SSN, a short
 * address or card between two zero bytes); a shorter run cannot hold a value worth reading.
 */
export const MIN_BINARY_RUN = 16;
/** The shortest printable stretch read: a bare SSN's nine digits; addresses, cards and tokens are longer. */
const MIN_STRING = 9;
/**
 * A stretch shorter than this that holds an "@" is as likely chance as an address: compressed image data
 * (a notebook's PNG) yields nine printable bytes such as `\XI@k.hgC` now and then. In such a stretch an "@"
 * is kept only before a domain of one case ending in letters (jdoe@example.com); otherwise it is cut to a line
 * break, so no address forms across it while the stretch's digits stay readable.
 */
const SHORT_STRETCH = 24;
const ONE_CASE_DOMAIN = /^(?:(?:[a-z0-9-]+\.)+[a-z]{2,24}|(?:[A-Z0-9-]+\.)+[A-Z]{2,24})(?![A-Za-z0-9])/;
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

/** A code that stands for every character beyond ASCII (text-codes.ts): the last row and column of PAIR_BYTES. */
const PAIR_ROW = NON_ASCII + 1;
/** The bits of PAIR_BYTES: the group's first, second and third byte. */
const BYTE_0 = 1;
const BYTE_1 = 2;
const BYTE_2 = 4;
/**
 * Per two characters in a row (by their codes, `first * PAIR_ROW + second`), which bytes of a group they make
 * printable where they stand: BYTE_0 as a group's first two characters, BYTE_1 as its second and third, BYTE_2
 * as its last two (each byte is read from two sextets). A probe then reads one table three times instead of a
 * sextet per character and PRINTABLE per byte (a megabyte of base64 is 130,000 probes).
 */
const PAIR_BYTES = new Uint8Array(PAIR_ROW * PAIR_ROW);
for (let x = 0; x < 128; x++)
  for (let y = 0; y < 128; y++) {
    const a = SEXTET[x] as number;
    const b = SEXTET[y] as number;
    if ((a | b) > 63) continue;
    PAIR_BYTES[x * PAIR_ROW + y] =
      (PRINTABLE[(a << 2) | (b >> 4)] === 1 ? BYTE_0 : 0) |
      (PRINTABLE[((a & 15) << 4) | (b >> 2)] === 1 ? BYTE_1 : 0) |
      (PRINTABLE[((a & 3) << 6) | b] === 1 ? BYTE_2 : 0);
  }

/**
 * The view of the binary base64 run text[start, end), or undefined when it holds no printable stretch.
 * `codes`: the text's bytes (text-codes.ts), which the probes read instead of the string when given.
 */
export function binaryRunView(
  text: string,
  start: number,
  end: number,
  codes?: Uint8Array,
): DecodedView | undefined {
  const groups = (end - start) >> 2;
  const out: string[] = [];
  let floor = 0;
  for (let probe = MIN_GROUPS - 1; probe < groups;) {
    if (!printableGroup(text, codes, start, probe)) {
      probe += MIN_GROUPS;
      continue;
    }
    let from = probe;
    while (from > floor && printableGroup(text, codes, start, from - 1)) from--;
    let to = probe + 1;
    while (to < groups && printableGroup(text, codes, start, to)) to++;
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
function printableGroup(text: string, codes: Uint8Array | undefined, start: number, g: number): boolean {
  // Byte by byte, so most groups of random bytes are left after two characters (a byte is printable 3 in 8).
  const at = start + 4 * g;
  const a = groupCode(text, codes, at);
  const b = groupCode(text, codes, at + 1);
  if (((PAIR_BYTES[a * PAIR_ROW + b] ?? 0) & BYTE_0) === 0) return false;
  const c = groupCode(text, codes, at + 2);
  if (((PAIR_BYTES[b * PAIR_ROW + c] ?? 0) & BYTE_1) === 0) return false;
  return ((PAIR_BYTES[c * PAIR_ROW + groupCode(text, codes, at + 3)] ?? 0) & BYTE_2) !== 0;
}

/** The code at `i` as the text's bytes hold it: ASCII as it is, anything beyond as NON_ASCII. */
function groupCode(text: string, codes: Uint8Array | undefined, i: number): number {
  if (codes !== undefined) return codes[i] as number;
  const c = text.charCodeAt(i);
  return c < NON_ASCII ? c : NON_ASCII;
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
      if (stretch.length >= MIN_STRING) out.push(checkedAts(stretch));
      stretch = "";
    }
  }
  if (stretch.length >= MIN_STRING) out.push(checkedAts(stretch));
}

/** The stretch with each "@" that stands before no one-case domain cut, when it is short (see SHORT_STRETCH). */
function checkedAts(stretch: string): string {
  if (stretch.length >= SHORT_STRETCH || !stretch.includes("@")) return stretch;
  return stretch.replace(/@/g, (at, i: number) => (ONE_CASE_DOMAIN.test(stretch.slice(i + 1)) ? at : "\n"));
}
