// Names that say what the value beside them is, where the value alone says too little: a password (any
// string can be one) and an SSN or a phone number written as bare digits. An object's key is read so by the
// scanner's key rules, and a table's column header or an SQL INSERT's column by the named-cells view
// (named-cells.ts): both ask here, so a name means the same wherever it stands.
import { secretKeyName } from "./detectors.js";
import { passwordName } from "./password-names.js";
import { ASSIGNED_NAME } from "./secrets/index.js";
import { secretName } from "./secret-names.js";

/** Object keys that name a password (password, db_passwd, userPwd, passphrase): see credentialName. */
const PASSWORD_FIELD = /pass(?:word|wd|phrase)?s?$|pwds?$/i;

/**
 * Keys that name an SSN or a phone number ({ "ssn": "078051120" }, { "phoneNumber": 4155552671 }): the text scan
 * needs such a word before a bare run of digits, and a field's name is that word (see numberName).
 */
export const NUMBER_FIELD = /ssn|social|phone|mobile|cell|tel|fax/i;
/**
 * The key's words (see keyWords) that name such a number: the name last, "number" or "no" after it at most; in
 * the plural too (ssns, phone_numbers: a list of them). "cells" and "tels" are left out: a sheet's cells are
 * values of any kind.
 */
const NUMBER_FIELD_WORDS =
  /(?:^| )(?:ssns?|social security|phones?|mobiles?|cell|tel|telephones?|fax)(?: (?:numbers?|nums?|nos?|nrs?))?$/;
/**
 * An SSN's name among other words of a key (ssn_plain, ssnValue, customer_ssn_raw, social_security_value): an
 * SSN is named by no other word, so its name anywhere says what nine digits under it are, where a phone's
 * ("phone_id", "cellCount") says nothing. A last word that makes the value something else about it (a count,
 * an id, a time, a length, a hash) lets it go.
 */
const SSN_FIELD_WORDS =
  /(?:^| )(?:ssn|social security)(?: (?!(?:id|ids|count|counts|at|ts|time|date|len|length|hash|digest|version|index|idx)$)[a-z]+)+$/;

/**
 * Keys named as an id (id, channel_id, variantId, userID): a whole number under one is a platform's
 * identifier, read as `<key>: <number>` written in text is (see Scanner.idNumber).
 */
export const ID_FIELD = /(?:^|[^A-Za-z])(?:id|ID|Id)$|[a-z0-9](?:Id|ID)$/;

/** Object keys that name a wallet's recovery phrase (mnemonic, seed_phrase, recoveryPhrase, seed_words). */
const PHRASE_FIELD = /mnemonic|(?:seed|recovery)[ _-]?(?:phrase|words)/i;

/**
 * The name the password rule should read for a value under `key` ("password", or the key itself when only
 * its ending names one), or the recovery phrase rule (the key itself), or undefined when the key names no
 * password, secret's value or recovery phrase.
 */
export function credentialName(key: string): string | undefined {
  return (
    passwordName(key) ??
    (PASSWORD_FIELD.test(key) || PHRASE_FIELD.test(key) ? key : undefined) ??
    secretName(key)
  );
}

/**
 * Keys that may name a national identity number other than the SSN (pii/national-id.ts): the gate before
 * nationalIdLabel splits a key into words. The short acronyms that are parts of words (sin in "using", fin in
 * "final", nie in "companies", nif in "unified") count only where no letter stands beside them.
 */
const NATIONAL_ID_FIELD =
  /nino|insurance|cpf|dni|aadha|uidai|tfn|tax.?file|nric|pesel|bsn|burgerservice|personnummer|henkil|hetu|steuer|ahv|avs|nir|s.?curit.?.?sociale|(?<![a-z])(?:(?:sin|fin|nie|nif|nas)(?![a-z])|ni[ _-]?n(?:o|um))|versicherungs|svnr|rvnr|vsnr|sv.?n(?:r|ummer)|rodne|birth.?number|isikukood|snils|cuil|cuit|emirates|iqama|cnic|mykad|(?<![a-z])(?:egn|oib|inn|nik)(?![a-z])/i;
