// Password hashes known by their own shape, beyond the crypt, Django and Werkzeug formats (token-rules.ts):
// the web applications' (WordPress's and phpBB's phpass, WordPress 6.8's `$wp` bcrypt, Drupal 7, passlib's
// pbkdf2 as Airflow and Home Assistant keep it, htpasswd's and LDAP's {SHA}/{SSHA}), a NetNTLMv2 response as
// Responder logs it, and two that log in as they are, with no cracking: an NT hash in a SAM dump's
// `user:RID:LM:NT:::` line (pass-the-hash) and MySQL's mysql_native_password `*<40 hex>`.
import type { SecretRule } from "./engine.js";
import type { Gate } from "./gates.js";
import { token } from "./prefixed-token.js";

const CRYPT64 = "[./A-Za-z0-9]";

/** The NT and LM hashes of the empty password: an account with none (Guest, a disabled one) discloses nothing. */
const EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0";

function isUpperHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70);
}

/** The pattern's `\*[0-9A-F]{40}`: its first and last hex digits are where they must be. */
const mysqlNativeGate: Gate = (text, at) =>
  isUpperHex(text.charCodeAt(at + 1)) && isUpperHex(text.charCodeAt(at + 40));

export const MORE_PASSWORD_HASHES: SecretRule[] = [
  // phpass (WordPress $P$, phpBB $H$): a cost letter, 8 of salt and 22 of hash; Drupal 7's $S$: 1, 8 and 43.
  token("password_hash", ["$P$", "$H$"], `${CRYPT64}{31}`),
  token("password_hash", ["$S$"], `${CRYPT64}{52}`),
  // WordPress 6.8+: bcrypt behind its own `$wp` marker (the `$2y$` rule wants no letter before its `$`).
  token("password_hash", ["$wp$2y$", "$wp$2b$"], `[0-9]{2}\\$${CRYPT64}{53}`),
  // passlib's pbkdf2 (its adapted base64 writes "." for "+"): rounds, a salt, and the hash.
  token(
    "password_hash",
    ["$pbkdf2-sha256$", "$pbkdf2-sha512$", "$pbkdf2$"],
    `[0-9]{1,9}\\$${CRYPT64}{0,64}\\$${CRYPT64}{27,86}`,
  ),
  // Mosquitto's password file (mosquitto_passwd): 2.x writes `$7$<iterations>$<salt>$<hash>` (PBKDF2-SHA512),
  // 1.x `$6$<salt>$<hash>` (salted SHA-512), both in standard base64 with its padding, which sha512-crypt's
  // own `$6$` rule (crypt's alphabet) does not read. Also scrypt's crypt form, `$7$` and its parameters glued
  // to the salt, then a 43-character hash.
  token(
    "password_hash",
    ["$7$"],
    `(?:[0-9]{1,9}\\$[A-Za-z0-9+/]{12,64}={0,2}\\$[A-Za-z0-9+/]{40,128}={0,2}|${CRYPT64}{12,75}\\$${CRYPT64}{43})`,
  ),
  token("password_hash", ["$6$"], "[A-Za-z0-9+/]{12,24}={0,2}\\$[A-Za-z0-9+/]{86}={0,2}"),
  // htpasswd's and LDAP's SHA-1 (20 bytes), and the salted forms (a digest and its salt).
  token("password_hash", ["{SHA}"], "[A-Za-z0-9+/]{27}="),
  token("password_hash", ["{SSHA}", "{SSHA256}", "{SSHA512}"], "[A-Za-z0-9+/]{32,120}={0,2}"),
  {
    // Hashcat's mode 5600 as Responder logs it: user::domain:challenge:proof:blob, the blob opening with its
    // fixed version and reserved bytes (the keyword; "::" alone is every C++ and Rust path).
    type: "password_hash",
    keywords: [":0101000000000000"],
    back: 180,
    pattern:
      /(?<![^\s:])[^\s:]{1,64}::[^\s:]{0,64}:[0-9A-Fa-f]{16}:[0-9A-Fa-f]{32}:0101000000000000[0-9A-Fa-f]{16,4000}/,
  },
  {
    // pwdump, secretsdump, mimikatz: user:RID:LM hash:NT hash::: — the pair is what logs in.
    type: "password_hash",
    keywords: [":::"],
    back: 141,
    pattern: /(?<![^\s])[^\s:]{1,64}:[0-9]{1,10}:([0-9A-Fa-f]{32}:([0-9A-Fa-f]{32})):::/,
    group: 1,
    validate: (_value, match) => match[2]?.toLowerCase() !== EMPTY_NT,
  },
  {
    // mysql_native_password: "*" and SHA1(SHA1(password)) in upper-case hex, as mysql.user and SHOW CREATE
    // USER print it; the native authentication's challenge is answered with it as it is.
    type: "password_hash",
    keywords: ["*"],
    pattern: /(?<![A-Za-z0-9*])\*[0-9A-F]{40}(?![A-Za-z0-9])/,
    entropy: 3,
    gate: mysqlNativeGate,
  },
];
