// Identity numbers of twelve more countries: Belgium's Rijksregisternummer, Norway's fødselsnummer, Denmark's
// CPR number, Romania's CNP, Turkey's T.C. Kimlik No, China's resident identity number, South Africa's ID
// number, Israel's Teudat Zehut, Hong Kong's HKID, Portugal's NIF, Ireland's PPS number and Taiwan's national
// ID: each the SSN's counterpart in its country's payroll, patient and customer records. As for the other
// countries (national-id.ts), each must pass its issuer's check (more-national-id-checks.ts) and stand after
// the word its forms print: a check lets one number in ten or a hundred by, and an order or a phone number of
// the same length is no one's identity.
//
// Read inside the shared digit chains (digit-chains.ts), after the other readers found nothing in a chain, so
// a text without a chain of these lengths costs nothing more; the letters some carry (HKID's, PPS's, Taiwan's,
// China's X) are read beside their chain.
import type { Span } from "../detectors.js";
import type { DigitChain } from "../digit-chains.js";
import { isLetterOrDigit, isUpper, labelBefore, labelled as labelledAs } from "./id-labels.js";
import {
  belgianNumberValid,
  chineseNumberValid,
  danishNumberValid,
  hongKongIdValid,
  irishPpsValid,
  israeliNumberValid,
  norwegianNumberValid,
  portugueseNifValid,
  romanianNumberValid,
  southAfricanNumberValid,
  taiwaneseIdValid,
  turkishNumberValid,
} from "./more-national-id-checks.js";

const labelled = (words: string) => labelledAs(words, "iu");

const BELGIAN_LABEL = labelled(
  String.raw`rijksregister(?:nummer)?|registre national|num[ée]ro national|\binsz\b|\bniss\b|national regist(?:er|ry) number`,
);
const NORWEGIAN_LABEL = labelled(String.raw`f[øo]dselsn(?:ummer|r)|\bfnr\b|\bd-nummer|personnummer`);
const DANISH_LABEL = labelled(String.raw`\bcpr\b|cpr-?n(?:r|ummer)|personnummer`);
const ROMANIAN_LABEL = labelled(String.raw`\bcnp\b|cod numeric personal`);
const TURKISH_LABEL = labelled(String.raw`\bt\.? ?c\.? ?kimlik|kimlik (?:no|numaras[ıi])|\btckn\b|\btc no\b`);
const CHINESE_LABEL = labelled(
  String.raw`公民身份号码|身份证号码?|居民身份证|身份證號碼|resident identity (?:card )?(?:number|no)`,
);
// "ID number" is any form's: a South African number holds a date, a citizenship digit and Luhn's check too.
const SOUTH_AFRICAN_LABEL = labelled(String.raw`\bid (?:number|no)\b|identity number|\b(?:rsa|sa) id\b`);
const ISRAELI_LABEL = labelled(String.raw`מספר זהות|תעודת זהות|ת\.ז|ת"ז|teudat zehut|israeli id`);
const HONG_KONG_LABEL = labelled(String.raw`\bhkid\b|香港身份證|hong kong identity card|identity card no`);
const PORTUGUESE_LABEL = labelled(String.raw`\bnif\b|contribuinte|\bnipc\b`);
const IRISH_LABEL = labelled(String.raw`\bppsn?\b|personal public service`);
const TAIWANESE_LABEL = labelled(String.raw`身分證|身份證|national id (?:number|no)`);

const BELGIAN_SHAPE = /^[0-9]{2}\.?[0-9]{2}\.?[0-9]{2}[-.]?[0-9]{3}\.?[0-9]{2}$/;
const NORWEGIAN_SHAPE = /^[0-9]{6} ?[0-9]{5}$/;
const DANISH_SHAPE = /^[0-9]{6}-?[0-9]{4}$/;
const SOUTH_AFRICAN_SHAPE = /^[0-9]{6} ?[0-9]{4} ?[0-9]{3}$/;
const ISRAELI_SHAPE = /^[0-9]{8}-?[0-9]$/;
const PORTUGUESE_SHAPE = /^(?:[0-9]{9}|[0-9]{3} [0-9]{3} [0-9]{3})$/;
const BARE = /^[0-9]+$/;

