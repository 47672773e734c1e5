// Identity numbers of the Gulf and South and South-East Asia: the UAE's Emirates ID, Saudi Arabia's national
// ID and iqama, Pakistan's CNIC, Malaysia's MyKad and Indonesia's NIK, which bank KYC, visa, HR, telecom SIM
// registration and e-commerce records there hold beside the name (India's Aadhaar is read in national-id.ts,
// its PAN after its label in european-ids.ts). Each must pass what its issuer fixes (gulf-asian-id-checks.ts)
// and stand after the word its forms print; the Emirates ID in its own dashes (784-1985-1234567-3), which
// nothing else is written as, needs none. The CNIC, the MyKad and the NIK carry no check digit, so their
// labels are the ones their own cards print, never a word as general as "ID".
//
// Read inside the shared digit chains (digit-chains.ts), after the other readers found nothing in a chain, so
// a text without a chain of these lengths costs nothing more.
import type { Span } from "../detectors.js";
import type { DigitChain } from "../digit-chains.js";
import { cnicValid, emiratesIdValid, myKadValid, nikValid, saudiIdValid } from "./gulf-asian-id-checks.js";
import { isLetterOrDigit, labelBefore, labelled } from "./id-labels.js";

const EMIRATES_LABEL = labelled(String.raw`emirates id|\buae id\b|رقم الهوية`, "iu");
const SAUDI_LABEL = labelled(
  String.raw`\bnational id\b|\biqama\b|\bsaudi id\b|رقم الهوية|الهوية الوطنية|السجل المدني|الإقامة|رقم الإقامة`,
  "iu",
);
const CNIC_LABEL = labelled(String.raw`\bcnic\b|computeri[sz]ed national identity|شناختی کارڈ`, "iu");
const MYKAD_LABEL = labelled(
  String.raw`\bmykad\b|\bmykid\b|\bno\.? ?k\/p\b|\bi\/?c (?:no|number)\b|kad pengenalan`,
  "iu",
);
// "nik" is a name: NIK in capitals, or as a key.
const NIK_LABEL = labelled(
  String.raw`\bNIK\b|\bnik\b(?=["']?\s?[:=])|[Nn]omor [Ii]nduk [Kk]ependudukan`,
  "u",
);

const EMIRATES_DASHED = /^784-[0-9]{4}-[0-9]{7}-[0-9]$/;
const CNIC_SHAPE = /^(?:[0-9]{5}-[0-9]{7}-[0-9]|[0-9]{13})$/;
const MYKAD_SHAPE = /^(?:[0-9]{6}-[0-9]{2}-[0-9]{4}|[0-9]{12})$/;
const BARE = /^[0-9]+$/;

/** The identity number of these countries a digit chain is, or undefined. */
export function gulfAsianChainId(text: string, chain: DigitChain): Span | undefined {
  const { start, end, digits: count } = chain;
  if (count !== 10 && count !== 12 && count !== 13 && count !== 15 && count !== 16) return undefined;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (isLetterOrDigit(before) || before === 46) return undefined;
  if (isLetterOrDigit(after) || after === 46 || after === 45) return undefined;
  const value = text.slice(start, end);
  const bare = BARE.test(value);
  const digits = bare ? value : value.replace(/[^0-9]/g, "");
  const span = { start, end };
  const labelledAs = (label: RegExp) => labelBefore(text, start, label);
  switch (count) {
    case 10:
      return bare && saudiIdValid(digits) && labelledAs(SAUDI_LABEL) ? span : undefined;
    case 12:
      return MYKAD_SHAPE.test(value) && myKadValid(digits) && labelledAs(MYKAD_LABEL) ? span : undefined;
    case 13:
      return CNIC_SHAPE.test(value) && cnicValid(digits) && labelledAs(CNIC_LABEL) ? span : undefined;
    case 15:
      if (!emiratesIdValid(digits)) return undefined;
      return EMIRATES_DASHED.test(value) || (bare && labelledAs(EMIRATES_LABEL)) ? span : undefined;
    default:
      return bare && nikValid(digits) && labelledAs(NIK_LABEL) ? span : undefined;
  }
}
