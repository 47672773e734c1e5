// E-mail addresses, including the valid forms that plain patterns miss: internationalised addresses
// (letters of any script in the local part and the domain: josé@exemple.fr, 用户@例子.广告), the rarer
// characters of RFC 5322's local part (+tags, !#$&'*^~{}, o'connor@example.ie), IDN domains in punycode,
// and an IP literal as the domain (user@[192.0.2.1]). Characters that usually delimit a value in text or
// code (= / | ` " and a leading ') are left out of the local part so that key='user@example.com' redacts
// only the address, and a table row (name|123-45-6789|user@example.com) keeps its other cells for their
// own detectors. Found in windows around each "@", so the pattern never runs over text without one. Also
// found: a quoted local part ("john doe"@example.com, valid by RFC 5322), and an address spelled out with
// "(at)" or "[at]" (and "(dot)" or "[dot]") to keep it from harvesters, which a reader still writes to.
import type { Detector, Span } from "../detectors.js";

// "|" is matched and cut off in code: with it the character class is a few contiguous ranges, which the
// regex engine scans about twice as fast.
// A quoted local part opens after a space or punctuation: after a letter or a quote its opening quote closes
// a string of code ("email": id + "@example.com").
const LOCAL = String.raw`(?:[\p{L}\p{N}._%+!#$&'*^~{|}-]{1,64}|(?<![\p{L}\p{N}"])"[^"\\\r\n]{1,62}")`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const TLD = String.raw`(?:\p{L}{2,24}|xn--[A-Za-z0-9-]{1,59})`;
const IP_LITERAL = String.raw`\[(?:[0-9]{1,3}\.){3}[0-9]{1,3}\]`;
const ADDRESS = new RegExp(
  String.raw`${LOCAL}@(?:(?:${LABEL}\.){1,8}${TLD}(?![\p{L}\p{N}-])|${IP_LITERAL})`,
  "gu",
);
// A dot may not start or end the local part, nor two follow each other; a local part of punctuation only
// is not an address.
const MALFORMED = /^[._%+-]|\.\.|[._%+-]@|^[^\p{L}\p{N}]*@/u;
const BEFORE = 64;
const AFTER = 260;

// An address spelled out: the local part, "(at)" or "[at]" (spaces around allowed), then the domain with its
// dots written as "." or "(dot)"/"[dot]". The brackets are what make it an address: a bare " at " is prose.
const SPELLED_AT = ["(at)", "[at]"];
const SPELLED_MARK = / ?[[(]at[\])] ?/i;
const DOT = String.raw`(?:\.| ?[[(]dot[\])] ?)`;
const SPELLED = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]{1,64} ?[[(]at[\])] ?(?:${LABEL}${DOT}){1,8}${TLD}(?![\p{L}\p{N}-])`,
  "giu",
);

export function emailDetector(): Detector {
  return {
    type: "email",
    category: "pii",
    confidence: 0.95,
    find(text) {
      const spans: Span[] = [];
      let at = text.indexOf("@");
      let scannedTo = 0;
      while (at >= 0) {
        // Windows around the "@"s that overlap are read as one, so the total is linear.
        const from = Math.max(scannedTo, at - BEFORE);
        let to = Math.min(text.length, at + AFTER);
        let next = text.indexOf("@", at + 1);
        while (next >= 0 && next - BEFORE <= to) {
          to = Math.min(text.length, next + AFTER);
          next = text.indexOf("@", next + 1);
        }
        const part = text.slice(from, to);
        ADDRESS.lastIndex = 0;
        for (let m = ADDRESS.exec(part); m !== null; m = ADDRESS.exec(part)) {
          // A quote may be inside an address (o'connor@example.ie) but one before it opens a string.
          let cell = m[0].lastIndexOf("|", m[0].indexOf("@")) + 1;
          while (m[0][cell] === "'") cell++;
          const address = m[0].slice(cell);
          if (MALFORMED.test(address)) continue;
          const start = from + m.index + cell;
          const previous = spans[spans.length - 1];
          if (previous === undefined || start >= previous.end)
            spans.push({ start, end: start + address.length });
        }
        scannedTo = to;
        at = next;
      }
      return spelledOut(text, spans);
    },
  };
}

/**
 * Addresses spelled with "(at)" or "[at]", looked for only in windows around those markers (windows that
 * overlap are read as one, so the total stays linear), merged with the addresses `found` with an "@".
 */
function spelledOut(text: string, found: Span[]): Span[] {
  const markers: number[] = [];
  for (const marker of SPELLED_AT)
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) markers.push(at);
  if (markers.length === 0) return found;
  markers.sort((a, b) => a - b);
  const windows: { from: number; to: number }[] = [];
  for (const at of markers) {
    const last = windows.at(-1);
    if (last !== undefined && at - BEFORE <= last.to) last.to = Math.min(text.length, at + AFTER);
    else windows.push({ from: Math.max(0, at - BEFORE), to: Math.min(text.length, at + AFTER) });
  }
  const spelled: Span[] = [];
  for (const { from, to } of windows) {
    const part = text.slice(from, to);
    SPELLED.lastIndex = 0;
    for (let m = SPELLED.exec(part); m !== null; m = SPELLED.exec(part)) {
      if (MALFORMED.test(m[0].replace(SPELLED_MARK, "@"))) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) spelled.push({ start, end });
    }
  }
  return spelled.length ? [...found, ...spelled].sort((a, b) => a.start - b.start) : found;
}
