// Base32 (RFC 4648, what coreutils' `base32` prints, also in lower case and without its "=" padding): a
// token written so is letters and the digits 2 to 7, which no other view decodes (base64 decodes it to
// noise). decode.ts finds runs of the base64 alphabet; within each, the stretches of one case of the base32
// alphabet are decoded here when they start as encoded text does and decode to text. Only the secret
// detectors read what they decode to (see DecodedView.only): an upper-case word or a TOTP seed that
// happens to decode to text raises nothing else.
//
// Linear: a run is probed every MIN_STRETCH characters (as decode.ts probes a text), a stretch is measured only
// around a probe that lands in one, and a stretch is decoded once, after two of its characters were checked.
import { decodeText, type DecodedView } from "./decode.js";

/** The shortest stretch decoded: ten bytes, less than any secret's shortest format. */
const MIN_STRETCH = 16;
/** What coreutils pads with, at most: one byte of a last group of five is two characters and six "=". */
const MAX_PADDING = 6;
/** Each character's five bits, both cases. */
const FIVE_BITS = new Uint8Array(128);
for (const [i, c] of Array.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").entries()) {
  FIVE_BITS[c.charCodeAt(0)] = i;
  FIVE_BITS[c.toLowerCase().charCodeAt(0)] = i;
}
const UPPER = 1;
const LOWER = 2;
/** Which case of the alphabet each ASCII character belongs to (the digits to both), 0 when to neither. */
const CASE = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") CASE[c.charCodeAt(0)] = UPPER;
for (const c of "abcdefghijklmnopqrstuvwxyz") CASE[c.charCodeAt(0)] = LOWER;
for (const c of "234567") CASE[c.charCodeAt(0)] = UPPER | LOWER;

/**
 * The views of the base32 stretches in text[start, end), a run of the base64 alphabet (so every character
 * in it is ASCII); `codes`, the text's bytes when decode.ts copied them (read faster than the string).
 */
export function base32Views(
  text: string,
  codes: Uint8Array | undefined,
  start: number,
  end: number,
): DecodedView[] {
  const views: DecodedView[] = [];
  const caseAt = (i: number) =>
    CASE[codes === undefined ? text.charCodeAt(i) : (codes[i] as number)] as number;
  for (let probe = start + MIN_STRETCH - 1; probe < end;) {
    const at = caseAt(probe);
    let reached = probe + 1;
    // A digit belongs to both cases: the upper-case stretch is measured first, then the lower-case one.
    for (let wanted = UPPER; wanted <= LOWER; wanted <<= 1) {
      if ((at & wanted) === 0) continue;
      let from = probe;
      while (from > start && (caseAt(from - 1) & wanted) !== 0) from--;
      let to = probe + 1;
      while (to < end && (caseAt(to) & wanted) !== 0) to++;
      reached = Math.max(reached, to);
      if (to - from < MIN_STRETCH) continue;
      const view = stretchView(text, from, to);
      if (view) views.push(view);
      break;
    }
    probe = reached + MIN_STRETCH - 1;
  }
  return views;
}

/**
 * Encoded text opens each group of eight characters with an ASCII byte's top five bits: 1 for a tab or line
 * break (B), 4 to 15 for the printable characters (E to P). Anything else is binary, or no base32.
 */
function startsLikeText(c: number): boolean {
  const upper = c >= 97 ? c - 32 : c;
  return upper === 66 || (upper >= 69 && upper <= 80);
}

function stretchView(text: string, from: number, to: number): DecodedView | undefined {
  if (!startsLikeText(text.charCodeAt(from)) || !startsLikeText(text.charCodeAt(from + 8))) return undefined;
  const decoded = decodeText(decodeBase32(text, from, to));
  if (decoded === undefined) return undefined;
  let end = to;
  while (end < text.length && end - to < MAX_PADDING && text.charCodeAt(end) === 61 /* = */) end++;
  return { text: decoded, original: () => [from, end], only: "secret" };
}

/** The bytes text[from, to) encodes (every character is in the alphabet); trailing bits are dropped. */
function decodeBase32(text: string, from: number, to: number): Buffer {
  const out = Buffer.alloc(((to - from) * 5) >> 3);
  let n = 0;
  let bits = 0;
  let value = 0;
  for (let i = from; i < to; i++) {
    // Fewer than eight bits wait before each character, so thirteen are ever needed.
    value = ((value << 5) | (FIVE_BITS[text.charCodeAt(i)] as number)) & 0x1fff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
