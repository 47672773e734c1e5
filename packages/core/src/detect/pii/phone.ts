// Phone numbers through libphonenumber-js, behind a prefilter that keeps the library off ordinary text: only
// runs of at least seven digits (with the separators, brackets, trunk prefix "(0)" and extensions that phone
// numbers are written with) reach it, and shapes that are something else (dates, IPv4 addresses, decimals)
// are dropped first. A number counts when the library finds it valid for one of the configured regions, or,
// written with "+" and a country code, when its length is possible for that country (the "+" is the evidence).
// A bare run of digits (no separator, no "+") is an id as often as a phone: it needs a phone word nearby.
import {
  getCountryCallingCode,
  Metadata,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js/max";
import type { Detector, Span } from "../detectors.js";
import { chainMatches } from "../digit-chains.js";

/** National formats of these regions are recognised by default; "+" numbers of every country always are. */
export const DEFAULT_PHONE_REGIONS: readonly string[] = [
  "US",
  "GB",
  "DE",
  "FR",
  "ES",
  "IT",
  "NL",
  "BE",
  "CH",
  "AT",
  "SE",
  "DK",
  "NO",
  "FI",
  "PL",
  "PT",
  "IE",
  "AU",
  "IN",
  "BR",
  "MX",
  "JP",
  "CN",
  "ZA",
];

// At least seven digits, each pair separated by at most two of space, dash, dot, slash or bracket; an optional
// "+" or "(" before and an extension after. Every repetition consumes a digit, so a run is matched once. The
// boundaries are checked in code. Tried only inside digit chains (see digit-chains.ts), which the phone's
// run of digits always is.
const CANDIDATE =
  /[+(]?[0-9](?:[ ()./-]{0,2}[0-9]){6,}(?:[ ]?(?:[xX]|[eE]xt\.?|[eE]xtension|#)[ ]?[0-9]{1,6})?/y;
const DATE = /^(?:[0-9]{4}([-/.])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([-/.])[0-9]{1,2}\2[0-9]{4})(?![0-9])/;
const IPV4 = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$/;
const DECIMAL = /^[0-9]+\.[0-9]+$/;
// Dotted phone numbers group digits in twos to fours; a dotted run with a single digit is a version.
const VERSION = /^[0-9.]*(?:^|\.)[0-9](?:\.|$)[0-9.]*$/;
const MIN_DIGITS = 7;
const MIN_DIGITS_ALONE = 8;
// 123-45-6789 is written that way for a social security number, which has its own detector.
const SSN_SHAPE = /^\(?[0-9]{3}-[0-9]{2}-[0-9]{4}\)?$/;
// A label may sit on the line before its value ("Phone:\n…"), as in forms and cards.
const PHONE_WORD =
  /\b(?:phone|tel|mobile|mob|cell|fax|call|sms|whatsapp|contact|dial|handy|telefon|téléphone|portable|móvil|celular|cellulare)[^0-9]{0,24}$/i;
// A number that is called something else is not a phone number, whatever its digits.
const OTHER_NUMBER_WORD =
  /\b(?:zip|postal|post ?code|licen[cs]e|passport|account|acct|invoice|order|ref|serial|id|tin|tax|vat|ein|ssn|policy|member|customer|patient|ticket|tracking)(?:'?s)?(?:\s*(?:number|num|no\.?|nr\.?|#))?(?:\s*(?:is|was|:))?[^0-9a-z]{0,4}$/i;
const MAX_DIGITS = 17; // 15 for E.164, plus an international prefix such as 00 or 011

export function phoneDetector(regionCodes: readonly string[] = DEFAULT_PHONE_REGIONS): Detector {
  const regions = regionCodes.map((code) => region(code as CountryCode));
  return {
    type: "phone",
    category: "pii",
    confidence: 0.85,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      for (const m of chainMatches(text, shared, MIN_DIGITS, CANDIDATE, 1)) {
        const candidate = m[0];
        if (!plausible(candidate, text, m.index)) continue;
        if (isPhoneNumber(candidate, regions))
          spans.push({ start: m.index, end: m.index + candidate.length });
      }
      return spans;
    },
  };
}

function plausible(candidate: string, text: string, at: number): boolean {
  if (!standsAlone(text, at, at + candidate.length)) return false;
  const digits = digitCount(candidate);
  // More digits than a number and an extension can have: a table of numbers, not a phone number.
  if (digits < MIN_DIGITS || digits > MAX_DIGITS + 6) return false;
  if (
    DATE.test(candidate) ||
    IPV4.test(candidate) ||
    DECIMAL.test(candidate) ||
    VERSION.test(candidate) ||
    SSN_SHAPE.test(candidate)
  )
    return false;
  if (!candidate.startsWith("+") && OTHER_NUMBER_WORD.test(text.slice(Math.max(0, at - 24), at)))
    return false;
  // Bare digits, or a seven-digit local number, could as well be an id or a part number: they need a phone
  // word before them.
  if (/^\(?[0-9]+\)?$/.test(candidate) || digits < MIN_DIGITS_ALONE)
    return PHONE_WORD.test(text.slice(Math.max(0, at - 40), at));
  return true;
}

/** Not glued to a word, an identifier or a longer number (f6bf-1234-5678, v1.2345678, 12345678-ab). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (isWordChar(before) || before === 43 /* + */ || isWordChar(after)) return false;
  if (isJoiner(before) && isWordChar(text.charCodeAt(start - 2))) return false;
  return !(isJoiner(after) && isDigit(text.charCodeAt(end + 1)));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isJoiner = (c: number) => c === 45 || c === 46 || c === 47; // - . /

/**
 * The library's own finder (findNumbers) would do the same per region over the whole text at ten times the
 * cost; the prefilter above takes its place, and the library parses each candidate.
 *
 * Whether the whole candidate is one number: with its "+" (or an international prefix) any region parses it;
 * otherwise it must be valid in one of the regions whose national lengths fit its digits. The library parses
 * the candidate as a whole (extract: false): a number found inside a longer run of digits is a coincidence of
 * some region's short numbers, not a phone number.
 */
function isPhoneNumber(candidate: string, regions: readonly Region[]): boolean {
  if (candidate.startsWith("+"))
    return parsePhoneNumberFromString(candidate, { extract: false })?.isPossible() ?? false;
  const digits = mainDigits(candidate);
  const international = digits.startsWith("00") || digits.startsWith("011");
  // Written the North American way ((415) 555-0132, 415-555-0132), a number is judged by that plan alone:
  // trying every other region costs a parse each and only finds coincidences.
  const nanp = !international && NANP_SHAPE.test(candidate) ? regions.filter((r) => r.nanp) : [];
  for (const region of nanp.length ? nanp : regions) {
    if (!international && !region.fits(digits)) continue;
    if (parsePhoneNumberFromString(candidate, { defaultCountry: region.code, extract: false })?.isValid())
      return true;
  }
  return false;
}

const NANP_SHAPE =
  /^(?:1[ .-]?)?(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[ .-])[2-9][0-9]{2}[ .-][0-9]{4}(?![0-9])/;

interface Region {
  code: CountryCode;
  /** Part of the North American Numbering Plan (calling code 1). */
  nanp: boolean;
  /** Whether a national number of these digits (with or without the trunk prefix) has a possible length. */
  fits(digits: string): boolean;
}

function region(code: CountryCode): Region {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(code);
  const plan = metadata.numberingPlan as {
    possibleLengths(): number[];
    nationalPrefix?(): string | undefined;
  };
  const lengths = new Set(plan.possibleLengths());
  const prefix = plan.nationalPrefix?.() ?? "";
  return {
    code,
    nanp: getCountryCallingCode(code) === "1",
    fits: (digits) =>
      lengths.has(digits.length) ||
      (prefix !== "" && digits.startsWith(prefix) && lengths.has(digits.length - prefix.length)),
  };
}

/** The digits before an extension. */
function mainDigits(candidate: string): string {
  const ext = /[xX#]|[eE]xt/.exec(candidate);
  return (ext ? candidate.slice(0, ext.index) : candidate).replace(/[^0-9]/g, "");
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
