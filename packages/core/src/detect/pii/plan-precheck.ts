// Cheap necessary conditions for the phone-number library's verdicts, read from its own metadata, so that a
// region's parse (tens of microseconds with the object copies it makes) is skipped only where it could not
// say yes. A line of digits such as "411 111 1111" was parsed for each of the ~17 configured regions whose
// lengths fit it: several seconds per megabyte of such lines.
//
// How a national number is read (libphonenumber's parse with a default region, no "+"):
// - after the region's international prefix (00, 011, …; not followed by a 0) the rest is read as a "+"
//   number: a calling code, then its main country's national number (and the same readings as below);
// - digits starting with the region's own calling code may be read shortened: no pre-check is made;
// - otherwise the national number is the digits, or the digits after the national prefix for parsing (a
//   regex; where the region has a transform rule, the match replaced by the rule), and the country is the
//   region or another one sharing its calling code (the NANP's countries, Guernsey beside Britain, …).
// A valid number's national number matches its country's general pattern and the pattern of one of its
// types (fixed line, mobile, toll-free, …); a number is formatted in groups only by a format whose leading
// digits and pattern match it. So each test below asks every possible national number against the patterns
// of every country of the calling code: never no where the library could say yes.
import { Metadata, type CountryCode } from "libphonenumber-js/max";

export interface PlanPrecheck {
  /**
   * False only when no reading of these digits, with this region as the default, is a valid number for
   * which `also` holds (`also` is asked of the national number the library would give).
   */
  mayBeValid(digits: string, also?: (nationalNumber: string) => boolean): boolean;
  /** False only when no reading of these digits can be formatted by one of the plan's national formats. */
  mayBeFormatted(digits: string): boolean;
}

interface PlanPatterns {
  callingCode(): string;
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  formats(): { pattern(): string; leadingDigitsPatterns(): string[] }[];
  type(name: string): { pattern(): string } | undefined;
}

// One per region for the process: the checks depend on the library's metadata alone, and the largest (the
// NANP's 25 countries behind "US") takes about 10 ms to compile on first use, which every scanner would pay.
const plans = new Map<CountryCode, Plan>();

function planFor(code: CountryCode): Plan {
  let plan = plans.get(code);
  if (plan === undefined) plans.set(code, (plan = compile(code)));
  return plan;
}

export function planPrecheck(code: CountryCode): PlanPrecheck {
  const plan = planFor(code);
  return {
    mayBeValid: (digits, also) =>
      plan.mayRead(digits, (p, n) => p.valid(n) && (also === undefined || also(n))),
    mayBeFormatted: (digits) => plan.mayRead(digits, (p, n) => p.formatted(n)),
  };
}

/** A region's plan as the pre-check reads it. */
interface Plan {
  valid(nationalNumber: string): boolean;
  formatted(nationalNumber: string): boolean;
  /** Whether `holds` is true of one national number the library may read from these digits (and its plan). */
  mayRead(digits: string, holds: (plan: Plan, nationalNumber: string) => boolean): boolean;
  /** The same for digits after a calling code of this plan (a "+" number): no prefix is looked for. */
  readings(digits: string, holds: (plan: Plan, nationalNumber: string) => boolean): boolean;
}

function compile(code: CountryCode): Plan {
  const patterns = planOf(code);
  const callingCode = patterns.callingCode();
  const countries = countriesOfCallingCode(callingCode, code).map(planOf);
  // Compiled on first use, each country's types only once its general pattern has matched: the NANP's types
  // in one expression took about 10 ms to compile, and most numbers match one NANP country's general pattern.
  const valid = countries.map(validityTest);
  let formatted: RegExp | undefined;
  // The library searches the international prefix unanchored and takes a match at index 0.
  const international = new RegExp(patterns.IDDPrefix());
  const forParsing = patterns.nationalPrefixForParsing();
  const prefix = forParsing ? new RegExp(`^(?:${forParsing})`) : undefined;
  const transform = patterns.nationalPrefixTransformRule();

  const plan: Plan = {
    valid: (n) => valid.some((test) => test(n)),
    formatted(n) {
      formatted ??= new RegExp(`^(?:${countries.flatMap(formatPatterns).join("|")})`);
      return formatted.test(n);
    },
    readings(digits, holds) {
      if (holds(plan, digits)) return true;
      if (prefix === undefined) return false;
      const match = prefix.exec(digits);
      if (match === null) return false;
      if (holds(plan, digits.slice(match[0].length))) return true;
      return transform !== undefined && holds(plan, digits.replace(prefix, transform));
    },
    mayRead(digits, holds) {
      // After the international prefix (not followed by a 0), the digits are read as a "+" number.
      const idd =
        digits.search(international) === 0 ? digits.slice(international.exec(digits)?.[0].length) : "";
      if (idd !== "" && idd[0] !== "0") return abroad(idd, holds);
      // Digits starting with the calling code may be read shortened: left to the parse.
      return digits.startsWith(callingCode) || plan.readings(digits, holds);
    },
  };
  return plan;
}

