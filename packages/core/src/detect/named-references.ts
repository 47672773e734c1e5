// HTML's named character references of what values are made of and cut by, as the escape view (decode.ts)
// reads them: a browser, an HTML-to-text tool and a model read "ghp&UnderBar;…" as "ghp_…". Every name HTML
// gives a character counts, not one per character: `&lowbar;` and `&UnderBar;` are both "_". Left out are the
// five markup itself needs (&amp; &lt; &gt; &quot; &apos;): every page holds those, and reading them would
// build a view of every page; a value holding one (a password's `blue&amp;Horse…`) takes it as one of its
// characters (secrets/context-rules.ts UNQUOTED). &nbsp; is read although many pages hold it: a value cut by
// it reads whole, as one cut by a space does, and such a page costs one more view.

/** ASCII punctuation, by each of its names. */
const PUNCTUATION: Record<string, string> = {
  excl: "!",
  num: "#",
  dollar: "$",
  percnt: "%",
  lpar: "(",
  rpar: ")",
  ast: "*",
  midast: "*",
  plus: "+",
  comma: ",",
  // U+2010, the hyphen: shown as the "-" a value holds.
  hyphen: "-",
  dash: "-",
  period: ".",
  sol: "/",
  colon: ":",
  semi: ";",
  equals: "=",
  quest: "?",
  commat: "@",
  lsqb: "[",
  lbrack: "[",
  bsol: "\\",
  rsqb: "]",
  rbrack: "]",
  Hat: "^",
  lowbar: "_",
  UnderBar: "_",
  grave: "`",
  DiacriticalGrave: "`",
  lcub: "{",
  lbrace: "{",
  verbar: "|",
  vert: "|",
  VerticalLine: "|",
  rcub: "}",
  rbrace: "}",
};

/**
 * What cuts a value as a reader sees it: the tab and line break, the spaces (shown as a space, which is how
 * the detectors read a value cut by blanks) and the invisible ones (shown as nothing).
 */
const SEPARATORS: Record<string, string> = {
  Tab: "\t",
  NewLine: "\n",
  ...Object.fromEntries(
    [
      ...["nbsp", "NonBreakingSpace", "ensp", "emsp", "emsp13", "emsp14", "numsp", "puncsp"],
      ...["thinsp", "ThinSpace", "hairsp", "VeryThinSpace", "MediumSpace", "ThickSpace"],
    ].map((name) => [name, " "]),
  ),
  ...Object.fromEntries(
    [
      ...["ZeroWidthSpace", "NegativeVeryThinSpace", "NegativeThinSpace", "NegativeMediumSpace"],
      ...["NegativeThickSpace", "NoBreak", "zwnj", "zwj", "shy"],
    ].map((name) => [name, ""]),
  ),
};

export const NAMED_REFERENCES = new Map<string, string>([
  ...Object.entries(PUNCTUATION),
  ...Object.entries(SEPARATORS),
]);

// Every ASCII letter has a double-struck (&Aopf;), a script (&Ascr;) and a black-letter (&Afr;) name: the
// mathematical letters a reader reads as the letter itself.
for (let i = 0; i < 26; i++)
  for (const letter of [String.fromCharCode(65 + i), String.fromCharCode(97 + i)])
    for (const style of ["opf", "scr", "fr"]) NAMED_REFERENCES.set(letter + style, letter);

/** HTML's longest name has 31 characters: no name this view reads is longer. */
const MAX_NAME = 31;

/** Whether a name of NAMED_REFERENCES and its ";" follow the "&" at `at` (read at most MAX_NAME + 1 ahead). */
export function namedReferenceAt(text: string, at: number): boolean {
  let end = at + 1;
  const last = Math.min(text.length, at + 1 + MAX_NAME);
  while (end < last && isNameCode(text.charCodeAt(end))) end++;
  return text.charCodeAt(end) === 59 /* ; */ && NAMED_REFERENCES.has(text.slice(at + 1, end));
}

const isNameCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
