// Numbers spelled out digit by digit in words ("four one one one …", "Zero-Seven-Eight, …"): a card number, an
// SSN or a phone number a person or a hostile server writes so that no digit appears, and that its reader turns
// back into digits at once. The view replaces each run of seven digit words or more (blanks, commas, dots,
// semicolons, colons or dashes between them; groups of digits may stand among the words) with the digits
// they name, and the detectors read the view with
// their own checks: a card still needs its Luhn check digit, an SSN or a phone number still needs the word that
// names it ("ssn", "call me at") in the text around. Shorter runs ("one or two", "three, two, one") are counts.
//
// Linear: one native search for the runs (about 0.6–1.2 ms per MB on this machine; a prefilter that folded the
// case and looked for each word natively cost more than it saved); each run is measured once (the pattern cannot
// start inside a run it already matched), and what the view replaces is shorter than the run.
import { ViewBuilder, type DecodedView } from "./decode.js";

/**
 * The digit words of English and of the languages a card or a phone number is most often spelled in after it
 * (German, French, Spanish, Italian, Portuguese), digit by digit: each word names one digit in every language
 * that has it ("six", "nove", "cinco" name the same digit wherever they occur), so one table serves all.
 * German "null" may not start a run (JSON and code write it in rows: "null, null, …"), but counts inside one
 * and just before one (see leadingGroups).
 */
const WORDS: readonly (readonly string[])[] = [
  ["zero", "oh", "zéro", "cero"],
  ["one", "eins", "un", "une", "uno", "um", "uma"],
  ["two", "zwei", "zwo", "deux", "dos", "due", "dois", "duas"],
  ["three", "drei", "trois", "tres", "tre", "três"],
  ["four", "vier", "quatre", "cuatro", "quattro", "quatro"],
  ["five", "fünf", "fuenf", "cinq", "cinco", "cinque"],
  ["six", "sechs", "seis", "sei"],
  ["seven", "sieben", "sept", "siete", "sette", "sete"],
  ["eight", "acht", "huit", "ocho", "otto", "oito"],
  ["nine", "neun", "neuf", "nueve", "nove"],
];
const DIGIT_OF = new Map<string, string>(
  WORDS.flatMap((words, digit) => words.map((w) => [w, String(digit)])),
);
const NULL = "null";
/**
 * The words as one alternation, grouped by their first letter (the engine tries a group only where its letter
 * stands), longest first within a group so that "une" is not read as "un".
 */
const WORD = `(?:${[...new Set([...DIGIT_OF.keys()].map((w) => w.charAt(0)))]
  .map((first) => {
    const rests = [...DIGIT_OF.keys()]
      .filter((w) => w.charAt(0) === first)
      .map((w) => w.slice(1))
      .sort((a, b) => b.length - a.length);
    return `${first}(?:${rests.join("|")})`;
  })
  .join("|")})`;
/**
 * Seven digit words or more in a row, each a whole word, up to three separators between two of them. Groups
 * of up to four digits may stand among them ("4 one 1 one …", "4111 one one one one 1111 1111"): a reader
 * turns the mix into digits as readily. The search starts at a word (a start at every digit would cost a
 * third of a JSON log's scan); groups before the first word are then read back from it (leadingGroups).
 */
const SEPARATORS = "[ \\t\\r\\n,.;:-]{1,3}";
const ELEMENT = `(?:${WORD}|${NULL}|[0-9]{1,4})`;
const RUN = new RegExp(`\\b${WORD}(?:${SEPARATORS}${ELEMENT}\\b){2,}`, "gi");
const ELEMENTS = /[a-zàâçéèêëîïôûùüÿñæœ]+|[0-9]+/gi;
/** The fewest words and groups a run has. */
const MIN_RUN = 7;

/** What stands between two digit words of a run: a text without any (an image's base64) holds no run. */
const SEPARATOR = /[ \t\r\n,.;:-]/;
/**
 * SEPARATOR's characters, each looked for natively on its own (the likeliest first): a text without any is
 * let go by a few single-character searches, a fifth of what one pass of the class costs over a megabyte.
 */
const SEPARATOR_CHARACTERS = [" ", "\n", ",", ".", "-", ":", ";", "\t", "\r"];

/**
 * Where a run that starts with a word at `from` really starts: back over the groups of digits (or a "null"),
 * each with one to three separators after it, that stand just before it (at most MIN_RUN of them, none before
 * `floor`, the end of the previous run).
 */
function leadingGroups(text: string, from: number, floor: number): number {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const isLetterOrDigit = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let start = from;
  for (let n = 0; n < MIN_RUN; n++) {
    let i = start;
    let separators = 0;
    while (i > floor && separators < 3 && SEPARATOR.test(text.charAt(i - 1))) {
      i--;
      separators++;
    }
    let digits = 0;
    while (i > floor && digits < 4 && isDigit(text.charCodeAt(i - 1))) {
      i--;
      digits++;
    }
    if (digits === 0 && i - NULL.length >= floor && text.slice(i - NULL.length, i).toLowerCase() === NULL) {
      i -= NULL.length;
      digits = 1;
    }
    // A group stands apart from what precedes it: "x4111" or "12345" is no group of a spelled number.
    if (separators === 0 || digits === 0 || (i > 0 && isLetterOrDigit(text.charCodeAt(i - 1)))) break;
    start = i;
  }
  return start;
}

export function spokenDigitsView(text: string): DecodedView | undefined {
  if (!SEPARATOR_CHARACTERS.some((c) => text.includes(c))) return undefined;
  const view = new ViewBuilder();
  let at = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const start = leadingGroups(text, m.index, at);
    const parts = text.slice(start, m.index + m[0].length).match(ELEMENTS) ?? [];
    if (parts.length < MIN_RUN) continue;
    let digits = "";
    for (const part of parts) {
      const lower = part.toLowerCase();
      digits += lower === NULL ? "0" : (DIGIT_OF.get(lower) ?? part);
    }
    view.copy(text, at, start);
    view.replace(digits, start, m.index + m[0].length);
    at = m.index + m[0].length;
  }
  if (!view.changed) return undefined;
  view.copy(text, at, text.length);
  return view.build();
}
