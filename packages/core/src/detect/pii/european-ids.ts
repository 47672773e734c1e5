// Europe's national identity numbers beside the UK's and Spain's (national-id.ts): Poland's PESEL, Germany's
// Steuer-ID, the Netherlands' BSN, France's NIR, Switzerland's AHV number, Sweden's personnummer, Finland's
// henkilötunnus and Italy's codice fiscale, which an HR, payroll or patient export from the EU holds (and,
// read with the codes below, India's PAN). Each
// passes its issuer's check (european-id-checks.ts) and, as the other countries' numbers do, stands after the
// word its country names it by; an AHV number in its own dotted form (756.1234.5678.97) needs none.
//
// The numbers of digits alone are read inside the shared digit chains (digit-chains.ts), so a text without a
// chain of their lengths costs nothing more; the codice fiscale and the henkilötunnus, whose letters cut
// their digits into runs too short for a chain, are read after their labels, which native searches find first.
import { CREDENTIAL_FILE_LEADS } from "../credential-files.js";
import type { Detector, Span } from "../detectors.js";
import type { DigitChain } from "../digit-chains.js";
import {
  ahvValid,
  bsnValid,
  codiceFiscaleValid,
  hetuValid,
  nirValid,
  peselValid,
  personnummerValid,
  steuerIdValid,
} from "./european-id-checks.js";
import {
  DOCUMENT_LABEL,
  DOCUMENT_LEADS,
  DOCUMENT_NUMBER,
  documentNumberValid,
} from "./identity-documents.js";
import { curpValid } from "./pacific-americas-id-checks.js";
import { isLetterOrDigit, labelBefore, labelled as labelledAs } from "./id-labels.js";

const labelled = (words: string) => labelledAs(words, "iu");

const PESEL_LABEL = labelled(String.raw`\bpesel\b`);
const STEUER_ID_LABEL = labelled(
  String.raw`\bsteuer-?id\b|steuer-?identifikationsnummer|steuerliche identifikationsnummer|\bidnr\b`,
);
const BSN_LABEL = labelled(String.raw`\bbsn\b|burgerservicenummer|\bsofi-?nummer`);
const NIR_LABEL = labelled(
  String.raw`s[ée]curit[ée] sociale|\bnir\b|\binsee\b|\bn° ?ss\b|num[ée]ro de s[ée]cu\b`,
);
const AHV_LABEL = labelled(String.raw`\b(?:ahv|avs|oasi)\b|sozialversicherungsnummer`);
const PERSONNUMMER_LABEL = labelled(String.raw`personnummer|\bperson-?nr\b|samordningsnummer`);

/** The shapes these numbers are written in, beside bare digits. */
const AHV_DOTTED = /^756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}$/;
const NIR_GROUPED = /^[0-9]( ?)[0-9]{2}\1[0-9]{2}\1[0-9]{2}\1[0-9]{3}\1[0-9]{3}\1[0-9]{2}$/;
const PERSONNUMMER_SHAPE = /^(?:[0-9]{6}[-+][0-9]{4}|(?:19|20)[0-9]{6}-?[0-9]{4})$/;

/** The European national identity number a digit chain is, or undefined. */
export function europeanChainId(text: string, chain: DigitChain): Span | undefined {
  const { start, end, digits: count } = chain;
  const before = text.charCodeAt(start - 1);
  // Part of a longer code or a decimal: none of these.
  if (isLetterOrDigit(before) || before === 46) return undefined;
  const after = text.charCodeAt(end);
  if (isLetterOrDigit(after) || after === 46 || after === 45) return undefined;
  const value = text.slice(start, end);
  const bare = /^[0-9]+$/.test(value);
  const span = { start, end };
  switch (count) {
    case 9:
      return bare && bsnValid(value) && labelBefore(text, start, BSN_LABEL) ? span : undefined;
    case 10:
    case 12:
      return PERSONNUMMER_SHAPE.test(value) &&
        personnummerValid(value.replace(/[-+]/, "")) &&
        labelBefore(text, start, PERSONNUMMER_LABEL)
        ? span
        : undefined;
    case 11:
      if (!bare) return undefined;
      if (peselValid(value) && labelBefore(text, start, PESEL_LABEL)) return span;
      return steuerIdValid(value) && labelBefore(text, start, STEUER_ID_LABEL) ? span : undefined;
    case 13:
      if (AHV_DOTTED.test(value)) return ahvValid(value.replace(/\./g, "")) ? span : undefined;
      return bare && ahvValid(value) && labelBefore(text, start, AHV_LABEL) ? span : undefined;
    case 15:
      return NIR_GROUPED.test(value) &&
        nirValid(value.replace(/ /g, "")) &&
        labelBefore(text, start, NIR_LABEL)
        ? span
        : undefined;
    default:
      return undefined;
  }
}

// The codes with letters, after their labels. The codice fiscale: six letters of the name, the year, the
// month's letter, the day (plus 40 for a woman), the place, and the check letter; a digit may be swapped for a
// letter where two people would share a code (omocodia), and the check is over the code as written. The
// henkilötunnus: the date, the century sign, a serial and its check character.
const CODICE_FISCALE =
  /[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![0-9A-Za-z])/y;
