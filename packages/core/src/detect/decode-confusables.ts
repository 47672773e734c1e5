// Letters of other scripts that render like Latin ones, inside a word of Latin letters or digits: `ghр_…`
// with a Cyrillic "р", an AWS key id starting with a Greek "Κ", an Armenian "հ" for "h". A reader (a model,
// or whoever receives it and swaps the letters back) recovers the credential at once; the detectors read
// ASCII. The view writes each such letter as its Latin twin, from the one look-alike table (scoring-text.ts:
// hand-kept entries, then Unicode's confusables data). Every look-alike and its twin are one UTF-16 unit each, so the view
// is as long as the text and offsets map one to one. Honest Cyrillic or Greek text has no Latin letter
// inside its words, so it gets no view (the gate below); ASCII text does not reach it (decode.ts).
import { LOOKALIKES } from "../integrity/scoring-text.js";
import type { DecodedView } from "./decode.js";

const TWINS = new Map<string, string>(Object.entries(LOOKALIKES));
const LETTERS = [...TWINS.keys()].join("");
const ANY = new RegExp(`[${LETTERS}]`, "u");
const MIXED = new RegExp(`[A-Za-z0-9_][${LETTERS}]|[${LETTERS}][A-Za-z0-9_]`, "u");
const EACH = new RegExp(`[${LETTERS}]`, "gu");

export function confusableView(text: string): DecodedView | undefined {
  if (!ANY.test(text) || !MIXED.test(text)) return undefined;
  return {
    text: text.replace(EACH, (letter) => TWINS.get(letter) ?? letter),
    original: (start, end) => [start, end],
  };
}
