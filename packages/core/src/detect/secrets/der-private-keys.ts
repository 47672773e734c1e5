// A private key written as bare base64 of its DER encoding, without PEM's BEGIN/END lines: how keys are often
// stored in an environment variable, a JSON field or a secret manager (`PRIVATE_KEY=MIIEvQIBADANBgkq…`), and
// what a copy keeps after stripping the armour. The three unencrypted encodings begin the same way, a SEQUENCE
// then a version INTEGER (RFC 8017's RSAPrivateKey, version 0 then the modulus; RFC 5208/5958's PKCS#8, version
// 0 or 1 then the algorithm's SEQUENCE; RFC 5915's EC key, version 1 then the key's OCTET STRING), so the
// version's bytes land on fixed base64 text a few characters after the run's "M" (0x30): the keywords.
// A match must then decode to exactly that structure, its outer length equal to what was written: a random
// base64 run, or a certificate (a SEQUENCE of SEQUENCEs), does not.
import type { SecretRule } from "./engine.js";

/**
 * The version INTEGER as base64 text, by the SEQUENCE's length form: a 4-byte header (30 82 LL LL) puts
 * "02 01 00" then the next tag at "IBAAK" (RSA's modulus) or "IBADA" (PKCS#8's SEQUENCE) six characters in; a
 * 3-byte header (30 81 LL) puts "02 01 0v" at "AgEA"/"AgEB" and a 2-byte one (30 LL) "01 0v 04|30" at
 * "AQEE"/"AQAw", three characters after the M's group starts.
 */
const KEYWORDS = ["IBAAK", "IBADA", "AgEA", "AgEB", "AQEE", "AQAw"];
const BASE64 = "[A-Za-z0-9+/]";

/** The run's start up to its version's text (see KEYWORDS): "M", then the header's characters. */
const START = `M(?:${BASE64}{5}IBA(?:AK|DA)|${BASE64}{3}(?:AgE[AB]|AQ(?:EE|Aw)))`;

/**
 * What may stand between the run's characters: the line breaks of the PEM body the armour was stripped from
 * (64 characters a line; CRLF too), the two characters "\n" an env file or a JSON value writes for them, or
 * one blank; the value is judged with them taken out. A break followed by another key's start ends the run:
 * so each character is read from one start at most, and a text of many starts (hostile, or a list of keys)
 * stays linear; a real key's line begins so by chance about once in 10^9.
 */
const PART = String.raw`(?:(?:\r?\n|\\n| )(?!${START}))?${BASE64}`;

/**
 * No end is asked of the run: the key ends where its header says (derKeyEnd), also where more base64 follows it
 * with no break (a key with a few characters glued on, which a reader strips, is still the key).
 */
const PATTERN = new RegExp(`(?<![A-Za-z0-9+/])${START}(?:${PART}){52,8000}={0,2}`);

/** The whole length a DER SEQUENCE's header declares (its header's bytes and its contents), or undefined. */
function declaredLength(bytes: Uint8Array): { header: number; total: number } | undefined {
  if (bytes[0] !== 0x30) return undefined;
  const first = bytes[1] ?? 0;
  if (first < 0x80) return { header: 2, total: 2 + first };
  if (first === 0x81) return { header: 3, total: 3 + (bytes[2] ?? 0) };
  if (first === 0x82) return { header: 4, total: 4 + (((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) };
  return undefined;
}

/** Whether bytes are exactly one DER private key: SEQUENCE { INTEGER version, then the key's next element }. */
export function derPrivateKey(bytes: Uint8Array): boolean {
  const declared = declaredLength(bytes);
  if (declared === undefined || declared.total !== bytes.length) return false;
  const { header } = declared;
  if (bytes[header] !== 0x02 || bytes[header + 1] !== 0x01) return false;
  const version = bytes[header + 2];
  const next = bytes[header + 3];
  // Version 0: RSA's modulus INTEGER or PKCS#8's algorithm SEQUENCE; version 1: an EC key's OCTET STRING or
  // PKCS#8 v2's algorithm SEQUENCE.
  if (version === 0) return next === 0x02 || next === 0x30;
  if (version === 1) return next === 0x04 || next === 0x30;
  return false;
}

/** The width of the separator (see PART) that starts at `i`, 0 where a base64 character does. */
function separatorWidth(value: string, i: number): number {
  const c = value.charCodeAt(i);
  if (c === 13 && value.charCodeAt(i + 1) === 10) return 2;
  if (c === 10 || c === 32) return 1;
  return c === 92 && value.charCodeAt(i + 1) === 110 ? 2 : 0;
}

/** The smallest key of these encodings, an Ed25519 key in PKCS#8, is 48 bytes (64 base64 characters). */
const MIN_KEY_BYTES = 48;

/**
 * Where a run's key ends by the length its header declares: a key's last line followed by a line break and a
 * word ("…IDAQAB\nRotate yearly") is one run for the pattern, since a word is base64 too, and so is a key with
 * characters glued to its end ("…IDAQABQUJD"). A header declaring less than the smallest key is no key.
 */
export function derKeyEnd(value: string): number | undefined {
  const head = decodes(value.slice(0, 8));
  const declared = head && declaredLength(head);
  if (declared === undefined || declared.total < MIN_KEY_BYTES) return undefined;
  const characters = Math.ceil(declared.total / 3) * 4;
  let read = 0;
  let i = 0;
  while (read < characters && i < value.length) {
    const width = separatorWidth(value, i);
    i += width === 0 ? 1 : width;
    if (width === 0) read++;
  }
  return read < characters ? undefined : i;
}

function decodes(value: string): Uint8Array | undefined {
  if (value.length % 4 !== 0) return undefined;
  try {
    return Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export const DER_PRIVATE_KEY: SecretRule = {
  type: "private_key",
  keywords: KEYWORDS,
  pattern: PATTERN,
  back: 6,
  placeholders: "keep",
  cut: derKeyEnd,
  validate: (value) => {
    const bytes = decodes(value.replace(/\\n|[\r\n ]/g, ""));
    return bytes !== undefined && derPrivateKey(bytes);
  },
};
