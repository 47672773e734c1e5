// A private key printed by `openssl rsa|ec|dsa|pkey -text`: each number is a line naming it
// (`privateExponent:`, `prime1:`, `priv:`) and then indented lines of colon-separated hex bytes. The same
// byte lines print a certificate's modulus and signature (`openssl x509 -text`), which are public: the name
// above the block is what says a block is private, so only the blocks under a private number's name are
// reported, each whole.
//
// Linear: one search for the names (a text without any of their literals is passed by the gate), then one
// sticky read per byte line under each name found.
import type { Detector, Span } from "../detectors.js";
import { holdsNoted, type NotedLiteral } from "./noted-literals.js";

/**
 * The private numbers' names, alone on their line as openssl prints them: RSA's private exponent, its
 * primes (a multi-prime key has more) with their CRT exponents and coefficient, and the private scalar or
 * value of EC, EdDSA, X25519 and DSA keys (`priv:`) and of DH keys (`private-key:`).
 */
const PRIVATE_NAME =
  /^[ \t]{0,16}(?:privateExponent|prime[1-9]|exponent[1-9]|coefficient[1-9]?|priv|private-key):[ \t]*\r?$/gm;
/** Literals one of which every name holds: the gate before the search (noted by the keyword pass). */
const NAME_LITERALS: readonly NotedLiteral[] = ["priv", "prime", "exponent", "coefficient"];
/** An indented line of colon-separated hex bytes, and its line break. */
const BYTE_LINE = /[ \t]{1,32}([0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){0,63}:?)[ \t]*(?:\r?\n|$)/y;

export function privateKeyTextDetector(): Detector {
  return {
    type: "private_key",
    category: "secret",
    confidence: 0.95,
    find(text, _enabled, shared) {
      if (!NAME_LITERALS.some((literal) => holdsNoted(text, shared, literal))) return [];
      const spans: Span[] = [];
      PRIVATE_NAME.lastIndex = 0;
      for (let m = PRIVATE_NAME.exec(text); m !== null; m = PRIVATE_NAME.exec(text)) {
        let at = text.indexOf("\n", m.index + m[0].length) + 1;
        if (at === 0) break;
        let start = -1;
        let end = -1;
        BYTE_LINE.lastIndex = at;
        for (let line = BYTE_LINE.exec(text); line !== null; line = BYTE_LINE.exec(text)) {
          const bytes = line[1] as string;
          const bytesAt = text.indexOf(bytes, line.index);
          if (start < 0) start = bytesAt;
          end = bytesAt + bytes.length;
          at = BYTE_LINE.lastIndex;
          if (at >= text.length) break;
        }
        if (start >= 0) spans.push({ start, end });
        PRIVATE_NAME.lastIndex = Math.max(PRIVATE_NAME.lastIndex, at);
      }
      return spans;
    },
  };
}
