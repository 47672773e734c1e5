// Decoded views of a string, for the values a sender hides by encoding them: Unicode look-alikes (full-width
// and other digit forms, non-breaking and other spaces, dashes, invisible format characters), escapes
// (%XX, \xXX, \uXXXX, &#NN;, &#xHH;), and runs of base64, hex or base32 (decode-base32.ts) that decode to
// text. Each view maps its offsets back to the original, so a value found in a view is redacted where it
// was written.
//
// Linear without a cap: a view is built only when its trigger is present, a base64 or hex run is decoded only
// when its first characters are those of encoded text and what it decodes to is text, the runs of a string
// are disjoint (their decoded text is shorter than the string), and the scanner goes only MAX_DECODE_DEPTH
// views deep. There is deliberately no byte budget: a budget that runs out leaves the encoded runs after it
// unread, so a sender would only need to put enough encoded filler in front of a value to hide it.

import { base32Views } from "./decode-base32.js";
import { binaryRunView, MIN_BINARY_RUN } from "./decode-binary.js";
import { confusableView } from "./decode-confusables.js";
import { encodedWordsView } from "./decode-encoded-words.js";
import { formFieldViews } from "./decode-form.js";
import { unfoldedView } from "./decode-folded-lines.js";
import { hexDumpView } from "./decode-hex-dumps.js";
import { hl7View } from "./decode-hl7.js";
import { byZeros, decode as decodeIn } from "../integrity/blob-encodings.js";
import { markupView } from "./decode-markup.js";
import { displayOrderView } from "./decode-display-order.js";
import { namedFieldsView } from "./decode-named-fields.js";
import { namedCellsView } from "./named-cells.js";
import { separatedViews } from "./decode-separated.js";
import { spokenDigitsView } from "./decode-spoken-digits.js";
import { terminalViews } from "./decode-terminal.js";
import { sharedFor, type SharedPass } from "./digit-chains.js";
import { NAMED_REFERENCES, namedReferenceAt } from "./named-references.js";

/** From this length on, the probes read a byte copy of the text (see text-codes.ts). */
const COPY_FROM = 256;

export interface DecodedView {
  text: string;
  /** The original [start, end) that produced the view's [start, end). */
  original(start: number, end: number): [number, number];
  /**
   * Read with one category of detectors alone: "secret" for base32 (decode-base32.ts); "labels" for a page read
   * without its tags (decode-markup.ts): personal data, and the secret rules that read a password or a recovery
   * phrase by its label (secrets/index.ts labelledSecretsDetector).
   */
  only?: "secret" | "labels";
}

/** `shared`: what the detectors of this text already worked out (its bytes, which the probes read). */
export function decodedViews(text: string, shared?: SharedPass): DecodedView[] {
  const views: DecodedView[] = [];
  const pass = sharedFor(text, shared);
  // Look-alikes of both kinds are non-ASCII: ASCII text (a native count, about four times faster than a regex
  // looking for the first non-ASCII character) has neither.
  if (!pass.ascii()) {
    const unicode = unicodeView(text);
    if (unicode) views.push(unicode);
    const confusables = confusableView(text);
    if (confusables) views.push(confusables);
    const shown = displayOrderView(text);
    if (shown) views.push(shown);
  }
  const escapes = escapeView(text);
  if (escapes) views.push(escapes);
  for (const view of formFieldViews(text)) views.push(view);
  views.push(...terminalViews(text, pass.ascii()));
  const joined = concatenationView(text);
  if (joined) views.push(joined);
  const named = namedFieldsView(text, pass.watchedSeen);
  if (named) views.push(named);
  const cells = namedCellsView(text);
  if (cells) views.push(cells);
  const hl7 = hl7View(text, pass);
  if (hl7) views.push(hl7);
  const spoken = spokenDigitsView(text);
  if (spoken) views.push(spoken);
  const unfolded = unfoldedView(text, pass);
  if (unfolded) views.push(unfolded);
  const shownAsPage = markupView(text);
  if (shownAsPage) views.push(shownAsPage);
  // One view per encoded run, so a text of wrapped base64 lines has tens of thousands: appended one by one
  // (spread into push, they would exceed the engine's limit on arguments and throw).
  // A long text is copied once for the probes of both passes below; a short one is read in place.
  const codes = text.length >= COPY_FROM ? pass.codes() : undefined;
  for (const view of encodedRuns(text, codes)) views.push(view);
  for (const view of separatedViews(text, codes)) views.push(view);
  const words = encodedWordsView(text, pass);
  if (words) views.push(words);
  const dumped = hexDumpView(text);
  if (dumped) views.push(dumped);
  return views;
}

