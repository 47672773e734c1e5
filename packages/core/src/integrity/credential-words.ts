// How a form's text is read for credential words (credential-form.ts judges the form). A name is spelled as its
// author likes: `apiKey`, `api_key`, `apikey`, "API key", `passWord`, `cardnumber`, `password2` all name the
// credential, so a text is split into words at case changes, digits and punctuation, and a credential phrase
// may have its words run together. It is read as the guard's other readers read text, look-alike letters of
// other scripts as Latin ("раssword"), as a person reads it, accents off the letters ("pässword"), and again
// with symbols between letters as letters ("P@ssword"). The list's words are read the same way, so
// "contraseña" is "contrasena" too. `passport`, `pinned` and `spinner` still hold none: whole words only, but
// for the languages that write words together (Chinese, Japanese, Korean, Thai), whose words are found inside
// a run of letters, and the stems of languages that add endings ("şifresi", "salasanasi").
import { sentCodeAt } from "./credential-sent-codes.js";
import { scoringText } from "./scoring-text.js";

/**
 * Credential words and phrases of English, as lower-case words (a field's text is split at case changes,
 * digits and punctuation, so `apiKey`, `api_key` and "API key" are all "api key", and a phrase's words may run
 * together: `apikey`, `cardnumber`). Whole words only, "pin" is not in "spinner", but a plural is the word too
 * ("passwords", "card PINs", "credentials"); "tokens" only as some kind of token (TOKEN_KINDS).
 */
const ENGLISH_PHRASES: readonly string[] = [
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
  // Second factors as sign-in pages name them: each lets the holder of the password past the second step.
  "backup code",
  "recovery code",
  "login code",
  "sign in code",
  "two factor code",
  "authenticator code",
  "authenticator app",
  // "the 6-digit code": a code counted by its digits and of no other kind is a one-time code ("6-digit postal
  // code" is of a kind, and is not).
  "digit code",
  "text message code",
  // The authenticator apps by name: "the code from Google Authenticator", "shown in the Authy app".
  ...["google authenticator", "microsoft authenticator", "authy", "okta verify", "duo mobile"],
  "cvv",
  "cvc",
  "card verification value",
  "card verification code",
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
  // A signed-in browser's session, and the private key files of SSH (KEY_FILES: their ".pub" is public).
  "session cookie",
  "auth cookie",
  "id rsa",
  "id dsa",
  "id ecdsa",
  "id ed25519",
];

/** SSH's private key files, whose name with ".pub" after it is the public key an honest form may ask for. */
const KEY_FILES = new Set(["id rsa", "id dsa", "id ecdsa", "id ed25519"]);

/**
 * The credential words of other languages, whose forms a phishing page copies as readily: for each, its
 * words for password, PIN, card number, security code, one-time (verification) code and recovery or seed
 * phrase where they are not the English ones (an Italian form says "password", most say "PIN", "OTP", "CVV", "2FA"). A word of Chinese,
 * Japanese, Korean or Thai is found inside a run of letters, as those languages write words together
 * (RUN_LETTER). A word ending in "*" may go on with letters, the endings of languages that add them to a
 * noun (Turkish "şifresi", Finnish "salasanasi", Czech "hesla"); its stem starts no ordinary word. Left
 * out: words whose other meaning an honest form asks for (Italian "parola", a word, so bare Romanian and
 * Turkish "parola"; French "parole", speech, so bare Latvian "parole"; Spanish "clave", a key; Chinese
 * "口令", a catchphrase; Hindi "पिन", the PIN code of a postal address; Vietnamese "số thẻ", read "so the";
 * Turkish "şifreli", encrypted, which no stem of "şifre" starts). A word listed in capitals is one only in
 * capitals: German banking's "TAN" (and "pushTAN", "smsTAN"), not "tan" the colour or "Tan" the surname.
 */