/** After a national identity number's name, a key may say it is the number (tfn_no, sin_number). */
const NUMBER_WORD = String.raw`(?: (?:numbers?|nums?|nos?|nrs?))?$`;
/**
 * The key's words (see numberName) that name a national identity number, each with the label national-id.ts
 * reads before the number. The distinctive names may follow other words (customer_cpf, employee_nino); the
 * acronyms that are words too (sin, fin, nas) only stand alone, so an "angle_sin" or a "shark_fin" is not one.
 */
const NATIONAL_ID_NAMES: readonly [RegExp, string][] = [
  [new RegExp(String.raw`(?:^| )(?:nino|national insurance|ni(?= n))${NUMBER_WORD}`), "NINO"],
  [new RegExp(String.raw`^(?:sin|nas)${NUMBER_WORD}|(?:^| )social insurance${NUMBER_WORD}`), "SIN"],
  [new RegExp(String.raw`(?:^| )cpf${NUMBER_WORD}`), "CPF"],
  [new RegExp(String.raw`(?:^| )(?:dni|nie|nif)${NUMBER_WORD}`), "DNI/NIE"],
  [new RegExp(String.raw`(?:^| )(?:aadha?ar|uidai)${NUMBER_WORD}`), "Aadhaar"],
  [new RegExp(String.raw`(?:^| )(?:tfn|tax file)${NUMBER_WORD}`), "TFN"],
  [new RegExp(String.raw`(?:^| )nric${NUMBER_WORD}|^fin${NUMBER_WORD}`), "NRIC"],
  [new RegExp(String.raw`(?:^| )pesel${NUMBER_WORD}`), "PESEL"],
  [new RegExp(String.raw`(?:^| )(?:bsn|burgerservicenummer)${NUMBER_WORD}`), "BSN"],
  [new RegExp(String.raw`(?:^| )personnummer${NUMBER_WORD}`), "personnummer"],
  [new RegExp(String.raw`(?:^| )(?:hetu|henkil ?tunnus)${NUMBER_WORD}`), "henkilötunnus"],
  [
    new RegExp(String.raw`(?:^| )steuer ?id${NUMBER_WORD}|(?:^| )steuer ?identifikationsnummer$`),
    "Steuer-ID",
  ],
  [new RegExp(String.raw`^(?:ahv|avs)${NUMBER_WORD}`), "AHV"],
  [new RegExp(String.raw`^nir${NUMBER_WORD}|(?:^| )s ?curit ?sociale${NUMBER_WORD}`), "NIR"],
  // Central and eastern Europe's (central-eastern-european-ids.ts), the Gulf's and Asia's (gulf-asian-ids.ts)
  // and Argentina's.
  [
    new RegExp(
      String.raw`(?:^| )(?:(?:renten|sozial)?versicherungs ?n(?:ummer|r)|sv ?n(?:ummer|r)|svnr|rvnr|vsnr)$`,
    ),
    "Sozialversicherungsnummer",
  ],
  [new RegExp(String.raw`(?:^| )(?:rodne cislo|birth number)$`), "rodné číslo"],
  [new RegExp(String.raw`^egn${NUMBER_WORD}`), "EGN"],
  [new RegExp(String.raw`(?:^| )isikukood$`), "isikukood"],
  [new RegExp(String.raw`^oib${NUMBER_WORD}`), "OIB"],
  [new RegExp(String.raw`(?:^| )snils${NUMBER_WORD}`), "SNILS"],
  [new RegExp(String.raw`^inn${NUMBER_WORD}`), "INN"],
  [new RegExp(String.raw`(?:^| )cui[lt]${NUMBER_WORD}`), "CUIL"],
  [new RegExp(String.raw`(?:^| )emirates id${NUMBER_WORD}`), "Emirates ID"],
  [new RegExp(String.raw`(?:^| )iqama${NUMBER_WORD}`), "iqama"],
  [new RegExp(String.raw`(?:^| )cnic${NUMBER_WORD}`), "CNIC"],
  [new RegExp(String.raw`(?:^| )mykad${NUMBER_WORD}`), "MyKad"],
  [new RegExp(String.raw`^nik$`), "NIK"],
];

