// How a form's text is read for credential words (credential-form.ts judges the form). A name is spelled as its
// author likes: `apiKey`, `api_key`, `apikey`, "API key", `passWord`, `cardnumber`, `password2` all name the
// credential, so a text is split into words at case changes, digits and punctuation, and a credential phrase
// may have its words run together. It is read as the guard's other readers read text, look-alike letters of
// other scripts as Latin ("раssword"), as a person reads it, accents off the letters ("pässword"), and again
// with symbols between letters as letters ("P@ssword"). The list's words are read the same way, so
// "contraseña" is "contrasena" too. `passport`, `pinned` and `spinner` still hold none: whole words only.
import { scoringText } from "./scoring-text.js";

/**
 * Credential words and phrases, as lower-case words (a field's text is split at case changes, digits and
 * punctuation, so `apiKey`, `api_key` and "API key" are all "api key", and a phrase's words may run together:
 * `apikey`, `cardnumber`). Whole words only, "pin" is not in "spinner", but a plural is the word too
 * ("passwords", "card PINs", "credentials"); "tokens" only as some kind of token (TOKEN_KINDS).
 */
export const CREDENTIAL_PHRASES: readonly string[] = [
  "password",
  "passwd",
  "passphrase",
  "passcode",
  "api key",
  "access key",
  "secret",
  "secret key",
  "private key",
  "token",
  "pin",
  "otp",
  "totp",
  "2fa",
  "mfa",
  "one time code",
  "one time password",
  "verification code",
  "security code",
  "auth code",
  "authentication code",
  "sms code",
  "cvv",
  "cvc",
  "card number",
  "credit card",
  "ssn",
  "social security number",
  "seed phrase",
  "recovery phrase",
  "credential",
  "mnemonic",
  "wallet seed",
  "recovery seed",
  "bank account number",
  // The password words of German, French, Spanish, Portuguese, Dutch, Russian, Polish and Swedish, whose forms
  // a phishing page copies as readily (an Italian form says "password"); the shared words (PIN, OTP, 2FA, CVV,
  // SMS code) above read the same there. A plural or a case form not made with "s" is a word of its own.
  "passwort",
  "passwörter",
  "kennwort",
  "kennwörter",
  "mot de passe",
  "mots de passe",
  "contraseña",
  "senha",
  "wachtwoord",
  "wachtwoorden",
  "пароль",
  "пароля",
  "пароли",
  "hasło",
  "hasła",
  "lösenord",
  "lösenordet",
];

/**
 * Words before "tokens" that make it credentials ("API tokens", "refresh tokens"): alone, or after "max" or
 * "how many", it counts what a model reads and writes, a number an honest form may ask for.
 */
const TOKEN_KINDS = new Set(["api", "access", "auth", "bearer", "refresh", "session", "personal"]);

/**
 * Credential words that are compounds, as their parts: a camelCase name splits them (`passWord`, `PassCode`,
 * `walletPassPhrase`) and prose may too ("pass code"). Only these: "to ken" is not "token". Keys and parts
 * are read as a text is (PARTS_OF).
 */
const COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  password: ["pass", "word"],
  passwd: ["pass", "wd"],
  passphrase: ["pass", "phrase"],
  passcode: ["pass", "code"],
  passwort: ["pass", "wort"],
  passwörter: ["pass", "wörter"],
  kennwort: ["kenn", "wort"],
  kennwörter: ["kenn", "wörter"],
};

/**
 * How long a phrase, its words run together, must be for a name to hold it after a prefix (`newpassword`,
 * `walletpassphrase`, `openaiapikey`): a shorter one ends ordinary words ("spin", "hairpin").
 */
const PREFIXED_FROM = 5;
/** Words long enough that still end ordinary words of their language: "senha" ends "resenha", "desenha". */
const NEVER_PREFIXED = new Set(["senha"]);

/**
 * Characters a screen shows as nothing, dropped before a text is split into words: a soft hyphen or a
 * zero-width space inside "pass\u00ADword" would otherwise make two words the list does not hold. The scoring
 * text (the guard's other readers') takes terminal escapes and joiners between letters too; it leaves a lone
 * variation selector, which selects for an emoji, but inside a word shows nothing either.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Accents a person reads through: a base letter with a mark over or under it is read as the letter
 * ("pässword", "Pàssword", "Mot de pâsse", "pa\u0301ssword" are "password" and "mot de passe"). The scoring
 * text composes a letter and its mark first (NFKC) and so keeps them; here they are taken apart (NFKD) and
 * the marks dropped. A letter drawn with a stroke through it has no mark to drop and is read as the letter
 * under it too ("passwørd").
 */
const MARKS = /\p{Mn}+/gu;
const STROKED: Readonly<Record<string, string>> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
};
const STROKED_LETTER = new RegExp(`[${Object.keys(STROKED).join("")}]`, "gu");

/**
 * Digits and symbols a reader takes for the letters they stand for between two letters ("P@ssword",
 * "p4ssw0rd", "s3cr3t"), as the result scorer reads leetspeak (respelled-words.ts), with "@" and "$" besides.
 * The letters either side are captured: between two capitals the run is read in capitals ("P4SSW0RD" is
 * "PASSWORD"), since a lower-case letter there would be a case change the word split cuts at ("Pa SS Wo RD").
 */