const OTHER_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  German: [
    "passwort",
    "passwörter",
    "kennwort",
    "kennwörter",
    "geheimzahl",
    "kartennummer",
    "sicherheitscode",
    "prüfnummer",
    "TAN",
    "bestätigungscode",
    "verifizierungscode",
    "wiederherstellungsphrase",
  ],
  French: [
    "mot de passe",
    "mots de passe",
    "code secret",
    "code confidentiel",
    "numéro de carte",
    "cryptogramme",
    "code de sécurité",
    "code de vérification",
    "phrase de récupération",
    "phrase secrète",
  ],
  Spanish: [
    "contraseña",
    "clave de acceso",
    "clave secreta",
    "número de tarjeta",
    "código de seguridad",
    "código de verificación",
    "frase de recuperación",
    "frase semilla",
  ],
  Portuguese: [
    "senha",
    "palavra passe",
    "número do cartão",
    "código de segurança",
    "código de verificação",
    "frase de recuperação",
  ],
  Italian: [
    "numero di carta",
    "numero della carta",
    "codice segreto",
    "codice di sicurezza",
    "codice di verifica",
    "frase di recupero",
  ],
  Dutch: [
    "wachtwoord*",
    "pincode*",
    "kaartnummer*",
    "beveiligingscode*",
    "verificatiecode*",
    "herstelzin*",
    "eenmalige code*",
  ],
  Danish: [
    "adgangskode*",
    "kodeord*",
    "pinkode*",
    "kortnummer*",
    "sikkerhedskode*",
    "engangskode*",
    "bekræftelseskode*",
  ],
  Norwegian: ["passord*", "sikkerhetskode*", "engangskode*", "bekreftelseskode*"],
  Swedish: ["lösenord*", "pinkod*", "säkerhetskod*", "engångskod*", "verifieringskod*", "bekräftelsekod*"],
  Finnish: [
    "salasana*",
    "tunnuslu*",
    "kortin numero*",
    "korttinumero*",
    "turvakoodi*",
    "palautuslause*",
    "vahvistuskoodi*",
    "kertakäyttökoodi*",
  ],
  Estonian: ["parool*", "salasõna*", "kaardi number*", "turvakood*", "kinnituskood*"],
  Latvian: ["paroli", "parolei", "kartes numurs", "drošības kods"],
  Lithuanian: ["slaptažod*", "kortelės numeris", "saugos kodas"],
  Polish: [
    "hasł*",
    "numer karty",
    "kod bezpieczeństwa",
    "fraza odzyskiwania",
    "kod weryfikacyjn*",
    "kodu weryfikacyjn*",
    "kod jednorazow*",
    "kod sms*",
  ],
  Czech: ["hesl*", "číslo karty", "bezpečnostní kód", "ověřovací kód", "jednorázový kód"],
  Slovak: ["bezpečnostný kód", "overovací kód", "jednorazový kód"],
  Slovene: ["gesl*", "številka kartice", "varnostna koda"],
  Croatian: ["lozink*", "broj kartice", "sigurnosni kod"],
  Serbian: ["лозинк*", "број картице"],
  Romanian: [
    "parola ta",
    "parola dvs",
    "parola dumneavoastră",
    "parola de acces",
    "parola contului",
    "parolei",
    "numărul cardului",
    "codul de securitate",
    "cod de verificare",
    "cod de confirmare",
    "cod unic",
  ],
  Hungarian: ["jelsz*", "kártyaszám*", "biztonsági kód*", "ellenőrző kód*", "egyszer használatos kód*"],
  Turkish: [
    "şifre",
    "şifren*",
    "şifres*",
    "şifrey*",
    "şifreler*",
    "parolan*",
    "parolay*",
    "parolası",
    "kart numara*",
    "güvenlik kodu*",
    "kurtarma ifadesi*",
    "doğrulama kod*",
    "onay kod*",
    "tek kullanımlık kod*",
  ],
  Greek: [
    "κωδικός πρόσβασης",
    "κωδικό πρόσβασης",
    "κωδικού πρόσβασης",
    "συνθηματικό*",
    "αριθμός κάρτας",
    "αριθμό κάρτας",
    "κωδικός ασφαλείας",
    "κωδικό ασφαλείας",
    "κωδικός επαλήθευσης",
    "κωδικό επαλήθευσης",
    "κωδικός μίας χρήσης",
  ],
  // "пароль" besides its stem: in capitals its last letter reads as a Latin "b", cut off as a word of its own.
  Russian: [
    "пароль",
    "парол*",
    "пин код",
    "номер карты",
    "код безопасности",
    "фраза восстановления",
    "сид фраза",
    "код подтверждения",
    "одноразовый код",
    "проверочный код",
    "код из смс",
  ],
  Ukrainian: ["пін код", "номер картки", "код безпеки", "код підтвердження", "одноразовий код"],
  Hebrew: [
    "סיסמה",
    "סיסמא",
    "סיסמת",
    "סיסמאות",
    "קוד סודי",
    "מספר כרטיס",
    "מספר הכרטיס",
    "קוד אבטחה",
    "קוד אימות",
  ],
  Arabic: [
    "كلمة المرور",
    "كلمة مرور",
    "كلمة السر",
    "الرقم السري",
    "رقم البطاقة",
    "رمز الأمان",
    "رمز التحقق",
    "عبارة الاسترداد",
  ],
  Persian: ["رمز عبور", "گذرواژه", "شماره کارت", "کد تایید", "رمز یکبار مصرف"],
  Hindi: ["पासवर्ड", "कार्ड नंबर", "कार्ड संख्या", "सुरक्षा कोड", "ओटीपी", "सत्यापन कोड"],
  Vietnamese: [
    "mật khẩu",
    "số thẻ tín dụng",
    "số thẻ ngân hàng",
    "mã bảo mật",
    "cụm từ khôi phục",
    "mã xác minh",
    "mã xác thực",
    "mã otp",
  ],
  Indonesian: [
    "kata sandi*",
    "nomor kartu",
    "kode keamanan",
    "frasa pemulihan",
    "kode verifikasi",
    "kode otp",
  ],
  Malay: ["kata laluan*", "nombor kad"],
  Thai: ["รหัสผ่าน", "รหัสลับ", "หมายเลขบัตร", "รหัสความปลอดภัย", "รหัสยืนยัน"],
  Chinese: [
    "密码",
    "密碼",
    "验证码",
    "驗證碼",
    "安全码",
    "安全碼",
    "卡号",
    "卡號",
    "助记词",
    "助記詞",
    "私钥",
    "私鑰",
  ],
  Japanese: [
    "パスワード",
    "パスコード",
    "暗証番号",
    "カード番号",
    "セキュリティコード",
    "認証コード",
    "確認コード",
    "秘密鍵",
    "リカバリーフレーズ",
    "シードフレーズ",
    "復元フレーズ",
    "ワンタイムパスワード",
  ],
  Korean: [
    "비밀번호",
    "핀 번호",
    "카드 번호",
    "보안 코드",
    "인증 번호",
    "복구 문구",
    "시드 문구",
    "인증 코드",
    "인증코드",
    "일회용 비밀번호",
  ],
};

