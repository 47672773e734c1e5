// National identity numbers other than the US SSN (ssn.ts), each with its issuer's check (national-id-checks.ts):
// the UK's National Insurance number, Canada's SIN, Brazil's CPF, Spain's DNI and NIE, India's Aadhaar,
// Australia's TFN and Singapore's NRIC and FIN (the other countries': european-ids.ts, pacific-americas-ids.ts,
// central-eastern-european-ids.ts and gulf-asian-ids.ts, asked here for each chain).
// They are the SSN's counterparts (an HR, payroll or CRM export holds them) and are handled as one is. A check digit lets one number in ten to a hundred by, so every one
// needs the word its country names it by just before it (`SIN:`, `CPF nº`, `DNI/NIE:`, `Aadhaar No.`), except
// a CPF written in its own punctuation (123.456.789-09), which nothing else is written as.
//
// Linear and nearly free: the numbers are read only inside the shared digit chains (digit-chains.ts) of their
// lengths, each checked before its label is looked for in a bounded window; the National Insurance number,
// whose six bare digits make no chain, is read after its label, which native searches find first.
import type { Detector, Span } from "../detectors.js";
import { sharedFor, type DigitChain } from "../digit-chains.js";
import { centralEasternEuropeanChainId } from "./central-eastern-european-ids.js";
import { europeanChainId } from "./european-ids.js";
import { gulfAsianChainId } from "./gulf-asian-ids.js";
import { isLetterOrDigit, isUpper, labelBefore, labelled } from "./id-labels.js";
import { moreChainId } from "./more-national-ids.js";
import { pacificAmericasChainId } from "./pacific-americas-ids.js";
import {
  aadhaarValid,
  cpfValid,
  ninoPrefixValid,
  nricValid,
  sinValid,
  spanishIdValid,
  tfnValid,
} from "./national-id-checks.js";

/** From a FHIR identifier's system URI to its value: `", "value": "`, perhaps over a line break (pretty JSON). */
const TO_FHIR_VALUE = String.raw`"[ \t]{0,4},[ \t\r\n]{0,32}"value"[ \t]{0,4}:[ \t]{0,4}"`;

// Acronyms that are words too (sin, fin, nas, pan) count in capitals only, or as the last part of a FHIR
// identifier's system URI (`"system": "http://hl7.org/fhir/sid/ca-sin", "value": "…"`), which names the value.
const SIN_LABEL = labelled(
  String.raw`\b(?:SIN|NAS)\b|\b(?:[Ss]ocial [Ii]nsurance|[Aa]ssurance [Ss]ociale)|/ca-sin${TO_FHIR_VALUE}`,
);
const CPF_LABEL = labelled(String.raw`\bcpf\b`, "i");
const SPANISH_LABEL = labelled(
  String.raw`\b(?:dni|nie|nif|d\.n\.i\.?|n\.i\.e\.?)(?![a-z])|documento nacional`,
  "i",
);
const TFN_LABEL = labelled(String.raw`\btfn\b|\btax file (?:number|no)`, "i");
const AADHAAR_LABEL = labelled(String.raw`\baadha?ar\b|\buidai\b|आधार`, "i");
const NRIC_LABEL = labelled(String.raw`\bnric\b|\bFIN\b|\bidentity card\b`, "i");

/** Groupings these numbers are written in (one separator throughout), by their digit count. */
const GROUPED: Record<number, RegExp> = {
  8: /^[0-9]{3}([ -])[0-9]{3}\1[0-9]{2}$/,
  9: /^[0-9]{3}([ -])[0-9]{3}\1[0-9]{3}$/,
  11: /^[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}$/,
  12: /^[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}$/,
};
const BARE = /^[0-9]+$/;

export function nationalIdDetector(): Detector {
  return {
    type: "national_id",
    category: "pii",
    confidence: 0.9,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      for (const chain of sharedFor(text, shared).digitChains()) {
        const span =
          chainId(text, chain) ??
          europeanChainId(text, chain) ??
          pacificAmericasChainId(text, chain) ??
          moreChainId(text, chain) ??
          centralEasternEuropeanChainId(text, chain) ??
          gulfAsianChainId(text, chain);
        if (span !== undefined) spans.push(span);
      }
      const nino = ninoSpans(text);
      return nino.length === 0 ? spans : [...spans, ...nino].sort((a, b) => a.start - b.start);
    },
  };
}

