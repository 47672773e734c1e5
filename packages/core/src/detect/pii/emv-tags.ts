// EMV chip data as terminals, kernels and card tools log it (an APDU trace, a TLV dump): tag 5A, the card
// number, written as its BCD bytes in pairs (`5A 08 45 39 14 88 …`, `[5A]: 45 39 …`, an odd-length number
// padded with F), and tag 57, Track 2 Equivalent Data, the number then a `D` and the expiry
// (`4539…6467D2709…F`). Neither shape is a card candidate (pairs are no card grouping; a letter follows the
// digits). A hex dump is full of pairs, so pairs are read only after a 5A tag, and only as long as the tag's
// length byte says when it is written; Luhn and brand decide as anywhere else.
import type { Span } from "../detectors.js";

/** Tag 5A (perhaps in brackets or parentheses, perhaps with a colon), its length byte, then the pairs. */
const TAG_5A =
  /(?<![0-9A-Za-z])5A[\])]?[ \t]{0,4}:?[ \t]{0,4}(?:(0[6-9A])[ \t]{1,4})?((?:[0-9]{2}[ \t]){5,9}[0-9][0-9F])/y;

/**
 * Tag 57 (perhaps in brackets, perhaps with a colon), a length byte of at most 19 (0x13, the tag's longest),
 * then the number's digits in pairs up to the pair holding the `D` (`… 64 67 D2 70 …`, or `… 00 5D 27 …` for
 * an odd-length number), then the expiry's digits.
 */
const TAG_57 =
  /(?<![0-9A-Za-z])57[\])]?[ \t]{0,4}:?[ \t]{0,4}(?:(?:0[0-9A-F]|1[0-3])[ \t]{1,4})?((?:[0-9]{2}[ \t]){5,9})(?:([0-9])D|D[0-9][ \t][0-9]{2}[ \t]?[0-9])(?:[ \t]?[0-9]{2}[ \t][0-9]{2})?/y;

/** Card numbers of tag 57 written as byte pairs (the run form is read after them, at its `D`). */
function trackTwoPairs(text: string, isCardNumber: (digits: string) => boolean, spans: Span[]): void {
  for (let at = text.indexOf("57"); at !== -1; at = text.indexOf("57", at + 2)) {
    TAG_57.lastIndex = at;
    const m = TAG_57.exec(text);
    const run = m?.[1];
    if (m === null || run === undefined) continue;
    const digits = run.replace(/[ \t]/g, "") + (m[2] ?? "");
    if (digits.length < 12 || digits.length > 19 || !isCardNumber(digits)) continue;
    const start = m.index + m[0].indexOf(run);
    // The span ends with the number's last digit: the blank after the pairs, or the digit before the `D`.
    spans.push({ start, end: start + (m[2] === undefined ? run.trimEnd().length : run.length + 1) });
  }
}

/** Digits of a run ending at `end` (exclusive) read backwards, at most `max`. */
function digitsBefore(text: string, end: number, max: number): number {
  let start = end;
  while (start > 0 && end - start <= max && isDigit(text.charCodeAt(start - 1))) start--;
  return start;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Card numbers in tag 5A's byte pairs and before tag 57's `D` separator; `isCardNumber` is card.ts's check. */
export function emvTagCards(text: string, isCardNumber: (digits: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf("5A"); at !== -1; at = text.indexOf("5A", at + 2)) {
    TAG_5A.lastIndex = at;
    const m = TAG_5A.exec(text);
    const run = m?.[2];
    if (m === undefined || m === null || run === undefined) continue;
    const pairs = run.split(/[ \t]/);
    const declared = m[1] === undefined ? pairs.length : parseInt(m[1], 16);
    if (declared > pairs.length) continue;
    // Without a length byte, a run that goes on with more pairs is a dump's row, not the tag's value.
    if (
      m[1] === undefined &&
      /^[ \t][0-9A-Fa-f]{2}/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      continue;
    const taken = pairs.slice(0, declared).join("");
    const digits = taken.endsWith("F") ? taken.slice(0, -1) : taken;
    if (!isCardNumber(digits)) continue;
    const start = m.index + m[0].length - run.length;
    // The span covers the pairs taken, blanks between them included.
    spans.push({ start, end: start + pairs.slice(0, declared).join(" ").length });
  }
  trackTwoPairs(text, isCardNumber, spans);
  // Tag 57: digits, `D`, then four digits of expiry.
  for (let d = text.indexOf("D"); d !== -1; d = text.indexOf("D", d + 1)) {
    if (!isDigit(text.charCodeAt(d - 1)) || !/^[0-9]{4}/.test(text.slice(d + 1, d + 5))) continue;
    const start = digitsBefore(text, d, 19);
    if (d - start < 12 || d - start > 19 || isAlnum(text.charCodeAt(start - 1))) continue;
    if (isCardNumber(text.slice(start, d))) spans.push({ start, end: d });
  }
  return spans;
}
