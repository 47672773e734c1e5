// US social security numbers. Written 123-45-6789 (or with spaces or dots, one separator throughout) the
// shape alone says what it is. Written any other way (bare, 123-456789, 12345-6789) nine digits are an SSN
// only when the text calls them one; then a number in the 9xx range (never issued as an SSN, but an ITIN,
// as personal) counts too. Numbers no one is issued (area 000 or 666, group 00, serial 0000) never count,
// and a 3-2-4 group of an address (Suite 680 36 4022 Oakridge Lane) is a house number. A dashed 3-2-4 number
// that OCR or retyping has given a letter or three that look like digits (O for 0, l or I for 1, S for 5, B
// for 8: 8Sl-27-4668) still reads as an SSN to anyone; it counts when every group keeps a digit.
import type { Detector, Span } from "../detectors.js";
import { chainMatches } from "../digit-chains.js";
import { houseNumber } from "./context.js";
import { decimalsAmongSpaced, spacedDashCandidates, spacedShape } from "./ssn-spaced.js";
import { x12Ssn } from "./x12-ssn.js";

// Nine digits with an optional space, dash or dot between any two; the separators are checked in code.
// Tried only inside digit chains of nine digits or more (see digit-chains.ts). A dash beside it ends it like a
// space when a letter stands on the dash's other side, as in file names and slugs written in kebab case
// (alice-smith-536-22-8471.pdf, ssn-536-22-8471, 536-22-8471-final); a digit there makes it part of a longer
// dashed number (1-536-22-8471, 536-22-8471-2).
const CANDIDATE =
  /(?<![0-9A-Za-z.])(?<!(?:^|[^A-Za-z])-)[0-9](?:[- .]?[0-9]){8}(?![0-9A-Za-z]|-(?![A-Za-z])|\.[0-9])/y;
