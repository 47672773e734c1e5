// The checks of the identity and insurance numbers central-eastern-european-ids.ts reads, as their issuers define
// them. Where the number holds a date of birth, the date is checked too: a month of 14 is something else,
// whatever the check digit says.

const digitsOf = (digits: string) => Array.from(digits, (c) => c.charCodeAt(0) - 48);
/** One digit repeated: a placeholder a check can let through. */
const repeated = (digits: string) => /^(.)\1*$/.test(digits);
const dayValid = (day: number) => day >= 1 && day <= 31;
const monthValid = (month: number) => month >= 1 && month <= 12;

/** The sum of `digits` weighted by `weights`, place by place. */
function weighted(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] as number) * (weights[i] as number);
  return sum;
}

/**
 * The Czech and Slovak rodné číslo since 1954: YYMMDD (the month raised by 50 for a woman, and by 20 more
 * where a day's serials ran out), a serial, and a last digit making the whole divisible by 11 (0 where the
 * first nine leave 10).
 */
export function birthNumberValid(digits: string): boolean {
  if (digits.length !== 10 || repeated(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 50;
  if (!monthValid(month > 20 ? month - 20 : month) || !dayValid(Number(digits.slice(4, 6)))) return false;
  if (Number(digits) % 11 === 0) return true;
  return Number(digits.slice(0, 9)) % 11 === 10 && digits[9] === "0";
}

/** Bulgaria's ЕГН: YYMMDD (the month raised by 20 for the 1800s, by 40 for the 2000s), a serial, a check. */
export function egnValid(digits: string): boolean {
  if (digits.length !== 10 || repeated(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  if (!monthValid(month) || !dayValid(Number(digits.slice(4, 6)))) return false;
  const d = digitsOf(digits);
  return (weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === d[9];
}

/**
 * Estonia's isikukood (and Lithuania's asmens kodas, made the same way): the sex and century, YYMMDD, a
 * serial, and a check of two rounds of weights mod 11 (the second where the first leaves 10; 0 where both do).
 */
export function isikukoodValid(digits: string): boolean {
  if (digits.length !== 11 || !"123456".includes(digits[0] as string)) return false;
  if (!monthValid(Number(digits.slice(3, 5))) || !dayValid(Number(digits.slice(5, 7)))) return false;
  const d = digitsOf(digits);
  let check = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (check === 10) check = (weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11) % 10;
  return check === d[10];
}

/** Croatia's OIB: ten digits and ISO 7064's MOD 11,10 check of them. */
export function oibValid(digits: string): boolean {
  if (digits.length !== 11 || repeated(digits)) return false;
  let product = 10;
  for (const digit of digitsOf(digits.slice(0, 10))) product = (((digit + product) % 10 || 10) * 2) % 11;
  return (11 - product) % 10 === digitsOf(digits)[10];
}

/**
 * Russia's СНИЛС: nine digits (numbers up to 001-001-998 were never checked, and are not read) and their sum
 * weighted 9 down to 1, mod 101, with 100 written 00.
 */
export function snilsValid(digits: string): boolean {
  if (digits.length !== 11 || Number(digits.slice(0, 9)) <= 1001998 || repeated(digits)) return false;
  const sum = weighted(digitsOf(digits), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  return (sum % 101) % 100 === Number(digits.slice(9));
}

/** Russia's ИНН of a person: twelve digits, the last two each a weighted sum mod 11 (then mod 10). */
export function personalInnValid(digits: string): boolean {
  if (digits.length !== 12 || repeated(digits)) return false;
  const d = digitsOf(digits);
  const first = (weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  const second = (weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  return first === d[10] && second === d[11];
}

/**
 * Germany's Rentenversicherungsnummer: the area (two digits), DDMMYY, the birth name's initial, a serial of two
 * digits and a check: the initial counts as its place in the alphabet (two digits), the twelve digits are
 * weighted 2 1 2 5 7 1 2 1 2 1 2 1, each product's digits summed, and the total's last digit is the check.
 */
export function rentenversicherungValid(digits: string, initial: string, check: string): boolean {
  if (!dayValid(Number(digits.slice(2, 4))) || !monthValid(Number(digits.slice(4, 6)))) return false;
  const letter = String(initial.charCodeAt(0) - 64).padStart(2, "0");
  const d = digitsOf(digits.slice(0, 8) + letter + digits.slice(8, 10));
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const product = (d[i] as number) * (weights[i] as number);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === Number(check);
}

/**
 * Austria's Sozialversicherungsnummer: a serial of three digits (not starting 0), the check, then DDMMYY; the
 * check is the other nine weighted 3 7 9 5 8 4 2 1 6, mod 11 (a serial leaving 10 is never given).
 */
export function austrianInsuranceValid(digits: string): boolean {
  if (digits.length !== 10 || digits[0] === "0") return false;
  if (!dayValid(Number(digits.slice(4, 6))) || !monthValid(Number(digits.slice(6, 8)))) return false;
  const d = digitsOf(digits);
  const others = [d[0], d[1], d[2], d[4], d[5], d[6], d[7], d[8], d[9]] as number[];
  return weighted(others, [3, 7, 9, 5, 8, 4, 2, 1, 6]) % 11 === d[3];
}
