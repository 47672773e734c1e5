// A token written in chunks: a vendor's prefix, then its body cut by a space, a comma, a line break or a dash
// ("ghp_R8kWq2Zp L5vN3xT7yB1c D4fG6hJ9mK0s A2eU", "AKIA 2OGY BAH6 STMM NXNL"). A reader (or a server) joins
// the chunks back at once; no rule matches the pieces. Read only where a format rule's prefix stands at the
// start of a word and its rule found nothing there (the secret engine notes those places in the shared pass,
// see SharedPass.prefixes): the chunks after it are joined, one candidate per number of chunks, and the
// candidates are judged by the rules themselves. Ordinary prose, UUIDs, hashes and base64 have no vendor
// prefix, so they are never joined.
//
// Bounded: at most MAX_CHUNKS chunks and MAX_JOINED characters per prefix, and the prefixes of a text are
// read left to right without going back over a stretch already read.

import { ViewBuilder, type DecodedView } from "./decode.js";

/** More chunks than this are not one token (a token is rarely cut in more than eight). */
const MAX_CHUNKS = 16;
/** The longest token worth joining (the longest vendor formats are about 250 characters). */
const MAX_JOINED = 320;
/** Spaces or tabs on each side of a separator mark. */
const MAX_PAD = 2;
/** Between the candidates of a view: no token character and no separator, so no candidate runs on. */
const APART = "\u0000";

const WORD = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") WORD[c.charCodeAt(0)] = 1;
const isWord = (code: number) => code < 128 && WORD[code] === 1;

/** Where the separator that starts at `i` ends, or -1 when none starts there. */
function separatorEnd(text: string, i: number): number {
  let j = i;
  const pad = () => {
    for (let n = 0; n < MAX_PAD && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9); n++) j++;
  };
  pad();
  const c = text.charCodeAt(j);
  if (c === 13 && text.charCodeAt(j + 1) === 10) j += 2;
  else if (c === 10 || c === 44 || c === 59 || c === 45 || c === 124) j++; // \n , ; - |
  pad();
  return j > i ? j : -1;
}

/**
 * The view of the chunked tokens that start at `starts` (each a prefix's [start, keyword end)), or undefined
 * when none is chunked. The view holds the candidates alone, each mapped to the stretch it was joined from.
 */
export function chunkedTokenView(
  text: string,
  starts: readonly (readonly [number, number])[],
): DecodedView | undefined {
  if (starts.length === 0) return undefined;
  const view = new ViewBuilder();
  let readTo = 0;
  for (const [start, keywordEnd] of [...starts].sort((a, b) => a[0] - b[0])) {
    if (start < readTo || (start > 0 && isWord(text.charCodeAt(start - 1)))) continue;
    // The first chunk: the prefix and the word characters after it.
    let end = keywordEnd;
    while (end < text.length && isWord(text.charCodeAt(end))) end++;
    let joined = text.slice(start, end);
    let chunks = 1;
    while (chunks < MAX_CHUNKS && joined.length < MAX_JOINED) {
      const next = separatorEnd(text, end);
      if (next < 0 || !isWord(text.charCodeAt(next))) break;
      let stop = next;
      while (stop < text.length && isWord(text.charCodeAt(stop)) && stop - next < MAX_JOINED) stop++;
      joined += text.slice(next, stop);
      end = stop;
      chunks++;
      if (view.changed) view.replace(APART, start, start);
      view.replace(joined, start, end);
    }
    readTo = end;
  }
  return view.changed ? view.build() : undefined;
}
