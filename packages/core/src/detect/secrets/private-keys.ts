// Private keys in PEM armour (PKCS#1/#8, EC, DSA, OpenSSH, PGP, encrypted or not), found by one linear scan
// for headers. A header alone is not a key: the body after it must look like key material (enough base64
// with the randomness of real key bytes), so "-----BEGIN PRIVATE KEY-----\nxxx…" in documentation, a
// template with a placeholder body, or a code line that only names the marker is left alone.
import type { Detector, Span } from "../detectors.js";
import { entropy } from "./randomness.js";
import { isPlaceholder } from "./placeholders.js";

/**
 * The armour's lines, as written and as copies damage them: five dashes, or fewer or more (a copy that lost
 * one), or none (a key pasted without its dashes); a doubled blank between the words. The body still has to
 * look like key material, so a loose header alone finds nothing.
 */
const HEADER = /(?:-{2,8} ?)?BEGIN {1,3}(?:[A-Z0-9]{1,20} {1,3}){0,3}PRIVATE KEY(?: BLOCK)?(?: ?-{2,8})?/g;
const FOOTER = /(?:-{2,8} ?)?END {1,3}(?:[A-Z0-9]{1,20} {1,3}){0,3}PRIVATE KEY(?: BLOCK)?(?: ?-{2,8})?/g;
/** How much of the body is read to judge it: enough for any real key's first lines. */
const SAMPLE = 400;

/** The smallest private key in PEM armour, an Ed25519 key in PKCS#8 (48 bytes), is 64 base64 characters. */
const MIN_MATERIAL = 64;

const LINE_OF_MATERIAL = /[A-Za-z0-9+/=]{40}/;
/** A line that is base64 and nothing else: key material wrapped narrower than PEM's 64 columns. */
const WRAPPED_LINE = /^[A-Za-z0-9+/=]{16,}$/;

/** Base64 key material in the first part of a body, skipping header fields and escaped or real line breaks. */
function looksLikeKeyMaterial(body: string): boolean {
  const head = body.slice(0, SAMPLE);
  const end = head.indexOf("-----END");
  const sample = end < 0 ? head : head.slice(0, end);
  const lines = sample.split(/\r?\n|\\r\\n|\\n/).filter((l) => !/^[A-Za-z-]{2,20}: /.test(l.trim()));
  const material = lines.join("").replace(/[^A-Za-z0-9+/=]/g, "");
  if (material.length < MIN_MATERIAL || isPlaceholder(sample.replace(/\s/g, " "))) return false;
  // Key material comes in lines of base64 (64 characters in PEM, 70 in OpenSSH's); code that only names the
  // marker (pkcs8.indexOf("-----BEGIN PRIVATE KEY-----") …) has words and punctuation instead.
  // Wrapped narrower (30 columns, or by an editor), three whole lines of base64 say the same.
  if (!LINE_OF_MATERIAL.test(sample) && lines.filter((l) => WRAPPED_LINE.test(l.trim())).length < 3)
    return false;
  return entropy(material) >= 4;
}

export function privateKeyDetector(): Detector {
  return {
    type: "private_key",
    category: "secret",
    confidence: 0.99,
    find(text) {
      // A rarer piece first: V8's search for the whole literal is slow where its first letter is common.
      if (!text.includes("VATE K") || !text.includes("PRIVATE KEY")) return [];
      const spans: Span[] = [];
      let endSearchFrom = 0;
      let nextEnd = -1;
      let nextEndLength = 0;
      HEADER.lastIndex = 0;
      for (let m = HEADER.exec(text); m !== null; m = HEADER.exec(text)) {
        // The END line after this header; remembered, so many headers cost one pass in total.
        if (nextEnd < m.index + m[0].length) {
          FOOTER.lastIndex = Math.max(m.index + m[0].length, endSearchFrom);
          const footer = FOOTER.exec(text);
          nextEnd = footer ? footer.index : -1;
          nextEndLength = footer ? footer[0].length : 0;
          endSearchFrom = footer ? footer.index : text.length;
        }
        // No END line: everything after the header is key material as far as we can tell.
        const end = nextEnd < 0 ? text.length : nextEnd + nextEndLength;
        const bodyEnd = nextEnd < 0 ? text.length : nextEnd;
        const bodyStart = m.index + m[0].length;
        if (looksLikeKeyMaterial(text.slice(bodyStart, Math.min(bodyEnd, bodyStart + SAMPLE)))) {
          spans.push({ start: m.index, end });
          HEADER.lastIndex = Math.max(HEADER.lastIndex, end);
        }
      }
      return spans;
    },
  };
}
