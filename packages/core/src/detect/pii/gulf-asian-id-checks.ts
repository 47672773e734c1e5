// The checks of the identity numbers gulf-asian-ids.ts reads, as their issuers define them. Pakistan's CNIC,
// Malaysia's MyKad and Indonesia's NIK carry no check digit: what their issuers fix (a province, a date of
// birth, a place of birth's code) is checked instead, and their labels do the rest.
import { luhn } from "../validators.js";

const dayValid = (day: number) => day >= 1 && day <= 31;
const monthValid = (month: number) => month >= 1 && month <= 12;
/** Whether `digits` starts with a date YYMMDD. */
const startsWithDate = (digits: string) =>
  monthValid(Number(digits.slice(2, 4))) && dayValid(Number(digits.slice(4, 6)));

/** The UAE's Emirates ID: 784, the holder's birth year, a serial of seven digits and a Luhn check digit. */
export function emiratesIdValid(digits: string): boolean {
  if (digits.length !== 15 || !digits.startsWith("784")) return false;
  const year = Number(digits.slice(3, 7));
  return year >= 1900 && year <= 2099 && luhn(digits);
}

/**
 * Saudi Arabia's national ID (1 first) or iqama (2 first): ten digits, the last a Luhn check over the nine
 * before it (the Ministry of Interior's algorithm: odd places doubled and their digits summed).
 */
export function saudiIdValid(digits: string): boolean {
  return digits.length === 10 && (digits[0] === "1" || digits[0] === "2") && luhn(digits);
}

/** Pakistan's CNIC: the province (1 to 7), division, district and tehsil, a family serial, the sex digit. */
export function cnicValid(digits: string): boolean {
  return digits.length === 13 && digits[0] !== "0" && digits[0] !== "8" && digits[0] !== "9";
}

/**
 * The place-of-birth codes of Malaysia's MyKad: states 01 to 16, and countries 21 to 59, 60 to 68, 71, 72, 74
 * to 79, 82 to 93 and 98, 99; the others are never given.
 */
const MYKAD_PLACES = /^(?:0[1-9]|1[0-6]|[2-5][0-9]|6[0-8]|7[124-9]|8[2-9]|9[0-3]|9[89])$/;

/** Malaysia's MyKad: YYMMDD, the place of birth's code, and a serial whose last digit is the sex. */
export function myKadValid(digits: string): boolean {
  return digits.length === 12 && startsWithDate(digits) && MYKAD_PLACES.test(digits.slice(6, 8));
}

/**
 * Indonesia's NIK: province (11 to 94), regency and district codes, DDMMYY (the day raised by 40 for a woman),
 * and a serial from 0001.
 */
export function nikValid(digits: string): boolean {
  if (digits.length !== 16) return false;
  const province = Number(digits.slice(0, 2));
  if (province < 11 || province > 94 || digits.endsWith("0000")) return false;
  const day = Number(digits.slice(6, 8));
  return monthValid(Number(digits.slice(8, 10))) && dayValid(day > 40 ? day - 40 : day);
}
