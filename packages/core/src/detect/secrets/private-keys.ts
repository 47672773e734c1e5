// Private keys in PEM armour (PKCS#1/#8, EC, DSA, OpenSSH, PGP, encrypted or not), found by one linear scan
// for headers. A header alone is not a key: the body after it must look like key material (enough base64
// with the randomness of real key bytes), so "-----BEGIN PRIVATE KEY-----\nxxx…" in documentation, a
// template with a placeholder body, or a code line that only names the marker is left alone.
import type { Detector, Span } from "../detectors.js";
import { entropy } from "./randomness.js";
import { isPlaceholder } from "./placeholders.js";

const HEADER = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g;
/** How much of the body is read to judge it: enough for any real key's first lines. */
const SAMPLE = 400;

/** The smallest private key in PEM armour, an Ed25519 key in PKCS#8 (48 bytes), is 64 base64 characters. */
const MIN_MATERIAL = 64;

const LINE_OF_MATERIAL = /[A-Za-z0-9+/=]{40}/;

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
  if (!LINE_OF_MATERIAL.test(sample)) return false;
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
      HEADER.lastIndex = 0;
      for (let m = HEADER.exec(text); m !== null; m = HEADER.exec(text)) {
        // The END marker after this header; remembered, so many headers cost one pass in total.
        if (nextEnd < m.index) {
          nextEnd = text.indexOf("-----END", Math.max(m.index, endSearchFrom));
          endSearchFrom = nextEnd < 0 ? text.length : nextEnd;
        }
        // No END marker: everything after the header is key material as far as we can tell.
        const close = nextEnd < 0 ? text.length : text.indexOf("-----", nextEnd + 8);
        const end = nextEnd < 0 || close < 0 ? text.length : close + 5;
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