/** A stretch of a view: where it starts in the view, what it came from, and whether it maps one to one. */
interface Segment {
  readonly viewStart: number;
  readonly origStart: number;
  origEnd: number;
  readonly linear: boolean;
}

/** A view assembled from copied stretches (mapped one to one) and replacements (mapped as a whole). */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: Segment[] = [];
  changed = false;

  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(source.slice(from, to), from, to, true);
  }

  replace(value: string, from: number, to: number): void {
    this.changed = true;
    this.push(value, from, to, false);
  }

  build(): DecodedView {
    const text = this.parts.join("");
    const { segments } = this;
    /** The last segment that starts at or before view offset v. */
    const segment = (v: number): Segment => {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        const start = segments[mid]?.viewStart;
        if (start !== undefined && start <= v) lo = mid;
        else hi = mid - 1;
      }
      const found = segments[lo];
      if (found === undefined) throw new Error("decoded view: a view without segments cannot map offsets");
      return found;
    };
    return {
      text,
      original(start, end) {
        const a = segment(start);
        const b = segment(Math.max(start, end - 1));
        const from = a.linear ? a.origStart + (start - a.viewStart) : a.origStart;
        const to = b.linear ? b.origStart + (end - b.viewStart) : b.origEnd;
        return [from, Math.max(from, to)];
      },
    };
  }

  private push(value: string, from: number, to: number, isLinear: boolean): void {
    if (value.length === 0) return; // removed characters: the neighbours' mapping covers them
    // A replacement as long as what it replaces maps one to one too; one-to-one stretches that meet are one
    // segment, so a text full of non-breaking spaces does not become a segment per character.
    const linear = isLinear || value.length === to - from;
    const last = this.segments[this.segments.length - 1];
    if (linear && last !== undefined && last.linear && last.origEnd === from) {
      if (last.origEnd - last.origStart === this.length - last.viewStart) {
        last.origEnd = to;
        this.append(value);
        return;
      }
    }
    this.segments.push({ viewStart: this.length, origStart: from, origEnd: to, linear });
    this.append(value);
  }

  private append(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }
}

// Characters that stand in for ASCII ones: space separators, dashes and the minus sign, invisible format
// characters (zero-width spaces and joiners, soft hyphen, BOM), digits of other scripts, full-width forms,
// circled, squared, super- and subscript letters and digits, mathematical alphanumerics and the letters Unicode
// put in Letterlike Symbols and Number Forms instead (italic ℎ, script ℬ, double-struck ℝ, the Kelvin sign,
// Roman numerals); marks a reader skips (SKIPPED_MARKS); tag characters, read as the ASCII they mirror.
// A run is matched in pieces of at most 1024: the engine keeps a backtracking entry per repetition of this
// alternation, and a run of four million dashes overflowed its stack (the scan threw). Pieces fold the same.
/**
 * Marks a reader skips, one list for the run and for each character: the combining diacritics of every block
 * made for any letter (the basic block, Extended, Supplement, for Symbols with the keycap, Half Marks), the
 * grapheme joiner, variation selectors, and the blank fillers of Hangul, Khmer and Mongolian, which render
 * as nothing. Extended is listed last and for Symbols ends at its last mark: the lint rule against misleading
 * classes takes a mark after an unassigned code point for a combined character.
 */
