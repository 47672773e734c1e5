// A wallet's private keys in the serialisations wallets export them in: a BIP32 extended private key (xprv,
// tprv and SLIP-132's yprv, zprv, uprv, vprv and their multisig capitals; Base58Check of 78 bytes), a Wallet
// Import Format key (Base58Check of 0x80 or 0xef, 32 key bytes and, for a compressed key, 0x01) and a Nostr
// secret key (NIP-19's nsec1…, bech32 of 32 bytes). Each carries a checksum, and only a value whose checksum
// holds is reported: random Base58 or bech32 of the same shape is not a key (one in 2^32, one in 2^30).
// The extended and Nostr keys have their prefix as the rule's keyword. A WIF key has none (5, K, L, 9 or c
// and 50 or 51 Base58 characters), so its own scan reads only runs of that exact length, each once.
import { createHash } from "node:crypto";
import type { Detector, Span } from "../detectors.js";
import type { SecretRule } from "./engine.js";
import { token } from "./prefixed-token.js";

export const WALLET_KEY_TYPE = "wallet_private_key";

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE58_CLASS = "[1-9A-HJ-NP-Za-km-z]";
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58.length; i++) DIGIT[BASE58.charCodeAt(i)] = i;

/** The bytes a Base58 string spells (leading 1s are zero bytes), or undefined for a character outside it. */
function base58Bytes(value: string): Uint8Array | undefined {
  // Little-endian base-256 digits, multiplied by 58 and added to per character: quadratic in the value, which
  // is 111 characters at most here.
  const bytes: number[] = [];
  let zeros = 0;
  while (zeros < value.length && value.charCodeAt(zeros) === 49) zeros++;
  for (let i = zeros; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let carry = c < 128 ? (DIGIT[c] ?? -1) : -1;
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] ?? 0) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let j = 0; j < bytes.length; j++) out[out.length - 1 - j] = bytes[j] ?? 0;
  return out;
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest();

/** The payload of a Base58Check string whose four checksum bytes are its double SHA-256's first four. */
function base58Check(value: string): Uint8Array | undefined {
  const bytes = base58Bytes(value);
  if (bytes === undefined || bytes.length < 5) return undefined;
  const payload = bytes.subarray(0, bytes.length - 4);
  const sum = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (sum[i] !== bytes[payload.length + i]) return undefined;
  return payload;
}

/** An extended key of 78 bytes whose key data is a private key's: 0x00 and the 32-byte secret. */
function isExtendedPrivateKey(value: string): boolean {
  const payload = base58Check(value);
  return payload !== undefined && payload.length === 78 && payload[45] === 0;
}

/** A WIF key: version 0x80 (mainnet) or 0xef (testnets), 32 key bytes, and 0x01 when the key is compressed. */
function isWif(value: string): boolean {
  const payload = base58Check(value);
  if (payload === undefined || (payload[0] !== 0x80 && payload[0] !== 0xef)) return false;
  return payload.length === 33 || (payload.length === 34 && payload[33] === 0x01);
}

const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** Whether a bech32 string (BIP173; NIP-19 uses it, not bech32m) has a valid checksum. */
function bech32Valid(value: string): boolean {
  const lower = value.toLowerCase();
  const separator = lower.lastIndexOf("1");
  if (separator < 1 || lower.length - separator < 7) return false;
  let chk = 1;
  const step = (v: number) => {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i] ?? 0;
  };
  for (let i = 0; i < separator; i++) step(lower.charCodeAt(i) >>> 5);
  step(0);
  for (let i = 0; i < separator; i++) step(lower.charCodeAt(i) & 31);
  for (let i = separator + 1; i < lower.length; i++) {
    const d = BECH32.indexOf(lower.charAt(i));
    if (d < 0) return false;
    step(d);
  }
  return chk === 1;
}