/**
 * A "+" number's digits: the first calling code of one to three digits (codes are prefix-free), then its
 * main country's reading of the rest. A code shared by no country (+800, +882: non-geographic) is left to the
 * parse; digits with no calling code are no number.
 */
function abroad(digits: string, holds: (plan: Plan, nationalNumber: string) => boolean): boolean {
  for (let length = 1; length <= 3 && length <= digits.length; length++) {
    const countries = CALLING_CODES[digits.slice(0, length)];
    if (countries === undefined) continue;
    const main = countries[0];
    if (main === undefined || !isCountry(main)) return true;
    return planFor(main).readings(digits.slice(length), holds);
  }
  return false;
}

// The types the library tries in turn to call a number valid (getNumberType); an empty pattern is a type
// folded into the fixed-line one.
const TYPES = [
  "FIXED_LINE",
  "MOBILE",
  "PREMIUM_RATE",
  "TOLL_FREE",
  "SHARED_COST",
  "VOIP",
  "PERSONAL_NUMBER",
  "PAGER",
  "UAN",
  "VOICEMAIL",
];

/** A country's valid numbers: the whole matches the general pattern and the pattern of one of its types. */
function validityTest(plan: PlanPatterns): (nationalNumber: string) => boolean {
  const general = new RegExp(`^(?:${plan.nationalNumberPattern()})$`);
  let types: RegExp | undefined;
  return (n) => {
    if (!general.test(n)) return false;
    types ??= typesPattern(plan);
    return types.test(n);
  };
}

function typesPattern(plan: PlanPatterns): RegExp {
  const types = TYPES.flatMap((name) => {
    const pattern = plan.type(name)?.pattern();
    return pattern ? [`(?:${pattern})`] : [];
  });
  // Metadata without types judges by the general pattern alone.
  return types.length === 0 ? /^/ : new RegExp(`^(?:${types.join("|")})$`);
}

/** Each national format of a country, from the start: its last leading-digits pattern, then its whole pattern. */
function formatPatterns(plan: PlanPatterns): string[] {
  return plan.formats().map((f) => {
    const leading = f.leadingDigitsPatterns().at(-1);
    return `${leading === undefined ? "" : `(?=${leading})`}(?:${f.pattern()})$`;
  });
}

function planOf(code: CountryCode): PlanPatterns {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(code);
  const plan: unknown = metadata.numberingPlan;
  if (!hasPatterns(plan))
    throw new Error(`phone detector: libphonenumber-js has no plan patterns for ${code}`);
  return plan;
}

/** Each calling code's countries, the main one first (checked, since the library's types omit the method). */
export function countriesByCallingCode(): Record<string, CountryCode[]> {
  const metadata: unknown = new Metadata();
  const method = (metadata as Record<string, unknown>).countryCallingCodes;
  if (typeof method !== "function")
    throw new Error("phone detector: libphonenumber-js has no countryCallingCodes()");
  const codes: unknown = method.call(metadata);
  if (typeof codes !== "object" || codes === null)
    throw new Error("phone detector: libphonenumber-js returned no calling codes");
  return codes as Record<string, CountryCode[]>;
}

// Read as strings: the entry of the non-geographic codes (+800, +882) is "001", no country.
const CALLING_CODES: Record<string, readonly string[] | undefined> = countriesByCallingCode();

/** A region of the library's metadata ("001", the non-geographic codes' entry, is none). */
function isCountry(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code);
}

/** The countries sharing a calling code. */
function countriesOfCallingCode(callingCode: string, code: CountryCode): CountryCode[] {
  const countries = (CALLING_CODES[callingCode] ?? []).filter(isCountry);
  return countries.includes(code) ? countries : [code, ...countries];
}

function hasPatterns(plan: unknown): plan is PlanPatterns {
  if (typeof plan !== "object" || plan === null) return false;
  const methods = plan as Record<string, unknown>;
  return [
    "callingCode",
    "IDDPrefix",
    "nationalNumberPattern",
    "nationalPrefixForParsing",
    "nationalPrefixTransformRule",
    "formats",
    "type",
  ].every((m) => typeof methods[m] === "function");
}
