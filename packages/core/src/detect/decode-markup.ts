// A page, an HTML e-mail or a CRM's HTML export shows a label and its value in neighbouring elements (`<span
// class="label">Phone:</span> <span class="value">4155550132</span>`, `<dt>SSN</dt><dd>…</dd>`): a reader
// sees "Phone: 4155550132", while the text holds tags between the two, so no rule that reads a value after
// its label sees them together. This view is the text as shown: each run of tags, with the blanks about it,
// read as one space, the text between copied as it stands (so what is found there maps back exactly). A run
// that ends a term or a table's cell and opens its description or the row's next data cell (`</dt><dd>`,
// `</td><td>`, `</th><td>`) reads as ": ": the term labels what follows it, as a colon does in text. Personal
// data, and of secrets only a password or a recovery phrase beside its label, and a credential's name (API
// key, client secret, access token) as a label with its colon (DecodedView.only "labels"): a token keeps its
// own format or its assignment in the text as written, and a page's prose around a value read as a label (a
// `key` word before a code sample) is no credential.
//
// Linear: one bounded pattern finds each tag once; the blanks about a run are read once each.
import { ViewBuilder, type DecodedView } from "./decode.js";

/** An opening, closing or empty element's tag; its attributes at most 512 characters. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,31}(?:[\s/][^<>]{0,512})?>/g;

const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
/** A tag that ends a term or a cell: what it held labels what follows in the same row. */
const ENDS_LABEL = /^<\/(?:dt|td|th)\b/i;
/**
 * A tag that opens what a label labels: a term's description, the row's next data cell. A header cell labels
 * none: after a head, the next head is a column's (`<th>Token</th><th>Description</th>`), not its value.
 */
const OPENS_VALUE = /^<(?:dd|td)\b/i;
/** A row's tag: a row's last cell labels nothing in the next. */
const ROW = /^<\/?tr\b/i;

/** The text with its tags read as blanks, or undefined when it holds no element that closes. */
export function markupView(text: string): DecodedView | undefined {
  // Markup closes its elements; a text without "</" (prose with a "<" in it, code) is let go natively.
  if (!text.includes("</")) return undefined;
  const view = new ViewBuilder();
  let copied = 0;
  let runStart = -1;
  let runEnd = -1;
  let labels = false;
  let opensValue = false;
  const endRun = () => {
    if (runStart < 0) return;
    view.copy(text, copied, runStart);
    // A label written with its own colon ("Phone:") keeps it alone.
    view.replace(labels && opensValue && text[runStart - 1] !== ":" ? ": " : " ", runStart, runEnd);
    copied = runEnd;
    runStart = -1;
    labels = false;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (end < text.length && isBlank(text.charCodeAt(end))) end++;
    if (start !== runEnd) {
      endRun();
      while (start > copied && isBlank(text.charCodeAt(start - 1))) start--;
      runStart = start;
    }
    runEnd = end;
    if (ENDS_LABEL.test(m[0])) labels = true;
    else if (ROW.test(m[0])) labels = false;
    opensValue = OPENS_VALUE.test(m[0]);
    TAG.lastIndex = end;
  }
  endRun();
  if (!view.changed) return undefined;
  view.copy(text, copied, text.length);
  return { ...view.build(), only: "labels" };
}
