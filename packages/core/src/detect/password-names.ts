// Whether an object's key names a password, read word by word (userPwd, pass_word, PassPhrase, user_pw2,
// passwordNew, mot_de_passe), so a field is judged as a password however its name is spelled. The key is
// then given to the password rule as "password", which reads the value as it reads one written in text.
//
// A name about a password rather than holding one (password_policy, passwordHint, pw_length) is not one: a
// word after the password's that makes the name about it says so (see credential-suffixes.ts); any other
// (confirm, new, 2, value, prod, replica, eu) keeps it the password's.

import { aboutCredential } from "./credential-suffixes.js";

/** Words (lower case) that each name a password. */
const PASSWORD_WORDS = new Set([
  "password",
  "passwd",
  "pwd",
  "pw",
  "pword",
  "passphrase",
  "passcode",
  "passwort", // German
  "kennwort",
  "wachtwoord", // Dutch
  "senha", // Portuguese
  "contrasena", // Spanish (its tilde is folded away: see wordsOf)
]);
/** Plurals other than with -s (Passwörter, folded to passworter). */
const PLURALS = new Map([
  ["passworter", "passwort"],
  ["kennworter", "kennwort"],
]);
/**
 * Password words that also end a word glued to the one before it (rootpw, slapd's; adminpw, dbpassword): no
 * other word ends so. Short words that could (senha in "resenha") are not among them.
 */
const GLUED_SUFFIXES = [
  "pw",
  "pwd",
  "pword",
  "passwd",
  "password",
  "passphrase",
  "passcode",
  "passwort",
  "kennwort",
];
/** Words that end in such a suffix but are whole words of their own ("stopword": stop + word, a search filter's). */
const NOT_GLUED = new Set(["stopword"]);
/** Two words that together name one (pass_word, PassPhrase, mot_de_passe). */
const PASSWORD_PAIRS = new Set(["pass word", "pass phrase", "pass code", "de passe"]);
/** Cheap gate: every such name holds one of these (case-insensitively). */
const MAY_NAME = /p(?:ass|w)|kennw|wachtwoord|senha|contrase|ｐ/i;
const MAX_KEY = 64;

/** The name the password rule should read for `key` ("password"), or undefined when the key names none. */
export function passwordName(key: string): "password" | undefined {
  if (key.length > MAX_KEY || !MAY_NAME.test(key)) return undefined;
  const words = wordsOf(key);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const pair = `${word} ${words[i + 1] ?? ""}`;
    let after = i + 1;
    if (PASSWORD_PAIRS.has(pair)) after = i + 2;
    else if (!PASSWORD_WORDS.has(singular(word)) && !glued(word)) continue;
    if (!words.slice(after).some(aboutCredential)) return "password";
  }
  return undefined;
}

/** A list's name: passwords, pws, pwds, Passwörter. */
function singular(word: string): string {
  const plural = PLURALS.get(word);
  if (plural !== undefined) return plural;
  return word.endsWith("s") && PASSWORD_WORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

/** A word ending in a password's word glued to another before it (rootpw, adminpw, DBPW, dbpasswords). */
function glued(word: string): boolean {
  const one = singular(word.endsWith("s") ? word.slice(0, -1) : word);
  if (NOT_GLUED.has(one)) return false;
  return GLUED_SUFFIXES.some((suffix) => one.length > suffix.length + 1 && one.endsWith(suffix));
}

/**
 * The key's words in lower case: split at separators, a capital after a lower-case letter, and digits. The
 * key is first read as a server comparing names would print it (NFKC: fullwidth letters, a tilde written
 * apart), and accents are folded away (Passwörter, contraseña, confirmação): a letter outside ASCII must
 * not end a word in the middle.
 */
function wordsOf(key: string): string[] {
  return key
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{L})([0-9])/gu, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