export const WALLET_KEY_RULES: SecretRule[] = [
  // 78 bytes and a checksum of 4 are 111 Base58 characters, four of them the version's prefix.
  token(
    WALLET_KEY_TYPE,
    ["xprv", "tprv", "yprv", "zprv", "uprv", "vprv", "Yprv", "Zprv", "Uprv", "Vprv"],
    `${BASE58_CLASS}{107}`,
    { validate: isExtendedPrivateKey },
  ),
  // 32 bytes are 52 five-bit groups, then the checksum's 6: 58 characters after nsec1.
  token(WALLET_KEY_TYPE, ["nsec1"], `[${BECH32}]{58}`, { validate: bech32Valid }),
];

/**
 * WIF keys: 51 characters (5 or 9 first, an uncompressed key) or 52 (K, L or c first, a compressed one), on
 * their own (no letter, digit or token mark either side). The regex tries a start only at one of those five
 * characters with no token character before it, and reads at most 52 characters from there. WIF_AT: the same,
 * tried at one start.
 */
const WIF_SOURCE = `(?<![A-Za-z0-9_+/=.-])(?:[59]${BASE58_CLASS}{50}|[KLc]${BASE58_CLASS}{51})(?![A-Za-z0-9_+/=-])`;
const WIF = new RegExp(WIF_SOURCE, "g");
const WIF_AT = new RegExp(WIF_SOURCE, "y");
/** A WIF key's length: its shortest, and its longest. */
const WIF_SHORTEST = 51;
const WIF_LONGEST = 52;
/** 1 for each byte that is a Base58 character (a text's bytes: text-codes.ts). */
const BASE58_BYTE = new Uint8Array(256);
for (let i = 0; i < BASE58.length; i++) BASE58_BYTE[BASE58.charCodeAt(i)] = 1;
/**
 * From this length on, the scanner's rule table reads the text's byte copy (secrets/engine.ts): a shorter text
 * is searched with the regex, as cheap as any copy.
 */
const BYTES_FROM = 256;

export function wifKeyDetector(): Detector {
  return {
    type: WALLET_KEY_TYPE,
    category: "secret",
    confidence: 0.9,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      if (text.length < WIF_SHORTEST) return spans;
      const add = (start: number, key: string) => {
        if (isWif(key)) spans.push({ start, end: start + key.length });
      };
      if (shared?.text === text && text.length >= BYTES_FROM) keysInRuns(text, shared.codes(), add);
      else {
        WIF.lastIndex = 0;
        for (let m = WIF.exec(text); m !== null; m = WIF.exec(text)) add(m.index, m[0]);
      }
      return spans;
    },
  };
}

/**
 * Every character either side of a key that the pattern refuses is Base58's, so a key is a whole run of Base58
 * characters, of 51 or 52, and the pattern is tried only at such a run's start: the regex's search tries every
 * character. The runs are looked for as a search for one string of 51 looks for it: the 51 bytes ending at
 * `at` are read from the last back, and the first that is no Base58 one (the nearest to `at`) says that a run
 * of 51 starts after it, so the next look ends 51 on from it. Base64, prose and code break Base58 every few
 * characters (base64 with its 0, O, I, l, + and /), and are read at a few characters in each 51 (1.5 ms per MB
 * of JSON for the search, 0.1 for this).
 */
function keysInRuns(text: string, codes: Uint8Array, add: (start: number, key: string) => void): void {
  const n = codes.length;
  for (let at = WIF_SHORTEST - 1; at < n;) {
    let gap = at;
    while (gap > at - WIF_SHORTEST && BASE58_BYTE[codes[gap] as number] === 1) gap--;
    if (gap > at - WIF_SHORTEST) {
      at = gap + WIF_SHORTEST;
      continue;
    }
    // 51 Base58 characters end at `at`: their run, read back no further than a key's length.
    let start = gap + 1;
    while (start > 0 && at - start < WIF_LONGEST && BASE58_BYTE[codes[start - 1] as number] === 1) start--;
    let end = at + 1;
    while (end < n && BASE58_BYTE[codes[end] as number] === 1) end++;
    if (end - start <= WIF_LONGEST) {
      WIF_AT.lastIndex = start;
      const m = WIF_AT.exec(text);
      if (m !== null) add(start, m[0]);
    }
    // codes[end] is no Base58 character: a further run starts after it.
    at = end + WIF_SHORTEST;
  }
}