/** Every credential phrase: English's and the other languages'. */
export const CREDENTIAL_PHRASES: readonly string[] = [
  ...ENGLISH_PHRASES,
  ...Object.values(OTHER_LANGUAGES).flat(),
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
 * Letters of the scripts that write words together, Chinese, Japanese and Thai with no space between them and
 * Korean with its particles and compounds joined on ("비밀번호를", "계좌비밀번호"): a phrase in them is found
 * inside a run of letters (spelledInRun).
 */
const RUN_LETTER = "[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}]";
const RUN_SCRIPT = new RegExp(RUN_LETTER, "u");

/**
 * Where a word ends inside a run of letters and digits: `passWord`, `APIKey`, `cvv2`, `2FA`, and between Latin
 * letters and those of a script that writes words together (`PIN码`); but not before the plural "s" of capitals
 * (`PINs`, `OTPs`).
 */
const WORD_EDGE = new RegExp(
  [
    "(?<=\\p{Ll})(?=\\p{Lu})",
    "(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})(?!\\p{Lu}s(?!\\p{Ll}))",
    "(?<=\\p{L})(?=\\p{N})",
    "(?<=\\p{N})(?=\\p{L})",
    `(?<=\\p{sc=Latin})(?=${RUN_LETTER})`,
    `(?<=${RUN_LETTER})(?=\\p{sc=Latin})`,
  ].join("|"),
  "gu",
);

/**
 * Visible text as words, in the case they were written: camelCase, snake_case, kebab-case, digits glued on
 * and prose alike. A word keeps its vowel signs (Hindi "पासवर्ड"), which are marks, not letters.
 */
export function splitCasedWords(text: string): string[] {
  return text
    .replace(WORD_EDGE, " ")
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** Visible text as lower-case words (splitCasedWords). */
export function splitWords(text: string): string[] {
  return splitCasedWords(text).map((word) => word.toLowerCase());
}

/** A credential word's parts, each as a text is read (a text reads "passwörter" as "passworter"). */
const PARTS_OF = new Map(
  Object.entries(COMPOUNDS).map(([word, parts]) => [
    splitWords(visibleReading(word)).join(""),
    parts.map((part) => splitWords(visibleReading(part)).join("")),
  ]),
);

/**
 * A credential phrase as the list spells it, as a text reads it, whether a word may end in it, whether its
 * last word may go on (a stem, "*" in the list), and whether it is found inside a run of letters.
 */
interface Phrase {
  phrase: string;
  /** The smallest parts a text may split it into. */
  parts: readonly string[];
  /** Its parts run together. */
  whole: string;
  prefixed: boolean;
  stem: boolean;
  inRun: boolean;
  /** Listed in capitals, and a word only when written so ("TAN"). */
  capitals: boolean;
}

/**
 * Each credential phrase, read as a text is read, in small letters and in capitals: the look-alike letters are
 * mapped by case, so a text reads "ПАРОЛЬ" with a Latin "b" for its last letter and "пароль" without.
 */
const PHRASES: readonly Phrase[] = CREDENTIAL_PHRASES.flatMap((listed) => {
  const stem = listed.endsWith("*");
  const spelled = stem ? listed.slice(0, -1) : listed;
  const inRun = RUN_SCRIPT.test(spelled);
  const capitals = spelled !== spelled.toLowerCase();
  const readings = new Set(
    [spelled, spelled.toUpperCase()].map((spelling) =>
      splitWords(visibleReading(spelling))
        .flatMap((word) => PARTS_OF.get(word) ?? [word])
        .join(" "),
    ),
  );
  return [...readings].map((reading) => {
    const parts = reading.split(" ");
    const whole = parts.join("");
    const prefixed = whole.length >= PREFIXED_FROM && !NEVER_PREFIXED.has(listed) && !inRun;
    // A stem is reported as listed ("hasł*"), which says the word went on.
    return { phrase: listed, parts, whole, prefixed, stem, inRun, capitals };
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
 * perhaps in the plural or, for a stem, with an ending (the first may hold a prefix too, if it holds the
 * whole phrase and that is long enough); undefined if they do not.
 */
function spelledAt(words: readonly string[], at: number, entry: Phrase, plural: boolean): number | undefined {
  const { parts, whole, prefixed, stem } = entry;
  if (entry.inRun) return spelledInRun(words, at, whole, parts.length);
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
    const isInflected = stem && part === parts.length && word.startsWith(joined);
    if (joined !== word && !isPlural && !isInflected) return undefined;
  }
  return index - at;
}

/**
 * How many words from `at` hold a phrase of a script that writes words together, run together inside them
 * ("网上银行密码", "카드 번호를" for "카드 번호"): it starts inside the first and ends inside the last, across at
 * most as many words as it has; undefined if they do not.
 */
function spelledInRun(words: readonly string[], at: number, whole: string, most: number): number | undefined {
  const first = words[at] ?? "";
  let joined = "";
  for (let count = 1; count <= most && at + count <= words.length; count++) {
    const lastStarts = joined.length;
    joined += words[at + count - 1];
    for (let i = joined.indexOf(whole); i >= 0 && i < first.length; i = joined.indexOf(whole, i + 1))
      if (i + whole.length > lastStarts) return count;
  }
  return undefined;
}

/** Where in PHRASES the entries are that `keyOf` gives a key, by key. */
function indexBy(keyOf: (entry: Phrase) => string | undefined): Map<string, number[]> {
  const index = new Map<string, number[]>();
  PHRASES.forEach((entry, i) => {
    const key = keyOf(entry);
    if (key !== undefined) index.set(key, [...(index.get(key) ?? []), i]);
  });
  return index;
}

/**
 * The phrases a word may start, found without trying each of the hundreds listed against every word of a long
 * text: a word that spells a phrase starts with its first letter; one that ends in it (`prefixed`) ends with
 * its last, or that and a plural "s"; a phrase in a script that writes words together starts inside a word
 * that holds letters of those scripts (and begins with one of them).
 */
const STARTING_WITH = indexBy((entry) => (entry.inRun ? undefined : entry.parts[0]?.charAt(0)));
const ENDING_WITH = indexBy((entry) => (entry.prefixed ? entry.whole.slice(-1) : undefined));
const IN_RUNS = PHRASES.flatMap((entry, i) => (entry.inRun ? [i] : []));

/** The groups of PHRASES entries (by their place) a word may start. */
function candidatesAt(word: string): (readonly number[] | undefined)[] {
  return [
    STARTING_WITH.get(word.charAt(0)),
    ENDING_WITH.get(word.slice(-1)),
    word.endsWith("s") ? ENDING_WITH.get(word.slice(-2, -1)) : undefined,
    RUN_SCRIPT.test(word) ? IN_RUNS : undefined,
  ];
}

/**
 * Each credential phrase the words (splitCasedWords) hold, as whole words in a row, with where it starts: at
 * each word, the first listed of those it starts.
 */
export function credentialPhrasesIn(cased: readonly string[]): FoundPhrase[] {
  const words = cased.map((word) => word.toLowerCase());
  const found: FoundPhrase[] = [];
  for (let at = 0; at < words.length; at++) {
    let first: (FoundPhrase & { index: number }) | undefined;
    for (const group of candidatesAt(words[at] ?? ""))
      for (const index of group ?? []) {
        const entry = PHRASES[index];
        if (entry === undefined || (first !== undefined && index >= first.index)) break;
        const plural = entry.phrase !== "token" || TOKEN_KINDS.has(words[at - 1] ?? "");
        if (entry.capitals && cased[at] !== cased[at]?.toUpperCase()) continue;
        const length = spelledAt(words, at, entry, plural);
        if (length === undefined) continue;
        if (KEY_FILES.has(entry.phrase) && words[at + length] === "pub") continue;
        first = { phrase: entry.phrase, at, length, index };
        break;
      }
    if (first !== undefined) found.push({ phrase: first.phrase, at, length: first.length });
    else {
      // "the code we sent to your phone": a one-time code, named by how it came (credential-sent-codes.ts).
      const sent = sentCodeAt(words, at);
      if (sent !== undefined) found.push({ phrase: words.slice(at, at + sent).join(" "), at, length: sent });
    }
  }
  return found;
}
