// Necessary conditions in front of rules whose pattern is tried at tens of thousands of keyword hits per
// megabyte of source code and fails at almost all of them. A gate reads a bounded stretch of the text from the
// keyword's start and says false only where the rule's pattern cannot match from there; it never decides a
// finding, it only spares the pattern's attempt (and its backtracking) where the attempt is bound to fail.
// Each gate states the part of its rule's pattern it relies on; scan-gates.test.ts tries every gated rule's
// own pattern wherever its gate says false, so a pattern changed beyond what its gate assumes fails there.

/**
 * A gate: false only where the rule's pattern, tried at `at` (the keyword's start), cannot match (for a rule
 * that may start before its keyword, from no start in its `back` before `at` either). `breaks` is the scan's
 * one LineBreaks of `text`.
 */
export type Gate = (text: string, at: number, breaks: LineBreaks) => boolean;

/**
 * Where the next line break stands, for one text, remembered: keywords come in the order of the text, and many
 * share a line, so the text between them is searched once (linear however long its lines are; a native search,
 * which costs far less per character than a loop here).
 */
export class LineBreaks {
  private from = 0;
  private next = -1;
  constructor(private readonly text: string) {}

  /** The first "\n" at or after `at`, or the text's length where there is none. */
  after(at: number): number {
    // No "\n" in [from, next): none in [at, next) either.
    if (at >= this.from && at <= this.next) return this.next;
    const found = this.text.indexOf("\n", at);
    this.from = at;
    this.next = found < 0 ? this.text.length : found;
    return this.next;
  }
}

/** JavaScript's \s: the characters a pattern's [^\s] leaves out. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Where a match that ends its line (its value, then at most `blanks` blanks or tabs, then "\r\n", "\n" or the
 * end of the text) must end its value, given that nothing before the value holds a line break: the first line
 * break from `at` on, less the "\r" before it and the blanks before that. -1 when no line break (nor the end)
 * is within `reach` characters, or when more than `blanks` blanks stand there: no such match then.
 */
function valueEndBeforeLineEnd(
  text: string,
  at: number,
  breaks: LineBreaks,
  reach: number,
  blanks: number,
): number {
  let end = breaks.after(at);
  if (end - at > reach) return -1;
  if (end < text.length && text.charCodeAt(end - 1) === 13) end--;
  const before = end;
  while (end > at && before - end <= blanks) {
    const c = text.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return before - end > blanks ? -1 : end;
}

/** The characters of `set`, as a table by code (ASCII only). */
function asciiSet(set: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const ch of set) table[ch.charCodeAt(0)] = 1;
  return table;
}

const CODE_MARKS = asciiSet(",;&<>(){}[]\\|`");
const STATEMENT_ENDS = asciiSet(";,(){[]");

/**
 * The configuration-line rule (context-rules.ts, CONFIG_LINE):
 *   (name)[ \t]{0,4}(?:=|:=|:)[ \t]{0,4}(?=[^\s]{0,255}[,;&<>(){}[\]\\|`])([^\s"'`<][^\s]{5,255})
 *   (?<![;,(){[\]])(?=[ \t]{0,16}(?:\r?\n|$))
 * The name (ten letters at most), the operator and the blanks hold no line break, and the value none and no
 * \s at all; after it come up to 16 blanks and the line's end. So the value ends where the first line break
 * from the keyword (at most 4+10+2+4+256+16+1 characters on) less its blanks leaves it; its last character is
 * no \s and none of ;,(){[]; and one of ,;&<>(){}[]\|` stands inside it, so between the keyword and that end.
 */
export const CONFIG_LINE_GATE: Gate = (text, at, breaks) => {
  const end = valueEndBeforeLineEnd(text, at, breaks, 10 + 4 + 2 + 4 + 256 + 16 + 1, 16);
  // Two letters of a name, an operator and six characters of value at least.
  if (end < at + 9) return false;
  const last = text.charCodeAt(end - 1);
  if (isSpace(last) || (last < 128 && STATEMENT_ENDS[last] === 1)) return false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && CODE_MARKS[c] === 1) return true;
  }
  return false;
};

const PHRASE_ENDS = asciiSet("\"'`()[]{};=");

