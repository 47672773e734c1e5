// A file whose name starts with a vendor's word prefix (secret-store.js, live_reload.py, test_utils.ts) is
// written in diffs, listings and stack traces, each time with the next line's words after it. Read as a token
// cut in chunks (chunked-tokens.ts), the name's stem, its extension and the words of the lines below join
// into one random-looking body: `secret-store.js⏎index 3b1f2a4..8c9d0e1 100644` made a Statsig secret. A
// file name ends at its extension: a dot, one to four lower-case letters or digits, then a blank, a line
// break, a quote or the text's end, after a stem of lower-case letters, digits, dashes and underscores (a
// name a person wrote). A random body has capitals, so a token cut at a dot still joins.

/** The longest extension read as one (.js, .ts, .yaml, .json). */
const MAX_EXTENSION = 4;

const isLowerOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** What may stand after a file's name: a blank, a line break, a tab, a quote, a colon (file.js:12), a comma. */
const ENDS_NAME = new Set([32, 9, 10, 13, 34, 39, 96, 58, 44, 41]);

/**
 * Whether text[chunk, stop) is a file's extension ending its name: the separator before it is one dot, it is
 * one to MAX_EXTENSION lower-case letters or digits, and the text ends or a name's end follows. `stem` is
 * what the chunks have joined so far after the prefix: a name has no capital.
 */
export function endsFileName(text: string, chunk: number, stop: number, stem: string): boolean {
  if (text.charCodeAt(chunk - 1) !== 46 || text.charCodeAt(chunk - 2) === 46) return false;
  const length = stop - chunk;
  if (length < 1 || length > MAX_EXTENSION) return false;
  for (let i = chunk; i < stop; i++) if (!isLowerOrDigit(text.charCodeAt(i))) return false;
  if (stop < text.length && !ENDS_NAME.has(text.charCodeAt(stop))) return false;
  return /^[a-z0-9_-]+$/.test(stem);
}