const SKIPPED_MARKS = String.raw`\u0300-\u036F\u1DC0-\u1DFF\u20D0-\u20F0\uFE20-\uFE2F\u17B4-\u17B5\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u1AB0-\u1AFF\u115F\u1160\u3164\uFFA0`;
// The ASCII space and hyphen, which the classes of spaces and dashes hold, are left out (set difference, the
// "v" flag): they stand for themselves, so a run of them changes nothing, and matching each of a page's
// spaces made a match, a piece of the view and garbage per word.
const LOOK_ALIKES = new RegExp(
  String.raw`(?:[[\p{Zs}\p{Pd}\p{Cf}\u2212\uFE50-\uFE6B\uFF01-\uFF5E\u00B2\u00B3\u00B9\u2070-\u2089\u2100-\u218F\u2460-\u24FF\u2776-\u2793\u2800\u{1D400}-\u{1D7FF}\u{1F130}-\u{1F149}\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}\u{1F1E6}-\u{1F1FF}]--[ \-]]|[${SKIPPED_MARKS}]|(?![0-9])\p{Nd}){1,1024}`,
  "gv",
);
const SKIPPED_MARK = new RegExp(`^[${SKIPPED_MARKS}]$`, "u");
const SPACE = /^\p{Zs}$/u;
const DASH = /^[\p{Pd}\u2212]$/u;
const FORMAT = /^\p{Cf}$/u;
const DIGIT = /^\p{Nd}$/u;

/** Called only for text that is not ASCII. */
function unicodeView(text: string): DecodedView | undefined {
  const view = new ViewBuilder();
  let at = 0;
  LOOK_ALIKES.lastIndex = 0;
  for (let m = LOOK_ALIKES.exec(text); m !== null; m = LOOK_ALIKES.exec(text)) {
    // A run of look-alikes (one regex match, not one per character) is folded as a whole when every one
    // of them has an ASCII form, else character by character.
    const folded = foldRun(m[0]);
    if (folded !== undefined) {
      view.copy(text, at, m.index);
      view.replace(folded, m.index, m.index + m[0].length);
      at = m.index + m[0].length;
      continue;
    }
    let i = m.index;
    for (const ch of m[0]) {
      const ascii = asciiFor(ch);
      if (ascii !== undefined) {
        view.copy(text, at, i);
        view.replace(ascii, i, i + ch.length);
        at = i + ch.length;
      }
      i += ch.length;
    }
  }
  if (!view.changed) return undefined;
  view.copy(text, at, text.length);
  return view.build();
}

/**
 * The ASCII form of a run, when every character is one UTF-16 unit with a one-character ASCII form (so
 * offsets map one to one); undefined sends the run to the character-by-character path. Each code unit's
 * form is worked out once and kept in a table, so a long run costs a table lookup per character.
 */
function foldRun(run: string): string | undefined {
  const out = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    // c is a UTF-16 code unit, always inside the 0x10000-entry table; UNKNOWN is what an unfilled entry holds.
    let folded = FOLDED[c] ?? UNKNOWN;
    if (folded === UNKNOWN) {
      const ascii = c >= 0xd800 && c <= 0xdfff ? undefined : asciiFor(String.fromCharCode(c));
      folded = ascii?.length === 1 ? ascii.charCodeAt(0) : NO_SINGLE_ASCII;
      FOLDED[c] = folded;
    }
    if (folded === NO_SINGLE_ASCII) return undefined;
    out[i] = folded;
  }
  return Buffer.from(out.buffer, out.byteOffset, out.length).toString("latin1");
}

const UNKNOWN = -2;
const NO_SINGLE_ASCII = -1;
const FOLDED = new Int16Array(0x10000).fill(UNKNOWN);

const asciiCache = new Map<string, string | undefined>();

