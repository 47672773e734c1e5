// The check digits of identity numbers from Asia-Pacific and the Americas (pacific-americas-ids.ts), each as
// its issuer publishes it. Inputs are digits only (the caller strips the separators), except the CURP's.

const digitAt = (s: string, i: number) => s.charCodeAt(i) - 48;

/** A date written YYMMDD (or MMDD after a year elsewhere): month 1-12, day 1-31. */
function monthDayValid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * South Korea's resident registration number, 13 digits: the date of birth, the sex and century digit, and a
 * check over the first twelve with weights 2-9, 2-5, (11 - sum mod 11) mod 10. (Numbers issued since October
 * 2020 end in random digits and fail this check: only the older ones, most of those in use, are read.)
 */
export function rrnValid(digits: string): boolean {
  if (digits.length !== 13) return false;
  if (
    !monthDayValid(digitAt(digits, 2) * 10 + digitAt(digits, 3), digitAt(digits, 4) * 10 + digitAt(digits, 5))
  )
    return false;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitAt(digits, i) * (weights[i] as number);
  return (11 - (sum % 11)) % 10 === digitAt(digits, 12);
}

/**
 * Japan's My Number (個人番号), 12 digits: the last checks the eleven before it, weighted from the right by
 * 2-7 then 2-6, mod 11; a remainder of 0 or 1 gives 0, any other 11 minus it.
 */
export function myNumberValid(digits: string): boolean {
  if (digits.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += digitAt(digits, 11 - n) * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  return (rest <= 1 ? 0 : 11 - rest) === digitAt(digits, 11);
}

/**
 * Australia's Medicare card number, 10 digits: the first 2-6, the ninth checks the eight before it with
 * weights 1, 3, 7, 9 (twice), mod 10; the tenth is the card's issue number.
 */
export function medicareValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  const first = digitAt(digits, 0);
  if (first < 2 || first > 6) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digitAt(digits, i) * (weights[i] as number);
  return sum % 10 === digitAt(digits, 8);
}

/**
 * Chile's RUT/RUN: the body's digits from the right weighted 2-7 over and over, 11 minus the sum mod 11; 11 is
 * written 0 and 10 is written K.
 */
export function rutValid(body: string, check: string): boolean {
  if (body.length < 7 || body.length > 8) return false;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += digitAt(body, body.length - 1 - i) * (2 + (i % 6));
  const value = 11 - (sum % 11);
  const expected = value === 11 ? "0" : value === 10 ? "K" : String(value);
  return check.toUpperCase() === expected;
}

const CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/**
 * Mexico's CURP, 18 characters: the name's letters, the date of birth, the sex, the state and consonants, a
 * character told apart from a namesake's, and a check digit: each of the first 17 by its place in the
 * alphabet above, weighted 18 down to 2, then (10 - sum mod 10) mod 10.
 */
export function curpValid(code: string): boolean {
  if (code.length !== 18) return false;
  if (!monthDayValid(digitAt(code, 6) * 10 + digitAt(code, 7), digitAt(code, 8) * 10 + digitAt(code, 9)))
    return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CURP_ALPHABET.indexOf(code[i] as string);
    if (value < 0) return false;
    sum += value * (18 - i);
  }
  return (10 - (sum % 10)) % 10 === digitAt(code, 17);
}

/**
 * Argentina's CUIL (a person's CUIT): the kind (20, 23, 24 or 27 for a person), the DNI's eight digits and a
 * check: 11 minus their sum weighted 5 4 3 2 7 6 5 4 3 2, mod 11 (11 written 0; 10 is never given, the kind
 * being changed to 23 instead).
 */
export function cuilValid(digits: string): boolean {
  if (digits.length !== 11 || !["20", "23", "24", "27"].includes(digits.slice(0, 2))) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digitAt(digits, i) * (weights[i] as number);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digitAt(digits, 10);
}
