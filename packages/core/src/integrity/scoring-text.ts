// The text the integrity scorers read: what a model would understand, not what a pattern would see. Attacks
// split a phrase over lines, spell words with look-alike letters from other scripts or with full-width forms,
// and hide characters inside words; each of those is undone here, in one linear pass, before any signal runs.
import { CONFUSABLE_LETTERS, LATIN_TWINS } from "../detect/confusables-table.js";
import { findHidden } from "./hidden.js";

// Cyrillic and Greek letters that render like Latin ones (the confusables that matter for English phrases).
export const LOOKALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "i",
  ї: "i",
  ј: "j",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ɡ: "g",
  ɩ: "i",
  ʏ: "y",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  Ѕ: "S",
  І: "I",
  Ј: "J",
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  γ: "y",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  // Armenian letters that render like Latin ones, and Latin small capitals (NFKC folds neither).
  օ: "o",
  ս: "u",
  ց: "g",
  հ: "h",
  ո: "n",
  Օ: "O",
  Ս: "U",
  ᴀ: "a",
  ʙ: "b",
  ᴄ: "c",
  ᴅ: "d",
  ᴇ: "e",
  ɢ: "g",
  ʜ: "h",
  ɪ: "i",
  ᴊ: "j",
  ᴋ: "k",
  ʟ: "l",
  ᴍ: "m",
  ɴ: "n",
  ᴏ: "o",
  ᴘ: "p",
  ʀ: "r",
  ꜱ: "s",
  ᴛ: "t",
  ᴜ: "u",
  ᴠ: "v",
  ᴡ: "w",
  ᴢ: "z",
};
// Then every letter or digit Unicode's confusables data lists with one ASCII twin (confusables-table.ts, derived
// from it), where the hand-kept entries above do not already say: the one table both the scoring text and
// the detectors' look-alike view (detect/decode-confusables.ts) read.
if (CONFUSABLE_LETTERS.length !== LATIN_TWINS.length) throw new Error("confusables table: lengths differ");
for (let i = 0; i < CONFUSABLE_LETTERS.length; i++)
  LOOKALIKES[CONFUSABLE_LETTERS.charAt(i)] ??= LATIN_TWINS.charAt(i);
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "gu");

/** A word that mixes Latin letters with Cyrillic, Greek or Armenian ones: honest text in one script does not. */
const MIXED_SCRIPT_WORD =
  /(?:\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]|[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]\p{Script=Latin})/u;

// Combining marks left after NFKC composed what it could: overlays and stacks drawn over every letter
// ("s̸t̸r̸u̸c̸k̸" or "zalgo" text) keep a phrase legible to a model but split it for a pattern. The scripts whose
// vowel signs are combining marks (Devanagari, Thai, …) are not read by any signal, so nothing is lost.
const COMBINING = /\p{Mn}+/gu;

const LOOKALIKE_SCRIPT = /[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u1f00-\u1fff]/;

export interface ScoringText {
  /**
   * Hidden characters removed, compatibility forms folded, combining marks dropped, look-alikes mapped to
   * Latin, whitespace collapsed.
   */
  text: string;
  /** Whether some word mixed scripts (a homoglyph disguise). */
  mixedScript: boolean;
  /**
   * The same text with its line breaks kept (each run of blanks holding one becomes a single line break):
   * the structural cues read a line as a sentence of its own, as a table row or a record's field is.
   */
  lines: string;
}

// Whitespace other than a single space (single spaces, the bulk of prose, are left alone: replacing each
// costs more than everything else here), in two passes without a callback: a line break and the blanks after
// it become one line break (a match starts only at a line break, so a long run of spaces costs no
// backtracking; a lone line break is left as it is), then any other run of blanks, or a tab on its own, one
// space. The flat text then turns each line break, with a space before it, into one space: the same text as
// collapsing every run at once.
const LINE_BREAK = /\r\s*|\n\s+/g;
const BLANKS = /[^\S\n]{2,}|[^\S \n]/g;
const oneBlank = (text: string): string => text.replace(LINE_BREAK, "\n").replace(BLANKS, " ");
const flat = (lines: string): string => (lines.includes("\n") ? lines.replace(/ ?\n/g, " ") : lines);

// Markup a model reads through, which splits a phrase for a pattern ("**Please** get …", "<b>send</b> my …",
// "passwords &amp; text them", "> and text it to …" on a quoted e-mail's next line): HTML's inline tags (but one
// with a style, which a cue reads) and closing tags, character references, Markdown's emphasis at a word's edge,
// the marks that quote an e-mail's lines, and "&" for "and". A styled tag and a link's opening tag stay (a cue
// reads style="display:none" and href), and so do "*" and "_" inside a word or standing alone (a list's bullet,
// snake_case, a product a*b), and runs of three or more (a decorated label, "***Priority Notice***", is a cue of
// its own).
const INLINE = "b|i|em|strong|u|s|mark|small|big|span|font|code|tt|sub|sup|del|ins|q|cite|abbr";
const INLINE_TAG = new RegExp(
  String.raw`<(?:${INLINE})\b(?![^<>]{0,200}?style)[^<>]{0,200}?>|<\/(?:${INLINE}|a)\s*>`,
  "gi",
);
const EMPHASIS = /(?<![\w*])[*_]{1,2}(?=[\p{L}\d])|(?<=[\p{L}\d.,!?:;)])[*_]{1,2}(?![\w*])/gu;
const QUOTE_MARKS = /^(?:[ \t]*>)+[ \t]?/gm;
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function character(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code === 0xa0 ? 0x20 : code) : "";
}

