// A password said in a sentence: "My password is Tr0ub4dor&3", "the WiFi password was changed to Pass1234!",
// "Passwort lautet …", "mot de passe est …". The assignment rules take "is" only before a quoted value or a
// machine-made token, because prose names passwords all the time ("the password is incorrect", "password is
// required"). What a person writes after "is" when telling a password is a word of mixed letters and digits or
// symbols, or a run of digits; what a sentence about passwords has there is an ordinary word, a hyphenated
// adjective, a length or the name of a hashing scheme. That difference is judged here, on one word.
import type { SecretRule } from "./engine.js";
import { NAME_THEN_BLANK_GATE } from "./gates.js";
import { isPlaceholder, isReference } from "./placeholders.js";
import { strongEnough } from "./context-rules.js";
import { interpolatedVariable } from "./script-values.js";

/** The verbs that tell what a password is, in the languages whose names for it are ASCII at the start. */
const SAID =
  "[ \\t]{1,4}(?:(?:(?:is|was|has[ \\t]{1,4}been|had[ \\t]{1,4}been)[ \\t]{1,4})?(?:changed|reset|set|updated)[ \\t]{1,4}to|(?:is|was|ist|lautet|war|est|es|era|é|e)(?:[ \\t]{1,4}(?:now|still|jetzt|maintenant|ahora|agora))?)[ \\t]{1,4}:?[ \\t]{0,4}[\"'“‘«]?";

/** One word, without the sentence's punctuation after it (a "!" may be the password's own). */
const WORD = "([^\\s\"'”’»]{5,79}[^\\s\"'”’».,;:?)\\]}])";

const NAMES: Record<string, string> = {
  pass: "pass(?:word|wort|wd|phrase|code|e)?",
  pwd: "pwd",
  // Not followed by a letter (pword, pwned); "PW is Palau" is a word of letters, which is not taken.
  pw: "pw(?![A-Za-z])",
  contrase: "contrase(?:ñ|n)a",
  senha: "senha",
};

/** Said of a password: a counted length, a kind of characters, how it is stored. */
const ABOUT_A_PASSWORD =
  /^(?:[0-9]{1,3}(?:-[0-9]{1,3})?[-+]?(?:chars?|characters?|digits?|letters?|bytes?|bits?|symbols?)?|(?:sha|md|aes|rsa|crc)-?[0-9]{1,4}|bcrypt|scrypt|argon2(?:id|i|d)?|pbkdf2\w{0,12}|utf-?(?:8|16)|base(?:32|64)|ntlmv?2?|hmac\w{0,12})$/i;
/** Words joined by hyphens, perhaps after a number or a word with one (case-sensitive, base64-encoded, 2FA-protected). */
const HYPHENATED = /^[A-Za-z0-9]+(?:-[a-z]+)+$/;

/**
 * Where the name may stand. A full name of a password counts run together too (dbpassword, adminPassword,
 * wifi_passwd). "pass" alone is also a word's end (bypass, compass) and a ticket: it counts after what it
 * opens (login pass, wifipass). "passe" and "pw" are words' ends as often (impasse): they must start a word
 * or a capitalised part of a name.
 */
function startsAWord(m: RegExpExecArray): boolean {
  const name = (m[1] ?? "").toLowerCase();
  if (name === "pass") return OPENS.test(m.input.slice(Math.max(0, m.index - 12), m.index));
  if (name !== "passe" && name !== "pw") return true;
  const before = m.input.charCodeAt(m.index - 1);
  const first = m.input.charCodeAt(m.index);
  return !(before >= 97 && before <= 122) || (first >= 65 && first <= 90);
}

/** "pass" alone is also a ticket or a permit: it names a password after the name of what it opens. */
const OPENS =
  /(?:login|log-in|account|wifi|wi-fi|admin|root|user|db|database|ssh|vpn|e-?mail|master|app|router)[ _-]?$/i;

/**
 * roff's escapes that print nothing (`\&`, DocBook's sentence end: "a password is valid\&."; `\%`, `\:`, `\)`)
 * or only change the font (`\fI`, `\fR`, `\f(CW`, `\f[B]`): a man page's source, read as the page shows it.
 */
const ROFF_UNPRINTED = /\\(?:[&%:)]|f(?:[A-Z0-9]|\([A-Z0-9]{2}|\[[A-Z0-9]{0,8}\]))/g;

/** The word as roff prints it: its unprinted escapes dropped, `\-` a hyphen. */
function asPrinted(word: string): string {
  if (!word.includes("\\")) return word;
  return word.replace(ROFF_UNPRINTED, "").replace(/\\-/g, "-");
}

/** A sentence's stop after its last word, and an element's closing tag after that. */
const SENTENCE_END = /[.!?]{1,3}(?:<\/[A-Za-z][A-Za-z0-9]{0,15}>?)?$/;

/**
 * What a sentence says of a password rather than tells it: a state, a rule or a verdict (required, incorrect,
 * expired …), and any past participle (changed, verified, revoked).
 */
const PREDICATE =
  /^(?:[a-z]+ed|required|optional|incorrect|invalid|wrong|missing|set|needed|empty|correct|valid|weak|strong|hidden|blank|mandatory|necessary|unknown|secret|different|same|good|bad|short|long|secure|insecure|sent|ok|okay|fine|right|here|there|below|above|pending|incomplete|unique|visible|readable|forbidden|mine|yours|new|old|default|temporary)$/i;

function toldPassword(written: string, name: string): boolean {
  const value = asPrinted(written);
  if (value.length < 6 || ABOUT_A_PASSWORD.test(value) || HYPHENATED.test(value)) return false;
  if (isPlaceholder(value) || isReference(value) || interpolatedVariable(value)) return false;
  const letters = /\p{L}/u.test(value);
  // Digits alone are a PIN-like password when the name is a password's (a "pass" may be a ticket's number).
  if (!letters) return /^[0-9]{6,12}$/.test(value) && !/^pass$/i.test(name);
  if (!/[^\p{L}]/u.test(value)) return false; // a word of letters only is a word of the sentence
  // So is a predicate that ends the sentence, its stop and the page's closing tag after it ("A MariaDB Root
  // Password is required!" in a chart's template, "Your password is required.</small>" in a form). Another word
  // of letters with its "!" is what a person tells ("the wifi password is butterfly!"), judged as a password.
  const word = value.replace(SENTENCE_END, "");
  if (!/[^\p{L}]/u.test(word) && PREDICATE.test(word)) return false;
  return strongEnough(value, "password");
}

export const SAID_PASSWORDS: SecretRule[] = Object.entries(NAMES).map(([keyword, name]) => ({
  type: "secret_assignment",
  generic: true,
  keywords: [keyword],
  pattern: new RegExp(`(${name})${SAID}${WORD}`, "iu"),
  group: 2,
  gate: NAME_THEN_BLANK_GATE,
  context: startsAWord,
  validate: (said, m) => toldPassword(said, m[1] ?? ""),
}));