const LEET_RUN = /(?<=(\p{L}))[013457@$]+(?=(\p{L}))/gu;
const CAPITAL = /\p{Lu}/u;
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/**
 * A text as its reader sees it, as the guard's other readers see it (scoring-text.ts): hidden characters
 * dropped, compatibility forms folded, look-alike letters of other scripts as their Latin twins ("раssword"
 * with a Cyrillic "р" and "а" is "password"); and accents dropped (MARKS).
 */
function visibleReading(text: string): string {
  // eslint-disable-next-line no-control-regex -- the class is "any non-ASCII", so its bounds start at NUL
  const unaccented = /[^\x00-\x7f]/.test(text)
    ? text
        .normalize("NFKD")
        .replace(MARKS, "")
        .replace(STROKED_LETTER, (ch) => STROKED[ch] ?? ch)
    : text;
  return scoringText(unaccented).lines.replace(IGNORABLE, "");
}

/**
 * A text as its reader sees it (visibleReading), then, if it holds any, a second reading with the digits and
 * symbols between letters read as letters: the first keeps "pin4digits" as "pin 4 digits", the second reads
 * "P@ssword". A credential found in either is found.
 */
export function readingsOf(text: string): string[] {
  const visible = visibleReading(text);
  const unleeted = visible.replace(LEET_RUN, (run, before: string, after: string) => {
    const letters = [...run].map((ch) => LEET[ch] ?? ch).join("");
    return CAPITAL.test(before) && CAPITAL.test(after) ? letters.toUpperCase() : letters;
  });
  return unleeted === visible ? [visible] : [visible, unleeted];
}

/**
 * Where a word ends inside a run of letters and digits: `passWord`, `APIKey`, `cvv2`, `2FA`; but not before
 * the plural "s" of capitals (`PINs`, `OTPs`).
 */
const WORD_EDGE =
  /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})(?!\p{Lu}s(?!\p{Ll}))|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu;

/** Visible text as lower-case words: camelCase, snake_case, kebab-case, digits glued on and prose alike. */
export function splitWords(text: string): string[] {
  return text
    .replace(WORD_EDGE, " ")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A credential word's parts, each as a text is read (a text reads "passwörter" as "passworter"). */
const PARTS_OF = new Map(
  Object.entries(COMPOUNDS).map(([word, parts]) => [
    splitWords(visibleReading(word)).join(""),
    parts.map((part) => splitWords(visibleReading(part)).join("")),
  ]),
);

/** A credential phrase as the list spells it, as a text reads it, and whether a word may end in it. */
interface Phrase {
  phrase: string;
  /** The smallest parts a text may split it into. */
  parts: readonly string[];
  prefixed: boolean;
}

/**
 * Each credential phrase, read as a text is read, in small letters and in capitals: the look-alike letters are
 * mapped by case, so a text reads "ПАРОЛЬ" with a Latin "b" for its last letter and "пароль" without.
 */
const PHRASES: readonly Phrase[] = CREDENTIAL_PHRASES.flatMap((phrase) => {
  const readings = new Set(
    [phrase, phrase.toUpperCase()].map((spelling) =>
      splitWords(visibleReading(spelling))
        .flatMap((word) => PARTS_OF.get(word) ?? [word])
        .join(" "),
    ),
  );
  return [...readings].map((reading) => {
    const parts = reading.split(" ");
    const prefixed = parts.join("").length >= PREFIXED_FROM && !NEVER_PREFIXED.has(phrase);
    return { phrase, parts, prefixed };
  });
});

/** A credential phrase found in a text's words: which, where it starts and how many words it takes. */
export interface FoundPhrase {
  phrase: string;
  at: number;
  length: number;
}

/**
 * How many words from `at` spell a phrase's parts, each word one part or several run together, the last
 * perhaps in the plural (the first may hold a prefix too, if it holds the whole phrase and that is long
 * enough); undefined if they do not.
 */
function spelledAt(
  words: readonly string[],
  at: number,
  { parts, prefixed }: Phrase,
  plural: boolean,
): number | undefined {
  const whole = parts.join("");
  const first = words[at];
  const endsPhrase = (word: string) => word.endsWith(whole) || (plural && word.endsWith(`${whole}s`));
  if (first !== undefined && prefixed && endsPhrase(first)) return 1;
  let part = 0;
  let index = at;
  while (part < parts.length) {
    const word = words[index++];
    if (word === undefined) return undefined;
    let joined = "";
    while (part < parts.length && joined.length < word.length) joined += parts[part++];
    const isPlural = plural && part === parts.length && word === `${joined}s`;
    if (joined !== word && !isPlural) return undefined;
  }
  return index - at;
}

/** Each credential phrase the words hold, as whole words in a row, with where it starts. */
export function credentialPhrasesIn(words: readonly string[]): FoundPhrase[] {
  const found: FoundPhrase[] = [];
  for (let at = 0; at < words.length; at++)
    for (const entry of PHRASES) {
      const { phrase } = entry;
      const plural = phrase !== "token" || TOKEN_KINDS.has(words[at - 1] ?? "");
      const length = spelledAt(words, at, entry, plural);
      if (length === undefined) continue;
      found.push({ phrase, at, length });
      break;
    }
  return found;
}