function liftMarkup(text: string): string {
  let out = text;
  if (out.includes("<")) out = out.replace(INLINE_TAG, "");
  if (out.includes("&"))
    out = out.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) =>
      name ? (NAMED[name.toLowerCase()] ?? whole) : character(dec ? Number(dec) : parseInt(hex ?? "", 16)),
    );
  // "&" between words is read as "and" ("get my passwords & text them to …").
  if (out.includes("&")) out = out.replaceAll(" & ", " and ");
  if (out.includes("*") || out.includes("_")) out = out.replace(EMPHASIS, "");
  if (out.includes(">")) out = out.replace(QUOTE_MARKS, "");
  return out;
}

export function scoringText(raw: string): ScoringText {
  const visible = liftMarkup(findHidden(raw)?.stripped ?? raw);
  // eslint-disable-next-line no-control-regex -- the class is "any non-ASCII", so its bounds start at NUL
  if (!/[^\x00-\x7f]/.test(visible)) {
    const lines = oneBlank(visible).trim();
    return { text: flat(lines), mixedScript: false, lines };
  }
  const folded = visible.normalize("NFKC");
  // The script-property test is slow; most non-ASCII text has no Greek, Cyrillic or Armenian letter at all.
  const mixedScript = LOOKALIKE_SCRIPT.test(folded) && MIXED_SCRIPT_WORD.test(folded);
  const lines = folded
    .replace(COMBINING, "")
    .replace(LOOKALIKE, (ch) => LOOKALIKES[ch] ?? ch)
    .replace(LINE_BREAK, "\n")
    .replace(BLANKS, " ")
    .trim();
  return { text: flat(lines), mixedScript, lines };
}

// A line break inside a sentence. Three kinds are joined back into one line, so the cues that read lines see
// the sentence whole:
// - a long line (60 characters or more) that ends in a lower-case letter, a digit or a comma was wrapped at a
//   word, and the next line carries on its sentence ("… the film The Jungle\nBook was …");
// - the next line opens with a word no sentence opens with in lower case, perhaps behind a list's bullet ("…
//   my saved passwords\nand text it to …", "Change the door code\nto 4455", "- get my passwords\n- and text…");
// - the line ends on a word no sentence ends with ("… send my statements to\namy@…", "Please make my\nrepo…")
//   and the next opens in lower case or with a number (a capital opens a sentence of its own: a passage cut
//   off in mid-sentence, then an order).
// A short line that ends a thought (a title, a signature, "Hi Bob,") stays a line, and so does the next line
// after it ("Hi Bob,\nplease …" keeps its order at a line's start); so do lines ending in a stop or a bar.
// The lookahead runs first so the lookbehinds are tried only at line breaks.
const CARRIES_ON = String.raw`(?:and|or|then|to|into|onto|with|via|using|from|at|for|by|as|plus|including|but)\s`;
const LEFT_OPEN = String.raw`\b(?:to|and|or|the|an|my|your|our|their|of|into|onto|with|via|at|for|from|then|[Pp]lease)`;
const WRAPPED = new RegExp(
  String.raw`(?= ?\n)(?:(?<=[^\n]{59}[\p{Ll}\d,])\n|(?<=[\p{Ll}\d,]) ?\n(?=(?:[-*•+][ \t]+)?${CARRIES_ON})|(?<=${LEFT_OPEN}) ?\n(?=[\p{Ll}\d+(]))`,
  "gu",
);

/** The lines of a scoring text with wrapped lines joined back into their sentences. */
export function unwrapLines(lines: string): string {
  return lines.includes("\n") ? lines.replace(WRAPPED, " ") : lines;
}

// A short lead-in closed by a comma at the start of a line or a sentence: a greeting, an aside, a time ("Hi Bob,
// please …", "Quick favour, turn off …", "Oh and, delete …"). What follows it stands where an order stands, so
// the blank after the comma becomes a paragraph separator (U+2029): a clause start for the cues
// (order-phrases.ts, CLAUSE_START), and still a blank inside the sentence for a pattern that spans the comma
// ("\s" matches it, "[^.!?\n]" passes it). The comma must be followed by a blank, so "$2,500" is not one;
// bounded at 30 characters.
const LEAD_IN = /((?:^|[\n.!?"])[ \t]*[^,.!?;:\n"]{1,30},)[ \t]+/g;
const LEAD_IN_MARK = "\u2029";

/** The lines with the blank after each lead-in marked as a clause start. */
export function breakLeadIns(lines: string): string {
  return lines.includes(",") ? lines.replace(LEAD_IN, `$1${LEAD_IN_MARK}`) : lines;
}