function asciiFor(ch: string): string | undefined {
  if (asciiCache.has(ch)) return asciiCache.get(ch);
  let ascii: string | undefined;
  const folded = ch.normalize("NFKC");
  const code = ch.codePointAt(0) ?? 0;
  // Tag characters mirror printable ASCII (U+E0067 is a hidden "g"): a model reads them as that text.
  if (code >= 0xe0020 && code <= 0xe007e) ascii = String.fromCharCode(code - 0xe0000);
  else if (ENCLOSED.has(code)) ascii = ENCLOSED.get(code);
  else if (SKIPPED_MARK.test(ch)) ascii = "";
  else if (SPACE.test(ch)) ascii = " ";
  else if (DASH.test(ch)) ascii = "-";
  else if (FORMAT.test(ch)) ascii = "";
  else if (/^[\x20-\x7E]{1,2}$/.test(folded)) ascii = folded;
  else if (DIGIT.test(ch)) ascii = String(digitValue(ch));
  if (asciiCache.size < 4096) asciiCache.set(ch, ascii);
  return ascii;
}

/**
 * Letters and digits in shapes Unicode gives no compatibility form (NFKC keeps them): negative circled and
 * squared letters (🅐, 🅰), regional indicators (🇦, two of which make a flag), dingbat and double circled
 * digits (❹, ⓸). A reader reads them as the letter or digit inside the shape.
 */
const ENCLOSED = new Map<number, string>();
for (const base of [0x1f150, 0x1f170, 0x1f1e6])
  for (let i = 0; i < 26; i++) ENCLOSED.set(base + i, String.fromCharCode(65 + i));
for (const base of [0x2776, 0x2780, 0x278a, 0x24f5])
  for (let i = 0; i < 10; i++) ENCLOSED.set(base + i, String(i + 1));
for (let i = 0; i < 10; i++) ENCLOSED.set(0x24eb + i, String(i + 11));
ENCLOSED.set(0x24ff, "0");
// The braille pattern blank shows as a space.
ENCLOSED.set(0x2800, " ");

/** Decimal digits come in runs of ten from zero (some blocks hold several runs back to back). */
function digitValue(ch: string): number {
  const code = ch.codePointAt(0);
  if (code === undefined) throw new Error("digitValue: called with an empty string");
  let distance = 0;
  while (distance < 60 && DIGIT.test(String.fromCodePoint(code - distance - 1))) distance++;
  return distance % 10;
}

// Escapes as code, markup and URLs write them: %XX runs, \xXX, \uXXXX and \u{…} (JavaScript, Rust, Swift),
// octal of two or three digits (\147, as C, Python and shells print bytes; JavaScript's \70), numeric character references with or without
// their closing ";" (a browser, and a model, read "&#103&#104" as "gh"), and the named references of what
// values are made of and cut by ("john&commat;example&period;com" is how pages hide an address from
// harvesters; see named-references.ts for which, and why not the ones markup needs).
const ESCAPE =
  /(?:%[0-9A-Fa-f]{2})+|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\u\{[0-9A-Fa-f]{1,6}\}|\\[0-3][0-7]{2}|\\[0-7]{2}|&#[0-9]{1,7};?|&#[xX][0-9A-Fa-f]{1,6};?|&[A-Za-z][A-Za-z0-9]{1,30};/g;

function escapeView(text: string): DecodedView | undefined {
  const first = firstEscape(text);
  if (first < 0) return undefined;
  const view = new ViewBuilder();
  let at = 0;
  ESCAPE.lastIndex = first;
  for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) {
    const decoded = unescape(m[0]);
    if (decoded === undefined) continue;
    view.copy(text, at, m.index);
    view.replace(decoded, m.index, m.index + m[0].length);
    at = m.index + m[0].length;
  }
  if (!view.changed) return undefined;
  view.copy(text, at, text.length);
  return view.build();
}

/**
 * Where the first escape can start: every ESCAPE alternative begins with one of these. Looked up natively, so
 * text full of other backslashes (JSON carried inside a string: \n, \") does not send the regex over all of it.
 */
