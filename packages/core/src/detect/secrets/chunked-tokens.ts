// A token written in chunks: a vendor's prefix, then its body cut by a space, a comma, a line break or a dash
// ("ghp_R8kWq2Zp L5vN3xT7yB1c D4fG6hJ9mK0s A2eU", "AKIA 2OGY BAH6 STMM NXNL"). A reader, or a server, joins
// the chunks back at once; no rule matches the pieces. Read only where a format's prefix starts a word and
// its rules found nothing there: the chunks after it are joined, one candidate per number of chunks, and
// each candidate is judged by that prefix's own format rules alone (no context rule, no decoding), so
// ordinary prose, UUIDs, hashes and base64, which have no vendor prefix, are never joined, and words after a
// prefix only count when they make that vendor's exact shape.
//
// Bounded: at most MAX_CHUNKS chunks and MAX_JOINED characters per prefix.

import { endsFileName } from "./file-name-chunks.js";

/** More chunks than this are not one token. */
const MAX_CHUNKS = 16;
/** The longest token worth joining (the longest vendor formats are about 250 characters). */
const MAX_JOINED = 320;
/** A chunk of this many lower-case letters and nothing else is a word, not a piece of a token. */
const MIN_WORD = 5;
/** The longest separator: a quote, a comma and a blank and a quote, or a line break and a list's dash. */
const MAX_SEPARATOR = 6;

const WORD = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") WORD[c.charCodeAt(0)] = 1;
const isWord = (code: number) => code < 128 && WORD[code] === 1;

/** Whether a prefix at `start` stands inside a word (base64, an identifier), where no chunked token starts. */
export function insideWord(text: string, start: number): boolean {
  return start > 0 && isWord(text.charCodeAt(start - 1));
}

export interface Candidate {
  /** The chunks joined. */
  text: string;
  /** Where the last chunk ends in the original text. */
  end: number;
  /**
   * The one character every separator was, when each was that character alone (a dotted or dashed run, which a
   * format whose alphabet holds it writes itself); undefined otherwise.
   */
  native: string | undefined;
  /** Every separator so far was written the same ("" + "", " | "): one cut, not the text going on after it. */
  uniform: boolean;
  /**
   * The chunks joined with each dash kept, where some separator was a dash with blanks beside it ("xoxb- 1234…",
   * "…9012 -3456…"): a format that writes dashes between its parts reads it so. Undefined when no separator was.
   */
  dashed: string | undefined;
}

/** A separator of blanks, tabs and line breaks alone. */
function blankOnly(separator: string): boolean {
  for (const c of separator) if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") return false;
  return true;
}

/** A separator that is one dash with blanks beside it (" -", "- ", " - ", "-\n"): the dash is the format's own. */
function blankDash(separator: string): boolean {
  if (separator.length < 2) return false;
  let dashes = 0;
  for (const c of separator) {
    if (c === "-") dashes++;
    else if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") return false;
  }
  return dashes === 1;
}

/** What may stand between chunks: blanks, line breaks, punctuation, quotes and brackets (no letter, digit or _). */
const SEPARATOR = new Uint8Array(128);
for (const c of " \t\r\n,;|-.:/+\"'`*#()[]{}<>") SEPARATOR[c.charCodeAt(0)] = 1;

/** Where the separator that starts at `i` ends (one to MAX_SEPARATOR of SEPARATOR's characters), or -1. */
function separatorEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < MAX_SEPARATOR && SEPARATOR[text.charCodeAt(j)] === 1) j++;
  return j > i && !(j < text.length && SEPARATOR[text.charCodeAt(j)] === 1) ? j : -1;
}

/** The shortest chunk after a word that makes the word a chunk of a token (see tokenChunkAfter). */
const MIN_TOKEN_CHUNK = 4;

/**
 * Whether the chunk after the separator at `at` looks cut from a random token: MIN_TOKEN_CHUNK word
 * characters or more, with a digit or a capital after its first character (prose's next word has neither).
 */
function tokenChunkAfter(text: string, at: number): boolean {
  const next = separatorEnd(text, at);
  if (next < 0) return false;
  let stop = next;
  let marked = false;
  for (; stop < text.length && isWord(text.charCodeAt(stop)) && stop - next < MAX_JOINED; stop++) {
    const c = text.charCodeAt(stop);
    if ((c >= 48 && c <= 57) || (stop > next && c >= 65 && c <= 90)) marked = true;
  }
  return marked && stop - next >= MIN_TOKEN_CHUNK;
}