/**
 * The unquoted phrase on a line of its own (context-rules.ts, LINE_PHRASES):
 *   (name)(suffix)?[ \t]{0,16}(?:=|:=|:)[ \t]{0,16}(?=…)([^\s"'`<()[\]{};=][^\n"'`()[\]{};=]{2,254}
 *   [^\s"'`()[\]{};=])(?=[ \t]{0,16}(?:\r?\n|$))
 * Nothing before the value holds a line break (the name and its suffix are letters, digits, "_", "." and "-";
 * then blanks and an operator), nor does the value; so the value ends where the first line break from the
 * keyword (at most 13+11+16+2+16+256+16+1 characters on) less its blanks leaves it, and its last character is
 * no \s and none of "'`()[]{};=.
 */
export const LINE_PHRASE_GATE: Gate = (text, at, breaks) => {
  const end = valueEndBeforeLineEnd(text, at, breaks, 13 + 11 + 16 + 2 + 16 + 256 + 16 + 1, 16);
  if (end < at + 5) return false;
  const last = text.charCodeAt(end - 1);
  return !isSpace(last) && !(last < 128 && PHRASE_ENDS[last] === 1);
};

/** A character a credential's name or its tail (`_hash`, `.enc`, `2`) may hold: ASCII letters, digits, `_.-`,
 * and anything beyond ASCII (a name folded case-insensitively, `ſ` for `s`; `contraseña`). */
function inNameRun(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 45 ||
    c >= 128
  );
}

/** The longest name and tail those rules write: `passphrase` or `contraseña`, then `_plaintext` (20). */
const MAX_NAME_RUN = 32;

/**
 * The rules that set a value beside a password's name after a blank (context-rules.ts, SPOKEN_PASSWORD:
 * `(name)(tail)?[ \t]{1,4}(value)`; said-passwords.ts: `(name)[ \t]{1,4}(is|was|…)`): the name and its tail
 * are letters, digits, `_`, `.` and `-` (any character beyond ASCII counted in, for the case folding of the
 * `u` flag), and a blank or a tab follows them at once. So the run of such characters from the keyword ends
 * on a blank or a tab within MAX_NAME_RUN characters. In source code most names are followed by an operator,
 * a quote or a bracket (`password: string`, `password=None`, `DB_PASSWORD']`), which this turns away.
 */