function firstEscape(text: string): number {
  let first = text.indexOf("%");
  const end = () => (first < 0 ? text.length : first);
  // A backslash escape: x, u or an octal digit after the backslash. Text full of other backslashes (JSON
  // carried inside a string: \n, \") costs a native search and a look at one character per backslash.
  for (let at = text.indexOf("\\"); at >= 0 && at < end(); at = text.indexOf("\\", at + 2)) {
    const c = text.charCodeAt(at + 1);
    if (c === 120 /* x */ || c === 117 /* u */ || (c >= 48 && c <= 55)) {
      first = at;
      break;
    }
  }
  // A reference: "&#", or a name this view reads and its ";". Prose's "&" ("Tom & Jerry", "AT&T") is no start,
  // so text with one is not sent through the pattern from there on.
  for (let at = text.indexOf("&"); at >= 0 && at < end(); at = text.indexOf("&", at + 1)) {
    if (text.charCodeAt(at + 1) === 35 /* # */ || namedReferenceAt(text, at)) return at;
  }
  return first;
}

/**
 * String literals joined in code (`"ghp_R8kW" + "q2ZpL5vN" + …`, `'…'+'…'`): without the quotes and the plus
 * between them, so what they spell is read whole, as the code's reader or interpreter reads it. A joint is a
 * quote, up to eight blanks, a plus, up to eight blanks, a line break and up to 64 blanks if the line breaks
 * there, and the same quote again: read around each plus, found natively, so code full of other text costs a
 * search per plus, not a pattern's visit to every character.
 */
function concatenationView(text: string): DecodedView | undefined {
  // A joint holds a plus and a quote: text without either (prose, a base64 image, whose "+" are everywhere)
  // is let go by native searches for single characters.
  if (!text.includes("+") || !(text.includes('"') || text.includes("'") || text.includes("`")))
    return undefined;
  const view = new ViewBuilder();
  let at = 0;
  for (let plus = text.indexOf("+"); plus !== -1; plus = text.indexOf("+", plus + 1)) {
    // Joints do not overlap: one that would begin inside the last one is none (a quote closes one literal
    // and opens the next, never two joints).
    const start = jointStart(text, plus);
    if (start < at) continue;
    const end = jointEnd(text, plus, text.charCodeAt(start));
    if (end < 0) continue;
    view.copy(text, at, start);
    view.replace("", start, end);
    at = end;
  }
  if (!view.changed) return undefined;
  view.copy(text, at, text.length);
  return view.build();
}

const isBlankCode = (c: number): boolean => c === 32 || c === 9;
const isQuoteCode = (c: number): boolean => c === 34 || c === 39 || c === 96;

/** Where the quote of a joint through the plus at `plus` stands (up to eight blanks before it), or -1. */
function jointStart(text: string, plus: number): number {
  let q = plus - 1;
  while (plus - 1 - q <= 8 && isBlankCode(text.charCodeAt(q))) q--;
  // Nine blanks or more: no joint (and no quote to read at q).
  if (plus - 1 - q > 8) return -1;
  return isQuoteCode(text.charCodeAt(q)) ? q : -1;
}

/**
 * Just after the quote that closes the joint through `plus` (the same one, `quote`, after up to eight blanks,
 * or after those, a line break and up to 64 blanks), or -1.
 */
function jointEnd(text: string, plus: number, quote: number): number {
  let i = plus + 1;
  while (i - plus - 1 <= 8 && isBlankCode(text.charCodeAt(i))) i++;
  if (i - plus - 1 > 8) return -1;
  const c = text.charCodeAt(i);
  if (c === quote) return i + 1;
  const line = c === 10 ? i + 1 : c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : -1;
  if (line < 0) return -1;
  let k = line;
  while (k - line <= 64 && isBlankCode(text.charCodeAt(k))) k++;
  if (k - line > 64) return -1;
  return text.charCodeAt(k) === quote ? k + 1 : -1;
}

const NOT_ONLY_REPLACEMENTS = /[^\uFFFD]/;