/** The national identity number a digit chain is (with the letters around it), or undefined. */
function chainId(text: string, chain: DigitChain): Span | undefined {
  const { start, end, digits: count } = chain;
  if (count < 7 || count === 10 || count > 12) return undefined;
  const value = text.slice(start, end);
  const bare = BARE.test(value);
  const grouped = GROUPED[count]?.test(value) ?? false;
  if (!bare && !grouped) return undefined;
  const digits = bare ? value : value.replace(/[^0-9]/g, "");
  // Seven or eight digits with a letter behind (and for seven one ahead): a DNI, an NIE or an NRIC.
  if (bare && count <= 8) {
    const span = lettered(text, start, end, digits);
    if (span !== undefined) return span;
  }
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // Part of a longer code, a decimal or a dashed reference (INV-046454286): none of these.
  if (isLetterOrDigit(before) || isLetterOrDigit(after) || before === 46 || after === 46 || after === 45)
    return undefined;
  if (before === 45 && isLetterOrDigit(text.charCodeAt(start - 2))) return undefined;
  const span = { start, end };
  switch (count) {
    case 9:
      if (sinValid(digits) && labelBefore(text, start, SIN_LABEL)) return span;
      return tfnValid(digits) && labelBefore(text, start, TFN_LABEL) ? span : undefined;
    case 8:
      return tfnValid(digits) && labelBefore(text, start, TFN_LABEL) ? span : undefined;
    case 11:
      return cpfValid(digits) && (!bare || labelBefore(text, start, CPF_LABEL)) ? span : undefined;
    case 12:
      return aadhaarValid(digits) && labelBefore(text, start, AADHAAR_LABEL) ? span : undefined;
    default:
      return undefined;
  }
}

/**
 * A number with its letters: a DNI (12345678Z, 12345678-Z), an NIE (X1234567L, X-1234567-L) or an NRIC
 * (S1234567D), each bare digits with a capital after them, and a capital before an NIE's or NRIC's.
 */
function lettered(text: string, start: number, end: number, digits: string): Span | undefined {
  // The closing letter, right after the digits or after one dash or space.
  const gap = text.charCodeAt(end) === 45 || text.charCodeAt(end) === 32 ? 1 : 0;
  const letterAt = end + gap;
  if (!isUpper(text.charCodeAt(letterAt)) || isLetterOrDigit(text.charCodeAt(letterAt + 1))) return undefined;
  const letter = text[letterAt] as string;
  if (digits.length === 8) {
    if (isLetterOrDigit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46) return undefined;
    const span = { start, end: letterAt + 1 };
    return spanishIdValid("", digits, letter) && labelBefore(text, start, SPANISH_LABEL) ? span : undefined;
  }
  if (digits.length !== 7) return undefined;
  // The opening letter, right before the digits or before one dash.
  const prefixAt = text.charCodeAt(start - 1) === 45 ? start - 2 : start - 1;
  const code = text.charCodeAt(prefixAt);
  if (!isUpper(code) || isLetterOrDigit(text.charCodeAt(prefixAt - 1))) return undefined;
  const prefix = text[prefixAt] as string;
  const span = { start: prefixAt, end: letterAt + 1 };
  if (spanishIdValid(prefix, digits, letter))
    return labelBefore(text, prefixAt, SPANISH_LABEL) ? span : undefined;
  return gap === 0 &&
    prefixAt === start - 1 &&
    nricValid(prefix, digits, letter) &&
    labelBefore(text, prefixAt, NRIC_LABEL)
    ? span
    : undefined;
}

// The National Insurance number after its label: two letters, six digits in pairs or together, and the
// suffix A to D (HMRC's forms leave it off at times). A FHIR identifier's system URI ending in the label
// (`https://fhir.hl7.org.uk/Id/nino`) names the `value` beside it.
const NINO_LABEL = new RegExp(
  String.raw`\b(?:nino|national insurance(?: number| no\.?| #)?|ni (?:number|no\b\.?))(?:'?s)?(?:${TO_FHIR_VALUE}|[^0-9A-Za-z\n]{0,8})`,
  "giy",
);
const NINO = /([A-Z]{2})(?: ?[0-9]{2}){3}(?: ?[A-D])?(?![0-9A-Za-z])/y;
/** What the label's search looks for first: any of these is in every text that holds a label. */
const NINO_LEADS = ["nsurance", "NSURANCE", "NINO", "nino", "Nino", "NI n", "NI N"];
/**
 * All the leads in one search: a search of its own for each read the text seven times (about 1.5 ms per MB of
 * log lines or base64, against 0.2 for one pass). No two leads start at one place, and each match is stepped
 * past by one character only, so every lead's every occurrence is found, in order.
 */
const NINO_LEAD = new RegExp(NINO_LEADS.join("|"), "g");

function ninoSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Per lead, where its next occurrence is read from, as its own search went on after the last it found
  // (past the whole lead); made at the first lead, since most texts hold none.
  let readFrom: number[] | undefined;
  NINO_LEAD.lastIndex = 0;
  for (let found = NINO_LEAD.exec(text); found !== null; found = NINO_LEAD.exec(text)) {
    const at = found.index;
    NINO_LEAD.lastIndex = at + 1;
    const lead = found[0];
    const number = NINO_LEADS.indexOf(lead);
    readFrom ??= new Array<number>(NINO_LEADS.length).fill(0);
    if (at < (readFrom[number] ?? 0)) continue;
    readFrom[number] = at + lead.length;
    // The label starts at the lead or, for "nsurance", at the "National I" before it.
    const labelStart = lead === "nsurance" || lead === "NSURANCE" ? at - 10 : at;
    if (labelStart < 0) continue;
    NINO_LABEL.lastIndex = labelStart;
    const label = NINO_LABEL.exec(text);
    if (label === null) continue;
    const start = labelStart + label[0].length;
    NINO.lastIndex = start;
    const m = NINO.exec(text);
    if (m === null || !ninoPrefixValid(m[1] as string)) continue;
    if (!spans.some((s) => s.start === start)) spans.push({ start, end: start + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
