// A PKCS#12 (PFX) bundle written as base64: a certificate with its private key, how one travels as text (Azure
// Key Vault's secret of a certificate, a CI variable `BUILD_CERTIFICATE_BASE64=`, a keystore.p12 base64'd in a
// manifest). The key sits in a bag inside, in clear or under the bundle's password, so the bundle is a private
// key as a whole; the key alone, cut out and base64'd, is der-private-keys.ts's.
// RFC 7292's PFX is a SEQUENCE whose first element is the version INTEGER 3, then the authSafe ContentInfo, a
// SEQUENCE starting with the OID of PKCS#7 data (or signed data, the public-key integrity mode). The version's
// bytes land on fixed base64 text a few characters after the run's "M" (0x30), by the SEQUENCE's length form:
// the keywords. Only the head is matched and decoded, a fixed number of characters; the bundle's end is then
// followed by the length its header declares (extend). A certificate (a SEQUENCE of SEQUENCEs), a PKCS#7
// certificate bundle (a ContentInfo, no version) or a CMS message (its version inside the ContentInfo) does not
// begin so.
import type { SecretRule } from "./engine.js";

const BASE64 = "[A-Za-z0-9+/]";

/**
 * "02 01 03 30" after the outer header as base64 text: a 4-byte header (30 82 LL LL) puts it at "IBAz" six
 * characters after the M, a 3-byte one (30 81 LL) at "AgED" four after it, BER's indefinite length (30 80) at
 * "AQMw" right after "MIAC", and a 5-byte header (30 83 LL LL LL, a bundle over 64 KB) at "AQMw" eight after it.
 */
const KEYWORDS = ["IBAz", "AgED", "AQMw"];
const START = `M(?:${BASE64}{5}IBAz|${BASE64}{3}AgED|IACAQMw|${BASE64}{7}AQMw)`;

/** The head decoded: up to 5 bytes of outer header, the version, up to 5 of the ContentInfo's, its OID. */
const HEAD_CHARACTERS = 40;

/** Between the head's characters, the line breaks of a wrapped body (or "\n" written out) or one blank. */
const PART = String.raw`(?:\r?\n|\\n| )?${BASE64}`;
const PATTERN = new RegExp(`(?<![A-Za-z0-9+/])${START}(?:${PART}){${HEAD_CHARACTERS - 8}}`);

/** 1.2.840.113549.1.7.1 (data) and .2 (signedData), without the last byte. */
const PKCS7_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];

/** A SEQUENCE's header at `at`: its width and its contents' length (-1 for BER's indefinite length). */
function sequenceHeader(bytes: Uint8Array, at: number): { width: number; length: number } | undefined {
  if (bytes[at] !== 0x30) return undefined;
  const first = bytes[at + 1] ?? 0xff;
  if (first < 0x80) return { width: 2, length: first };
  if (first === 0x80) return { width: 2, length: -1 };
  const n = first - 0x80;
  if (n > 3) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + (bytes[at + 2 + i] ?? 0);
  return { width: 2 + n, length };
}

/** The bundle's whole length in bytes as its header declares it (-1: indefinite), if the head is a PFX's. */
export function pfxLength(head: Uint8Array): number | undefined {
  const outer = sequenceHeader(head, 0);
  if (outer === undefined) return undefined;
  let at = outer.width;
  if (head[at] !== 0x02 || head[at + 1] !== 0x01 || head[at + 2] !== 0x03) return undefined;
  const content = sequenceHeader(head, at + 3);
  if (content === undefined) return undefined;
  at += 3 + content.width;
  for (let i = 0; i < PKCS7_OID.length; i++) if (head[at + i] !== PKCS7_OID[i]) return undefined;
  const kind = head[at + PKCS7_OID.length];
  if (kind !== 0x01 && kind !== 0x02) return undefined;
  return outer.length < 0 ? -1 : outer.width + outer.length;
}

/** The head's first HEAD_CHARACTERS base64 characters, decoded (the separators taken out). */
function decodeHead(value: string): Uint8Array | undefined {
  const characters = value.replace(/\\n|[\r\n ]/g, "").slice(0, HEAD_CHARACTERS);
  if (characters.length < HEAD_CHARACTERS) return undefined;
  return Uint8Array.from(atob(characters), (c) => c.charCodeAt(0));
}

/** How far past the head a bundle is followed: a bundle of a long chain is tens of kilobytes. */
const LONGEST_BUNDLE = 262_144;

function isBase64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/** The width of a separator (see PART) at `i` that a base64 character follows, 0 where there is none. */
function separatorWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let width = 0;
  if (c === 13 && text.charCodeAt(i + 1) === 10) width = 2;
  else if (c === 10 || c === 32) width = 1;
  else if (c === 92 && text.charCodeAt(i + 1) === 110) width = 2;
  return width > 0 && isBase64(text.charCodeAt(i + width)) ? width : 0;
}

/**
 * Where the bundle whose head ends at `end` ends: after the characters its declared length takes (separators
 * between them), or, for BER's indefinite length or a run cut short, where its run of base64 ends; its "="
 * padding is part of it. Fails closed: the whole run, never less than the head.
 */
function bundleEnd(text: string, end: number, length: number): number {
  const head = decodeHead(text.slice(end - length, end));
  const total = head && pfxLength(head);
  const characters = total === undefined || total < 0 ? Number.POSITIVE_INFINITY : Math.ceil(total / 3) * 4;
  let read = text.slice(end - length, end).replace(/\\n|[\r\n ]/g, "").length;
  const limit = Math.min(text.length, end + LONGEST_BUNDLE);
  let i = end;
  while (read < characters && i < limit) {
    if (isBase64(text.charCodeAt(i))) {
      i++;
      read++;
      continue;
    }
    const width = separatorWidth(text, i);
    if (width === 0) break;
    i += width;
  }
  while (i < limit && text.charCodeAt(i) === 61) i++;
  return i;
}

export const PKCS12_BUNDLE: SecretRule = {
  type: "private_key",
  keywords: KEYWORDS,
  pattern: PATTERN,
  back: 8,
  placeholders: "keep",
  validate: (value) => {
    const head = decodeHead(value);
    return head !== undefined && pfxLength(head) !== undefined;
  },
  extend: bundleEnd,
};