function unescape(escape: string): string | undefined {
  if (escape[0] === "%") {
    // A run none of whose bytes is UTF-8 text is no escape but text that looks like one: a Windows variable's
    // reference (%DB_PASSWORD%, where %DB reads as the byte 0xDB) stays as written instead of becoming a
    // replacement character that makes the rest of the value read as a new, unknown secret. A run with any text
    // in it is decoded as before, undecodable bytes included, so such a byte added to an encoded secret hides
    // nothing.
    const decoded = utf8(Buffer.from(escape.replace(/%/g, ""), "hex"));
    return decoded !== undefined && NOT_ONLY_REPLACEMENTS.test(decoded) ? decoded : undefined;
  }
  let code: number;
  if (escape[0] === "\\") {
    if (escape[1] === "x") code = parseInt(escape.slice(2), 16);
    else if (escape[1] !== "u") code = parseInt(escape.slice(1), 8);
    else code = parseInt(escape[2] === "{" ? escape.slice(3, -1) : escape.slice(2), 16);
  } else if (escape[1] !== "#") return NAMED_REFERENCES.get(escape.slice(1, -1));
  else {
    const body = escape.endsWith(";") ? escape.slice(2, -1) : escape.slice(2);
    code = body[0] === "x" || body[0] === "X" ? parseInt(body.slice(1), 16) : parseInt(body, 10);
  }
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

// Runs of the base64 alphabets (standard and URL-safe, with padding); hex runs are among them. Any run of
// MIN_RUN or more characters holds one of every MIN_RUN consecutive positions, so only every MIN_RUN-th
// character is probed, and a run is measured only around a probe that lands in one: ordinary words and
// identifiers cost a few steps each instead of a regex restarting inside every one of them.
const IN_RUN = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
  IN_RUN[c.charCodeAt(0)] = 1;
const MIN_RUN = 16;
const REST_OF_RUN = /[A-Za-z0-9+/_-]*/y; // native, for runs as long as an image
/** A run is read on in place this far past its first MIN_RUN characters before the regex measures the rest. */
const NEAR_RUN = 48;
const HEX = /^(?:[0-9a-f]{2})+$|^(?:[0-9A-F]{2})+$/;

/** Whether the character at `i` is in a run's alphabet; false beyond the text. */
function inRun(text: string, codes: Uint8Array | undefined, i: number): boolean {
  // codeAt written out: called from here, the short texts' time showed the call.
  const c = codes === undefined ? text.charCodeAt(i) : (codes[i] as number);
  return c < 128 && IN_RUN[c] === 1;
}

function encodedRuns(text: string, codes: Uint8Array | undefined): DecodedView[] {
  const views: DecodedView[] = [];
  let floor = 0; // everything before it is already measured
  let grouped = 0; // lines before it already belong to a wrapped group
  for (let probe = MIN_RUN - 1; probe < text.length;) {
    if (!inRun(text, codes, probe)) {
      probe += MIN_RUN;
      continue;
    }
    let start = probe;
    while (start > floor && inRun(text, codes, start - 1)) start--;
    // Most probes land in a word shorter than a run: it is measured here in a few steps, and the regex
    // (one call per run, not per probe) measures only runs already known to be long enough.
    const long = start + MIN_RUN;
    let end = probe + 1;
    while (end < long && end < text.length && inRun(text, codes, end)) end++;
    if (end === long) {
      // Ids and hashes end within a few dozen characters: read on here, and leave only longer runs (an
      // image) to the regex, whose call costs more than such a run's characters.
      const near = Math.min(text.length, end + NEAR_RUN);
      while (end < near && inRun(text, codes, end)) end++;
      if (end === near) {
        REST_OF_RUN.lastIndex = end;
        REST_OF_RUN.test(text);
        end = REST_OF_RUN.lastIndex;
      }
      decodeRun(text, codes, start, end, views);
      for (const view of base32Views(text, codes, start, end)) views.push(view);
      if (start >= grouped) grouped = decodeWrapped(text, start, end, views);
    }
    floor = end;
    probe = end + MIN_RUN;
  }
  return views;
}

function decodeRun(
  text: string,
  codes: Uint8Array | undefined,
  start: number,
  end: number,
  views: DecodedView[],
): void {
  // PostgreSQL's bytea (`\x…`, and `\\x…` in COPY data): the x the run begins with is the marker, not data.
  if (isByteaMarker(text, start, end)) start++;
  const textual =
    startsLikeHexText(text, start) ||
    startsLikeBase64Text(text, start) ||
    startsLikeUtf16(text, start) ||
    startsLikeUtf32(text, start, end);
  if (!textual && end - start < MIN_BINARY_RUN) return;
  const padded = Math.min(text.length, end + 2);
  while (end < padded && text.charCodeAt(end) === 61 /* = */) end++;
  const decoded = textual ? decodeEncoded(text.slice(start, end)) : undefined;
  if (decoded !== undefined) views.push({ text: decoded, original: () => [start, end] });
  // Bytes that are not text as a whole: a blob's text after a binary header or among binary bytes
  // (decode-binary.ts).
  else if (end - start >= MIN_BINARY_RUN) {
    const binary = binaryRunView(text, start, end, codes);
    if (binary) views.push(binary);
  }
}

/**
 * An "x" after a backslash and an even run of hex digits to the run's end: PostgreSQL's hex format for bytea.
 * Only then is the x left out; any other run that starts with it is read as before.
 */
function isByteaMarker(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(start) === 120 /* x */ &&
    text.charCodeAt(start - 1) === 92 /* \ */ &&
    HEX.test(text.slice(start + 1, end))
  );
}

