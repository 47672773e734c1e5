// Phone numbers as people write them, behind a prefilter that keeps the phone-number library off ordinary
// text: only runs of at least seven digits (with the separators, brackets, trunk prefix "(0)" and extensions
// that phone numbers are written with) are looked at, and shapes that are something else (dates, IPv4
// addresses, decimals, versions, SSNs) or numbers called something else (an order number, a house number)
// are dropped first. What makes a candidate a phone number, cheapest evidence first:
// - written internationally ("+", or 00/011 before a country code): a known calling code and a national
//   number of a length possible for it;
// - written in the North American layout, (212) 555-0187, 212-555-0187, 212.555.0187: a reader sees a phone
//   number whether or not the area code is assigned today;
// - labelled (a phone word before or right after) or with an extension: a length possible in a region;
// - otherwise, valid in one of the configured regions per libphonenumber, and written the way that region
//   writes it nationally (with its trunk prefix where the region's format requires one: 0756 456789 in
//   Germany, not 756 456789, which is as often an identifier).
// A bare run of digits (no separator, no "+"), or seven digits, needs a label.
import { Metadata, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { Detector, Span } from "../detectors.js";
import { chainMatches, type DigitChain } from "../digit-chains.js";
import { LeadSearch } from "../lead-search.js";
import { calledSomethingElse, phoneLabelled } from "./context.js";
import { marksOf } from "./marks.js";
import { countriesByCallingCode, planPrecheck, type PlanPrecheck } from "./plan-precheck.js";
import { shortLabelledNumbers } from "./short-phone.js";

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
// The extension is written after a space, a comma, a semicolon or in brackets: x123, x.123, ext. 123, extn
// 123, extension 123, #123, ", ext. 12", "(ext 204)", ";ext=123" (RFC 3966). "+(44) 20 …" brackets the code.
const CANDIDATE =
  /(?:\+\(?|\()?[0-9](?:[ ()./-]{0,2}[0-9]){6,}(?:[ ]?\((?:[xX]|[eE]xt[.:n]?|[eE]xtension)[ ]?[0-9]{1,6}\)|(?:,?[ ]?|;)(?:[xX]\.?|[eE]xt(?:n|ension)?\.?:?|ext=|#)[ ]?[0-9]{1,6})?/y;
const EXTENSION = /[xX#]|[eE]xt/;
const BEFORE_EXTENSION = /[ ,;(]+$/;
const DATE = /^(?:[0-9]{4}([-/.])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([-/.])[0-9]{1,2}\2[0-9]{4})(?![0-9])/;
// An IPv4 address, perhaps with a network's prefix length (168.129.248.128/25 in a CIDR list).
const IPV4 = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?:\/[0-9]{1,2})?$/;
// A decimal's whole part has no leading zero unless it is the zero alone: 09550.97732 is a trunk prefix.
const DECIMAL = /^(?:0|[1-9][0-9]*)\.[0-9]+$/;
// Dotted phone numbers group digits in twos to fours; a dotted run with a single digit is a version.
const VERSION = /^[0-9.]*(?:^|\.)[0-9](?:\.|$)[0-9.]*$/;
// 123-45-6789 (or 123.45.6789) is written that way for a social security number, which has its own detector.
const SSN_SHAPE = /^[0-9]{3}([-.])[0-9]{2}\1[0-9]{4}$/;
// The North American layout, with one dash or dot used throughout (or the area code in brackets), an optional
// leading 1 (the extension is cut off before the test). Spaces are a weaker sign (tables and lists of numbers
// are spaced too): spaced, the area and exchange codes must follow the plan's rule (2 to 9 first).
const NANP_LAYOUT =
  /^(?:1[ .-]?)?(?:\([0-9]{3}\) ?[0-9]{3}[ .-]|[0-9]{3}([.-])[0-9]{3}\1|[2-9][0-9]{2} [2-9][0-9]{2} )[0-9]{4}$/;
// The layout of Russia, Belarus and Kazakhstan: the trunk prefix 8, the area code in brackets, and the number
// ending in two pairs, 8 (912) 345-67-89; eleven digits.
const TRUNK_EIGHT_LAYOUT = /^8 ?\((?=[0-9]{3,5}\))[0-9]+\) ?(?=[0-9-]{9}$)[0-9]{1,3}-[0-9]{2}-[0-9]{2}$/;
// A quantity grouped in thousands (1 234 567 890): a short first group, then three groups of three or more
// (two are as often a phone number: 78 651 450). A quantity has no leading zero: 0 501 234 567 is a trunk
// prefix before a Polish mobile number.
const THOUSANDS = /^[1-9][0-9]?([ .])[0-9]{3}(?:\1[0-9]{3}){2,}$/;
// A decimal fraction beside another group (0.123 0.456, 180.48 (290.454)): measurements. A dotted phone
// number has no fraction standing alone: all its groups are dotted. A fraction's whole part has no leading
// zero unless it is the zero alone, so 080.659 5765 is a trunk prefix and area code.
const MEASUREMENTS = /(?:^|[^0-9.])(?:0|[1-9][0-9]*)\.[0-9]+(?![0-9.])/g;
const MIXED = /[ ()]/;
// A span of years (2012-2013, 1998/99, 2010 (2011)), in the Buddhist era too (2540-2555, Thailand's).
const YEARS = /^(?:1[89]|2[05])[0-9]{2}(?:[-/]| ?\()(?:(?:1[89]|2[05])[0-9]{2}|[0-9]{2})$/;
// A reference numbered within its year (case 123/2024, letter 4471/2569): a national phone number written
// with a slash starts with its trunk prefix (089/1234567).
const NUMBER_OF_YEAR = /^[1-9][0-9]{0,5}\/(?:19|20|25)[0-9]{2}$/;
// A date written without separators (20230302), alone or before a time (20230302-15:30).
const COMPACT_DATE = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[-T ][0-9]{2,6})?$/;
// A range of 24-hour times (shift 0700-1900).
const TIME_RANGE = /^(?:[01][0-9]|2[0-3])[0-5][0-9]-(?:[01][0-9]|2[0-3])[0-5][0-9]$/;
// A US ZIP+4 code (92346-3020) and an employer identification number (12-3456789); with a leading 0 the same
// groups are national phone numbers (01234-5678 in Germany, 02-6251234 in Israel).
const ZIP_PLUS_FOUR = /^[1-9][0-9]{4}-[0-9]{4}$/;
const EIN = /^[1-9][0-9]-[0-9]{7}$/;
// Six or more groups of one or two digits are a list of small numbers (01 02 03 04 05 06); the longest
// phone layout in pairs is France's five.
const SMALL_NUMBERS = /^(?:[0-9]{1,2}[ .-]){5,}[0-9]{1,2}$/;
// A log line's stamp as HDFS writes it, yyMMdd HHmmss and perhaps milliseconds (081109 203615 148): a date
// and a time of day, which a German area code and subscriber number happen to fit.
const LOG_STAMP =
  /^[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]) (?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9](?: [0-9]{1,6})?$/;
// Chromium's log stamp, [MMdd/HHmmss: (a month and day, a time of day), which Italy's and the Netherlands'
// numbers fit as 070 111 4930.
const CHROMIUM_STAMP =
  /^(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\/(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]$/;
const SOMETHING_ELSE = [
  DATE,
  LOG_STAMP,
  CHROMIUM_STAMP,
  IPV4,
  DECIMAL,
  VERSION,
  SSN_SHAPE,
  THOUSANDS,
  YEARS,
  NUMBER_OF_YEAR,
  COMPACT_DATE,
  TIME_RANGE,
  ZIP_PLUS_FOUR,
  EIN,
  SMALL_NUMBERS,
];
/** Every digit its own group, apart by one or two of space, dot, slash and dash. */
const DIGIT_BY_DIGIT = /^[0-9](?:[ ./-]{1,2}[0-9]){6,}$/;
// A digit at a time, one space between the digits of a group and a dash or dot (a space beside it or not)
// between the groups, 3-3-4 as the North American plan writes them, area and exchange codes from 2 to 9:
// "4 1 5 -5 5 5 -0 1 3 2", "4 1 5 - 5 5 5 - 0 1 3 2", "4 1 5.5 5 5.0 1 3 2".
const SPELLED_NANP = /^[2-9] [0-9] [0-9] ?([-.]) ?[2-9] [0-9] [0-9] ?\1 ?[0-9] [0-9] [0-9] [0-9]$/;
const BRACKETS = /^\(|\)$/g;
const BARE = /^\(?[0-9]+\)?$/;
const MIN_DIGITS = 7;
const MIN_DIGITS_ALONE = 8;
const MAX_DIGITS = 17; // 15 for E.164, plus an international prefix such as 00 or 011

export function phoneDetector(regionCodes: readonly string[] = DEFAULT_PHONE_REGIONS): Detector {
  const regions = regionCodes.map((code) => region(code as CountryCode));
  return {
    type: "phone",
    category: "pii",
    confidence: 0.85,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      // A candidate spans its whole chain (both join digits the same way), so a chain with more digits than
      // a number and its extension can hold is no phone; not trying it also keeps the engine off a chain of
      // millions of digits, where the candidate's repetition overflowed its backtracking stack (the scan threw).
      const free = (chain: DigitChain) => chain.digits <= MAX_DIGITS + 6 && !wordAfter(text, chain);
      for (const m of chainMatches(text, shared, MIN_DIGITS, CANDIDATE, 2, free)) {
        const end = m.index + m[0].length;
        if (!isPhoneNumber(m[0], text, m.index, end, regions) && !chatLinkNumber(m[0], text, m.index, end))
          continue;
        // "(+44) 20 7946 0958": the bracket opened before the "+" belongs to the number.
        const opened = m[0].startsWith("+") && text[m.index - 1] === "(" && m[0].includes(")");
        spans.push({ start: opened ? m.index - 1 : m.index, end });
      }
      const short = shortLabelledNumbers(text, shared, standsAlone);
      const all = short.length ? [...spans, ...short].sort((a, b) => a.start - b.start) : spans;
      return vanityNumbers(text, areaCodesApart(text, marksOf(text, shared).apart, all, regions));
    },
  };
}

// An area code with its trunk prefix, then " / " or " - ", then the subscriber's number: how numbers are
// often printed in Germany and Austria (089 / 12 34 56, 0316 - 87 12 34). The digit chains join at most two
// separator characters, so the two parts are found here, from each " / " or " - " between digits (see
// marks.ts), and the number must be valid in a configured region, or grouped after its trunk prefix as one of
// them writes its numbers, read as if a space stood between the parts.
const SUBSCRIBER = /[0-9](?:[ .-]?[0-9]){2,9}/y;

function areaCodesApart(
  text: string,
  separators: readonly number[],
  spans: Span[],
  regions: readonly Region[],
): Span[] {
  const found: Span[] = [];
  for (const separator of separators) {
    const after = separator + 3;
    let start = separator - 1;
    while (start > 0 && isDigit(text.charCodeAt(start - 1)) && separator - start < 5) start--;
    const area = text.slice(start, separator);
    if (area[0] !== "0" || area.length < 2 || isDigit(text.charCodeAt(start - 1))) continue;
    SUBSCRIBER.lastIndex = after;
    const subscriber = SUBSCRIBER.exec(text)?.[0];
    if (subscriber === undefined) continue;
    const end = after + subscriber.length;
    if (!standsAlone(text, start, end) || calledSomethingElse(text, start, end)) continue;
    const main = `${area} ${subscriber}`;
    const national = main.replace(/[^0-9]/g, "");
    if (national.length < MIN_DIGITS_ALONE || loneDigitGroup(main)) continue;
    if (validNationally(main, national, regions) || trunkGrouped(main, national, regions))
      found.push({ start, end });
  }
  if (found.length === 0) return spans;
  // The subscriber's part alone may have been found already: the whole number replaces it.
  const apart = (s: Span) => !found.some((f) => f.start < s.end && s.start < f.end);
  return [...spans.filter(apart), ...found].sort((a, b) => a.start - b.start);
}

// A click-to-chat link names the number to chat with, in international form without its "+" as WhatsApp asks
// (https://wa.me/447700900123), or in Viber's query (viber://chat?number=…, the "+" written %2B or left out).
const CHAT_LINK_BEFORE = /(?:\bwa\.me\/|\bviber:\/\/(?:chat|add|contact)\?number=)(?:%2B)?$/i;

/** Digits a click-to-chat link names: a calling code and a national number of a length possible for it. */
function chatLinkNumber(candidate: string, text: string, start: number, end: number): boolean {
  return (
    /^[0-9]+$/.test(candidate) &&
    !isWordChar(text.charCodeAt(end)) &&
    CHAT_LINK_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
    possibleInternationally(candidate, candidate)
  );
}

/**
 * Every candidate in a chain ends where the chain does unless an extension (" x12", "ext", "#") follows; a
 * word character or "=" right after the chain (2024-05-12T10:22 in a log) makes each of them fail standsAlone,
 * so such chains are not searched at all.
 */
function wordAfter(text: string, chain: DigitChain): boolean {
  const after = text.charCodeAt(chain.end);
  const extension = after === 120 || after === 88 || after === 101 || after === 69; // x X e E
  return (isWordChar(after) && !extension) || after === 61; /* = */
}

function isPhoneNumber(
  candidate: string,
  text: string,
  start: number,
  end: number,
  regions: readonly Region[],
): boolean {
  if (!standsAlone(text, start, end) || dashedAddressInHostName(candidate, text, end)) return false;
  if (bracketedRow(candidate, text, start, end) || inDrawingAttribute(text, start)) return false;
  const digits = digitCount(candidate);
  // More digits than a number and an extension can have: a table of numbers, not a phone number.
  if (digits < MIN_DIGITS || digits > MAX_DIGITS + 6) return false;
  if (digits === candidate.length) return bareDigitsArePhone(candidate, text, start, end, regions);
  const ext = EXTENSION.exec(candidate);
  const main = ext ? candidate.slice(0, ext.index).replace(BEFORE_EXTENSION, "") : candidate;
  const unbracketed = main.replace(BRACKETS, "");
  // Each digit apart (4 1 5 5 5 5 0 1 3 2, 4 1 5 -5 5 5 -0 1 3 2): spelled out so that a pattern misses it,
  // joined by any reader. A list of small numbers has the same shape, so a phone word decides, or groups
  // marked as the North American plan groups its digits (a list of small numbers has no such marks).
  if (DIGIT_BY_DIGIT.test(main)) {
    const digitsAlone = main.replace(/[^0-9]/g, "");
    return (
      (phoneLabelled(text, start, end) || SPELLED_NANP.test(main)) && regions.some((r) => r.fits(digitsAlone))
    );
  }
  // 1.800.555.0199 is the North American layout, not a version with a one-digit part.
  const nanp = NANP_LAYOUT.test(main);
  if (SOMETHING_ELSE.some((shape) => shape.test(unbracketed) && !(nanp && shape === VERSION))) return false;
  const national = main.replace(/[^0-9]/g, "");
  // A number written internationally, or starting with a zero-padded group (a trunk prefix, which no
  // quantity has), may have one group that looks like a decimal (+13.28 534 5256, 029 831.5403); a list of
  // measurements has more.
  const phoneStart = main.startsWith("+") || /^\(?0[0-9]/.test(main);
  if (MIXED.test(main) && measurements(main) > (phoneStart ? 1 : 0)) return false;
  // Decimals joined by minus signs (0.0434-1.0412, 145.94-78.16): a drawing's coordinates, as an SVG path
  // writes them, or a range of measurements. A phone number has at most one group that looks like a decimal.
  if (!MIXED.test(main) && main.includes("-") && measurements(main) > 1) return false;
  // Fractions written without their zero (.01288 .00808, -.00352 .0025 455 264.8), as minified SVG writes a
  // matrix: two fractions in one run are measurements, whatever else is around them.
  const zeroless = zerolessFractions(main, text, start);
  if (zeroless > 0 && zeroless + measurements(main) > 1) return false;
  if (countOfTotal(main)) return false;
  if (SIGNED_DECIMAL.test(main)) return eppForm(main) && !coordinatePair(text, start, end);
  if (SIGNED_STAMP.test(main)) return false;
  if (main.startsWith("+"))
    return (
      writtenInternationally(national, main) ||
      trunkAfterPlus(national, main) ||
      labelledInternational(national, main, text, start, end)
    );
  if (calledSomethingElse(text, start, end)) return false;
  // An international prefix (00 in most of the world, 011 from North America) before a country code; 011
  // also starts British area codes (0117 Bristol), read nationally when the rest is no international number.
  // Bare, a long run after 00 is as often an account or device number (an IMEI): it needs a label.
  if (national.startsWith("00"))
    return (
      (!BARE.test(main) || phoneLabelled(text, start, end)) && writtenInternationally(national.slice(2), main)
    );
  if (national.startsWith("011") && possibleInternationally(national.slice(3), main)) return true;
  // A phone word before it settles a one-digit group as it settles any grouping (Japan's 02866-1-3247, a
  // five-digit area code; Hungary's "(06 1) 234 5678"); unlabelled, the region must write that very number so.
  if (loneDigitGroup(main))
    return (
      writtenAsRegionWrites(main, national, regions) ||
      (phoneLabelled(text, start, end) && regions.some((r) => r.fits(national)))
    );
  if (nanp || TRUNK_EIGHT_LAYOUT.test(main)) return true;
  if (ext !== null || phoneLabelled(text, start, end)) return regions.some((r) => r.fits(national));
  if (BARE.test(main) || national.length < MIN_DIGITS_ALONE) return false;
  return validNationally(main, national, regions) || trunkGrouped(main, national, regions);
}

// Three numbers or more apart by spaces alone.
const SPACED_NUMBERS = /^[0-9]+(?: +[0-9]+){2,}$/;

/**
 * A row of numbers that fills a pair of square brackets ([70 92 96 82], as numpy prints an array): a
 * phone number is not written alone between them, and no other character of a number stands inside.
 */
function bracketedRow(candidate: string, text: string, start: number, end: number): boolean {
  return text[start - 1] === "[" && text[end] === "]" && SPACED_NUMBERS.test(candidate);
}

// An SVG attribute of coordinates, open before the candidate: viewBox="0 0 438 104", points="…", d="M 2034 …".
const DRAWING_ATTRIBUTE_OPEN = /(?:^|[\s"'])(?:viewBox|points|d)\s*=\s*(["'])[-+0-9.,\s a-zA-Z]*$/;
/** How far back an open drawing attribute is looked for (a path's numbers further on are found by measurement). */
const DRAWING_LOOKBACK = 80;

/** Whether the candidate stands inside an SVG attribute of coordinates (see DRAWING_ATTRIBUTE_OPEN). */
function inDrawingAttribute(text: string, start: number): boolean {
  return DRAWING_ATTRIBUTE_OPEN.test(text.slice(Math.max(0, start - DRAWING_LOOKBACK), start));
}

/**
 * isPhoneNumber for a candidate of digits alone (1000000 in a loop, a count, an id): the same verdict by the
 * only branches such a candidate can take, with the label read before the name. Digits alone have no
 * extension, no separator and no "+", so of the shapes that are something else only a compact date can
 * match, and of the ways to be a phone number only the international prefixes and a label are left. The
 * words before the number are read last: in code and logs most such runs have no phone word near them, and
 * that check alone lets them go (both checks are pure, so their order does not change the verdict).
 */
function bareDigitsArePhone(
  national: string,
  text: string,
  start: number,
  end: number,
  regions: readonly Region[],
): boolean {
  if (COMPACT_DATE.test(national)) return false;
  if (national.startsWith("00"))
    return (
      phoneLabelled(text, start, end) &&
      writtenInternationally(national.slice(2), national) &&
      !calledSomethingElse(text, start, end)
    );
  if (national.startsWith("011") && possibleInternationally(national.slice(3), national))
    return !calledSomethingElse(text, start, end);
  return (
    phoneLabelled(text, start, end) &&
    regions.some((r) => r.fits(national)) &&
    !calledSomethingElse(text, start, end)
  );
}

/**
 * A count out of a total (a training run's `25000/25000`, page `12/340`): two numbers joined by a slash, neither
 * with a trunk prefix, the first no greater than the second. A national number written with a slash starts with
 * its trunk prefix (089/1234567).
 */
function countOfTotal(main: string): boolean {
  const parts = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(main);
  return parts !== null && Number(parts[1]) <= Number(parts[2]);
}

// A fraction without its zero: a dot after a non-digit (a space, a minus sign, a bracket) before digits.
const ZEROLESS_FRACTION = /(?:^|[^0-9])\.[0-9]/g;

/** Fractions without their zero in the candidate, counting one the candidate starts inside (".|01288"). */
function zerolessFractions(main: string, text: string, start: number): number {
  let n = text.charCodeAt(start - 1) === 46 && !isDigit(text.charCodeAt(start - 2)) ? 1 : 0;
  ZEROLESS_FRACTION.lastIndex = 0;
  while (ZEROLESS_FRACTION.exec(main) !== null) n++;
  return n;
}

function measurements(main: string): number {
  let n = 0;
  MEASUREMENTS.lastIndex = 0;
  while (MEASUREMENTS.exec(main) !== null) n++;
  return n;
}

// Calling codes never start with 0: "+" (or 00) before ten to fifteen digits in groups is how people write a
// phone number for callers abroad, whether or not the code is assigned today and whatever separators they
// chose (+186-72 056 8529). Shorter numbers must have a length possible after their calling code.
const SEPARATOR_RUNS = /[ ()./-]+/g;

function writtenInternationally(digits: string, written: string): boolean {
  if (possibleInternationally(digits, written)) return true;
  const unsigned = written.replace(/^\+/, "");
  const separated = unsigned.match(SEPARATOR_RUNS)?.length ?? 0;
  // A signed quantity grouped in thousands (+1 234 567 890) is no phone number, whatever its length.
  if (THOUSANDS.test(unsigned)) return false;
  return digits[0] !== "0" && digits.length >= 10 && digits.length <= 15 && separated >= 2;
}

// A "+" number whose one separator is a dot after one to three digits: a signed decimal (+3.14159265,
// +48.8583701 a latitude) unless written as EPP and WHOIS records write phone numbers (RFC 5733:
// "+1.4155550132"), the dot right after a calling code and a national number of a length possible for it.
// (With more digits before the dot it is the subscriber's number split, +1340970.4636, or a date and time,
// +20241123.1530, which COMPACT_DATE answers.)
const SIGNED_DECIMAL = /^\+[0-9]{1,3}\.[0-9]+$/;
const SIGNED_STAMP = /^\+(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\.[0-9]+$/;

function eppForm(main: string): boolean {
  const dot = main.indexOf(".");
  const lengths = LENGTHS_BY_CALLING_CODE.get(main.slice(1, dot));
  return lengths !== undefined && lengths.has(main.length - dot - 1);
}

// A decimal of a coordinate pair beside it (+48.8583701, +2.2944813; 40.68,+74.04): a position, not a number
// to call. Each may be quoted as its own CSV or JSON cell ("+40.922326","-072.637078").
const DECIMAL_AFTER = /^["']?\s*[,;/]\s*["']?[+-]?[0-9]{1,3}\.[0-9]/;
const DECIMAL_BEFORE = /[0-9]\.[0-9]+["']?\s*[,;/]\s*["']?$/;

function coordinatePair(text: string, start: number, end: number): boolean {
  return (
    DECIMAL_AFTER.test(text.slice(end, end + 16)) ||
    DECIMAL_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}

/**
 * "+" and then a trunk prefix 0 (+07-49 852 6792): no calling code starts with 0, so this is a national
 * number written with the "+" by habit or by mistake. Grouped like any other, ten to fifteen digits in three
 * groups or more, it reads as a phone number.
 */
function trunkAfterPlus(digits: string, written: string): boolean {
  if (digits[0] !== "0" || digits[1] === "0" || digits.length < 10 || digits.length > 15) return false;
  return (written.slice(1).match(SEPARATOR_RUNS)?.length ?? 0) >= 2;
}

/**
 * A "+" before ten to fifteen digits that a phone word labels ("Ring me at +05-46 589.8630", "Emergency
 * contact number: +8376613-7882") is a phone number as its writer gave it, even when its calling code is
 * unassigned or mistyped (a trunk 0 kept after the "+"): the number still reaches someone, or was meant to.
 */
function labelledInternational(
  digits: string,
  written: string,
  text: string,
  start: number,
  end: number,
): boolean {
  if (digits.length < 10 || digits.length > 15 || THOUSANDS.test(written.slice(1))) return false;
  return phoneLabelled(text, start, end);
}

/**
 * A national number written with its trunk prefix 0 (then an area code, which never starts with 0) in
 * groups, of a length possible in a configured region that dials that prefix: 029 831.5403, 0866-16087810.
 * Identifiers are rarely written with a leading zero and separators; dates, times and decimals are shapes
 * dropped before.
 */
function trunkGrouped(main: string, national: string, regions: readonly Region[]): boolean {
  if (!/^\(?0[1-9]/.test(main) || national.length < 9 || national.length > 12) return false;
  return regions.some((r) => r.prefix === "0" && r.fits(national));
}

// Toll-free numbers spelled with letters (1-800-FLOWERS, (888) GET-HELP, 1-800-CONTACTS, (800) MY-APPLE): too
// few digits for the digit chains, so found by their toll-free code, which at least two capital letters must
// follow: seven characters (the number) to ten (a word longer than the number, whose extra letters the phone
// ignores), with one dash among them or none. The pattern starts with the code's literal 8, which a native
// search finds (see lead-search.ts); the optional "(", "1-" or "+1 " before it are read back in code.
const TOLL_FREE = new LeadSearch(
  "8",
  /8(?:00|33|44|55|66|77|88)(\) ?|[ .-])(?=[0-9A-Z-]{0,9}[A-Z][0-9A-Z-]{0,9}[A-Z])[0-9A-Z]{2,10}(?:-[0-9A-Z]{2,8})?(?![0-9A-Za-z-])/g,
);
const VANITY_CHARACTERS = { least: 7, most: 10 };
const COUNTRY_BEFORE = /(?:\+?1[ .-]?)$/;

function vanityNumbers(text: string, spans: Span[]): Span[] {
  const vanity: Span[] = [];
  const tollFree = TOLL_FREE.in(text);
  for (let m = tollFree.next(0); m !== null; m = tollFree.next(m.index + m[0].length)) {
    let start = m.index;
    const end = start + m[0].length;
    const body = m[0].slice(3 + (m[1]?.length ?? 0)).replace(/-/g, "");
    if (body.length < VANITY_CHARACTERS.least || body.length > VANITY_CHARACTERS.most) continue;
    if (m[1]?.startsWith(")")) {
      if (text[start - 1] !== "(") continue;
      start--;
    }
    start -= COUNTRY_BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[0].length ?? 0;
    const before = text.charCodeAt(start - 1);
    if (isWordChar(before) || before === 43 /* + */) continue;
    if (calledSomethingElse(text, start, end) || spans.some((s) => s.start < end && start < s.end)) continue;
    vanity.push({ start, end });
  }
  return vanity.length ? [...spans, ...vanity].sort((a, b) => a.start - b.start) : spans;
}

// German and Austrian numbers (DIN 5008) write a direct-dial extension after a dash, the switchboard's as
// -0 (030 901820-0, Tel. 0221 9876-0): behind a trunk prefix, one last digit after a dash is that extension.
const DIRECT_DIAL = /^(\(?0[1-9].*[0-9])-[0-9]$/;

/**
 * A national number is grouped in twos to fives after its first group; a group of one digit further on
 * (7 13160 2 9, a catalogue number) is something else. The first group may be one digit: a leading 1 or a
 * trunk 0.
 */
function loneDigitGroup(main: string): boolean {
  const groups = main
    .replace(DIRECT_DIAL, "$1")
    .split(/[^0-9]+/)
    .filter((g) => g !== "");
  return groups.slice(1).some((g) => g.length === 1);
}

/** Not glued to a word, an identifier or a longer number (f6bf-1234-5678, v1.2345678, 12345678-ab). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // Right before "=" it is an operand (74-71-69-65=279, a golfer's rounds and total).
  if (isWordChar(before) || before === 43 /* + */ || isWordChar(after) || after === 61 /* = */) return false;
  // After a joiner glued to a word it is an identifier's tail (order-1234567), unless written with "+": an
  // identifier's part holds no "+", and a path segment may be a number (file:///crm/+1-415-555-0132/notes).
  if (isJoiner(before) && isWordChar(text.charCodeAt(start - 2)) && text.charCodeAt(start) !== 43 /* + */)
    return false;
  // A minus sign before it makes it a signed quantity (-32601, an error code).
  if (before === 45 /* - */ && !isPunctuationBeforePhone(text.charCodeAt(start - 2))) return false;
  // A part of a time of day (11:02:06.506326, 20230302-15:30:00).
  if (before === 58 /* : */ && isDigit(text.charCodeAt(start - 2))) return false;
  if (after === 58 && isDigit(text.charCodeAt(end + 1))) return false;
  return !(isJoiner(after) && isDigit(text.charCodeAt(end + 1)));
}

// An IPv4 address written with dashes as the first label of a host name (62-192-102-94.dsl.easynet.nl, a
// provider's reverse DNS name in an SSH log): a dot and a letter right after it continue the name.
const DASHED_ADDRESS = /^(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})-){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})$/;

function dashedAddressInHostName(candidate: string, text: string, end: number): boolean {
  const next = text.charCodeAt(end + 1) | 32; // lower case
  return text.charCodeAt(end) === 46 /* . */ && next >= 97 && next <= 122 && DASHED_ADDRESS.test(candidate);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
// "Tel.-", "Fax:-": a label's own punctuation before a dash is no minus sign.
const isPunctuationBeforePhone = (c: number) => c === 46 || c === 58; // . :
const isWordChar = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isJoiner = (c: number) => c === 45 || c === 46 || c === 47; // - . /

// The national number lengths of each calling code's main country, from the library's metadata: checking a
// "+" number against them costs a map lookup instead of a parse. (The main country's plan is the one the
// library applies too; the union over all countries of +1 would admit the local-only lengths of a few.)
const LENGTHS_BY_CALLING_CODE = new Map<string, ReadonlySet<number>>(
  Object.entries(countriesByCallingCode()).flatMap(([code, countries]) =>
    countries[0] === undefined ? [] : [[code, region(countries[0]).lengths]],
  ),
);

/**
 * Digits after the "+" (or an international prefix): a calling code (codes are prefix-free, one to three
 * digits) followed by a national number of a possible length, with or without the trunk prefix that people
 * keep by habit ("+44 (0)20 …", "+44 020 …").
 */
function possibleInternationally(digits: string, written: string): boolean {
  for (let length = 1; length <= 3; length++) {
    const lengths = LENGTHS_BY_CALLING_CODE.get(digits.slice(0, length));
    if (lengths === undefined) continue;
    const rest = digits.slice(length);
    const trunk = written.includes("(0)") || rest.startsWith("0");
    return lengths.has(rest.length) || (trunk && lengths.has(rest.length - 1));
  }
  return false;
}

/**
 * Valid in one of the regions whose national lengths fit its digits, parsed as a whole (extract: false): a
 * number found inside a longer run of digits is a coincidence of some region's short numbers. A region whose
 * national format of the number requires the trunk prefix counts only when the prefix is written.
 */
function validNationally(main: string, digits: string, regions: readonly Region[]): boolean {
  for (const region of regions) {
    if (!region.fits(digits)) continue;
    const withPrefix = region.prefix !== "" && (digits.startsWith(region.prefix) || main.includes("(0)"));
    // Each way to say yes below needs a reading the plan allows; most digit runs have none, and a parse
    // costs tens of microseconds (see plan-precheck.ts).
    const validHere = withPrefix
      ? region.mayBeValid(digits)
      : region.mayBeValid(digits, (n) => !region.prefixRequired(n));
    if (!validHere && !(withPrefix && (region.mayBeFormatted(digits) || !SEPARATED.test(main)))) continue;
    const parsed = parsePhoneNumberFromString(main, { defaultCountry: region.code, extract: false });
    if (parsed === undefined) continue;
    if (parsed.isValid()) {
      if (withPrefix) return true;
      if (!region.prefixRequired(parsed.nationalNumber) && groupedAsWritten(main, parsed.formatNational()))
        return true;
    } else if (withPrefix && parsed.isPossible() && sameGroups(main, parsed.formatNational())) {
      // Not assigned (0117 496 0123 is a British range kept for drama), but written with the trunk prefix
      // in exactly the groups the region writes its numbers in: to a reader, a phone number.
      return true;
    }
  }
  return false;
}

// Digits in two groups or more: a number no national format matches is rendered as one group, never so.
const SEPARATED = /[0-9][^0-9]+[0-9]/;

/**
 * A national number with a group of one digit (0900 1 234567, 085 5 123 4567: premium, shared-cost and
 * voicemail ranges) is a phone number when a configured region writes that very number so, trunk prefix
 * included, and it is valid there: a catalogue number (7 13160 2 9) matches no region's format.
 */
function writtenAsRegionWrites(main: string, national: string, regions: readonly Region[]): boolean {
  for (const region of regions) {
    if (region.prefix === "" || !national.startsWith(region.prefix) || !region.fits(national)) continue;
    if (!region.mayBeValid(national)) continue;
    const parsed = parsePhoneNumberFromString(main, { defaultCountry: region.code, extract: false });
    if (parsed?.isValid() && sameGroups(main, parsed.formatNational())) return true;
  }
  return false;
}

/**
 * Whether a number written without its trunk prefix keeps the region's grouping: its first group is the
 * region's first (the area or mobile code, prefix aside), and every break it has is one of the region's
 * (415-5550132 merges two of the US groups). An HPC log's "178176 2428" (node, run) is valid in Germany as
 * 0178 1762428 and an SVG's "2450 4666" in Belgium as 02 450 46 66; no reader of either country groups so.
 * A number written in one group (no break) is read as before.
 */
// Layouts people use whatever the library renders: 3-3-4 for ten digits (the North American way, used for
// any such number), 3-2-3 for eight (Norway's mobiles, which the library renders 2-2-2-2). As digits:breaks.
const COMMON_LAYOUTS = new Set(["10:3,6", "8:3,5"]);

function groupedAsWritten(main: string, formatted: string): boolean {
  const breaks = (s: string) => {
    const sizes = s.split(/[^0-9]+/).filter((g) => g !== "");
    const at: number[] = [];
    let sum = 0;
    for (const size of sizes.slice(0, -1)) at.push((sum += size.length));
    return at;
  };
  const written = breaks(main);
  const national = main.replace(/[^0-9]/g, "");
  if (written.length === 0 || COMMON_LAYOUTS.has(`${national.length}:${written.join(",")}`)) return true;
  const digits = formatted.replace(/[^0-9]/g, "");
  // The region's rendering holds its trunk prefix where the written number has none: its breaks move back.
  const shift = digits.length - national.length;
  const region = new Set(breaks(formatted).map((b) => b - shift));
  return written[0] === Math.min(...region) && written.every((b) => region.has(b));
}

/** Whether two renderings of a number split its digits into groups of the same sizes. */
function sameGroups(a: string, b: string): boolean {
  const sizes = (s: string) =>
    s
      .split(/[^0-9]+/)
      .filter((g) => g !== "")
      .map((g) => g.length)
      .join(",");
  return sizes(a) === sizes(b);
}

interface Region {
  code: CountryCode;
  prefix: string;
  lengths: ReadonlySet<number>;
  /** Whether a national number of these digits (with or without the trunk prefix) has a possible length. */
  fits(digits: string): boolean;
  /** Whether the region writes this national number (without prefix) with its trunk prefix, always. */
  prefixRequired(nationalNumber: string): boolean;
  /** False only when the library cannot find these digits valid (and `also` of its national number). */
  mayBeValid(digits: string, also?: (nationalNumber: string) => boolean): boolean;
  /** False only when the library cannot format these digits in a national format's groups. */
  mayBeFormatted(digits: string): boolean;
}

interface NumberingPlan {
  possibleLengths(): number[];
  nationalPrefix(): string | undefined;
  formats(): NumberFormat[];
}

interface NumberFormat {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixIsMandatoryWhenFormattingInNationalFormat(): boolean;
}

function region(code: CountryCode): Region {
  const plan = numberingPlan(code);
  const lengths = new Set(plan.possibleLengths());
  const prefix = plan.nationalPrefix() ?? "";
  // Compiled on first use: only regions that validate a number without its prefix need them.
  let formats: { leading?: RegExp; whole: RegExp; mandatory: boolean }[] | undefined;
  let precheck: PlanPrecheck | undefined;
  return {
    mayBeValid: (digits, also) => (precheck ??= planPrecheck(code)).mayBeValid(digits, also),
    mayBeFormatted: (digits) => (precheck ??= planPrecheck(code)).mayBeFormatted(digits),
    code,
    prefix,
    lengths,
    fits: (digits) =>
      lengths.has(digits.length) ||
      (prefix !== "" && digits.startsWith(prefix) && lengths.has(digits.length - prefix.length)),
    prefixRequired(nationalNumber) {
      formats ??= plan.formats().map((f) => {
        const leading = f.leadingDigitsPatterns().at(-1);
        return {
          leading: leading === undefined ? undefined : new RegExp(`^(?:${leading})`),
          whole: new RegExp(`^(?:${f.pattern()})$`),
          mandatory: f.nationalPrefixIsMandatoryWhenFormattingInNationalFormat(),
        };
      });
      const format = formats.find(
        (f) => (f.leading === undefined || f.leading.test(nationalNumber)) && f.whole.test(nationalNumber),
      );
      return format?.mandatory ?? false;
    },
  };
}

/** The library's numbering plan of a region, through the methods used here (checked, since its types omit some). */
function numberingPlan(code: CountryCode): NumberingPlan {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(code);
  const plan: unknown = metadata.numberingPlan;
  if (!isNumberingPlan(plan))
    throw new Error(`phone detector: libphonenumber-js has no numbering plan API for ${code}`);
  return plan;
}

function isNumberingPlan(plan: unknown): plan is NumberingPlan {
  if (typeof plan !== "object" || plan === null) return false;
  const methods = plan as Record<string, unknown>;
  return ["possibleLengths", "nationalPrefix", "formats"].every((m) => typeof methods[m] === "function");
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