/**
 * The candidates of a token cut in chunks whose prefix is text[start, keywordEnd), in the order they are judged:
 * those cut the same way throughout, longest first (the whole cut token, not a part of it), then the others,
 * shortest first (the token, not the text after it). None when the prefix does not start a word or no chunk
 * follows the first. `startsToken` says where a chunk would start another token: the joining stops before it.
 */
export function chunkedCandidates(
  text: string,
  start: number,
  keywordEnd: number,
  startsToken: (at: number) => boolean = () => false,
): Candidate[] {
  if (insideWord(text, start)) return [];
  let end = keywordEnd;
  while (end < text.length && isWord(text.charCodeAt(end)) && end - start < MAX_JOINED) end++;
  let joined = text.slice(start, end);
  let dashed = joined;
  let blankDashes = false;
  let dashedOpen = true;
  const candidates: Candidate[] = [];
  let native: string | undefined;
  let first = true;
  let separator: string | undefined;
  let uniform = true;
  while (candidates.length < MAX_CHUNKS - 1 && joined.length < MAX_JOINED) {
    const next = separatorEnd(text, end);
    if (next < 0 || !isWord(text.charCodeAt(next))) break;
    // A chunk that starts a token of its own ("xoxb- xoxb- …", "ghp_… ghp_…") is the next token, not a piece of
    // this one: a random body does not hold a vendor's prefix at a cut. It bounds a flood of prefixes, each of
    // which would otherwise join the next MAX_CHUNKS of them.
    if (startsToken(next)) break;
    // A command line's long option (`--scanners vuln,misconfig,secret --severity HIGH`): the word after two
    // dashes is the option's name, never a token's piece.
    if (next >= 2 && text.charCodeAt(next - 1) === 45 && text.charCodeAt(next - 2) === 45) break;
    let stop = next;
    let lower = 0;
    for (; stop < text.length && isWord(text.charCodeAt(stop)) && stop - next < MAX_JOINED; stop++) {
      const c = text.charCodeAt(stop);
      if (c >= 97 && c <= 122) lower++;
    }
    // A word after the token ("glpat-hellOWorld380 testin", "sk_test_abc123. Reach out"): five letters or
    // more, lower case but for the first. A chunk of a random token is seldom so.
    const initial = text.charCodeAt(next);
    const capital = initial >= 65 && initial <= 90 ? 1 : 0;
    const word = lower + capital === stop - next && lower + capital >= MIN_WORD;
    // But a token's body holds such a run now and then (…D4fGabcdeK…), and a cut there must not end the token:
    // a word between chunks of a token (one with a digit or an inner capital follows) is one of its chunks;
    // no candidate ends on it.
    if (word && !tokenChunkAfter(text, stop)) break;
    // A file's extension after its stem (secret-store.js): the name ends there, the next line is not its body.
    if (endsFileName(text, next, stop, joined.slice(keywordEnd - start))) break;
    const written = text.slice(end, next);
    uniform &&= separator === undefined || separator === written;
    separator = written;
    const alone = next === end + 1 ? text[end] : undefined;
    // A prefix that ends on its dash, then a blank ("xoxb- 1234…"): the same cut as a dash between blanks.
    const afterPrefixDash = first && dashed.endsWith("-") && blankOnly(written);
    native = first || native === alone ? alone : undefined;
    first = false;
    joined += text.slice(next, stop);
    const keepsDash = written === "-" || blankDash(written);
    blankDashes ||= afterPrefixDash || blankDash(written);
    // The dashed reading ends at the first separator with no dash: the words after it are not the token's.
    dashedOpen &&= keepsDash || afterPrefixDash;
    if (dashedOpen) dashed += `${keepsDash ? "-" : ""}${text.slice(next, stop)}`;
    end = stop;
    if (!word)
      candidates.push({
        text: joined,
        end,
        native,
        uniform,
        dashed: blankDashes && dashedOpen ? dashed : undefined,
      });
  }
  const same = candidates.filter((c) => c.uniform).reverse();
  return [...same, ...candidates.filter((c) => !c.uniform)];
}