/** Hex (also written 0x…) or base64, decoded when the bytes are text. */
export function decodeEncoded(run: string): string | undefined {
  const body = run.length > 2 && (run[1] === "x" || run[1] === "X") && run[0] === "0" ? run.slice(2) : run;
  if (HEX.test(body)) return decodeText(Buffer.from(body, "hex"));
  return decodeText(Buffer.from(run, "base64"));
}

const LINE_BREAK = /\r?\n[ \t]*/y;

/**
 * Base64 and hex as tools print them, wrapped into lines (`base64` at 76, `xxd -p` at 60, PEM at 64): a
 * run followed by a line break and another run is one encoded value, decoded as a whole in addition to
 * its lines. Returns where the group ends, so none of its lines starts another group (linear).
 */
function decodeWrapped(text: string, start: number, end: number, views: DecodedView[]): number {
  // Most runs (identifiers, hashes, ids in logs) end on the line: nothing to group, nothing to copy.
  const next = text.charCodeAt(end);
  if (next !== 10 && next !== 13) return end;
  const pieces = [text.slice(start, end)];
  let runEnd = end;
  for (;;) {
    LINE_BREAK.lastIndex = runEnd;
    if (!LINE_BREAK.test(text)) break;
    const next = LINE_BREAK.lastIndex;
    REST_OF_RUN.lastIndex = next;
    REST_OF_RUN.test(text);
    const nextEnd = REST_OF_RUN.lastIndex;
    if (nextEnd - next < 4) break; // not even one base64 group: the value ended on the line before
    pieces.push(text.slice(next, nextEnd));
    runEnd = nextEnd;
  }
  if (
    pieces.length < 2 ||
    !(
      startsLikeHexText(text, start) ||
      startsLikeBase64Text(text, start) ||
      startsLikeUtf16(text, start) ||
      startsLikeUtf32(text, start, runEnd)
    )
  )
    return runEnd;
  let groupEnd = runEnd;
  const padded = Math.min(text.length, runEnd + 2);
  while (groupEnd < padded && text.charCodeAt(groupEnd) === 61 /* = */) groupEnd++;
  const decoded = decodeEncoded(pieces.join("") + text.slice(runEnd, groupEnd));
  if (decoded !== undefined) views.push({ text: decoded, original: () => [start, groupEnd] });
  return groupEnd;
}

// Checked on the first characters before anything is sliced or decoded, since most runs are identifiers.
// Text encodes in hex to pairs whose first digit is 2 to 7 (printable ASCII) or 0 (tab, line breaks).
function startsLikeHexText(text: string, at: number): boolean {
  for (let i = at; i < at + 8; i += 2) {
    const c = text.charCodeAt(i);
    if (c !== 48 && (c < 50 || c > 55)) return false;
  }
  return true;
}

