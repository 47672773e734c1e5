// Identity and insurance numbers of central and eastern Europe beside those european-ids.ts reads: the Czech
// and Slovak rodné číslo, Bulgaria's ЕГН, Estonia's isikukood (and Lithuania's asmens kodas), Croatia's OIB,
// Russia's СНИЛС and a person's ИНН, and the social-insurance numbers of Germany (Rentenversicherungsnummer)
// and Austria (SV-Nummer). Each is the SSN's counterpart on its country's payroll, health-insurance and HR
// records. Each must pass its issuer's check (central-eastern-european-id-checks.ts) and, as the other
// countries' numbers do, stand after the word its forms print: a check lets one number in ten or a hundred
// by, and an order or a phone number of the same length is no one's identity.
//
// Read inside the shared digit chains (digit-chains.ts), after the other readers found nothing in a chain, so
// a text without a chain of these lengths costs nothing more; the German number's letter, which ends its
// chain, is read right after it.
import type { Span } from "../detectors.js";
import type { DigitChain } from "../digit-chains.js";
import {
  austrianInsuranceValid,
  birthNumberValid,
  egnValid,
  isikukoodValid,
  oibValid,
  personalInnValid,
  rentenversicherungValid,
  snilsValid,
} from "./central-eastern-european-id-checks.js";
import { isLetterOrDigit, labelBefore, labelled } from "./id-labels.js";

/** A word in a script `\b` does not know (Cyrillic, or Czech's Č): no letter on either side. */
const word = (w: string) => String.raw`(?<!\p{L})${w}(?!\p{L})`;

const BIRTH_NUMBER_LABEL = labelled(
  String.raw`rodn[ée] [čc](?:[íi]slo|\.)|${word(String.raw`r\.? ?č\.?`)}|birth number`,
  "iu",
);
const EGN_LABEL = labelled(String.raw`${word("(?:ЕГН|EGN)")}|единен граждански номер`, "iu");
const ISIKUKOOD_LABEL = labelled(String.raw`isikukood|asmens kodas|personal identification code`, "iu");
const OIB_LABEL = labelled(String.raw`\boib\b|osobni identifikacijski broj`, "iu");
const SNILS_LABEL = labelled(String.raw`${word("снилс")}|\bsnils\b|страховой номер`, "iu");
// "inn" is a word in English: INN in capitals only.
const INN_LABEL = labelled(String.raw`${word("(?:ИНН|инн|Инн)")}|\bINN\b|налогоплательщика`, "u");
const INSURANCE_LABEL = labelled(
  String.raw`(?:renten|sozial)?versicherungs-?n(?:ummer|r\b)|\b(?:rvnr|vsnr|svnr)\b|\bsv-?n(?:ummer|r\b)`,
  "iu",
);

const BIRTH_NUMBER_SHAPE = /^[0-9]{6}\/?[0-9]{4}$/;
const SNILS_SHAPE = /^[0-9]{3}-?[0-9]{3}-?[0-9]{3}[ -]?[0-9]{2}$/;
const AUSTRIAN_SHAPE = /^[0-9]{4} ?[0-9]{6}$/;
/** The German number's first eight digits: the area, then the date, perhaps apart. */
const GERMAN_HEAD = /^[0-9]{2} ?[0-9]{6}$/;
/** What follows them: the initial, then the serial and check, apart as the head was or not. */
const GERMAN_TAIL = /( ?)([A-Z])\1([0-9]{2})([0-9])(?![0-9A-Za-z])/y;

/** The number of these countries a digit chain is, or undefined. */
export function centralEasternEuropeanChainId(text: string, chain: DigitChain): Span | undefined {
  const { start, end, digits: count } = chain;
  if (count < 8 || count > 12) return undefined;
  const before = text.charCodeAt(start - 1);
  if (isLetterOrDigit(before) || before === 46) return undefined;
  const value = text.slice(start, end);
  if (count === 8) return germanInsurance(text, chain, value);
  const after = text.charCodeAt(end);
  if (isLetterOrDigit(after) || after === 46 || after === 45) return undefined;
  const digits = value.replace(/[^0-9]/g, "");
  const bare = digits.length === value.length;
  const span = { start, end };
  const labelledAs = (label: RegExp) => labelBefore(text, start, label);
  switch (count) {
    case 10:
      if (BIRTH_NUMBER_SHAPE.test(value) && birthNumberValid(digits) && labelledAs(BIRTH_NUMBER_LABEL))
        return span;
      if (bare && egnValid(digits) && labelledAs(EGN_LABEL)) return span;
      return AUSTRIAN_SHAPE.test(value) && austrianInsuranceValid(digits) && labelledAs(INSURANCE_LABEL)
        ? span
        : undefined;
    case 11:
      if (bare && isikukoodValid(digits) && labelledAs(ISIKUKOOD_LABEL)) return span;
      if (bare && oibValid(digits) && labelledAs(OIB_LABEL)) return span;
      return SNILS_SHAPE.test(value) && snilsValid(digits) && labelledAs(SNILS_LABEL) ? span : undefined;
    case 12:
      return bare && personalInnValid(digits) && labelledAs(INN_LABEL) ? span : undefined;
    default:
      return undefined;
  }
}

/** Germany's Rentenversicherungsnummer: the chain of its first eight digits, its letter, serial and check. */
function germanInsurance(text: string, chain: DigitChain, head: string): Span | undefined {
  if (!GERMAN_HEAD.test(head)) return undefined;
  GERMAN_TAIL.lastIndex = chain.end;
  const tail = GERMAN_TAIL.exec(text);
  if (tail === null || (tail[1] === " ") !== head.includes(" ")) return undefined;
  const digits = head.replace(" ", "") + (tail[3] as string);
  return rentenversicherungValid(digits, tail[2] as string, tail[4] as string) &&
    labelBefore(text, chain.start, INSURANCE_LABEL)
    ? { start: chain.start, end: GERMAN_TAIL.lastIndex }
    : undefined;
}
