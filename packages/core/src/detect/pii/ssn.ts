// US social security numbers. Written 123-45-6789 (or with spaces or dots, one separator throughout) the
// shape alone says what it is. Written any other way (bare, 123-456789, 12345-6789) nine digits are an SSN
// only when the text calls them one; then a number in the 9xx range (never issued as an SSN, but an ITIN,
// as personal) counts too. Numbers no one is issued (area 000 or 666, group 00, serial 0000) never count,
// and a 3-2-4 group of an address (Suite 680 36 4022 Oakridge Lane) is a house number.
import type { Detector, Span } from "../detectors.js";
import { chainMatches } from "../digit-chains.js";
import { houseNumber } from "./context.js";

// Nine digits with an optional space, dash or dot between any two; the separators are checked in code.
// Tried only inside digit chains of nine digits or more (see digit-chains.ts).
const CANDIDATE = /(?<![0-9A-Za-z.-])[0-9](?:[- .]?[0-9]){8}(?![0-9A-Za-z-]|\.[0-9])/y;
const SHAPED = /^[0-9]{3}([- .])[0-9]{2}\1[0-9]{4}$/;
const NAMED =
  /(?:\bssn|\bsocial security(?: (?:number|no\.?|#))?|\bss#|\bsoc\.? ?sec\.?)(?:'?s)?[^0-9\n]{0,24}$/i;
const DASHED = /^[0-9]{3}([-.])[0-9]{2}\1[0-9]{4}$/;
const MAX_SEPARATORS = 2;

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
        if (value.length - digits.length > MAX_SEPARATORS) continue;
        const named = NAMED.test(text.slice(Math.max(0, m.index - 48), m.index));
        if (!named && (!SHAPED.test(value) || houseNumber(text, m.index, end))) continue;
        if (issuable(digits, named || DASHED.test(value))) spans.push({ start: m.index, end });
      }
      return spans;
    },
  };
}

/** Area 9xx is an ITIN (as personal, written the same way) when the text names it or groups it 3-2-4 with dashes or dots. */
function issuable(digits: string, itinPossible: boolean): boolean {
  const area = digits.slice(0, 3);
  if (area === "000" || area === "666" || (area[0] === "9" && !itinPossible)) return false;
  return digits.slice(3, 5) !== "00" && digits.slice(5) !== "0000";
}