// In base64 each group of four characters starts with the top six bits of a byte: for text, printable ASCII
// (I-Z, a-f) or a tab or line break (C, D). Anything else is binary (images, keys, hashes) or not base64.
function startsLikeBase64Text(text: string, at: number): boolean {
  for (let i = at; i < at + 16; i += 4) {
    const c = text.charCodeAt(i);
    if (!(c === 67 || c === 68 || (c >= 73 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * Text in UTF-16 (a Windows tool's output, a resource with charset=utf-16) puts a zero byte beside each
 * ASCII character, so its base64 groups of three bytes alternate: one starting with a character, one
 * starting with a zero ("A"), in that order for little-endian and the other for big-endian.
 */
function startsLikeUtf16(text: string, at: number, marked = false): boolean {
  // A byte order mark (FF FE or FE FF) opens the first group: the pattern starts with the second.
  if (!marked && text.charCodeAt(at) === 47 /* / */) return startsLikeUtf16(text, at + 4, true);
  const textLike = (c: number) => c === 67 || c === 68 || (c >= 73 && c <= 90) || (c >= 97 && c <= 102);
  const zeroFirst = text.charCodeAt(at) === 65;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(at + 4 * i);
    if ((i % 2 === 0) === zeroFirst ? c !== 65 : !textLike(c)) return false;
  }
  return true;
}

/**
 * Text in UTF-32 (a resource labelled charset=utf-32) puts three zero bytes beside each ASCII character, so
 * every twelve bytes (sixteen base64 characters) hold a group of three zeros, "AAAA", whatever the byte order
 * and with a byte order mark too. Only then is the head decoded and its zero bytes counted.
 */
function startsLikeUtf32(text: string, at: number, end: number): boolean {
  const head = Math.min(end, at + UTF32_HEAD);
  if (head - at < 24) return false;
  let run = 0;
  for (let i = at; i < at + 24 && run < 4; i++) run = text.charCodeAt(i) === 65 /* A */ ? run + 1 : 0;
  if (run < 4) return false;
  const encoding = byZeros(Buffer.from(text.slice(at, head - ((head - at) % 4)), "base64"));
  return encoding === "utf-32le" || encoding === "utf-32be";
}
const UTF32_HEAD = 64; // 48 bytes: twelve characters, enough to tell UTF-32's zeros from a binary header's

/** The bytes as text, or undefined when they are not mostly printable UTF-8 (or UTF-16 or UTF-32). */
export function decodeText(bytes: Buffer): string | undefined {
  const text = utf8(bytes) ?? "";
  return printable(text) ?? printable(utf16(bytes)) ?? printable(utf32(bytes));
}

/** UTF-32 when the zero bytes fall where BMP text in one byte order puts them, else "". */
function utf32(bytes: Buffer): string {
  if (bytes.length < 8) return "";
  const encoding = byZeros(bytes.subarray(0, 4096));
  return encoding === "utf-32le" || encoding === "utf-32be" ? decodeIn(bytes, encoding) : "";
}

/** UTF-16 when zero bytes fill every other place (little- or big-endian ASCII), else "". */
function utf16(bytes: Buffer): string {
  if (bytes.length < 8) return "";
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length >> 1;
  if (oddZero * 4 >= pairs * 3 && evenZero * 4 < pairs) return utf16le.decode(bytes);
  if (evenZero * 4 >= pairs * 3 && oddZero * 4 < pairs) return utf16be.decode(bytes);
  return "";
}

const utf16le = new TextDecoder("utf-16le", { fatal: false });
const utf16be = new TextDecoder("utf-16be", { fatal: false });

/** The text, or undefined when it is empty or not mostly printable. */
function printable(text: string): string | undefined {
  if (text.length === 0) return undefined;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) control++;
  }
  return control * 20 > text.length ? undefined : text;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

function utf8(bytes: Uint8Array): string | undefined {
  return bytes.length ? decoder.decode(bytes) : undefined;
}
