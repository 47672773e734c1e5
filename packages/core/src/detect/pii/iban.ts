// IBANs in any case and any grouping (spaces or dashes, in fours or not, wrapped over lines): the country's registered length and
// BBAN structure (from ibantools' copy of the SWIFT registry) and the ISO 7064 mod 97 check must all hold.
// National check digits inside the BBAN are not checked: mod 97 already leaves one random string in 97.
// A value that a word before it calls an IBAN or a bank account needs only its country's length and
// structure: a mistyped check digit still discloses the account, and the label says what it is. Under such
// a label, letters that OCR puts for digits (l, I for 1; O, o for 0) are read as those digits in a BBAN.
// Under the word IBAN itself, a value of an IBAN's form needs neither length nor checksum (iban-named.ts).
import { countrySpecs } from "ibantools";
import type { Detector, Span } from "../detectors.js";
import { chainMatches } from "../digit-chains.js";
import { ibanValid } from "../validators.js";
import { accountLabelled } from "./context.js";
import { namedIbanEnd } from "./iban-named.js";

const BBAN = new Map(
  Object.entries(countrySpecs).flatMap(([country, spec]) =>
    spec.chars && spec.bban_regexp
      ? [[country, { length: spec.chars, bban: new RegExp(spec.bban_regexp) }]]
      : [],
  ),
);

// A country code, check digits, then letters and digits with at most one separator between them (a space or
// two, a tab, a dash, a dot: DE89.3704.0044…), or a line break (an IBAN wrapped in a letter or a narrow column); the country's length decides where the IBAN ends.
// Only registered country codes start one, so the many "ab12" inside hex ids stop at once. A space after the
// country code (PL 61 1090 …) is how some banks print it; written so, the code must be in capitals, since
// "de 12 …" or "es 34 …" are words before numbers.
const CANDIDATE = new RegExp(
  `(?<![0-9A-Za-z])(?:${[...BBAN.keys()].join("|")}) ?[0-9]{2}(?:(?:[ \\t]{1,2}|[ \\t]?-[ \\t]?|\\.|\\r?\\n[ \\t]*)?[0-9A-Za-z]){8,34}`,
  "gi",
);
const SEPARATORS = /[^0-9A-Za-z]/g;
const CAPITALS = /^[A-Z]{2}/;

export function ibanDetector(): Detector {
  return {
    type: "iban",
    category: "pii",
    confidence: 0.95,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      CANDIDATE.lastIndex = 0;
      for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
        const spec = BBAN.get(m[0].slice(0, 2).toUpperCase());
        const end = spec ? endOfNthAlnum(m[0], spec.length) : -1;
        const compact = end < 0 ? "" : m[0].slice(0, end).replace(SEPARATORS, "").toUpperCase();
        const spacedCode = m[0][2] === " ";
        const shaped = spec !== undefined && end > 0 && (!spacedCode || CAPITALS.test(m[0]));
        const valid =
          shaped &&
          ((spec.bban.test(compact.slice(4)) && ibanValid(compact)) ||
            misreadValid(m[0].slice(0, end), compact, spec.bban) ||
            (accountLabelled(text, m.index) && labelledShape(m[0].slice(0, end), spec.bban)));
        const named = valid ? -1 : namedIbanEnd(text, m.index);
        if (valid && !isAlnum(text.charCodeAt(m.index + end))) {
          spans.push({ start: m.index, end: m.index + end });
          CANDIDATE.lastIndex = m.index + end;
        } else if (named > 0) {
          spans.push({ start: m.index, end: named });
          CANDIDATE.lastIndex = named;
        } else {
          // The greedy candidate may have run over the start of a real IBAN: look again just after.
          CANDIDATE.lastIndex = m.index + 1;
        }
      }
      // "PL 61 1090 …" holds a domestic number after its country code: the IBAN is the whole of it.
      const domestic = domesticPolish(text, shared).filter(
        (d) => !spans.some((s) => s.start < d.end && d.start < s.end),
      );
      return domestic.length ? [...spans, ...domestic].sort((a, b) => a.start - b.start) : spans;
    },
  };
}

// Poland's domestic account number (NRB) is its IBAN without "PL": 26 digits, written in the bank's groups
// (61 1090 1014 0000 0712 1981 2874) or run together, whose check digits hold for "PL" + the digits. The
// printed groups and the check say what it is; run together, the text must also call it an account
// (one random run of 26 digits in 97 passes the check). Tried only inside digit chains of 26 digits or more.
const NRB = /(?<![0-9A-Za-z.,-])[0-9]{2}(?: ?[0-9]{4}){6}(?![0-9A-Za-z]|[.,-][0-9])/y;
const NRB_GROUPS = /^[0-9]{2}(?: [0-9]{4}){6}$/;

function domesticPolish(text: string, shared: Parameters<Detector["find"]>[2]): Span[] {
  const spans: Span[] = [];
  for (const m of chainMatches(text, shared, 26, NRB)) {
    const digits = m[0].replace(/ /g, "");
    if (!ibanValid(`PL${digits}`)) continue;
    if (NRB_GROUPS.test(m[0]) || accountLabelled(text, m.index))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The BBAN of a labelled value has its country's structure, as written or with OCR's letters read as digits. */
function labelledShape(written: string, bban: RegExp): boolean {
  const body = written.replace(SEPARATORS, "").slice(4);
  return bban.test(body.toUpperCase()) || readAsDigits(body, bban) !== undefined;
}

/**
 * Unlabelled, a BBAN with OCR's letters in it (PL61 1O90 1014 OOOO …) counts when, read as digits, it has its
 * country's structure and the mod 97 check holds: the check says what it is, as for any other IBAN.
 */
function misreadValid(written: string, compact: string, bban: RegExp): boolean {
  const read = readAsDigits(written.replace(SEPARATORS, "").slice(4), bban);
  return read !== undefined && ibanValid(compact.slice(0, 4) + read);
}

/** An all-digit BBAN with OCR's letters (l, I for 1; O, o for 0) read as digits, if it has any and the shape holds. */
function readAsDigits(body: string, bban: RegExp): string | undefined {
  const read = body.replace(OCR_LETTERS, (c) => (c === "l" || c === "I" ? "1" : "0"));
  return read !== body && /^[0-9]+$/.test(read) && bban.test(read) ? read : undefined;
}
const OCR_LETTERS = /[lIOo]/g;

/** The index just after the n-th letter or digit of `s`, or -1 when it has fewer. */
function endOfNthAlnum(s: string, n: number): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (isAlnum(s.charCodeAt(i)) && ++count === n) return i + 1;
  }
  return -1;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
