// Text a definition hides from the person reading it but not from the model: instructions written in base64
// (a model decodes it unasked), and text pushed out of sight behind a long run of blanks or empty lines (a
// client's tool dialog shows the first lines). Neither occurs in the 1,174 definitions of the npm servers in
// the integrity benchmark.

// A base64 run long enough to hold a sentence; shorter runs are identifiers and hashes.
const BASE64_RUN = /[A-Za-z0-9+/]{24,}={0,2}/g;
// Most printable ASCII: the decoded bytes of a hash or an image are not.
const PRINTABLE_SHARE = 0.95;
const MIN_DECODED = 16;

/** The readable text behind every base64 run of `raw`, joined; undefined when there is none. */
export function revealBase64(raw: string): string | undefined {
  const found: string[] = [];
  for (const m of raw.matchAll(BASE64_RUN)) {
    const decoded = Buffer.from(m[0], "base64").toString("latin1");
    if (decoded.length < MIN_DECODED) continue;
    let printable = 0;
    for (let i = 0; i < decoded.length; i++) {
      const c = decoded.charCodeAt(i);
      if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09) printable++;
    }
    if (printable / decoded.length >= PRINTABLE_SHARE) found.push(decoded);
  }
  return found.length ? found.join("\n") : undefined;
}

// Forty blanks in a row, or eight empty lines, with more text after them.
const PADDING = /[ \t\u00a0]{40}[ \t\u00a0]*\S|(?:\n[ \t]*){8}\n*[ \t]*\S/;

/** Whether text follows a run of blanks or empty lines long enough to push it out of a dialog's view. */
export function paddingHidesText(raw: string): boolean {
  return PADDING.test(raw);
}
