// Cheap necessary conditions for the phone-number library's verdicts, read from its own metadata, so that a
// region's parse (tens of microseconds with the object copies it makes) is skipped only where it could not
// say yes. A line of digits such as "411 111 1111" was parsed for each of the ~17 configured regions whose
// lengths fit it: several seconds per megabyte of such lines.
//
// How a national number is read (libphonenumber's parse with a default region, no "+"):
// - the digits may start with the region's international prefix (00, 011, …) or its own calling code: the
//   number is then read with another country's plan or the digits shortened, so no pre-check is made;
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
const prechecks = new Map<CountryCode, PlanPrecheck>();

export function planPrecheck(code: CountryCode): PlanPrecheck {
  let precheck = prechecks.get(code);
  if (precheck === undefined) prechecks.set(code, (precheck = compile(code)));
  return precheck;
}

function compile(code: CountryCode): PlanPrecheck {
  const plan = planOf(code);
  const callingCode = plan.callingCode();
  const countries = countriesOfCallingCode(callingCode, code).map(planOf);
  // Compiled on first use, each country's types only once its general pattern has matched: the NANP's types
  // in one expression took about 10 ms to compile, and most numbers match one NANP country's general pattern.
  const valid = countries.map(validityTest);
  let formatted: RegExp | undefined;
  // The library searches the international prefix unanchored and takes a match at index 0.
  const international = new RegExp(plan.IDDPrefix());
  const forParsing = plan.nationalPrefixForParsing();
  const prefix = forParsing ? new RegExp(`^(?:${forParsing})`) : undefined;
  const transform = plan.nationalPrefixTransformRule();

  const readElsewhere = (digits: string) =>
    digits.startsWith(callingCode) || digits.search(international) === 0;
  const anyReading = (digits: string, holds: (nationalNumber: string) => boolean): boolean => {
    if (holds(digits)) return true;
    if (prefix === undefined) return false;
    const match = prefix.exec(digits);
    if (match === null) return false;
    if (holds(digits.slice(match[0].length))) return true;
    return transform !== undefined && holds(digits.replace(prefix, transform));
  };
  return {
    mayBeValid: (digits, also) =>
      readElsewhere(digits) ||
      anyReading(digits, (n) => valid.some((test) => test(n)) && (also === undefined || also(n))),
    mayBeFormatted: (digits) => {
      formatted ??= new RegExp(`^(?:${countries.flatMap(formatPatterns).join("|")})`);
      const test = formatted;
      return readElsewhere(digits) || anyReading(digits, (n) => test.test(n));
    },
  };
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

/** The countries sharing a calling code (checked, since the library's types omit the method). */
function countriesOfCallingCode(callingCode: string, code: CountryCode): CountryCode[] {
  const metadata = new Metadata();
  const method = (metadata as unknown as Record<string, unknown>).countryCallingCodes;
  if (typeof method !== "function")
    throw new Error("phone detector: libphonenumber-js has no countryCallingCodes()");
  const all = method.call(metadata) as Record<string, CountryCode[] | undefined>;
  const countries = all[callingCode] ?? [];
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
