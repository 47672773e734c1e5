// Whether an object's key names a secret's value (secret, client_secret, apiSecret, shared_secret_key,
// webhookSecretValue), so the field is judged as a password is: a server reads `{ secret: "Tr0ub4dor&3" }` as
// the secret whatever its value looks like, and a human-chosen one has too little randomness for the
// high-entropy check under such a name. The password rule then judges the value (a stand-in, a message, a
// word such as "true" or a path is none).
//
// A name about a secret rather than holding one (secret_name, secretId, secret_arn, has_secret,
// secrets_manager, secret_length) is not one: a word after "secret" that makes the name about it (see
// credential-suffixes.ts; any other, JWT_SECRET_PROD, CLIENT_SECRET_EU, keeps it the secret's), or a word
// before it that makes the name a question or a setting.

import { aboutCredential } from "./credential-suffixes.js";

/** Words before "secret" that make the name about one (has_secret, use_secret, is_secret, no_secret). */
const ABOUT = new Set([
  "is",
  "has",
  "have",
  "use",
  "uses",
  "using",
  "show",
  "hide",
  "no",
  "with",
  "without",
  "need",
  "needs",
  "require",
  "requires",
  "enable",
  "enabled",
  "disable",
  "top",
]);
const MAX_KEY = 64;
const SAYS_SECRET = /secret/i;

/** "password" (the name the password rule reads) when `key` names a secret's value, else undefined. */
export function secretName(key: string): "password" | undefined {
  if (key.length > MAX_KEY || !SAYS_SECRET.test(key)) return undefined;
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Za-z])([0-9])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const at = words.lastIndexOf("secret");
  if (at < 0) return undefined;
  if (at > 0 && ABOUT.has(words[at - 1] as string)) return undefined;
  return words.slice(at + 1).some(aboutCredential) ? undefined : "password";
}
