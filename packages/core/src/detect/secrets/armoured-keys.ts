// Key files of widely used tools that are not PEM private keys (private-keys.ts reads those):
// - OpenVPN's static key (`openvpn --genkey secret ta.key`: 256 bytes in 16 lines of hex between
//   `-----BEGIN OpenVPN Static key V1-----` and its END line) and its tls-crypt-v2 client and server keys
//   (base64 in the same armour). A profile inlines them under `<tls-auth>`, `<tls-crypt>`, `<tls-crypt-v2>` or
//   `<secret>`, armour and all, so the armour finds them there too. Whoever holds one passes the server's HMAC
//   firewall (and with tls-crypt reads the control channel).
// - minisign's and OpenBSD signify's secret keys: one base64 line under an `untrusted comment:` line, whose
//   bytes open with the signature algorithm "Ed" and a key derivation algorithm (minisign: "Sc", scrypt, or
//   two zero bytes unencrypted, then "B2"; signify: "BK", bcrypt_pbkdf, or two zero bytes). Those four bytes
//   are fixed base64 text at the line's start, the rules' keywords; the comment is free text, so it is not
//   asked for. A public key or a signature of either tool ("Ed" then a key number) has another length and
//   another text there, and stays.
import type { SecretRule } from "./engine.js";
import { entropy } from "./randomness.js";
import { token } from "./prefixed-token.js";

/** The key types OpenVPN writes in its armour. */
const OPENVPN_KINDS = "Static key V1|tls-crypt-v2 client key|tls-crypt-v2 server key";

/**
 * Hex or base64 and line breaks (also the two characters "\n" of an escaped copy) up to the END line; no
 * dash, so an attempt stops at the next armour line and a text of many headers is read once.
 */
const OPENVPN_KEY = new RegExp(
  `-----BEGIN OpenVPN (${OPENVPN_KINDS})-----([^-]{64,8000})(?:-----END OpenVPN \\1-----)?`,
);

/** The body is key material: 64 characters of hex or base64 or more (comments aside), not a stand-in. */
function openVpnMaterial(_value: string, match: RegExpExecArray): boolean {
  const material = (match[2] ?? "").replace(/\\[nr]|#[^\n]*|\s/g, "");
  return /^[A-Za-z0-9+/=]{64,}$/.test(material) && entropy(material) >= 3;
}

/** The bytes of a base64 value, or undefined where it is not base64. */
function base64Bytes(value: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * minisign's secret key: "Ed", the KDF ("Sc" or none), "B2" (its checksum's BLAKE2b), a 32-byte salt, two 8-byte
 * limits and the 104 bytes of the (encrypted) key: 158 bytes. signify's: "Ed", the KDF ("BK" or none), 4 bytes
 * of rounds, a 16-byte salt, an 8-byte checksum, an 8-byte key number and the 64-byte key: 104 bytes.
 */
const isMinisignKey = (value: string) => base64Bytes(value)?.length === 158;
const isSignifyKey = (value: string) => base64Bytes(value)?.length === 104;

export const ARMOURED_KEY_RULES: SecretRule[] = [
  {
    type: "openvpn_static_key",
    keywords: ["-----BEGIN OpenVPN "],
    pattern: OPENVPN_KEY,
    validate: openVpnMaterial,
    // The armour is the format: a header names no stand-in.
    placeholders: "keep",
    structural: true,
  },
  // "EdSc" + "B2" encrypted, "Ed" + two zero bytes + "B2" not; 212 base64 characters with one "=".
  token("private_key", ["RWRTY0Iy", "RWQAAEIy"], "[A-Za-z0-9+/]{203}={0,2}", { validate: isMinisignKey }),
  // "EdBK" encrypted, "Ed" + two zero bytes not; 140 base64 characters with one "=".
  token("private_key", ["RWRCSw", "RWQAAA"], "[A-Za-z0-9+/]{133}={0,2}", { validate: isSignifyKey }),
];