const HETU = /([0-9]{6})[-+A-FU-Y]([0-9]{3})([0-9A-FHJ-NPR-Y])(?![0-9A-Za-z])/y;

/**
 * The literals every label below holds, in lower case. A text's secret rules' keyword pass notes which of
 * them it holds (SharedPass.watchedSeen, after credential-files.ts's leads): it reads every character anyway,
 * where a search of our own for each cost prose and a base64 image about a third more time.
 */
// "CF" is noted only before a colon or a blank: the two letters alone stand in every kilobyte of hex and base64.
export const ID_CODE_LEADS = [
  "fisc",
  "c.f.",
  "cf:",
  "cf ",
  "tunnus",
  "hetu",
  "beteckning",
  "identity code",
  "curp",
  "clave",
  "pan:",
  "pan ",
  'pan"',
  "permanent account",
  ...DOCUMENT_LEADS,
] as const;
/** Where ID_CODE_LEADS start among the literals the keyword pass notes. */
const FIRST_LEAD = CREDENTIAL_FILE_LEADS.length;

interface LabelledCode {
  /** Which of ID_CODE_LEADS the label holds one of. */
  leads: readonly number[];
  /** The label, up to where its code may start. */
  label: RegExp;
  code: RegExp;
  valid: (m: RegExpExecArray) => boolean;
}

const LABELLED_CODES: readonly LabelledCode[] = [
  {
    leads: [0, 1, 2, 3],
    label: /(?:\bfiscale|\bfisc\.|\bc\.f\.|\bcf(?=[: ]))[^0-9A-Za-z\n]{0,8}/gi,
    code: CODICE_FISCALE,
    valid: (m) => codiceFiscaleValid(m[0]),
  },
  {
    leads: [4, 5, 6, 7],
    label: /(?:henkil[öo]tunnus|\bhetu\b|personbeteckning|personal identity code)[^0-9A-Za-z\n]{0,8}/gi,
    code: HETU,
    valid: (m) => hetuValid(m[1] as string, m[2] as string, m[3] as string),
  },
  // Mexico's CURP (pacific-americas-id-checks.ts): the name's letters, the date, the sex, the state, three
  // consonants, one character and the check digit.
  {
    leads: [8, 9],
    label: /(?:\bcurp\b|clave [úu]nica de registro de poblaci[óo]n)[^0-9A-Za-z\n]{0,8}/gi,
    code: /[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9](?![0-9A-Za-z])/y,
    valid: (m) => curpValid(m[0]),
  },
  // India's PAN: three letters, the holder's kind (P for a person), the surname's initial, four digits and a
  // letter. "pan" is a word and a card's number: PAN in capitals, or as a key, and the code's shape.
  {
    leads: [10, 11, 12, 13],
    label:
      /(?:\bPAN\b|\bpan(?=["']?[ \t]?[:=])|[Pp]ermanent [Aa]ccount [Nn]umber)(?:[^0-9A-Za-z\n]{0,4}(?:[Nn]o|NO|[Nn]umber|NUMBER)\b\.?)?[^0-9A-Za-z\n]{0,8}/g,
    code: /[A-Z]{3}P[A-Z][0-9]{4}[A-Z](?![0-9A-Za-z])/y,
    valid: () => true,
  },
  {
    leads: DOCUMENT_LEADS.map((_lead, i) => ID_CODE_LEADS.length - DOCUMENT_LEADS.length + i),
    label: DOCUMENT_LABEL,
    code: DOCUMENT_NUMBER,
    valid: documentNumberValid,
  },
];
/** For a text no keyword pass read: every lead in one search (most texts hold none). */
const ANY_LEAD = new RegExp(
  String.raw`fisc|c\.f\.|cf[: ]|tunnus|hetu|beteckning|identity code|curp|clave|pan[: "]|permanent account|${DOCUMENT_LEADS.join("|")}`,
  "i",
);

/**
 * The codes with letters after their labels, as national identity numbers. `seen`: which literals the keyword
 * pass noted (SharedPass.watchedSeen), when one read the text.
 */
export function labelledCodeSpans(text: string, seen: Uint8Array | undefined): Span[] {
  if (seen === undefined && !ANY_LEAD.test(text)) return [];
  const spans: Span[] = [];
  for (const { leads, label, code, valid } of LABELLED_CODES) {
    if (seen !== undefined && !leads.some((lead) => seen[FIRST_LEAD + lead] === 1)) continue;
    label.lastIndex = 0;
    for (let m = label.exec(text); m !== null; m = label.exec(text)) {
      code.lastIndex = label.lastIndex;
      const found = code.exec(text);
      if (found !== null && valid(found)) spans.push({ start: found.index, end: code.lastIndex });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The codes with letters: a detector of its own, after the secret rules in the scanner's list, so that their
 * keyword pass has noted its leads.
 */
export function labelledCodesDetector(): Detector {
  return {
    type: "national_id",
    category: "pii",
    confidence: 0.9,
    find: (text, _enabled, shared) =>
      labelledCodeSpans(text, shared?.text === text ? shared.watchedSeen : undefined),
  };
}
