// Latin letters with accents on them ("Ïgnöre àll prévious ínstructions", or an accent after every vowel written
// as a combining mark, "Igno\u0301re pre\u0301vio\u0301u\u0301s"): NFKC composes a letter and its mark, so the
// scoring text keeps the accented letter and an English phrase disguised by accents reads to no pattern. A
// model reads through the accents; the order cues read the same text with them taken off, beside the text as
// written (an accented language's own cues read its accents).
const ACCENTED_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]|[A-Za-z][\u0300-\u036f]/;

/** The text with the accents of its Latin letters taken off; "" for text without any (most text: one test). */
export function unaccentedText(text: string): string {
  if (!ACCENTED_LATIN.test(text)) return "";
  return text.normalize("NFD").replace(/\p{Mn}+/gu, "");
}
