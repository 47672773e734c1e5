// The checks Europe's national identity numbers carry, as their issuers define them (see european-ids.ts for
// where they are read). Each also holds a date of birth or a fixed prefix where the issuer writes one, which
// is checked too: a number whose month is 14 is something else, whatever its check digit says.
import { luhn } from "../validators.js";

const digitsOf = (digits: string) => Array.from(digits, (c) => c.charCodeAt(0) - 48);
/** One digit repeated: a placeholder that a check can let through. */
const repeated = (digits: string) => /^(.)\1*$/.test(digits);
const dayValid = (day: number) => day >= 1 && day <= 31;
const monthValid = (month: number) => month >= 1 && month <= 12;

/**
 * Poland's PESEL: a date of birth (its month raised by 20, 40, 60 or 80 for the century), a serial and a
 * check digit of the weighted sum (weights 1 3 7 9, repeated).
 */
export function peselValid(digits: string): boolean {
  if (digits.length !== 11 || repeated(digits)) return false;
  const d = digitsOf(digits);
  const month = Number(digits.slice(2, 4)) % 20;
  if (!monthValid(month) || !dayValid(Number(digits.slice(4, 6)))) return false;
  const weights = [1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (d[i] as number) * (weights[i % 4] as number);
  return (10 - (sum % 10)) % 10 === d[10];
}

/** Germany's Steuer-ID: eleven digits, no leading 0, the last ISO 7064's MOD 11,10 check of the first ten. */
export function steuerIdValid(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === "0" || repeated(digits)) return false;
  let product = 10;
  for (const digit of digitsOf(digits.slice(0, 10))) {
    const sum = (digit + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === digitsOf(digits)[10];
}

/** The Netherlands' BSN: nine digits passing the "eleven test" (weights 9 down to 2, and -1 for the last). */
export function bsnValid(digits: string): boolean {
  if (digits.length !== 9 || repeated(digits)) return false;
  const d = digitsOf(digits);
  let sum = -(d[8] as number);
  for (let i = 0; i < 8; i++) sum += (d[i] as number) * (9 - i);
  return sum % 11 === 0;
}

/**
 * France's NIR (numéro de sécurité sociale): sex (1 or 2; 3, 4, 7 and 8 for provisional numbers), year,
 * month (or 20 and above where it is unknown), place and serial in thirteen digits, then the key 97 minus
 * their remainder by 97. Corsica's 2A and 2B are not read (their letters end the digit chain).
 */
export function nirValid(digits: string): boolean {
  if (digits.length !== 15 || !"123478".includes(digits[0] as string)) return false;
  if (Number(digits.slice(3, 5)) === 0) return false;
  let rest = 0;
  for (const digit of digitsOf(digits.slice(0, 13))) rest = (rest * 10 + digit) % 97;
  return 97 - rest === Number(digits.slice(13));
}

/** Switzerland's AHV number (AVS, OASI): 756, the country, then nine digits and an EAN-13 check digit. */
export function ahvValid(digits: string): boolean {
  if (digits.length !== 13 || !digits.startsWith("756")) return false;
  const d = digitsOf(digits);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d[i] as number) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === d[12];
}

/**
 * Sweden's personnummer: a date of birth (YYMMDD; the day raised by 60 in a samordningsnummer), a serial and
 * a Luhn check digit over those ten digits. `digits` is the ten or, with the century, twelve.
 */
export function personnummerValid(digits: string): boolean {
  if (digits.length !== 10 && digits.length !== 12) return false;
  const ten = digits.slice(-10);
  if (repeated(ten)) return false;
  const day = Number(ten.slice(4, 6));
  return monthValid(Number(ten.slice(2, 4))) && dayValid(day > 60 ? day - 60 : day) && luhn(ten);
}

/** The letters Finland's henkilötunnus takes from its nine digits' remainder by 31. */
const HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/** Finland's henkilötunnus: DDMMYY, the century sign, a serial of three digits and their check character. */
export function hetuValid(date: string, serial: string, check: string): boolean {
  if (!dayValid(Number(date.slice(0, 2))) || !monthValid(Number(date.slice(2, 4)))) return false;
  return HETU_CHECKS[Number(date + serial) % 31] === check;
}

/** What each character of a codice fiscale adds to the check sum at an odd place (first, third, …). */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/**
 * Italy's codice fiscale: sixteen characters whose last is the letter of the others' sum mod 26; a digit
 * counts as the letter of its place in the alphabet (0 as A), at odd places through ODD_VALUES.
 */
export function codiceFiscaleValid(code: string): boolean {
  if (code.length !== 16) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charCodeAt(i);
    const index = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (ODD_VALUES[index] as number) : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}