/** The identity number of these countries a digit chain is, with its letters, or undefined. */
export function moreChainId(text: string, chain: DigitChain): Span | undefined {
  const { start, end, digits: count } = chain;
  if (count < 6 || count > 18) return undefined;
  const value = text.slice(start, end);
  const digits = value.replace(/[^0-9]/g, "");
  const lettered = letteredId(text, start, end, value, digits);
  if (lettered !== undefined) return lettered;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (isLetterOrDigit(before) || before === 46 || after === 46 || after === 45) return undefined;
  // China's check may be an X.
  if (count === 17 && (after === 88 || after === 120) && !isLetterOrDigit(text.charCodeAt(end + 1)))
    return BARE.test(value) && chineseNumberValid(digits, "X") && labelBefore(text, start, CHINESE_LABEL)
      ? { start, end: end + 1 }
      : undefined;
  if (isLetterOrDigit(after)) return undefined;
  const span = { start, end };
  const is = (shape: RegExp, valid: boolean, label: RegExp) =>
    shape.test(value) && valid && labelBefore(text, start, label);
  switch (count) {
    case 9:
      return is(ISRAELI_SHAPE, israeliNumberValid(digits), ISRAELI_LABEL) ||
        is(PORTUGUESE_SHAPE, portugueseNifValid(digits), PORTUGUESE_LABEL)
        ? span
        : undefined;
    case 10:
      return is(DANISH_SHAPE, danishNumberValid(digits), DANISH_LABEL) ? span : undefined;
    case 11:
      return is(BELGIAN_SHAPE, belgianNumberValid(digits), BELGIAN_LABEL) ||
        is(NORWEGIAN_SHAPE, norwegianNumberValid(digits), NORWEGIAN_LABEL) ||
        is(BARE, turkishNumberValid(digits), TURKISH_LABEL)
        ? span
        : undefined;
    case 13:
      return is(BARE, romanianNumberValid(digits), ROMANIAN_LABEL) ||
        is(SOUTH_AFRICAN_SHAPE, southAfricanNumberValid(digits), SOUTH_AFRICAN_LABEL)
        ? span
        : undefined;
    case 18:
      return is(BARE, chineseNumberValid(digits.slice(0, 17), digits.slice(17)), CHINESE_LABEL)
        ? span
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The numbers written with letters: Taiwan's (a letter, nine digits), Hong Kong's (one or two letters, six
 * digits, a check in brackets or not) and Ireland's PPS number (seven digits, one or two letters).
 */
function letteredId(
  text: string,
  start: number,
  end: number,
  value: string,
  digits: string,
): Span | undefined {
  const lead = leadingLetters(text, start);
  if (lead > 0) {
    const letters = text.slice(start - lead, start);
    if (lead === 1 && digits.length === 9 && BARE.test(value) && !isLetterOrDigit(text.charCodeAt(end)))
      return taiwaneseIdValid(letters, digits) && labelBefore(text, start - 1, TAIWANESE_LABEL)
        ? { start: start - 1, end }
        : undefined;
    // K483219(1): the chain holds the check after "(", or the check is an A after it.
    const hk = /^([0-9]{6})(?:\(([0-9])|([0-9]))?$/.exec(value);
    if (hk !== null) {
      const bracket = hk[2] !== undefined;
      const closes = bracket ? text[end] === ")" : false;
      const lettered =
        hk[2] === undefined && hk[3] === undefined ? /^\(A\)|^A/.exec(text.slice(end, end + 3)) : null;
      const check = hk[2] ?? hk[3] ?? (lettered !== null ? "A" : "");
      const stop = end + (closes ? 1 : lettered !== null ? lettered[0].length : 0);
      if (check === "" || (bracket && !closes) || isLetterOrDigit(text.charCodeAt(stop))) return undefined;
      return hongKongIdValid(letters, hk[1] as string, check) &&
        labelBefore(text, start - lead, HONG_KONG_LABEL)
        ? { start: start - lead, end: stop }
        : undefined;
    }
    return undefined;
  }
  // 8234571U, 8234571WA: seven digits and one or two capitals.
  if (digits.length !== 7 || !BARE.test(value) || !isUpper(text.charCodeAt(end))) return undefined;
  if (isLetterOrDigit(text.charCodeAt(start - 1))) return undefined;
  const second = isUpper(text.charCodeAt(end + 1)) ? (text[end + 1] as string) : "";
  const stop = end + 1 + second.length;
  if (isLetterOrDigit(text.charCodeAt(stop))) return undefined;
  return irishPpsValid(digits, text[end] as string, second) && labelBefore(text, start, IRISH_LABEL)
    ? { start, end: stop }
    : undefined;
}

/** How many capitals (one or two) stand right before `start`, with no letter or digit before them. */
function leadingLetters(text: string, start: number): number {
  if (!isUpper(text.charCodeAt(start - 1))) return 0;
  const two = isUpper(text.charCodeAt(start - 2));
  const lead = two ? 2 : 1;
  return isLetterOrDigit(text.charCodeAt(start - lead - 1)) ? 0 : lead;
}
