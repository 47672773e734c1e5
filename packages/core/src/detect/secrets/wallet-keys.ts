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
 * characters with no token character before it, and reads at most 52 characters from there.
 */
const WIF = new RegExp(
  `(?<![A-Za-z0-9_+/=.-])(?:[59]${BASE58_CLASS}{50}|[KLc]${BASE58_CLASS}{51})(?![A-Za-z0-9_+/=-])`,
  "g",
);

export function wifKeyDetector(): Detector {
  return {
    type: WALLET_KEY_TYPE,
    category: "secret",
    confidence: 0.9,
    find(text) {
      if (text.length < 51) return [];
      const spans: Span[] = [];
      WIF.lastIndex = 0;
      for (let m = WIF.exec(text); m !== null; m = WIF.exec(text))
        if (isWif(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
      return spans;
    },
  };
}
