// A program's translations are files of keys and the text shown for them (`"password": "Passwort"`,
// `"regen_api_key": "APIキーを再生成"`): the key names a credential, and the value is the label the page shows
// for that field, in the user's language. Read as assignments, every language file of an app with a login
// page held "passwords" (Пароль, Wachtwoord, Jelszó, Lösenord, Kodeord…), found in mailcow's 24 language files.
// Two shapes of value are such labels, never credentials:
// - the word for the credential itself in some language, perhaps after one word that says whose (App-passord,
//   Klienthemmelighed, Rspamd-UI-Passwort) and perhaps with a label's colon (Senha:). English is not here: the
//   placeholders read "password" and "secret" as stand-ins already.
// - two to four words of letters, one of them such a word or "token" (Soukromý klíč, Skrivnost odjemalca,
//   Neplatný resetovací token): a label or message naming the credential. A chosen secret with a space in it
//   is not made of whole words in another language around that language's word for a secret.
// - text in a script written without spaces between words (Chinese, Japanese, Korean, Thai), three or more of
//   its characters: a phrase of that language. A chosen password is typed on a Latin keyboard; an input
//   method's characters are not what one is made of.

/** The word for a password, a secret or a key, in lower case with accents folded away. */
const CREDENTIAL_WORDS = [
  // password
  "passwort",
  "kennwort",
  "wachtwoord",
  "senha",
  "contrasena",
  "contrasenya",
  "kodeord",
  "adgangskode",
  "passord",
  "losenord",
  "jelszo",
  "parola",
  "parole",
  "parolle",
  "slaptazodis",
  "haslo",
  "heslo",
  "salasana",
  "parool",
  "lozinka",
  "geslo",
  "sifre",
  "пароль",
  "парола",
  "лозинка",
  "κωδικος",
  "סיסמה",
  // secret
  "geheimnis",
  "secreto",
  "segreto",
  "hemmelighed",
  "hemmelighet",
  "hemlighet",
  "salaisuus",
  "sekret",
  "skrivnost",
  "tajemstvi",
  "tajomstvo",
  "секрет",
  // key
  "schlussel",
  "sleutel",
  "clave",
  "chiave",
  "klic",
  "klucz",
  "kulcs",
  "ключ",
];
/** Plural and case endings the languages above put on those words (Passwörter, Passwörtern, Schlüssel). */
const ENDINGS = "(?:er|ern|e|en|s|a|i|y|u|ok|ы|и)?";
/**
 * The whole value: an optional word of letters joined to the label by a hyphen (App-, UI-), then letters
 * ending in one of the words (glued compounds such as Applikationslösenord end so), then perhaps a colon.
 */
const TRANSLATED_WORD = new RegExp(
  `^(?:\\p{L}{1,24}-){0,2}\\p{L}{0,24}(?:${CREDENTIAL_WORDS.join("|")})${ENDINGS}:?$`,
  "u",
);
/** Two to four words of letters (a hyphen may join two), perhaps with a label's colon. */
const WORDS = /^\p{L}+(?:-\p{L}+)?(?: \p{L}+(?:-\p{L}+)?){1,3}:?$/u;
/** One word of a label (its colon dropped) that names the credential. */
const CREDENTIAL_WORD = new RegExp(`^\\p{L}{0,24}(?:${CREDENTIAL_WORDS.join("|")}|token)${ENDINGS}$`, "u");
/** A character of a script written without spaces between words: Han, kana, Hangul, Thai. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const UNSPACED_LETTERS = 3;
const LONGEST_LABEL = 80;

/** Whether the value a credential's name is set to is the label a translation shows for that name. */
export function isTranslatedLabel(value: string): boolean {
  if (value.length > LONGEST_LABEL) return false;
  const folded = value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  if (TRANSLATED_WORD.test(folded)) return true;
  if (WORDS.test(folded) && folded.split(/[ -]/).some((w) => CREDENTIAL_WORD.test(w.replace(/:$/, ""))))
    return true;
  return (value.match(UNSPACED_SCRIPT)?.length ?? 0) >= UNSPACED_LETTERS;
}
