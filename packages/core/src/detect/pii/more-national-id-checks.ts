// The issuers' checks of the identity numbers more-national-ids.ts reads. Each takes the number's digits (and
// its letters where it has them) and says whether the number could have been issued: its check digit or
// letter, and where the number holds a date of birth, a date that exists.

const digitAt = (digits: string, i: number) => digits.charCodeAt(i) - 48;

/** A date of birth written as two-digit day, month and year parts (any century). */
function dateValid(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Σ digit × weight over the weights' length. */
function weighted(digits: string, weights: readonly number[], from = 0): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digitAt(digits, from + i) * (weights[i] as number);
  return sum;
}

/** Belgium's Rijksregisternummer: YYMMDD, a serial, and 97 less the first nine mod 97 (with a 2 ahead after 1999). */
export function belgianNumberValid(digits: string): boolean {
  if (digits.length !== 11) return false;
  const month = Number(digits.slice(2, 4));
  // A month of 0 (an unknown date) or past 20 (a bis number's +20 or +40) is issued too.
  if (month > 52) return false;
  const check = Number(digits.slice(9));
  const body = digits.slice(0, 9);
  return 97 - (Number(body) % 97) === check || 97 - (Number(`2${body}`) % 97) === check;
}

/** Norway's fødselsnummer: DDMMYY, a serial, and two mod 11 check digits (a D-number's day is +40). */
export function norwegianNumberValid(digits: string): boolean {
  if (digits.length !== 11) return false;
  const day = Number(digits.slice(0, 2)) % 40;
  if (!dateValid(day, Number(digits.slice(2, 4)) % 40)) return false;
  const first = mod11Check(weighted(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]));
  const second = mod11Check(weighted(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]));
  return first === digitAt(digits, 9) && second === digitAt(digits, 10);
}

/** 11 less the sum mod 11, 0 for 11; a result of 10 is no digit (-1). */
function mod11Check(sum: number): number {
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check === 10 ? -1 : check;
}

/** The days of each month, February's 29 (the century is in the serial, and any of them may be a leap year). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Denmark's CPR number: DDMMYY, a real day of its month, and a serial. Its weighted sum was a multiple of 11
 * until 2007; since then the CPR office issues numbers that fail that check (the serials of some birth dates
 * ran out), so the number is read only under its label (more-national-ids.ts) and the check is not asked.
 */
export function danishNumberValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  return dateValid(day, month) && day <= (DAYS_IN_MONTH[month - 1] as number);
}

/** Romania's CNP: sex and century, YYMMDD, county, serial, and the "279146358279" check mod 11 (10 reads 1). */
export function romanianNumberValid(digits: string): boolean {
  if (digits.length !== 13 || digits[0] === "0") return false;
  if (!dateValid(Number(digits.slice(5, 7)), Number(digits.slice(3, 5)))) return false;
  const rest = weighted(digits, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (rest === 10 ? 1 : rest) === digitAt(digits, 12);
}

/** Turkey's T.C. Kimlik No: no leading 0, the tenth digit from the odd and even places, the eleventh their sum. */
export function turkishNumberValid(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === "0") return false;
  const odd = weighted(digits, [1, 0, 1, 0, 1, 0, 1, 0, 1]);
  const even = weighted(digits, [0, 1, 0, 1, 0, 1, 0, 1, 0]);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== digitAt(digits, 9)) return false;
  return weighted(digits, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) % 10 === digitAt(digits, 10);
}

/** China's resident identity number: region, YYYYMMDD, serial, and the ISO 7064 MOD 11-2 check (X for 10). */
export function chineseNumberValid(body: string, check: string): boolean {
  if (body.length !== 17) return false;
  if (!dateValid(Number(body.slice(12, 14)), Number(body.slice(10, 12)))) return false;
  const year = Number(body.slice(6, 10));
  if (year < 1900 || year > 2099) return false;
  const sum = weighted(body, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return "10X98765432"[sum % 11] === check.toUpperCase();
}

/** South Africa's ID number: YYMMDD, a serial, citizenship (0-2), a digit, and Luhn over all thirteen. */
export function southAfricanNumberValid(digits: string): boolean {
  if (digits.length !== 13 || !dateValid(Number(digits.slice(4, 6)), Number(digits.slice(2, 4))))
    return false;
  return digitAt(digits, 10) <= 2 && luhnValid(digits);
}

/** Israel's Teudat Zehut: nine digits (with leading zeros) under Luhn's alternating weights. */
export function israeliNumberValid(digits: string): boolean {
  return digits.length === 9 && luhnValid(digits);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digitAt(digits, i);
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Hong Kong's HKID: one or two letters, six digits, and a check (0-9 or A) making the weighted sum 0 mod 11. */
export function hongKongIdValid(letters: string, digits: string, check: string): boolean {
  if (digits.length !== 6 || letters.length < 1 || letters.length > 2) return false;
  const values = (letters.length === 1 ? [36] : []).concat(
    [...letters.toUpperCase()].map((l) => l.charCodeAt(0) - 55),
  );
  let sum = (values[0] as number) * 9 + (values[1] as number) * 8;
  for (let i = 0; i < 6; i++) sum += digitAt(digits, i) * (7 - i);
  sum += check.toUpperCase() === "A" ? 10 : Number(check);
  return sum % 11 === 0;
}

/** Portugal's NIF: a first digit issued to people or firms, and a mod 11 check digit (0 for 10 or 11). */
export function portugueseNifValid(digits: string): boolean {
  if (digits.length !== 9 || !/^[1235689]/.test(digits)) return false;
  const check = 11 - (weighted(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (check >= 10 ? 0 : check) === digitAt(digits, 8);
}

/** Ireland's PPS number: seven digits, a check letter mod 23 (W for 0), perhaps a second letter weighed by 9. */
export function irishPpsValid(digits: string, check: string, second: string): boolean {
  if (digits.length !== 7) return false;
  const extra = second === "" || second === "W" ? 0 : second.charCodeAt(0) - 64;
  const rest = (weighted(digits, [8, 7, 6, 5, 4, 3, 2]) + extra * 9) % 23;
  return "WABCDEFGHIJKLMNOPQRSTUV"[rest] === check;
}

/** The two-digit codes Taiwan's ID gives its first letter (the places, in the order the letters were issued). */
const TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

/** Taiwan's national ID: a letter, sex (1 or 2; 8 or 9 for a resident's), seven digits, a check digit. */
export function taiwaneseIdValid(letter: string, digits: string): boolean {
  const code = TAIWAN_LETTERS.indexOf(letter) + 10;
  if (code < 10 || digits.length !== 9 || !/^[1289]/.test(digits)) return false;
  const sum = Math.floor(code / 10) + (code % 10) * 9 + weighted(digits, [8, 7, 6, 5, 4, 3, 2, 1, 1]);
  return sum % 10 === 0;
}
