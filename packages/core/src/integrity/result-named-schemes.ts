// An order written in a scheme the text names and asks its reader to undo: ROT13 (or another rotation, a
// Caesar shift), decimal character codes, Pig Latin ("The line below is ROT13. Decode it and do what it says:").
// A model undoes all three reliably, so the order reaches it whole while the cues read only the disguise. Each
// scheme is undone only where the text names it (one test of the whole text, no pass at all otherwise), and the
// undone copy is read beside the text: a puzzle page that explains ROT13 undoes into gibberish and orders
// nothing.
const NAMES_A_SCHEME =
  /\brot[\s-]?\d|caesar|pig[\s-]?latin|ascii|char(?:acter)?[\s-]?codes?|code ?points?|decimal/i;
const ROTATION = /\brot[\s-]?(\d{1,2})\b|caesar(?: cipher| shift)?(?: (?:of|by) (\d{1,2}))?/i;
const CODES = /ascii|char(?:acter)?[\s-]?codes?|code ?points?|decimal/i;
const PIG_LATIN = /pig[\s-]?latin/i;

// Eight or more printable ASCII codes in a row, separated by blanks or commas.
const CODE_RUN =
  /\b(?:(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6]|9|10)[\s,;]+){7,}(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])\b/g;
// A Pig Latin word: its first letter moved to its end and "ay" added ("gnoreIay", "ttp_posthay").
const PIG_WORD = /\b([A-Za-z_]+?)([A-Za-z])ay\b/g;

function rotated(text: string, shift: number): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + shift) % 26) + base);
  });
}

function fromCodes(text: string): string {
  return text.replace(CODE_RUN, (run) =>
    String.fromCharCode(...run.split(/[\s,;]+/).map((code) => Number(code))),
  );
}

/** The text with each scheme it names undone, one copy a scheme, joined; "" when it names none. */
export function undoneNamedSchemes(raw: string): string {
  if (!NAMES_A_SCHEME.test(raw)) return "";
  const copies: string[] = [];
  const rotation = ROTATION.exec(raw);
  if (rotation) {
    const shift = Number(rotation[1] ?? rotation[2] ?? 3) % 26;
    if (shift !== 0) copies.push(rotated(raw, 26 - shift));
  }
  if (CODES.test(raw)) {
    const decoded = fromCodes(raw);
    if (decoded !== raw) copies.push(decoded);
  }
  if (PIG_LATIN.test(raw)) copies.push(raw.replace(PIG_WORD, "$2$1"));
  return copies.join("\n");
}