const SHAPED = /^[0-9]{3}([- .])[0-9]{2}\1[0-9]{4}$/;
const NAMED =
  /(?:\bssn|\bsocial security(?: (?:number|no\.?|#))?|\bss#|\bsoc\.? ?sec\.?)(?:'?s)?[^0-9\n]{0,24}$/i;
const DASHED = /^[0-9]{3}([-.])[0-9]{2}\1[0-9]{4}$/;
const MAX_SEPARATORS = 2;
const SPELLED = /^[0-9](?: [0-9]){8}$/;

export function ssnDetector(): Detector {
  return {
    type: "ssn",
    category: "pii",
    confidence: 0.9,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      for (const m of chainMatches(text, shared, 9, CANDIDATE)) {
        const value = m[0];
        const end = m.index + value.length;
        const digits = value.replace(/[- .]/g, "");
        const named = namedSsn(text, m.index) || x12Ssn(text, m.index);
        // Spelled one digit at a time (5 5 5 1 2 3 4 5 6) it is read whole, when the text names it.
        // Spaced in its 3-2-4 groups (1 2 3-4 5-6 7 8 9), the shape still says what it is (ssn-spaced.ts),
        // unless a bare dot joins two of its digits (0 0 2.7 1.6 3 0 0, an SVG path's decimals).
        const spaced = value.includes(" ") && spacedShape(value) && (named || !decimalsAmongSpaced(value));
        if (value.length - digits.length > MAX_SEPARATORS && !(named && SPELLED.test(value)) && !spaced)
          continue;
        if (!named && ((!SHAPED.test(value) && !spaced) || houseNumber(text, m.index, end))) continue;
        if (issuable(digits, named || DASHED.test(value))) spans.push({ start: m.index, end });
      }
      // A dash with a space beside it breaks a digit chain: such numbers are read around each dash.
      const apart = spacedDashCandidates(text, (value, start) => {
        const named = NAMED.test(text.slice(Math.max(0, start - 48), start));
        if (!named && (!spacedShape(value) || houseNumber(text, start, start + value.length))) return false;
        return issuable(value.replace(/[^0-9]/g, ""), true);
      });
      return misread(
        text,
        apart.length === 0 ? spans : [...spans, ...apart].sort((a, b) => a.start - b.start),
      );
    },
  };
}

/** Whether the words right before `at` call the number there an SSN ("SSN:", "social security no."). */
export function namedSsn(text: string, at: number): boolean {
  return NAMED.test(text.slice(Math.max(0, at - 48), at));
}

// Letters that OCR and hasty typing put for digits, and the digit each stands for.
const LOOKS_LIKE_DIGIT: Record<string, string> = { O: "0", o: "0", I: "1", l: "1", S: "5", B: "8", Z: "2" };
const MISREAD = /(?<![0-9A-Za-z.-])([0-9OoIlSBZ]{3})-([0-9OoIlSBZ]{2})-([0-9OoIlSBZ]{4})(?![0-9A-Za-z-])/y;
const MAX_MISREAD = 3;
const DIGIT_LIKE = new Uint8Array(128);
for (const c of "0123456789" + Object.keys(LOOKS_LIKE_DIGIT).join("")) DIGIT_LIKE[c.charCodeAt(0)] = 1;
/** Whether a character code is a digit or a letter read as one (NaN, past either end of the text, is not). */
const digitLike = (code: number) => DIGIT_LIKE[code] === 1;

/**
 * Dashed 3-2-4 numbers with letters among their digits, found from each "-" followed by another three
 * characters later (one native search per dash, a fixed-size pattern per candidate: linear), merged with the
 * SSNs `found` among plain digits.
 */
function misread(text: string, found: Span[]): Span[] {
  let extra: Span[] | undefined;
  for (let dash = text.indexOf("-", 3); dash >= 0; dash = text.indexOf("-", dash + 1)) {
    if (
      text.charCodeAt(dash + 1) === 32 &&
      text.charCodeAt(dash + 6) === 45 &&
      text.charCodeAt(dash - 1) === 32
    ) {
      const spelled = spelledApart(text, dash);
      if (spelled !== undefined) (extra ??= []).push(spelled);
      continue;
    }
    // Cheap character tests first: a date (2024-05-12) or an id fails them before the pattern is run.
    if (
      text.charCodeAt(dash + 3) !== 45 /* - */ ||
      !digitLike(text.charCodeAt(dash - 1)) ||
      !digitLike(text.charCodeAt(dash + 1)) ||
      !digitLike(text.charCodeAt(dash - 3)) ||
      digitLike(text.charCodeAt(dash - 4))
    )
      continue;
    MISREAD.lastIndex = dash - 3;
    const m = MISREAD.exec(text);
    if (m === null) continue;
    const groups = m.slice(1, 4);
    const letters = groups.join("").replace(/[0-9]/g, "").length;
    if (letters === 0 || letters > MAX_MISREAD || !groups.every((g) => /[0-9]/.test(g))) continue;
    const digits = groups.join("").replace(/[^0-9]/g, (c) => LOOKS_LIKE_DIGIT[c] ?? c);
    if (issuable(digits, true)) (extra ??= []).push({ start: m.index, end: m.index + m[0].length });
  }
  return extra === undefined ? found : [...found, ...extra].sort((a, b) => a.start - b.start);
}

// Spelled one digit at a time with its groups apart (5 5 5 - 1 2 - 3 4 5 6): named an SSN, it is one.
const SPELLED_APART =
  /(?<![0-9A-Za-z])[0-9] [0-9] [0-9] - [0-9] [0-9] - [0-9] [0-9] [0-9] [0-9](?![0-9A-Za-z])/y;

/** The spelled-out SSN whose first dash is at `dash`, when the text names it. */
function spelledApart(text: string, dash: number): Span | undefined {
  SPELLED_APART.lastIndex = dash - 6;
  const m = SPELLED_APART.exec(text);
  if (m === null || !NAMED.test(text.slice(Math.max(0, m.index - 48), m.index))) return undefined;
  return issuable(m[0].replace(/[ -]/g, ""), true)
    ? { start: m.index, end: m.index + m[0].length }
    : undefined;
}

/** Area 9xx is an ITIN (as personal, written the same way) when the text names it or groups it 3-2-4 with dashes or dots. */
function issuable(digits: string, itinPossible: boolean): boolean {
  const area = digits.slice(0, 3);
  if (area === "000" || area === "666" || (area[0] === "9" && !itinPossible)) return false;
  return digits.slice(3, 5) !== "00" && digits.slice(5) !== "0000";
}
