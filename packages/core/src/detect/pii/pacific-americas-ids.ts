// Identity numbers of Asia-Pacific and the Americas beside those national-id.ts reads (Canada's SIN, Brazil's
// CPF, India's Aadhaar, Australia's TFN, Singapore's NRIC): South Korea's resident registration number, Japan's
// My Number, Australia's Medicare card number, Chile's RUT and Argentina's CUIL. Each is the SSN's counterpart in its country's
// payroll, patient and customer records. Each must pass its issuer's check (pacific-americas-id-checks.ts)
// and stand after the word its forms print, as the others do; Mexico's CURP, whose letters cut its digits
// into runs too short for a chain, is read after its label with the codes of european-ids.ts.
//
// Read inside the shared digit chains (digit-chains.ts), so a text without a chain of their lengths costs
// nothing more.
import type { Span } from "../detectors.js";
import type { DigitChain } from "../digit-chains.js";
import { cuilValid, medicareValid, myNumberValid, rrnValid, rutValid } from "./pacific-americas-id-checks.js";
import { isLetterOrDigit, labelBefore, labelled } from "./id-labels.js";

const RRN_LABEL = labelled(String.raw`주민등록번호|주민번호|\bRRN\b|resident registration`, "i");
// "my number" is everyday English: the card's name in capitals, or a key.
const MY_NUMBER_LABEL = labelled(
  String.raw`個人番号|マイナンバー|\bMy ?Number\b|\bMY ?NUMBER\b|\bmy_?number\b`,
);
const MEDICARE_LABEL = labelled(String.raw`\bmedicare\b`, "i");
// "run" is a word too: RUN in capitals only.
const RUT_LABEL = labelled(String.raw`\b(?:RU[TN]|[Rr]ut|R\.U\.[TN]\.?)(?![A-Za-z])|[Rr]ol [úu]nico`);
const CUIL_LABEL = labelled(
  String.raw`\bcui[lt]\b|c\.u\.i\.[lt]\.?|clave [úu]nica de identificaci[óo]n`,
  "i",
);

const RRN_SHAPE = /^[0-9]{6}-?[0-9]{7}$/;
const MY_NUMBER_SHAPE = /^(?:[0-9]{12}|[0-9]{4}([ -])[0-9]{4}\1[0-9]{4})$/;
const MEDICARE_SHAPE = /^(?:[0-9]{10}|[0-9]{4} [0-9]{5} [0-9])$/;
/** A RUT with its check digit: 12.345.678-5, 12345678-5, 123456785. */
const RUT_SHAPE = /^(?:[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9]|[0-9]{7,8}-[0-9]|[0-9]{8,9})$/;
/** A CUIL as AFIP writes it (20-28456789-8), or bare. */
const CUIL_SHAPE = /^(?:[0-9]{2}-[0-9]{8}-[0-9]|[0-9]{11})$/;
/** A RUT's body before a check written K. */
const RUT_BODY = /^(?:[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}|[0-9]{7,8})$/;

/** The identity number of these countries a digit chain is, or undefined. */
export function pacificAmericasChainId(text: string, chain: DigitChain): Span | undefined {
  const { start, end, digits: count } = chain;
  if (count < 7 || count > 13) return undefined;
  const before = text.charCodeAt(start - 1);
  if (isLetterOrDigit(before) || before === 46) return undefined;
  const value = text.slice(start, end);
  const digits = value.replace(/[^0-9]/g, "");
  const after = text.charCodeAt(end);
  // A RUT whose check is K: its body, a dash, the K.
  if ((count === 7 || count === 8) && after === 45 && /[Kk]/.test(text[end + 1] ?? "")) {
    if (isLetterOrDigit(text.charCodeAt(end + 2))) return undefined;
    return RUT_BODY.test(value) && rutValid(digits, "K") && labelBefore(text, start, RUT_LABEL)
      ? { start, end: end + 2 }
      : undefined;
  }
  if (isLetterOrDigit(after) || after === 46 || after === 45) return undefined;
  const span = { start, end };
  switch (count) {
    case 13:
      return RRN_SHAPE.test(value) && rrnValid(digits) && labelBefore(text, start, RRN_LABEL)
        ? span
        : undefined;
    case 11:
      return CUIL_SHAPE.test(value) && cuilValid(digits) && labelBefore(text, start, CUIL_LABEL)
        ? span
        : undefined;
    case 12:
      return MY_NUMBER_SHAPE.test(value) && myNumberValid(digits) && labelBefore(text, start, MY_NUMBER_LABEL)
        ? span
        : undefined;
    case 10:
      return MEDICARE_SHAPE.test(value) && medicareValid(digits) && labelBefore(text, start, MEDICARE_LABEL)
        ? span
        : undefined;
    case 8:
    case 9:
      return RUT_SHAPE.test(value) &&
        rutValid(digits.slice(0, -1), digits.slice(-1)) &&
        labelBefore(text, start, RUT_LABEL)
        ? span
        : undefined;
    default:
      return undefined;
  }
}
