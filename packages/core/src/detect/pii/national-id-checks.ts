// The check each national identity number carries in its own digits or letters, as its issuer defines it.
// A number that fails its check is a typo or something else; one that passes still needs, for most of these,
// the word that names it (national-id.ts), since a check digit alone lets one number in ten or a hundred by.
import { luhn } from "../validators.js";

/** One digit repeated (000000000, 111.111.111-11): a placeholder that several of these checks let through. */
const repeated = (digits: string) => /^(.)\1*$/.test(digits);

const digitsOf = (digits: string) => Array.from(digits, (c) => c.charCodeAt(0) - 48);

/** Canada's Social Insurance Number: nine digits under Luhn. */
export function sinValid(digits: string): boolean {
  return digits.length === 9 && !repeated(digits) && luhn(digits);
}

/** Brazil's CPF: nine digits and two check digits, each the remainder by 11 of a weighted sum (10 and above: 0). */
export function cpfValid(digits: string): boolean {
  if (digits.length !== 11 || repeated(digits)) return false;
  const d = digitsOf(digits);
  const check = (count: number) => {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += (d[i] as number) * (count + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === d[9] && check(10) === d[10];
}

/** The letter Spain's DNI and NIE take from their number's remainder by 23. */
const SPANISH_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spain's DNI (eight digits and their letter) or NIE (X, Y or Z for 0, 1 or 2, seven digits and the letter). */
export function spanishIdValid(prefix: string, digits: string, letter: string): boolean {
  const lead = prefix === "" ? "" : String("XYZ".indexOf(prefix));
  const number = lead + digits;
  if (number.length !== 8 || lead === "-1" || repeated(digits)) return false;
  return SPANISH_LETTERS[Number(number) % 23] === letter;
}

/** Australia's Tax File Number: eight or nine digits whose weighted sum is a multiple of 11. */
export function tfnValid(digits: string): boolean {
  const weights = digits.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : [10, 7, 8, 4, 6, 3, 5, 1];
  if ((digits.length !== 9 && digits.length !== 8) || repeated(digits)) return false;
  const sum = digitsOf(digits).reduce((total, digit, i) => total + digit * (weights[i] as number), 0);
  return sum % 11 === 0;
}

/** Singapore's NRIC (S, T) and FIN (F, G): seven digits, weighted, with an offset by series, name the letter. */
export function nricValid(prefix: string, digits: string, letter: string): boolean {
  if (digits.length !== 7) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = prefix === "T" || prefix === "G" ? 4 : 0;
  digitsOf(digits).forEach((digit, i) => (sum += digit * (weights[i] as number)));
  const letters = prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return (
    (prefix === "S" || prefix === "T" || prefix === "F" || prefix === "G") && letters[sum % 11] === letter
  );
}

/** The dihedral group D5 as Verhoeff numbered it: the product of two digits. */
function verhoeffProduct(j: number, k: number): number {
  if (j < 5) return k < 5 ? (j + k) % 5 : 5 + ((j + k) % 5);
  return k < 5 ? 5 + ((j - k + 5) % 5) : (j - k + 5) % 5;
}
/** Verhoeff's permutation applied once; position i applies it i times (mod 8). */
const VERHOEFF_STEP = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];

/** Verhoeff's check (India's Aadhaar uses it): every single-digit error and swap of neighbours changes it. */
export function verhoeff(digits: string): boolean {
  let check = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    for (let step = 0; step < i % 8; step++) digit = VERHOEFF_STEP[digit] as number;
    check = verhoeffProduct(check, digit);
  }
  return check === 0;
}

/** India's Aadhaar: twelve digits, never starting with 0 or 1, under Verhoeff's check. */
export function aadhaarValid(digits: string): boolean {
  return (
    digits.length === 12 && digits[0] !== "0" && digits[0] !== "1" && !repeated(digits) && verhoeff(digits)
  );
}

/**
 * The UK's National Insurance number's prefix: HMRC never issues D, F, I, Q, U or V first, nor those or O
 * second, nor the pairs BG, GB, KN, NK, NT, TN and ZZ.
 */
export function ninoPrefixValid(prefix: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/.test(prefix) && !/^(?:BG|GB|KN|NK|NT|TN|ZZ)$/.test(prefix);
}
