// JSON.parse reads every number as a double, and the guard forwards what it parsed, written out again: an
// integer past 2^53 (a 19-digit account or Discord id), a fraction with more digits than a double holds, or an
// exponent past its range would reach the server as another number (12345678901234567891 as
// 12345678901234567000, 1e400 as null), with no word to anyone. So a client's message holding such a number is
// refused, saying which, rather than changed. The check reads the raw text once, and only when it could hold a
// number of 16 significant digits or more (a run of 16 digits, or of 17 digits and dots: a decimal point may
// cut the digits into shorter runs, `1234567890.123456789e9`) or a three-digit exponent: a double holds every
// number of 15 significant digits within its range, so every other message's numbers are exact.

const MAYBE_INEXACT = /[0-9]{16}|[0-9.]{17}|[eE][+-]?[0-9]{3}/;
/** A JSON number token, from its first character. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** A number token as its significant digits and the power of ten of the first one (trailing zeros dropped). */
function decimal(token: string): { digits: string; exponent: number } {
  const [mantissa = "", power = "0"] = token.replace(/^-/, "").toLowerCase().split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const all = whole + fraction;
  const lead = all.length - all.replace(/^0+/, "").length;
  const digits = all.slice(lead).replace(/0+$/, "");
  return { digits, exponent: Number(power) + whole.length - lead - 1 };
}

/** Whether the double JSON.parse makes of `token` is the number the token writes. */
function exact(token: string): boolean {
  const n = Number(token);
  if (!Number.isFinite(n)) return false;
  const written = decimal(token);
  if (written.digits === "") return true;
  const parsed = decimal(String(n));
  return written.digits === parsed.digits && written.exponent === parsed.exponent;
}

/** The first number in the JSON text that JSON.parse would change, or undefined when every one is exact. */
export function inexactNumber(json: string): string | undefined {
  if (!MAYBE_INEXACT.test(json)) return undefined;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      // A string: skipped to its closing quote, escapes and all.
      for (i++; i < json.length && json.charCodeAt(i) !== 0x22; i++) if (json.charCodeAt(i) === 0x5c) i++;
      continue;
    }
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) continue;
    NUMBER.lastIndex = i;
    const token = NUMBER.exec(json)?.[0];
    if (token === undefined) continue;
    if (!exact(token)) return token;
    i += token.length - 1;
  }
  return undefined;
}