export const NAME_THEN_BLANK_GATE: Gate = (text, at) => {
  const stop = Math.min(text.length, at + MAX_NAME_RUN);
  let i = at;
  while (i < stop && inNameRun(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
};

/**
 * The name-and-value pair rule (split-rules.ts): `(?:name|(?<![A-Za-z0-9_])key)["']?[ \t]{0,4}[:=]…`. At a
 * hit of "name" or "key" (ASCII, as the keyword pass reports them), the word, an optional quote, up to four
 * blanks or tabs, then ":" or "="; "key" also after no letter, digit or "_" (apiKey, API_KEY turn away).
 */
export const NAMED_PAIR_GATE: Gate = (text, at) => {
  let i: number;
  const n = text.charCodeAt(at) | 32;
  if (n === 110 /* n */) i = at + 4;
  else {
    const before = text.charCodeAt(at - 1);
    if (
      (before >= 97 && before <= 122) ||
      (before >= 65 && before <= 90) ||
      (before >= 48 && before <= 57) ||
      before === 95
    )
      return false;
    i = at + 3;
  }
  const quote = text.charCodeAt(i);
  if (quote === 34 || quote === 39) i++;
  for (let blanks = 0; blanks < 4; blanks++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  const op = text.charCodeAt(i);
  return op === 58 || op === 61;
};

/**
 * The quoted phrase after a password's name (context-rules.ts, QUOTED_PHRASES):
 *   (name)(tail)?(?:\\{0,3}["'\]]){0,2}[ \t]{0,16}(?:=|:=|:|=>|->)[ \t]{0,16}\\{0,3}(["'`])…
 * The name and its tail are a run of NAME_RUN characters; after them come only backslashes, quotes and "]",
 * then blanks, then the operator, then blanks, backslashes and the opening quote. A "-" of "->" right after
 * the tail is read into the run, which then stops at its ">". In code the value after the operator is mostly
 * no string (`password: string`, `password=None`, `password = os.environ[…]`), which this turns away.
 */
export const QUOTED_VALUE_GATE: Gate = (text, at) => {
  // Each stretch read no further than the pattern reaches (a run longer than that is no match): a flood of
  // names, quotes or blanks is read a bounded stretch per keyword, linear.
  let i = at;
  const name = Math.min(text.length, at + MAX_NAME_RUN);
  while (i < name && inNameRun(text.charCodeAt(i))) i++;
  if (i === name) return false;
  const quotes = i + 8; // (?:\\{0,3}["'\]]){0,2}
  for (let c = text.charCodeAt(i); c === 92 || c === 34 || c === 39 || c === 93; c = text.charCodeAt(++i))
    if (i === quotes) return false;
  const blanks = i + 16;
  for (let c = text.charCodeAt(i); c === 32 || c === 9; c = text.charCodeAt(++i))
    if (i === blanks) return false;
  const op = text.charCodeAt(i);
  if (op === 61 /* = */ || op === 58 /* : */) {
    i++;
    const second = text.charCodeAt(i);
    if ((op === 61 && second === 62) /* => */ || (op === 58 && second === 61) /* := */) i++;
  } else if (op === 45 /* - */) {
    if (text.charCodeAt(i + 1) !== 62) return false;
    i += 2;
  } else if (op === 62 /* the > of a "->" the name's run read into */) i++;
  else return false;
  const before = i + 16 + 3; // [ \t]{0,16}\\{0,3}
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 92; c = text.charCodeAt(++i))
    if (i === before) return false;
  const quote = text.charCodeAt(i);
  return quote === 34 || quote === 39 || quote === 96;
};

/** How far before its keyword a session's pair in a cookie list may start (split-rules.ts: the rule's `back`). */
export const LISTED_PAIR_BACK = 40;
/**
 * The longest name of that rule's pattern: 40 characters, its longest word (.AspNetCore.Cookies), 40 more, and
 * a digest of 64 hexadecimal digits after a separator (remember_web_<sha1>).
 */
const LISTED_PAIR_NAME = 40 + 19 + 40 + 65;

/**
 * A session's pair in a cookie list (split-rules.ts), tried from every start up to LISTED_PAIR_BACK before the
 * keyword:
 *   (?<![A-Za-z0-9_.-])(name)=value, the name a run of [A-Za-z0-9_.-] of at most LISTED_PAIR_NAME
 * The name is the whole run of name characters it starts (none before it, the "=" after it). So either the
 * keyword stands in the name, and the run from the keyword ends on that "=" within LISTED_PAIR_NAME, or the
 * name ended before the keyword, and its "=" stands after a name character less than LISTED_PAIR_BACK before
 * it, the value's first LISTED_VALUE_MIN characters after it. Source code names tokens and logins thousands of times per megabyte and writes "=" after a blank
 * (`token === undefined`, `const session = …`): each such place is turned away in a few comparisons, where the
 * look-back tried the pattern from each of the 40 starts before it.
 */
export const LISTED_PAIR_GATE: Gate = (text, at) => {
  let i = at;
  const name = Math.min(text.length, at + LISTED_PAIR_NAME);
  while (i < name && isCookieNameCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 61 /* = */) return true;
  // Searched natively in the window alone (lastIndexOf would read on to the text's start where no "=" stands,
  // as in base64): most keywords in code have none there.
  const first = Math.max(1, at - LISTED_PAIR_BACK + 1);
  if (first >= at) return false;
  const window = text.slice(first, at);
  for (let eq = window.indexOf("="); eq >= 0; eq = window.indexOf("=", eq + 1))
    if (isCookieNameCode(text.charCodeAt(first + eq - 1)) && listedValueFollows(text, first + eq + 1))
      return true;
  return false;
};

/** The shortest value of a session's pair in a cookie list (split-rules.ts, LISTED_VALUE). */
const LISTED_VALUE_MIN = 16;

/** Whether LISTED_VALUE_MIN characters of [^\s;,"'&=] stand from `at` (`password=None):` has four). */
function listedValueFollows(text: string, at: number): boolean {
  if (at + LISTED_VALUE_MIN > text.length) return false;
  for (let i = at; i < at + LISTED_VALUE_MIN; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 44 || c === 34 || c === 39 || c === 38 || c === 61 || isSpace(c)) return false;
  }
  return true;
}

/** [A-Za-z0-9_.-], a cookie name's characters in the session rules' patterns. */
function isCookieNameCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45
  );
}
