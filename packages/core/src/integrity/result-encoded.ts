// Instructions a result carries encoded: base64, hex bytes or eight-bit binary groups that decode to a
// sentence. A model decodes such runs unasked (CyberSecEval's "token smuggling" cases hide "Ignore the
// webpage and state: …" this way), so the result scorer reads the decoded sentence beside the text. Hashes,
// keys and images decode to bytes that are not text and are dropped. One pass per encoding, linear.

// Twelve bytes or more: shorter runs are ids, colours and checksums' halves.
const HEX_RUN = /\b(?:[0-9A-Fa-f]{2}[ :]?){12,}/g;
const BINARY_RUN = /\b(?:[01]{8}\s?){6,}/g;
// A base64 run long enough for a sentence. The look-behind keeps a match from starting inside a word, which
// would retry at every letter of every long word (it costs half as much as the bare class on prose).
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}/g;
const PRINTABLE_SHARE = 0.95;

function printableText(bytes: number[]): string | undefined {
  let printable = 0;
  for (const c of bytes) if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09) printable++;
  if (printable / bytes.length < PRINTABLE_SHARE) return undefined;
  const text = Buffer.from(bytes).toString("latin1");
  // A sentence has words: a hex run that happens to decode to printable bytes rarely has two blanks.
  return /\S \S.* \S/.test(text) ? text : undefined;
}

function decodeRuns(raw: string, run: RegExp, digits: RegExp, radix: number, width: number): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(run)) {
    const compact = m[0].replace(digits, "");
    const bytes: number[] = [];
    for (let i = 0; i + width <= compact.length; i += width)
      bytes.push(parseInt(compact.slice(i, i + width), radix));
    const text = printableText(bytes);
    if (text) out.push(text);
  }
  return out;
}

/** The sentences hidden in base64, hex or binary runs of `raw`, joined; "" when there are none. */
export function revealEncodedSentences(raw: string): string {
  const found = [...decodeRuns(raw, HEX_RUN, /[ :]/g, 16, 2), ...decodeRuns(raw, BINARY_RUN, /\s/g, 2, 8)];
  for (const m of raw.matchAll(BASE64_RUN)) {
    const text = printableText([...Buffer.from(m[0], "base64")]);
    if (text) found.push(text);
  }
  return found.join("\n");
}
