// A token written in chunks: a vendor's prefix, then its body cut by a space, a comma, a line break or a dash
// ("ghp_R8kWq2Zp L5vN3xT7yB1c D4fG6hJ9mK0s A2eU", "AKIA 2OGY BAH6 STMM NXNL"). A reader, or a server, joins
// the chunks back at once; no rule matches the pieces. Read only where a format's prefix starts a word and
// its rules found nothing there: the chunks after it are joined, one candidate per number of chunks, and
// each candidate is judged by that prefix's own format rules alone (no context rule, no decoding), so
// ordinary prose, UUIDs, hashes and base64, which have no vendor prefix, are never joined, and words after a
// prefix only count when they make that vendor's exact shape.
//
// Bounded: at most MAX_CHUNKS chunks and MAX_JOINED characters per prefix.

/** More chunks than this are not one token. */
const MAX_CHUNKS = 16;
/** The longest token worth joining (the longest vendor formats are about 250 characters). */
const MAX_JOINED = 320;
/** A chunk of this many lower-case letters and nothing else is a word, not a piece of a token. */
const MIN_WORD = 5;
/** Spaces or tabs on each side of a separator mark. */
const MAX_PAD = 2;

const WORD = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") WORD[c.charCodeAt(0)] = 1;
const isWord = (code: number) => code < 128 && WORD[code] === 1;

export interface Candidate {
  /** The chunks joined. */
  text: string;
  /** Where the last chunk ends in the original text. */
  end: number;
  /** Every separator was one dash alone: what a format whose alphabet holds dashes writes itself. */
  dashes: boolean;
}

/** Where the separator that starts at `i` ends (spaces, then one of \n , ; - |, then spaces), or -1. */
function separatorEnd(text: string, i: number): number {
  let j = i;
  const pad = () => {
    for (let n = 0; n < MAX_PAD && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9); n++) j++;
  };
  pad();
  const c = text.charCodeAt(j);
  if (c === 13 && text.charCodeAt(j + 1) === 10) j += 2;
  else if (c === 10 || c === 44 || c === 59 || c === 45 || c === 124) j++;
  pad();
  return j > i ? j : -1;
}

/**
 * The candidates of a token cut in chunks whose prefix is text[start, keywordEnd), longest first: each joins one
 * more chunk. None when the prefix does not start a word or no chunk follows the first.
 */
export function chunkedCandidates(text: string, start: number, keywordEnd: number): Candidate[] {
  if (start > 0 && isWord(text.charCodeAt(start - 1))) return [];
  let end = keywordEnd;
  while (end < text.length && isWord(text.charCodeAt(end)) && end - start < MAX_JOINED) end++;
  let joined = text.slice(start, end);
  const candidates: Candidate[] = [];
  let dashes = true;
  while (candidates.length < MAX_CHUNKS - 1 && joined.length < MAX_JOINED) {
    const next = separatorEnd(text, end);
    if (next < 0 || !isWord(text.charCodeAt(next))) break;
    let stop = next;
    let lower = 0;
    for (; stop < text.length && isWord(text.charCodeAt(stop)) && stop - next < MAX_JOINED; stop++) {
      const c = text.charCodeAt(stop);
      if (c >= 97 && c <= 122) lower++;
    }
    // A word after the token ("glpat-hellOWorld380 testin"): a chunk of a token cut apart is seldom five
    // lower-case letters and nothing else, and a sender cutting one could not make it so.
    if (lower === stop - next && lower >= MIN_WORD) break;
    dashes &&= next === end + 1 && text.charCodeAt(end) === 45;
    joined += text.slice(next, stop);
    end = stop;
    candidates.push({ text: joined, end, dashes });
  }
  return candidates.reverse();
}
