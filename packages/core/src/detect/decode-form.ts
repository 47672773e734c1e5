// The form encoding (application/x-www-form-urlencoded: what an HTML form posts, what URLSearchParams and
// Python's urlencode write in a query string or a body) writes a blank as "+": `cc=4111+1111+1111+1111` is
// the card `cc=4111%201111%201111%201111` is. A field's value written so is read with each "+" a blank, in
// a view of the field alone, its name kept before it (the word a bare number needs: `ssn=078+05+1120`); its
// %XX are decoded in that view's own views, as anywhere.
//
// Linear: driven by the "=" signs (found natively) of a text that has a "+" as well; each value is walked over
// once, each name at most MAX_NAME characters back.
import { ViewBuilder, type DecodedView } from "./decode.js";

/** A field's name longer than this is no form field's (`[A-Za-z0-9_.-]`, and `[]` as PHP forms write lists). */
const MAX_NAME = 64;

/** Fields of the form encoding that write a blank as "+", each as a view read with its blanks. */
export function formFieldViews(text: string): DecodedView[] {
  const views: DecodedView[] = [];
  // Prose, logs, code and images without one or the other are let go by two native searches.
  if (!text.includes("+") || !text.includes("=")) return views;
  for (let equals = text.indexOf("="); equals >= 0; equals = text.indexOf("=", equals + 1)) {
    const start = equals + 1;
    let end = start;
    let plus = -1;
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (!isValueCode(code)) break;
      if (code === 0x2b /* + */ && plus < 0) plus = end;
    }
    if (plus < 0 || !endsField(text.charCodeAt(end))) continue;
    const name = fieldNameStart(text, equals);
    if (name === undefined) continue;
    const view = new ViewBuilder();
    view.copy(text, name, plus);
    let copied = plus;
    for (let at = plus; at < end; at++) {
      if (text.charCodeAt(at) !== 0x2b /* + */) continue;
      view.copy(text, copied, at);
      view.replace(" ", at, at + 1);
      copied = at + 1;
    }
    view.copy(text, copied, end);
    views.push(view.build());
    equals = end - 1;
  }
  return views;
}

/**
 * Where the name of the field whose "=" is at `equals` begins: a name of field characters before it, and
 * before the name the text's start, a "?" or "&" that opens a field (or the "&amp;" HTML writes for it in a
 * link's href), a blank or a quote. Undefined when no field's name ends there.
 */
function fieldNameStart(text: string, equals: number): number | undefined {
  let name = equals;
  while (name > 0 && equals - name < MAX_NAME && isNameCode(text.charCodeAt(name - 1))) name--;
  if (name === equals) return undefined;
  if (name === 0) return name;
  const before = text.charCodeAt(name - 1);
  return before === 0x3f /* ? */ ||
    before === 0x26 /* & */ ||
    isBoundary(before) ||
    afterEscapedAmpersand(text, name)
    ? name
    : undefined;
}

/**
 * Whether "&amp;" (any case, as HTML reads it) ends at `at`: every HTML generator writes a link's "&" so, and
 * a browser and a model read the field after it as after "&". The numeric forms (&#38;) are decoded by the
 * escape view, where a bare "&" opens the field; &amp; is not (every page holds it: see named-references.ts).
 */
function afterEscapedAmpersand(text: string, at: number): boolean {
  return (
    at >= 5 && text.charCodeAt(at - 1) === 0x3b /* ; */ && text.slice(at - 5, at - 1).toLowerCase() === "&amp"
  );
}

/** A value ends at the text's end, the next field's "&", a fragment's "#", a blank or a quote. */
function endsField(code: number): boolean {
  return Number.isNaN(code) || code === 0x26 || code === 0x23 || isBoundary(code);
}

/** A blank, a line break, or a quote around the field. */
function isBoundary(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0x22 || code === 0x27 || code === 0x60
  );
}

/** Characters of a form-encoded value: what the encoding leaves as it is, "+" and the "%" of %XX. */
function isValueCode(code: number): boolean {
  return (
    isAlphanumeric(code) ||
    code === 0x2b ||
    code === 0x25 ||
    code === 0x2a ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x5f ||
    code === 0x7e
  );
}

function isNameCode(code: number): boolean {
  return (
    isAlphanumeric(code) || code === 0x5f || code === 0x2e || code === 0x2d || code === 0x5b || code === 0x5d
  );
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