/** The label national-id.ts reads before a number named by the key's words `words`, or undefined. */
function nationalIdLabel(words: string): string | undefined {
  for (const [name, label] of NATIONAL_ID_NAMES) if (name.test(words)) return label;
  return undefined;
}

/** Whether `key` may name a number the text detectors read only with its name (see numberName). */
export function mayNameNumber(key: string): boolean {
  return NUMBER_FIELD.test(key) || NATIONAL_ID_FIELD.test(key);
}

/**
 * What the text detectors should read before a number under `key` ("phone number", "ssn" for an SSN's name
 * among other words, "NINO" for a National Insurance number's), and the one type that counts when only it
 * may (`only`: an SSN's name among other words, which could make the digits anything else; a national
 * identity number's, whose name says no phone number). Undefined when the key names no such number.
 */
export function numberName(key: string): { words: string; only?: "ssn" | "national_id" } | undefined {
  if (!mayNameNumber(key)) return undefined;
  // Its words in lower case: "phoneNumber", "phone_number" and "Phone-No" read "phone number", "phone no".
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[^A-Za-z]+/g, " ")
    .trim()
    .toLowerCase();
  if (NUMBER_FIELD_WORDS.test(words)) return { words };
  if (SSN_FIELD_WORDS.test(words)) return { words: "ssn", only: "ssn" };
  const label = nationalIdLabel(words);
  return label === undefined ? undefined : { words: label, only: "national_id" };
}

/**
 * Whether a name says what the value under it is, as the key rules read a key (Scanner.namedValue): a secret
 * key's or a name the assignment rules read a value by (key1, accountKey), a password's or secret's, or an SSN's
 * or phone's name. A sibling's string must, to name a value.
 */
export function namesValue(name: string): boolean {
  return (
    secretKeyName(name) ||
    ASSIGNED_NAME.test(name) ||
    credentialName(name) !== undefined ||
    NUMBER_FIELD.test(name)
  );
}

/**
 * Whether a name says its value is a credential, as the key rules read a key: a secret key's or a name the
 * assignment rules read a value by (api_token, SECRET_KEY), or a password's or secret's (db_password,
 * session_secret). A name about one (password_length, api_key_id) says none.
 */
export function namesCredential(name: string): boolean {
  return secretKeyName(name) || ASSIGNED_NAME.test(name) || credentialName(name) !== undefined;
}

/**
 * What every name readAs takes holds (the password words' and secret's, a recovery phrase's, the SSN's and
 * phone's, the secret keys'): a line without one names no column, and costs one native search.
 */
const MAY_NAME = new RegExp(
  String.raw`p(?:ass|w)|kennw|wachtwoord|senha|contrase|ｐ|secret|ssn|social|phone|mobile|cell|tel|fax|token|key|credential|auth|signature|session|cookie|mnemonic|seed|recovery|${NATIONAL_ID_FIELD.source}`,
  "i",
);

/** Whether `text` may hold a name readAs takes (it holds none otherwise). */
export function mayName(text: string): boolean {
  return MAY_NAME.test(text);
}

/**
 * The name under which the text rules should read a value `name` names (`"<that name>": "<value>"`), or
 * undefined when the name says nothing those rules read a value by: a password's or secret's name, an SSN's
 * or phone's, or a secret key's (api_key, token), whose value the rules then judge as they judge it in JSON.
 */
export function readAs(name: string): string | undefined {
  return credentialName(name) ?? numberName(name)?.words ?? (secretKeyName(name) ? name : undefined);
}
