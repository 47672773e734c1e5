// A source map's `mappings` (version 3) is base64 VLQ: segments of one to five fields cut by commas, lines by
// semicolons (`EAAAA,KAAAA,CAAAA;EAAG,…`). A run of segments can begin as a vendor's prefix does (Square's
// and Facebook's tokens begin `EAA`), and a token cut in chunks (chunked-tokens.ts) is read across exactly
// such commas: inside a mappings member, the chunks are segments, not a token.
//
// Linear: the members are found once per text (a native search for the name, then one walk over each value),
// and only for a text where a chunked token's prefix asks.

/** The member's name as JSON writes it, plain or escaped inside a JSON string. */
const NAME = /\\?"mappings\\?"[ \t]{0,4}:[ \t]{0,4}\\?"/g;
/** The characters of base64 VLQ and its separators. */
const VLQ = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/,;")
  VLQ[c.charCodeAt(0)] = 1;

/** The text last asked about, and the [start, end) pairs of its mappings values. */
let ofText: string | undefined;
let ranges: number[] = [];

function mappingsRanges(text: string): number[] {
  const found: number[] = [];
  if (!text.includes("mappings")) return found;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m !== null; m = NAME.exec(text)) {
    const start = m.index + m[0].length;
    let end = start;
    while (end < text.length && VLQ[text.charCodeAt(end)] === 1) end++;
    // The value must close where VLQ ends: a quote (escaped too), or it is no mappings value.
    const close = text.charCodeAt(end);
    if (close === 34 || close === 92) found.push(start, end);
    NAME.lastIndex = Math.max(NAME.lastIndex, end);
  }
  return found;
}

/** Whether `at` stands inside a source map's mappings value in `text`. */
export function inSourceMapMappings(text: string, at: number): boolean {
  if (text !== ofText) {
    ofText = text;
    ranges = mappingsRanges(text);
  }
  for (let i = 0; i < ranges.length; i += 2)
    if (at >= (ranges[i] as number) && at < (ranges[i + 1] as number)) return true;
  return false;
}
