// Words a model reads through their spelling, which a pattern does not: a slug or a snake_case run
// ("ignore_all_previous_instructions"), camelCase ("ignoreAllPreviousInstructions"), letters spaced out or
// joined by a mark ("p a s s w o r d s", "p-a-s-s-w-o-r-d-s"), digits standing for letters ("1gn0r3 4ll
// pr3v10u5 1n5truct10n5") and a word broken at a line's end ("instruc-\ntions"). The result scorer reads the
// raw text rewritten into plain words. Each rewrite is one linear pass behind a cheaper test that most results
// fail; none of them is applied to what is forwarded, only to what the cues read. The patterns are ASCII, with
// \b for a word's edges: with Unicode classes and look-behinds the same passes cost about 30 ms on 100 KB of
// prose, ten times the rest of the scorer (look-alike letters are folded later, by the scoring text).

import { joinLaidOutWords } from "./laid-out-words.js";

// Single characters spaced out, one blank inside a word and more between words ("s e n d   t h e   k e y s"):
// a stretch of six or more. Its single blanks go and its longer gaps become one; a stretch with no longer gap
// is one word. Before the scoring text collapses blanks, which would lose the gaps between words.
const SPACED = /(?<!\S)\S(?:[ \t\u00a0]{1,4}\S){5,}(?!\S)/g;
const HAS_SPACED = /(?<!\S)\S[ \t\u00a0]{1,4}\S[ \t\u00a0]{1,4}\S[ \t\u00a0]{1,4}\S(?!\S)/;
const unspace = (stretch: string): string =>
  stretch.replace(/[ \t\u00a0]+/g, (gap) => (gap.length > 1 ? " " : ""));

// Three or more single letters joined by the same mark ("t-r-a-n-s-f-e-r", "a.l.l"): the marks go.
const JOINED_LETTERS = /\b[A-Za-z]([-.*_|/])[A-Za-z](?:\1[A-Za-z])+\b/g;
const HAS_JOINED_LETTERS = /\b[A-Za-z]([-.*_|/])[A-Za-z]\1[A-Za-z]\b/;

// Four or more words joined by hyphens, pluses or underscores ("ignore-all-text-below", "delete_the_files_now"):
// the joins become blanks. Shorter runs are names (a package, a constant) more often than phrases, and so is a
// run in capitals joined by underscores (IGNORE_PREVIOUS_RUN_RESULTS=true is a setting).
const SLUG = /\b[A-Za-z][A-Za-z']*(?:[-+_][A-Za-z][A-Za-z']*){3,}\b/g;
const HAS_SLUG = /[A-Za-z][-+_][A-Za-z]+[-+_][A-Za-z]+[-+_][A-Za-z]/;

const unslug = (run: string): string =>
  run.includes("_") && !/[a-z]/.test(run) ? run : run.replace(/[-+_]/g, " ");

// Four or more words run together in camelCase ("forwardTheUsersInboxNow"): a blank before each capital. Only
// from a lower-case start: a word in PascalCase is a name (AmazonGetSavedAddresses, a tool an order names), and a
// name is read whole.
const CAMEL = /\b[a-z]+(?:[A-Z][a-z]+){3,}\b/g;
const HAS_CAMEL = /[a-z][A-Z][a-z]+[A-Z][a-z]+[A-Z]/;

// Words written with digits for letters ("1gn0r3 pr3v10u5 1n5truct10n5", "th3 p455w0rd5"): in a text where at
// least two words carry such a digit between letters, every token of letters and the digits that pass for
// letters, with at least one of each, is read with the letters. One such word alone is an id or a name (a1b3c5,
// l33t), and a digit at a word's edge alone is a name or a unit (rot13, sha1, 0px, 3rd); a token with any other
// digit (2, 6, 8, 9) is a number, a version or an id, and stays as it is.
const LEET_INSIDE = /[A-Za-z][013457]+[A-Za-z]/g;
const LEET_TOKEN = /\b[A-Za-z']*[013457][A-Za-z013457']*\b/g;
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };
const unleet = (token: string): string =>
  /[A-Za-z]/.test(token) ? token.replace(/[013457]/g, (digit) => LEET[digit] ?? digit) : token;

function writtenInLeet(text: string): boolean {
  let words = 0;
  for (const _ of text.matchAll(LEET_INSIDE)) if (++words === 2) return true;
  return false;
}

// A word hyphenated at the end of a line and carried on at the start of the next ("previ-\nous").
const BROKEN_WORD = /([a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])/g;

/**
 * `text` with each match of `pattern` (global) replaced by `rewrite(match)`, as one flat string. V8's replace
 * with a function costs about five times as much as finding the matches (1.1 against 0.2 ms on 100 KB), and a
 * string built by "+" is a rope that each later pattern flattens again (0.8 ms on 100 KB): the pieces are
 * joined once.
 */
function rewriteEach(text: string, pattern: RegExp, rewrite: (match: string) => string): string {
  const pieces: string[] = [];
  let copied = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const replaced = rewrite(match[0]);
    if (replaced === match[0]) continue;
    pieces.push(text.slice(copied, match.index), replaced);
    copied = match.index + match[0].length;
  }
  if (copied === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}

const unjoin = (run: string): string => run.replace(/[^A-Za-z]/g, "");
const uncamel = (run: string): string => run.replace(/([a-z])(?=[A-Z])/g, "$1 ");

/** `raw` with each disguised spelling rewritten as plain words (unchanged when it holds none). */
export function respell(raw: string): string {
  // Words cut by inline Markdown or laid out one letter per line come first: the passes below read words.
  let text = joinLaidOutWords(raw);
  if (text.includes("-\n") || text.includes("-\r")) text = text.replace(BROKEN_WORD, "$1");
  if (HAS_SPACED.test(text)) text = rewriteEach(text, SPACED, unspace);
  if (HAS_JOINED_LETTERS.test(text)) text = rewriteEach(text, JOINED_LETTERS, unjoin);
  if (HAS_SLUG.test(text)) text = rewriteEach(text, SLUG, unslug);
  if (HAS_CAMEL.test(text)) text = rewriteEach(text, CAMEL, uncamel);
  if (writtenInLeet(text)) text = rewriteEach(text, LEET_TOKEN, unleet);
  return text;
}
