// The machine-readable zone of a passport or identity card (ICAO 9303), which KYC, airline (APIS) and hotel
// check-in tools return and accept and which an OCR of the document's photo yields: the document number, the
// holder's name, nationality and birth date together. No label stands before it; its fixed layout and its
// check digits (weights 7 3 1 over digits, letters as 10 to 35 and the filler `<` as 0) say what it is:
//  - TD3 (passports, two lines of 44) and TD2 (two lines of 36): the second line holds the document number,
//    nationality, birth date, sex and expiry, each date and the number with its check digit, and a composite
//    check at the end;
//  - TD1 (identity cards, three lines of 30): the first line holds the number and its check, the second the
//    dates, the nationality and the composite check over both.
// The name's line (`P<UTO<<ERIKA…`) is taken with the line it stands beside, wherever lines are split (a
// line break, or JSON's `","` between an array's strings).
//
// Nearly free: a zone's every name holds `<<`, so a text without it is not read; in one with it, the lines
// are searched by one pattern of fixed shape.
import type { Detector, Span } from "../detectors.js";

const CHARS = "[A-Z0-9<]";
/** TD3's or TD2's second line: its fields to the expiry's check, then 14 or 7 characters, then the checks. */
const TWO_LINE = String.raw`${CHARS}{9}[0-9][A-Z<]{3}[0-9]{6}[0-9][MFX<][0-9]{6}[0-9](?:${CHARS}{14}[0-9<]|${CHARS}{7})[0-9]`;
/** TD1's first line (document code, issuer, number, check, optional data) and second line. */
const TD1_FIRST = String.raw`[A-Z][A-Z0-9<][A-Z<]{3}${CHARS}{9}[0-9<]${CHARS}{15}`;
const TD1_SECOND = String.raw`[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z<]{3}${CHARS}{11}[0-9]`;
/** What may stand between a zone's lines: a line break, or the end of one string and the start of the next. */
const BETWEEN = String.raw`[^A-Z0-9<]{1,8}`;
const ZONE = new RegExp(
  String.raw`(?<![A-Za-z0-9<])(?:(${TD1_FIRST})${BETWEEN}(${TD1_SECOND})|(${TWO_LINE}))(?![A-Za-z0-9<])`,
  "g",
);
/** The line of the name before a TD3 or TD2 second line: document code, issuer, then the name's letters. */
const NAME_LINE = /(?<![A-Za-z0-9<])[A-Z][A-Z0-9<][A-Z<]{3}[A-Z<]{31}(?:[A-Z<]{8})?[^A-Z0-9<]{1,8}$/;
/** TD1's third line, the name's, after its second. */
const CARD_NAME_LINE = /^[^A-Z0-9<]{1,8}[A-Z<]{30}(?![A-Za-z0-9<])/;

/** A character's value in a check: digits as themselves, letters 10 to 35, the filler `<` 0. */
function value(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return 0;
}

const WEIGHTS = [7, 3, 1];

/** The check digit of `text`'s characters: their values weighted 7 3 1 in turn, mod 10. */
function checkOf(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += value(text.charCodeAt(i)) * (WEIGHTS[i % 3] as number);
  return sum % 10;
}

/** Whether `digit` is the check of `text` (a `<` counts as 0, as for optional data left empty). */
const checks = (text: string, digit: string) => checkOf(text) === value(digit.charCodeAt(0));

const dateValid = (date: string) => {
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

/** TD3's (44) or TD2's (36) second line, each check of it. */
export function twoLineZoneValid(line: string): boolean {
  const long = line.length === 44;
  const fieldsValid =
    checks(line.slice(0, 9), line[9] as string) &&
    dateValid(line.slice(13, 19)) &&
    checks(line.slice(13, 19), line[19] as string) &&
    checks(line.slice(21, 27), line[27] as string) &&
    (!long || checks(line.slice(28, 42), line[42] as string));
  if (!fieldsValid) return false;
  const composite = line.slice(0, 10) + line.slice(13, 20) + line.slice(21, -1);
  return checks(composite, line[line.length - 1] as string);
}

/** TD1's first two lines, each check of them. */
export function cardZoneValid(first: string, second: string): boolean {
  return (
    checks(first.slice(5, 14), first[14] as string) &&
    dateValid(second.slice(0, 6)) &&
    checks(second.slice(0, 6), second[6] as string) &&
    checks(second.slice(8, 14), second[14] as string) &&
    checks(
      first.slice(5) + second.slice(0, 7) + second.slice(8, 15) + second.slice(18, 29),
      second[29] as string,
    )
  );
}

export function zoneSpans(text: string): Span[] {
  if (!text.includes("<<")) return [];
  const spans: Span[] = [];
  ZONE.lastIndex = 0;
  for (let m = ZONE.exec(text); m !== null; m = ZONE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[3] !== undefined) {
      if (!twoLineZoneValid(m[3])) continue;
      const name = NAME_LINE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      spans.push({ start: name === null ? m.index : m.index - name[0].length, end });
    } else if (cardZoneValid(m[1] as string, m[2] as string)) {
      const name = CARD_NAME_LINE.exec(text.slice(end, end + 40));
      spans.push({ start: m.index, end: name === null ? end : end + name[0].length });
    }
  }
  return spans;
}

/** Zones as national identity numbers: what they hold identifies their holder as a passport number does. */
export function machineReadableZoneDetector(): Detector {
  return { type: "national_id", category: "pii", confidence: 0.9, find: (text) => zoneSpans(text) };
}
