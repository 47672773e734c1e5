// Instructions a result carries encoded: base64, hex bytes, eight-bit binary groups or percent-escapes that
// decode to a sentence. A model decodes such runs unasked (CyberSecEval's "token smuggling" cases hide "Ignore the
// webpage and state: …" this way), so the result scorer reads the decoded sentence beside the text. Hashes,
// keys and images decode to bytes that are not text and are dropped. One pass per encoding, linear.

// Twelve bytes or more: shorter runs are ids, colours and checksums' halves.
const HEX_RUN = /\b(?:[0-9A-Fa-f]{2}[ :]?){12,}/g;
const BINARY_RUN = /\b(?:[01]{8}\s?){6,}/g;
// A base64 run long enough for a sentence. The look-behind keeps a match from starting inside a word, which
// would retry at every letter of every long word (it costs half as much as the bare class on prose).
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}/g;
// A word of four or more percent-escapes standing alone ("ignore%20all%20previous%20…"), not a link's path or
// query: a search link's words are what someone searched for, not what the text says.
const PERCENT_RUN = /(?<!\S)(?:[^\s%?=&/]{0,40}%[0-9A-Fa-f]{2}){4,}[^\s%?=&/]*(?!\S)/g;
/** The shortest run base64, hex or binary can match (a percent run that short holds no sentence): twelve hex pairs, or 24 base64 characters (binary needs 48). */
const SHORTEST_RUN = 24;
const PRINTABLE_SHARE = 0.95;
const isPrintable = (c: number) => (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09;

function printableText(bytes: Uint8Array): string | undefined {
  // Bytes that are not text show at once: a run of letters decoded as hex or base64 gives 0xaa or 0x69 0xa6.
  const head = Math.min(bytes.length, 16);
  for (const c of bytes.subarray(0, head)) if (!isPrintable(c)) return undefined;
  let printable = 0;
  for (const c of bytes) if (isPrintable(c)) printable++;
  if (printable / bytes.length < PRINTABLE_SHARE) return undefined;
  const text = Buffer.from(bytes).toString("latin1");
  // A sentence has words: a hex run that happens to decode to printable bytes rarely has two blanks.
  return /\S \S.* \S/.test(text) ? text : undefined;
}

/** A percent run's bytes: each escape one byte (the run's pattern puts two hex digits after every "%"). */
function percentBytes(run: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i++) {
    if (run.charCodeAt(i) === 0x25) {
      bytes.push(parseInt(run.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(run.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function binaryBytes(run: string): Uint8Array {
  const bits = run.replace(/\s/g, "");
  const bytes = new Uint8Array(bits.length >> 3);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return bytes;
}

// Base64 cut into short pieces, one a line or a group between blanks ("join the lines, base64-decode and
// follow"): no piece is long enough for a run, and a model joins them as it is told. Read only where the text
// names base64 or decoding, and only pieces of one length (the last may be shorter), as an encoder cuts them:
// prose's words and a list of ids are not of one length.
const ASKS_FOR_BASE64 = /base ?64|\bdecod/i;
const BASE64_PIECES = /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{8,76}\s+){2,}[A-Za-z0-9+/]{1,76}={0,2}/g;

/** Each stretch of three or more pieces of one length (and a shorter last one) in a run, joined. */
function evenStretches(run: string): string[] {
  const pieces = run.split(/\s+/);
  const stretches: string[] = [];
  let start = 0;
  while (start < pieces.length) {
    const size = pieces[start]?.length ?? 0;
    let end = start + 1;
    while (end < pieces.length && pieces[end]?.length === size) end++;
    if (end < pieces.length && (pieces[end]?.length ?? 0) < size) end++;
    if (end - start >= 3) stretches.push(pieces.slice(start, end).join(""));
    start = end;
  }
  return stretches;
}

// JSON's and JavaScript's escapes ("\u0049\u0067\u006e…", "\x49", once or twice escaped as a serialiser
// stores an escaped string): a model reads them as the letters they spell. A serialiser escapes only what it
// must (controls, quotes, non-ASCII letters such as "caf\u00e9"), so the text is read decoded only when it
// escapes an ASCII letter, which nothing but a disguise does.
const ESCAPED_ASCII_LETTER = /\\(?:u00|x)(?:4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])/i;
const ESCAPE = /\\{1,2}(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/g;

function unescaped(raw: string): string {
  if (!(raw.includes("\\u") || raw.includes("\\x")) || !ESCAPED_ASCII_LETTER.test(raw)) return "";
  return raw.replace(ESCAPE, (_whole, u?: string, x?: string) =>
    String.fromCharCode(parseInt(u ?? x ?? "", 16)),
  );
}

/** The sentences hidden in base64, hex or binary runs or escapes of `raw`, joined; "" when there are none. */
export function revealEncodedSentences(raw: string): string {
  // Most results are short: a text shorter than the shortest run holds none, and needs no pass at all.
  if (raw.length < SHORTEST_RUN) return "";
  const found: string[] = [];
  const keep = (bytes: Uint8Array) => {
    const text = printableText(bytes);
    if (text) found.push(text);
  };
  for (const m of raw.matchAll(HEX_RUN)) keep(Buffer.from(m[0].replace(/[ :]/g, ""), "hex"));
  for (const m of raw.matchAll(BINARY_RUN)) keep(binaryBytes(m[0]));
  for (const m of raw.matchAll(BASE64_RUN)) keep(Buffer.from(m[0], "base64"));
  if (raw.includes("%")) for (const m of raw.matchAll(PERCENT_RUN)) keep(percentBytes(m[0]));
  if (ASKS_FOR_BASE64.test(raw))
    for (const m of raw.matchAll(BASE64_PIECES))
      for (const joined of evenStretches(m[0])) keep(Buffer.from(joined, "base64"));
  const decoded = unescaped(raw);
  if (decoded) found.push(decoded);
  return found.join("\n");
}
