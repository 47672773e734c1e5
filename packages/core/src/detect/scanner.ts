// Scans a JSON value completely: every string, every object key, integers that could be card numbers, and
// JSON encoded inside strings. Findings carry a type and a JSON path, never the value. Redaction replaces
// each sensitive span with [REDACTED:<type>] and keeps the value's shape.
import { decodedViews, type DecodedView } from "./decode.js";
import { SharedPass } from "./digit-chains.js";
import { looksLikeSecretValue, secretKeyName, type Detector, type Span } from "./detectors.js";
import { credentialName, ID_FIELD, mayNameNumber, numberName } from "./field-names.js";
import { cellsUnderHeaderItems } from "./header-items.js";
import { embeddedJson, jsonValue, unescapedJson } from "./json-text.js";
import { namedRowCells, type Step } from "./named-rows.js";
import { mapOfIds } from "./numbered-keys.js";
import { stateSecretCells } from "./terraform-state.js";
import { flatCodes, textOfCodes } from "./character-codes.js";
import { cookieName, pairName, siblingName } from "./sibling-names.js";
import { palauInRegionMap } from "./region-keyed-maps.js";
import { valueAt, withValueAt } from "./value-routes.js";
import { withNewlines } from "./line-breaks.js";
import { CodesBuffer } from "./text-codes.js";
import { isCardNumber } from "./pii/index.js";
import {
  ASSIGNED_NAME,
  GENERIC_SECRET_TYPES,
  HOLDS_ASSIGNED_NAME,
  labelledSecretsDetector,
} from "./secrets/index.js";
import {
  splitContactDetectors,
  splitNumberDetectors,
  valuesAcrossFields,
  type Readers,
} from "./split-fields.js";
import { shownView, viewOf, writtenBack } from "./shown-items.js";
import { PLAIN_KEY, secretsAcrossKinds } from "./split-keys.js";
import { cardsAcrossNeighbours, spansAcrossContentItems } from "./split-values.js";
import { UniqueKeys } from "./unique-keys.js";

export interface Finding {
  type: string;
  /** Where in the scanned value, e.g. params.arguments.note or result.content[0].text. */
  path: string;
}

interface TypedSpan extends Span {
  type: string;
  category: "pii" | "secret";
  confidence: number;
}

export interface ScanOptions {
  /** Detections below this confidence are ignored. */
  threshold: number;
  /** Types switched off. */
  disabled: ReadonlySet<string>;
}

const MAX_PATH = 200;
/** A whole number in exponent form or with a zero fraction, as text (read as the number by scanNumber). */
const NUMBER_TEXT = /^(?:\d\.\d{1,18}e\+?\d{1,2}|\d{13,19}\.0{1,4})$/i;
/** Lengths such a text can have (a 12-digit card as 1.23456789012e11 up to 19 digits and ".0000"). */
const NUMBER_TEXT_MIN = 15;
const NUMBER_TEXT_MAX = 24;
/** Texts up to this length have their spans remembered, at most KNOWN_ENTRIES of them (see shortTextSpans). */
const KNOWN_TEXT_LENGTH = 64;
const KNOWN_ENTRIES = 1024;
/** A text without decoded views: shared, never added to. */
const NO_VIEWS: readonly DecodedView[] = Object.freeze([]);
const MAX_DECODE_DEPTH = 2;
/**
 * JSON inside JSON inside a string is read as text this many levels down (each level's text is read once
 * more); deeper, its strings were read as text where the last such level holds them.
 */
const MAX_JSON_NESTING = 3;
/**
 * And read as the value it spells (parsed and walked by the rules that read a value's shape) this many levels
 * down, a JSON string literal holding JSON counting as one: each level is parsed once more, so the bound keeps
 * the scan linear. Each level escapes the quotes and backslashes of the one it holds, so eight levels of any
 * object carry 2^8 backslashes before a quote: no program writes that but to hide what it holds. Past it a
 * string that is still JSON is a finding of its own, JSON_TOO_DEEP (fail closed: it was not read).
 */
const MAX_JSON_DEPTH = 8;
const JSON_TOO_DEEP = "nested_json";
/** Longer values under such a key are text, read by the text scan alone. */
const MAX_PASSWORD_FIELD = 256;
/** A recovery phrase's type, and its fewest words (secrets/recovery-phrases.ts). */
const RECOVERY_PHRASE_TYPE = "recovery_phrase";
const MIN_PHRASE_WORDS = 12;
/** Lists and objects under a password's name are read this many levels down (`{ password: { v: ["…"] } }`). */
const MAX_PASSWORD_DEPTH = 3;
/**
 * A number's name reaches this many levels down, through a list's items and a wrapper's value only (see
 * namedNumbers): `{ ssn: ["…"] }`, `{ ssn: { value: "…" } }`, a list of such wrappers (SCIM's phoneNumbers).
 */
const MAX_NUMBER_DEPTH = 2;
/** The members of an object under a number's name that hold the named value: its value, or an index. */
const NUMBER_MEMBER = /^(?:value|\d+)$/;
/** A headers object's key for the cookies a request sends or a response sets, in any case. */
const COOKIE_HEADER = /^(?:set-)?cookie$/i;

/** A value read with its field's name: a short string or a whole number, with seven digits or more. */
const NAMED_NUMBER = /^[+(]?[0-9][0-9 ().-]{5,30}[0-9]$/;
/**
 * A national identity number with its letters, read with its field's name: a National Insurance number
 * (AB123456C, "JG 10 37 59 A"), a DNI (12345678Z), an NIE (X1234567L, X-1234567-L), an NRIC or FIN (S1234567D).
 */
const LETTERED_ID = /^[A-Z]{0,2}[ -]?[0-9][0-9 -]{4,10}[0-9](?:[ -]?[A-Z])?$/;
/** The words of a number's name (field-names.ts numberName) that make it an SSN's. */
const SSN_NAME_WORDS = /(?:^| )(?:ssns?|social security)(?: |$)/;

/** The spans of the views read so far in one scan: by depth, then the list read with, then the view's text. */
type ReadViews = Array<Map<readonly Detector[], Map<string, TypedSpan[]>>>;

export class Scanner {
  private readonly detectors: Detector[];

  constructor(detectors: readonly Detector[], options: ScanOptions) {
    this.enabled = (type) => !options.disabled.has(type);
    this.detectors = detectors.filter(
      (d) => d.confidence >= options.threshold && (d.types ?? [d.type]).some(this.enabled),
    );
    this.cards = this.detectors.find((d) => d.type === "credit_card");
    this.secretDetectors = this.detectors.filter((d) => d.category === "secret");
    // Labels are read where the secret rules are (not with secrets disabled, nor under a stricter threshold).
    const labelled = labelledSecretsDetector();
    this.labelled =
      this.secretDetectors.length > 0 && labelled.confidence >= options.threshold ? [labelled] : [];
    this.secretTypes = new Set([
      "high_entropy_secret",
      ...this.secretDetectors.flatMap((d) => d.types ?? [d.type]),
    ]);
    this.splitNumbers = splitNumberDetectors(this.detectors);
    this.splitContacts = splitContactDetectors(this.detectors);
    this.entropyOn = !options.disabled.has("high_entropy_secret") && options.threshold <= 0.8;
    // Built once: acrossNeighbours runs for every object and array of every message.
    this.readers = {
      spans: (text) => this.spans(text),
      secrets: (text) => this.spansIn(text, 0, this.secretDetectors),
      numbers: this.splitNumbers,
      contacts: this.splitContacts,
    };
  }

  private readonly enabled: (type: string) => boolean;
  private readonly cards: Detector | undefined;
  /** The secret detectors alone: what a token cut between neighbours is read with (see split-fields.ts). */
  private readonly secretDetectors: readonly Detector[];
  /** The secret rules that read a password or a recovery phrase by its label, for a page's shown text. */
  private readonly labelled: readonly Detector[];
  /** The types a secret is found as: the secret detectors' and the key rules' (see embeddedJson). */
  private readonly secretTypes: ReadonlySet<string>;
  private readonly splitNumbers: readonly Detector[];
  private readonly splitContacts: readonly Detector[];
  private readonly entropyOn: boolean;
  /** How values split over neighbours are read (see split-fields.ts). */
  private readonly readers: Readers;
  /** Bytes for the copies of long texts, kept from one text to the next (see text-codes.ts). */
  private readonly codesBuffer = new CodesBuffer();
  /** The readers of each kind of view, by the list they are taken from (see viewReaders). */
  private readonly readersOf = new Map<readonly Detector[], Map<string, readonly Detector[]>>();
  /** Short texts' spans (see shortTextSpans). */
  private readonly known = new Map<string, readonly TypedSpan[]>();
  /** How many strings read as JSON the value now scanned lies inside (see scanString). */
  private jsonNesting = 0;

  /**
   * Sensitive spans in a text. Overlapping spans are merged into one; a secret names the merged span over
   * personal data (user:password@host is a connection string, not an e-mail address), and otherwise the
   * more certain detector does.
   */
  spans(text: string): TypedSpan[] {
    return this.spansIn(text, 0);
  }

  /**
   * The spans of the text itself, then of its decoded views (see decode.ts), mapped back to where each value
   * is written; views of views down to MAX_DECODE_DEPTH (base64 inside percent-encoding, and so on). Unicode's
   * other line breaks, and breaks written as escapes before a value, are read as breaks (see line-breaks.ts), in
   * the text and in each view.
   */
  private spansIn(
    written: string,
    depth: number,
    detectors: readonly Detector[] = this.detectors,
    read: ReadViews = [],
  ): TypedSpan[] {
    const text = withNewlines(written);
    const found: TypedSpan[] = [];
    // The text's byte copy is read by the detectors and the decoders, and by nothing after them: its bytes go
    // back to the scanner's buffer before the views are read (each view's pass borrows them in turn).
    const shared = new SharedPass(text, this.codesBuffer);
    let views: readonly DecodedView[] = NO_VIEWS;
    try {
      // Indexed loops here and in what runs per object: the daemon ran these with an iterator object made per
      // loop (its allocation profile put a sixth of a call's garbage in iterators), counted loops make none.
      for (let d = 0; d < detectors.length; d++) {
        const detector = detectors[d] as Detector;
        const spans = detector.find(text, this.enabled, shared);
        for (let k = 0; k < spans.length; k++) {
          const s = spans[k] as Span;
          found.push({
            start: s.start,
            end: s.end,
            type: s.type ?? detector.type,
            category: detector.category,
            confidence: detector.confidence,
          });
        }
      }
      if (depth < MAX_DECODE_DEPTH) views = decodedViews(text, shared);
    } finally {
      shared.done();
    }
    for (const view of views) {
      const readers = view.only ? this.viewReaders(view.only, detectors) : detectors;
      for (const s of this.viewSpans(view.text, depth + 1, readers, read)) {
        const [start, end] = view.original(s.start, s.end);
        found.push({ ...s, start, end });
      }
    }
    if (found.length < 2) return found;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: TypedSpan[] = [];
    let last: TypedSpan | undefined;
    for (const span of found) {
      if (last === undefined || span.start >= last.end) {
        merged.push(span);
        last = span;
        continue;
      }
      last.end = Math.max(last.end, span.end);
      // A secret names the span over personal data, and a stricter check over a looser one (a card number
      // that passes Luhn and a brand's ranges over the phone number its digits could also be).
      // Between equals, a credential's format names it better than its context (a base64 run after
      // "token" that decodes to a GitHub token is a github_token).
      const stronger =
        span.category === last.category
          ? span.confidence > last.confidence ||
            (span.confidence === last.confidence &&
              GENERIC_SECRET_TYPES.has(last.type) &&
              !GENERIC_SECRET_TYPES.has(span.type))
          : span.category === "secret";
      if (stronger) {
        last.type = span.type;
        last.category = span.category;
        last.confidence = span.confidence;
      }
    }
    return merged;
  }

  /**
   * A view's spans, read once per text, depth and readers in one scan. Views compose in either order (the
   * escapes of a text's look-alike view are the look-alikes of its escape view), and a man page or a page of
   * code makes several views of its whole length: each such text would otherwise be read once per order.
   */
  private viewSpans(text: string, depth: number, readers: readonly Detector[], read: ReadViews): TypedSpan[] {
    const atDepth = (read[depth] ??= new Map());
    let texts = atDepth.get(readers);
    if (texts === undefined) atDepth.set(readers, (texts = new Map()));
    let spans = texts.get(text);
    if (spans === undefined) {
      spans = this.spansIn(text, depth, readers, read);
      texts.set(text, spans);
    }
    return spans;
  }

  /** Which of `detectors` a view of one kind is read with (see DecodedView.only). */
  private viewReaders(only: "secret" | "labels", detectors: readonly Detector[]): readonly Detector[] {
    // Made once per list and kind (the lists are the scanner's own and these), so a view's readers are the
    // same list each time, which is what viewSpans knows a reading by.
    let kinds = this.readersOf.get(detectors);
    if (kinds === undefined) this.readersOf.set(detectors, (kinds = new Map()));
    let readers = kinds.get(only);
    if (readers === undefined) {
      const pii = detectors.filter((d) => d.category === "pii");
      readers =
        only === "secret"
          ? detectors.filter((d) => d.category === "secret")
          : detectors.some((d) => d.category === "secret")
            ? [...pii, ...this.labelled]
            : pii;
      kinds.set(only, readers);
    }
    return readers;
  }

  /**
   * Finds everything sensitive in `value`. With `redact`, also returns a copy in which every finding whose
   * type `redact` selects is replaced (the original is never modified).
   */
  scan(
    value: unknown,
    root: string,
    redact?: (type: string) => boolean,
  ): { findings: Finding[]; value: unknown } {
    const findings: Finding[] = [];
    // A string or a number alone (an id, a method, an audit target): read as the walk would read it, without
    // the walk's closure and paths, made for every message.
    if (typeof value === "string") return { findings, value: this.scanString(value, root, findings, redact) };
    if (typeof value === "number") return { findings, value: this.scanNumber(value, root, findings, redact) };
    const paths = new FindingPaths(findings);
    const walk = (v: unknown, path: string): unknown => {
      if (typeof v === "string") return this.scanString(v, path, findings, redact);
      if (typeof v === "number") return this.scanNumber(v, path, findings, redact);
      if (Array.isArray(v)) {
        let copy: unknown[] | undefined;
        v.forEach((item, i) => {
          const out = walk(item, bounded(`${path}[${i}]`));
          if (out !== item) (copy ??= [...v])[i] = out;
        });
        // A [name, value] pair (a header list, a form's entries) names its value as a key would.
        const name = pairName(v);
        if (name !== undefined) {
          const itemPath = bounded(`${path}[1]`);
          const walked = (copy ?? v)[1];
          const out = this.namedValue(name, v[1], walked, itemPath, findings, paths, redact);
          if (out !== walked) (copy ??= [...v])[1] = out;
        }
        return this.acrossNeighbours(v, copy ?? v, path, findings, redact);
      }
      if (typeof v === "object" && v !== null) {
        const obj = v as Record<string, unknown>;
        // Before its members are walked: a key holding a share is named by its type in their paths.
        const over = this.overKeys(obj, redact);
        const out = this.scanObject(obj, path, walk, findings, paths, redact, over?.shown);
        return this.acrossNeighbours(obj, out, path, findings, redact, over);
      }
      return v;
    };
    const out = walk(value, root);
    // A result set's cells under their columns' names, and a Terraform state's credentials under a password's.
    const cells = namedRowCells(value);
    const state = stateSecretCells(value);
    return {
      findings,
      value: this.namedRows(
        value,
        out,
        root,
        findings,
        paths,
        redact,
        state.length ? [...cells, ...state] : cells,
      ),
    };
  }

  /**
   * Each cell of a result set whose column's name names it (see named-rows.ts), judged as the field under that
   * key is; `out` (the walked copy) with what that redacts redacted.
   */
  private namedRows(
    value: unknown,
    out: unknown,
    root: string,
    findings: Finding[],
    paths: FindingPaths,
    redact?: (type: string) => boolean,
    cells = namedRowCells(value),
  ): unknown {
    // Most values hold no result set: no set of copies is made for them.
    if (cells.length === 0) return out;
    let result = out;
    // The containers copied so far: a result set redacts a cell in every row, and copying the rows list again
    // for each would cost the square of its length (64,000 rows took 31 s).
    const copies = new Set<object>();
    for (const { name, route } of cells) {
      const item = valueAt(value, route);
      const walked = valueAt(result, route);
      const cellPath = bounded(
        root + route.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join(""),
      );
      const judged = this.namedValue(name, item, walked, cellPath, findings, paths, redact);
      if (judged !== walked) result = withValueAt(result, route, judged, copies);
    }
    return result;
  }

  /**
   * The spans of a text, remembered for short texts: a text's spans depend on nothing but the text, and
   * messages repeat their keys ("name", "arguments", "content", "type") and many of their values (a table's
   * rows: "status": "active"). Up to KNOWN_ENTRIES texts are kept for the scanner's life (the daemon's config);
   * when that many are kept they are all let go, so what keeps coming back is soon kept again. The spans
   * returned are shared between the places a text stands, so they are only read.
   */
  private shortTextSpans(text: string): readonly TypedSpan[] {
    if (text.length > KNOWN_TEXT_LENGTH) return this.spans(text);
    let spans = this.known.get(text);
    if (spans === undefined) {
      spans = this.spans(text);
      if (this.known.size >= KNOWN_ENTRIES) this.known.clear();
      this.known.set(text, spans);
    }
    return spans;
  }

  private scanString(
    text: string,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): string {
    const json = jsonValue(text);
    if (json !== undefined && this.jsonNesting >= MAX_JSON_DEPTH) {
      if (!this.enabled(JSON_TOO_DEEP)) return text;
      findings.push({ type: JSON_TOO_DEEP, path });
      return redact?.(JSON_TOO_DEEP) ? `[REDACTED:${JSON_TOO_DEEP}]` : text;
    }
    // A string inside JSON text was read where the text holds it (see jsonSpans), in its context.
    const spans =
      json !== undefined && this.jsonNesting < MAX_JSON_NESTING
        ? this.jsonSpans(text)
        : this.jsonNesting > 0
          ? []
          : this.shortTextSpans(text);
    for (let i = 0; i < spans.length; i++) findings.push({ type: (spans[i] as TypedSpan).type, path });
    // A number written as text in a form its digits do not show ("4.111111111111111e15", "4111111111111111.0"):
    // a model reads the number, so it is read as the number is.
    if (spans.length === 0 && numberText(text)) {
      const n = Number(text);
      const out = this.scanNumber(n, path, findings, redact);
      if (out !== n) return out as string;
    }
    const result = redact ? replaceSpans(text, spans, redact) : text;
    if (json === undefined) return this.embeddedJson(text, result, spans, path, findings, redact);
    // JSON inside a string is read as the value it spells as well, by the rules that read a value's shape.
    const inner = this.scanJson(json, path, redact);
    // A set, not a search of the spans per finding: both can number in the hundreds of thousands.
    const seen = new Set(spans.map((s) => s.type));
    for (const f of inner.findings) if (!seen.has(f.type)) findings.push(f);
    if (!redact || !inner.findings.some((f) => redact(f.type))) return result;
    // What the shape's rules redact is written out again, after what the text's spans redact (a found value's
    // copy elsewhere in the text is found beside the original alone): the value the redacted text spells,
    // read by those rules again. A span across a string's quotes leaves no JSON: then the value they redacted
    // is written out, and what the text scan finds in that new text is redacted as well.
    // When those rules find nothing the text's spans have not redacted already, the text is kept as written:
    // written out again it would lose its lines and spacing, and a reader (or a diff) would see every line of
    // the document changed where one value was. When they do, it is written with its own indentation.
    const redacted = result === text ? json : jsonValue(result);
    const indent = indentOf(text);
    if (redacted !== undefined) {
      const again = this.scanJson(redacted, path, redact).value;
      return again === redacted && result !== text ? result : JSON.stringify(again, null, indent);
    }
    const serialised = JSON.stringify(inner.value, null, indent);
    return replaceSpans(serialised, this.spans(serialised), redact);
  }

  /**
   * JSON written inside a larger text (see embeddedJson): the value each object or array spells is walked for
   * the personal data its shape holds (a card as four numbers, an SSN over three fields), the findings the
   * text's spans did not give added. Its text was read where it stands, with the rest, so it is not read
   * again. Its secrets are left to that reading too: the key rules' reading of a bare structure (a URL under
   * token_uri, a mask under secret, Palau's "PW" read as a password) finds secrets in the sample payloads of
   * documentation and source files, where the text rules, reading the same pairs in context, do not. A cell a
   * result set's column names is judged as that field is, secrets too: a password named only by a names list
   * is read by no text rule. The spans are read as one list for that, so a names line over rows lines (JSON
   * Lines, ClickHouse's JSONCompactEachRowWithNames) is a header row over its rows.
   * `result` (the text with its spans redacted) with each such JSON written redacted in its place; where a
   * span of the text redacted crosses the JSON's edge, the JSON is redacted whole (fail closed: its redacted
   * copy cannot be written beside it).
   */
  private embeddedJson(
    text: string,
    result: string,
    spans: readonly TypedSpan[],
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): string {
    const embedded = embeddedJson(text);
    if (embedded.length === 0) return result;
    const seen = new Set(spans.map((s) => s.type));
    const personal = (type: string): boolean => !this.secretTypes.has(type) && (redact?.(type) ?? false);
    const redacted = redact ? spans.filter((s) => redact(s.type)) : [];
    const values = embedded.map((json) => json.value);
    const walked: unknown[] = [];
    const personalFound: boolean[] = [];
    for (const value of values) {
      const inner = this.scanJson(value, path, personal);
      const found = inner.findings.filter((f) => !this.secretTypes.has(f.type));
      for (const f of found) if (!seen.has(f.type)) findings.push(f);
      walked.push(inner.value);
      personalFound.push(found.some((f) => personal(f.type)));
    }
    const cells = namedRowCells(values);
    const cellFindings: Finding[] = [];
    const paths = new FindingPaths(cellFindings);
    const judged = this.namedRows(values, walked, `${path}<json>`, cellFindings, paths, redact, cells);
    for (const f of cellFindings) if (!seen.has(f.type)) findings.push(f);
    // Each span's cells, grouped once (a search per span would be quadratic in JSON Lines' rows).
    const cellsOf = new Map<number, Step[][]>();
    for (const { route } of cells) {
      const k = route[0] as number;
      const own = cellsOf.get(k) ?? [];
      if (own.length === 0) cellsOf.set(k, own);
      own.push(route.slice(1));
    }
    const rewritten: { start: number; end: number; written: string }[] = [];
    embedded.forEach(({ start, end }, k) => {
      const value = (judged as unknown[])[k];
      if (!personalFound[k] && value === walked[k]) return;
      // The cells judged here, judged alike where the text's spans make the JSON be read anew.
      const again = (reread: object): unknown => {
        let out = this.scanJson(reread, path, personal).value;
        const copies = new Set<object>();
        for (const route of cellsOf.get(k) ?? []) {
          const cell = valueAt(value, route);
          if (cell !== valueAt(walked[k], route)) out = withValueAt(out, route, cell, copies);
        }
        return out;
      };
      rewritten.push({ start, end, written: this.embeddedWritten(text, start, end, redacted, value, again) });
    });
    if (rewritten.length === 0) return result;
    // Both in order and apart from each other: merged in one pass.
    const pieces: { start: number; end: number; written: string }[] = [];
    const put = (piece: { start: number; end: number; written: string }): void => {
      const last = pieces[pieces.length - 1];
      if (last !== undefined && piece.start < last.end) last.end = Math.max(last.end, piece.end);
      else pieces.push(piece);
    };
    let k = 0;
    for (const json of rewritten) {
      for (; k < redacted.length && (redacted[k] as TypedSpan).end <= json.start; k++)
        put(spanPiece(redacted[k] as TypedSpan));
      let crossing: TypedSpan | undefined;
      let start = json.start;
      let end = json.end;
      for (; k < redacted.length && (redacted[k] as TypedSpan).start < json.end; k++) {
        const s = redacted[k] as TypedSpan;
        if (s.start < json.start || s.end > json.end) crossing ??= s;
        start = Math.min(start, s.start);
        end = Math.max(end, s.end);
      }
      put({ start, end, written: crossing ? `[REDACTED:${crossing.type}]` : json.written });
    }
    for (; k < redacted.length; k++) put(spanPiece(redacted[k] as TypedSpan));
    let out = "";
    let at = 0;
    for (const piece of pieces) {
      out += text.slice(at, piece.start) + piece.written;
      at = piece.end;
    }
    return out + text.slice(at);
  }

  /**
   * The JSON of text[start, end) written as its value redacted (`walked`), or, with the text's spans inside it
   * redacted first, as the value the span's redacted text spells judged `again`. When that text is no JSON (a
   * span across a string's quotes), the JSON is redacted whole (fail closed).
   */
  private embeddedWritten(
    text: string,
    start: number,
    end: number,
    redacted: readonly TypedSpan[],
    walked: unknown,
    again: (value: object) => unknown,
  ): string {
    // The spans are in order: those inside are found from the first that ends after `start`.
    let lo = 0;
    let hi = redacted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((redacted[mid] as TypedSpan).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const inside: TypedSpan[] = [];
    for (let k = lo; k < redacted.length && (redacted[k] as TypedSpan).start < end; k++) {
      const s = redacted[k] as TypedSpan;
      if (s.start >= start && s.end <= end) inside.push({ ...s, start: s.start - start, end: s.end - start });
    }
    if (inside.length === 0) return JSON.stringify(walked);
    const value = jsonValue(replaceSpans(text.slice(start, end), inside, () => true));
    if (value === undefined || typeof value !== "object")
      return `[REDACTED:${(inside[0] as TypedSpan).type}]`;
    return JSON.stringify(again(value));
  }

  /** A value a string spells as JSON, read one JSON level deeper (see scanString). */
  private scanJson(
    value: object | string,
    path: string,
    redact?: (type: string) => boolean,
  ): { findings: Finding[]; value: unknown } {
    this.jsonNesting++;
    try {
      return this.scan(value, `${path}<json>`, redact);
    } finally {
      this.jsonNesting--;
    }
  }

  /**
   * The spans of a JSON text, read with its escapes decoded (see json-text.ts): every string of the value it
   * spells is read there, in its place, so the walk of that value reads its strings no more.
   */
  private jsonSpans(text: string): readonly TypedSpan[] {
    const view = unescapedJson(text, this.codesBuffer);
    if (view === undefined) return this.shortTextSpans(text);
    return this.spans(view.text).map((s) => {
      const [start, end] = view.original(s.start, s.end);
      return { ...s, start, end };
    });
  }

  /** A value split over neighbouring strings of one array or object (see split-values.ts, split-fields.ts). */
  private acrossNeighbours(
    original: unknown[] | Record<string, unknown>,
    out: unknown[] | Record<string, unknown>,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
    over?: OverKeys,
  ): unknown {
    // One member at most (a call's arguments of one field, a result's content and its one item): no two
    // neighbours, so no junction for the readers of neighbouring strings, nor two texts for a shown view.
    const lone = Array.isArray(original) ? original.length < 2 : !hasTwoKeys(original);
    const value = lone ? out : this.acrossStrings(original, out, path, findings, redact);
    if (!Array.isArray(original)) {
      const keyed = this.acrossKeys(over, value as Record<string, unknown>, path, findings);
      return this.acrossKinds(original, keyed, path, findings, redact);
    }
    if (!Array.isArray(value)) return value;
    if (lone) return this.characterCodes(original, value, path, findings, redact);
    // Again as the texts a client shows, when the list is not plain text items (see shown-items.ts).
    const view = shownView(original);
    const shown = view
      ? writtenBack(
          view,
          value,
          this.acrossStrings(view.items, viewOf(view, value), path, findings, redact, false) as unknown[],
        )
      : value;
    return this.characterCodes(original, shown, path, findings, redact);
  }

  /**
   * Cards and values over neighbouring strings, and in a list secrets over neighbouring text items and where
   * one item's texts meet the next's (`kinds`; not in a view of plain text items, which holds no keys).
   */
  private acrossStrings(
    original: readonly unknown[] | Record<string, unknown>,
    out: unknown[] | Record<string, unknown>,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
    kinds = true,
  ): unknown[] | Record<string, unknown> {
    let value = out;
    if (this.cards !== undefined) {
      const across = cardsAcrossNeighbours(original, out, this.cards, redact?.("credit_card") === true, path);
      if (across.found) findings.push({ type: "credit_card", path });
      value = across.value;
    }
    const fields = valuesAcrossFields(original, value, this.readers, redact);
    addFindings(findings, fields.types, path);
    value = fields.value;
    if (!Array.isArray(original) || !Array.isArray(value)) return value;
    if (kinds) value = this.acrossKinds(original as unknown[], value, path, findings, redact);
    const split = spansAcrossContentItems(
      original,
      value,
      (text) => this.spansIn(text, 0, this.secretDetectors),
      redact,
    );
    addFindings(findings, split.types, path);
    const underHeader = cellsUnderHeaderItems(original, split.value, (text) => this.spans(text), redact);
    addFindings(findings, underHeader.types, path);
    return underHeader.value;
  }

  /** A secret cut where a key meets its value, or one list item's texts the next's (see split-keys.ts). */
  private acrossKinds<T extends unknown[] | Record<string, unknown>>(
    original: unknown[] | Record<string, unknown>,
    out: T,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): T {
    const across = secretsAcrossKinds(original, out, this.readers.secrets, redact);
    addFindings(findings, across.types, path);
    return across.value;
  }

  /**
   * A value split over an object's neighbouring keys ({ "ghp_R8kWq2Zp": 1, "L5vN3xT7yB1c": 2, … }): the keys
   * are read as a list of strings is (split-fields.ts). Undefined when nothing crosses them.
   */
  private overKeys(obj: Record<string, unknown>, redact?: (type: string) => boolean): OverKeys | undefined {
    const keys = Object.keys(obj);
    // Names of words alone (id, createdAt, first_name) spell no token, address or number: a token's chunks
    // hold a digit or a mark somewhere.
    if (keys.length < 2 || keys.every((k) => PLAIN_KEY.test(k))) return undefined;
    // A key with a finding of its own is renamed already, and stands apart (a value inside one is not shared).
    const pieces = keys.map((k) => (this.shortTextSpans(k).length > 0 ? null : k));
    const across = valuesAcrossFields(pieces, pieces, this.readers, redact);
    if (across.types.length === 0) return undefined;
    const shown = new Map<string, string>();
    for (const share of across.shares) {
      const key = keys[share.piece];
      if (key !== undefined && !shown.has(key)) shown.set(key, `[REDACTED:${share.type}]`);
    }
    return { keys, pieces, types: across.types, renamed: across.value as unknown[], shown };
  }

  /**
   * What crosses an object's keys (overKeys), found at `<path>(keys)`; a key holding a share of it is renamed
   * as a sensitive key is (its value kept).
   */
  private acrossKeys(
    over: OverKeys | undefined,
    out: Record<string, unknown>,
    path: string,
    findings: Finding[],
  ): Record<string, unknown> {
    if (over === undefined) return out;
    const { keys, pieces, renamed } = over;
    for (const type of over.types) findings.push({ type, path: `${path}(keys)` });
    if (renamed.every((k, i) => k === pieces[i])) return out;
    // The walk may have renamed a key already (a sensitive key alone): the walked copy's keys in order.
    const walkedKeys = Object.keys(out);
    const copy: Record<string, unknown> = {};
    const unique = new UniqueKeys((key) => key in copy);
    walkedKeys.forEach((walked, i) => {
      const key = walkedKeys.length === keys.length && renamed[i] !== pieces[i] ? String(renamed[i]) : walked;
      copy[unique.of(key)] = out[walked];
    });
    return copy;
  }

  /**
   * A list of character codes ([103, 104, 112, 95, …], or the same as strings) is text that a server reads
   * with one `String.fromCharCode(...list)`: read as that text, and redacted whole (its numbers spell nothing
   * alone).
   */
  private characterCodes(
    original: unknown[],
    out: unknown[],
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): unknown {
    const text = textOfCodes(flatCodes(original));
    if (text === undefined) return out;
    const types = [...new Set(this.spans(text).map((s) => s.type))];
    for (const type of types) findings.push({ type, path });
    const redacted = types.find((type) => redact?.(type));
    return redacted === undefined ? out : `[REDACTED:${redacted}]`;
  }

  /**
   * A field named as a password holds one as `"password": "…"` written in text does: the field is read as
   * that text, with the same rules (a stand-in, a message or a value too plain is none). Only the type is
   * kept: the whole value is the password.
   */
  private passwordField(key: string, written: string): string | undefined {
    // A server that trims its arguments reads "Zx7!qLm4vR " as the password: judged trimmed.
    const value = written.trim();
    if (value.length > MAX_PASSWORD_FIELD) return undefined;
    // A list of passwords is named in the plural; the rules read a password's name.
    const name = key.replace(/(word|wd|phrase)s$/i, "$1");
    const text = `${JSON.stringify(name)}: ${JSON.stringify(value)}`;
    const valueStart = text.length - JSON.stringify(value).length;
    return this.spansIn(text, 0, this.secretDetectors).find((span) => span.start > valueStart)?.type;
  }

  /**
   * A wallet's recovery phrase given as a list of its words ({ "mnemonic": ["legal", "winner", …] }): each word
   * alone is no phrase, so the list is judged as the words written in a row are, and every word redacted when
   * it is one. Undefined when the list is not one (it is then judged item by item).
   */
  private phraseList(
    key: string,
    item: readonly unknown[],
    out: readonly unknown[],
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): unknown[] | undefined {
    if (item.length < MIN_PHRASE_WORDS || !item.every((word) => typeof word === "string")) return undefined;
    if (this.passwordField(key, item.join(" ")) !== RECOVERY_PHRASE_TYPE) return undefined;
    findings.push({ type: RECOVERY_PHRASE_TYPE, path });
    return redact?.(RECOVERY_PHRASE_TYPE)
      ? item.map(() => `[REDACTED:${RECOVERY_PHRASE_TYPE}]`)
      : (out as unknown[]);
  }

  /**
   * Whether a value under a secret's name is that secret's value: random enough to be one (a shorter or plainer
   * value is the password rules' to judge, see passwordFields), and, when the name holds a word the key rules
   * read a value by (token, secret, key, auth, …), found by those rules in the same pair written as text,
   * `"name": "value"`. So a field is judged as its JSON text is: a key named for what it guards (accountKey,
   * primaryMasterKey, key1) is found, while a page's cursor (nextPageToken), a reference to where a secret is
   * kept, or a name whose last word makes it something else (tokenAddress, tokenMint, secretname) is not. A
   * name those rules have no word for (signature, cookie, session_id) is judged by randomness alone.
   */
  private namedSecret(name: string, value: string): boolean {
    if (!looksLikeSecretValue(value)) return false;
    if (!HOLDS_ASSIGNED_NAME.test(name)) return true;
    return this.typeReaching(`${JSON.stringify(name)}: `, JSON.stringify(value)) !== undefined;
  }

  /** The type of the first secret the rules find reaching into `written` when it stands after `lead`. */
  private typeReaching(lead: string, written: string): string | undefined {
    const text = lead + written;
    return this.spansIn(text, 0, this.secretDetectors).find((span) => span.end > lead.length)?.type;
  }

  /**
   * A browser's cookie as automation hands it out ({ "name": "PHPSESSID", "value": "…", "domain": …, as
   * Playwright's context.cookies() and storage state and the DevTools protocol write one): judged as the same
   * cookie in a Cookie header is, by the same rules, so a session's is found and a preference's is not. The
   * whole value is the cookie.
   */
  private sessionCookie(
    name: string,
    value: string,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): string {
    const type = this.typeReaching(`Cookie: ${name}=`, value);
    if (type === undefined) return value;
    findings.push({ type, path });
    return redact?.(type) ? `[REDACTED:${type}]` : value;
  }

  /**
   * A headers object's Cookie or Set-Cookie (`{ headers: { Cookie: "sp_dc=…; theme=dark" } }`, as fetch and
   * HTTP tools take them): judged as the same header written as a line is, so each session's value is found
   * (round 50's review: the header's rules read only a line that names it, and the object's key stood apart).
   */
  private cookieHeader(
    key: string,
    value: string,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): string {
    const lead = `${key}: `;
    const spans = this.spansIn(lead + value, 0, this.secretDetectors).filter(
      (span) => span.end > lead.length,
    );
    if (spans.length === 0) return value;
    for (const span of spans) findings.push({ type: span.type, path });
    const shown = spans.map((span) => ({
      ...span,
      start: Math.max(0, span.start - lead.length),
      end: span.end - lead.length,
    }));
    return redact ? replaceSpans(value, shown, redact) : value;
  }

  /**
   * The field's value, or each string or whole number of the lists and objects under it (`{ passwords: ["…"] }`, `{ password:
   * { value: "…" } }`, `{ password: [["…"]] }`), down to MAX_PASSWORD_DEPTH levels, judged by passwordField;
   * `out` (the walked copy) with each password redacted.
   */
  private passwordFields(
    key: string,
    item: unknown,
    out: unknown,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
    depth = 0,
  ): unknown {
    // A number is read as its digits: a server takes { passcode: 48291733 } as it takes "48291733".
    if (typeof item === "string" || (typeof item === "number" && Number.isSafeInteger(item))) {
      if (out !== item) return out;
      const type = this.passwordField(key, String(item));
      if (type === undefined) return out;
      findings.push({ type, path });
      return redact?.(type) ? `[REDACTED:${type}]` : out;
    }
    // Deeper than this, a structure under a password's name is data of its own, read by the walk alone (and a
    // password nested under passwords cannot make the judging of one subtree repeat without end).
    if (depth >= MAX_PASSWORD_DEPTH) return out;
    const under = (original: unknown, walked: unknown) =>
      this.passwordFields(key, original, walked, path, findings, redact, depth + 1);
    if (Array.isArray(item) && Array.isArray(out)) {
      const phrase = this.phraseList(key, item, out, path, findings, redact);
      if (phrase !== undefined) return phrase;
      const judged = out.map((walked, k) => under(item[k], walked));
      return judged.every((v, k) => v === out[k]) ? out : judged;
    }
    if (item && typeof item === "object" && out && typeof out === "object" && !Array.isArray(out)) {
      const walkedObject = out as Record<string, unknown>;
      let copy: Record<string, unknown> | undefined;
      for (const [k, original] of Object.entries(item)) {
        const judged = under(original, walkedObject[k]);
        if (judged !== walkedObject[k]) (copy ??= { ...walkedObject })[k] = judged;
      }
      return copy ?? out;
    }
    return out;
  }

  /**
   * A bare number under a key that names what it is: read as "<the key's words>: <the value>" by the text
   * detectors, as if written in prose ("ssn: 078051120"), and redacted whole when one finds it there.
   */
  private namedNumber(
    key: string,
    item: unknown,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): unknown {
    // A padded value ("078051120 ", as a fixed-width export writes it) is the number a reader trims it to.
    const value =
      typeof item === "number" && Number.isSafeInteger(item)
        ? String(item)
        : typeof item === "string"
          ? item.trim()
          : item;
    if (typeof value !== "string") return item;
    const shaped = NAMED_NUMBER.test(value);
    if (!shaped && !LETTERED_ID.test(value)) return item;
    const name = numberName(key);
    // Letters around the digits (AB123456C, X1234567L): only a national identity number is written so.
    if (name === undefined || (!shaped && name.only !== "national_id")) return item;
    // An SSN kept as a number has lost the zeros its area number began with ({ "ssn": 78051120 }, as a sheet or
    // a CSV import stores 078-05-1120): under an SSN's name, seven or eight digits are read with them again,
    // and count only as an SSN.
    const zerosLost = typeof item === "number" && value.length < 9 && SSN_NAME_WORDS.test(name.words);
    const digits = zerosLost ? value.padStart(9, "0") : value;
    // Read as "ssn: <value>" when the name is among other words, which could stand between it and the value.
    const text = `${name.words}: ${digits}`;
    const valueStart = text.length - digits.length;
    // Under a name that allows one type only, a span of another (a phone number read in an SSN's digits) is
    // passed over, not taken for the value's type.
    const only = zerosLost ? "ssn" : name.only;
    const type = this.spans(text).find(
      (s) => s.end > valueStart && (only === undefined || s.type === only),
    )?.type;
    if (type === undefined) return item;
    findings.push({ type, path });
    return redact?.(type) ? `[REDACTED:${type}]` : item;
  }

  /**
   * A whole number under a key named as an id (`{ "channel_id": "622198451234567897" }`, `{ "variant_id":
   * 39345187831841 }`): read as `<key>: <number>` is in text, so that the id's name before it says what it
   * is, as it does there (a card-shaped id is no card; see cardLookalike), and redacted whole when the text
   * detectors find something there all the same.
   */
  private idNumber(
    key: string,
    digits: string,
    item: unknown,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): unknown {
    const text = `${key}: ${digits}`;
    const valueStart = text.length - digits.length;
    const types = [...new Set(this.spans(text).flatMap((s) => (s.end > valueStart ? [s.type] : [])))];
    addFindings(findings, types, path);
    const redacted = types.find((type) => redact?.(type));
    return redacted === undefined ? item : `[REDACTED:${redacted}]`;
  }

  private scanNumber(
    n: number,
    path: string,
    findings: Finding[],
    redact?: (type: string) => boolean,
  ): unknown {
    // Fourteen digits at least: shorter numbers are ids as often as cards (a string can say "card" first).
    if (this.cards === undefined || !Number.isSafeInteger(n) || n < 1e13) return n;
    if (!isCardNumber(String(n))) return n;
    findings.push({ type: "credit_card", path });
    return redact?.("credit_card") ? "[REDACTED:credit_card]" : n;
  }

  /**
   * `item` (walked to `out`) judged by the name it is given: a key, or a sibling's string (see siblingName,
   * namedPair). A secret's or a password's name makes it read as that secret's or password's value, a number's
   * name as that number.
   */
  private namedValue(
    name: string,
    item: unknown,
    walked: unknown,
    itemPath: string,
    findings: Finding[],
    paths: FindingPaths,
    redact?: (type: string) => boolean,
  ): unknown {
    let out = walked;
    if (
      this.entropyOn &&
      typeof item === "string" &&
      out === item &&
      (secretKeyName(name) || ASSIGNED_NAME.test(name)) &&
      this.namedSecret(name, item)
    ) {
      if (!paths.has(itemPath)) {
        findings.push({ type: "high_entropy_secret", path: itemPath });
        if (redact?.("high_entropy_secret")) out = "[REDACTED:high_entropy_secret]";
      }
    }
    if (!paths.has(itemPath)) {
      const password = credentialName(name);
      if (password !== undefined) out = this.passwordFields(password, item, out, itemPath, findings, redact);
    }
    if (mayNameNumber(name)) out = this.namedNumbers(name, item, out, itemPath, findings, paths, redact);
    return out;
  }

  /**
   * `item` under a number's name (walked to `out`) judged as that number (namedNumber), and so is each item of
   * a list under it and the value of an object under it (its `value`, or an index-keyed object's members, as
   * pandas writes a column), down to MAX_NUMBER_DEPTH levels: a name says what each of several values on file
   * is as it says what one is. An object's other members (an id, a count, a time) are its own, named by their
   * keys. `out` with each number found redacted.
   */
  private namedNumbers(
    name: string,
    item: unknown,
    out: unknown,
    path: string,
    findings: Finding[],
    paths: FindingPaths,
    redact?: (type: string) => boolean,
    depth = 0,
  ): unknown {
    // A national identity number the walk found as something else (a SIN's nine digits as a phone number) is
    // still found as what its name says, so that a policy for national_id holds for it.
    const nationalId = numberName(name)?.only === "national_id";
    if (paths.has(path) && !nationalId) return out;
    if (item === null || typeof item !== "object") {
      if (out === item) return this.namedNumber(name, item, path, findings, redact);
      if (!nationalId) return out;
      const judged = this.namedNumber(name, item, path, findings, redact);
      return judged === item ? out : judged;
    }
    const list = Array.isArray(item);
    // A list or object the walk wrote out whole (as a redacted string) is judged already.
    if (depth >= MAX_NUMBER_DEPTH || out === null || typeof out !== "object" || Array.isArray(out) !== list)
      return out;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(item)) {
      if (!list && !NUMBER_MEMBER.test(key)) continue;
      const original = (item as Record<string, unknown>)[key];
      const walked = (out as Record<string, unknown>)[key];
      const at = bounded(list ? `${path}[${key}]` : `${path}.${key}`);
      const judged = this.namedNumbers(name, original, walked, at, findings, paths, redact, depth + 1);
      if (judged !== walked)
        (copy ??= (list ? [...(out as unknown[])] : { ...out }) as Record<string, unknown>)[key] = judged;
    }
    return copy ?? out;
  }

  private scanObject(
    obj: Record<string, unknown>,
    path: string,
    walk: (v: unknown, path: string) => unknown,
    findings: Finding[],
    paths: FindingPaths,
    redact?: (type: string) => boolean,
    sharedKeys?: ReadonlyMap<string, string>,
  ): Record<string, unknown> {
    let copy: Record<string, unknown> | undefined;
    let unique: UniqueKeys | undefined;
    // Its keys, not Object.entries: no [key, value] pair is made per member of every object scanned.
    const keys = Object.keys(obj);
    /** Whether the object is a map of ids (numbered-keys.ts): asked once, at its first key read as a card. */
    let ofIds: boolean | undefined;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const item = obj[key];
      let keySpans: readonly TypedSpan[] = this.shortTextSpans(key);
      if (keySpans.length > 0 && keySpans.every(isCardSpan) && (ofIds ??= mapOfIds(obj, keys))) keySpans = [];
      // A sensitive key, or one holding a share of a value split over the keys, is named by its type in
      // paths, so the audit never holds it.
      const firstKeySpan = keySpans[0];
      const shownKey = firstKeySpan ? `[REDACTED:${firstKeySpan.type}]` : (sharedKeys?.get(key) ?? key);
      const itemPath = bounded(path ? `${path}.${shownKey}` : shownKey);
      for (let i = 0; i < keySpans.length; i++)
        findings.push({ type: (keySpans[i] as TypedSpan).type, path: `${itemPath}(key)` });
      const found = findings.length;
      let out = walk(item, itemPath);
      // What the walk found in a whole number under an id's name is judged again with that name before it
      // (rarely: most ids are found to be nothing, and are not read twice).
      const id = findings.length > found && ID_FIELD.test(key) ? wholeNumber(item) : undefined;
      if (id !== undefined) {
        findings.length = found;
        out = this.idNumber(key, id, item, itemPath, findings, redact);
      }
      // What names the value: its key, or the name a sibling gives it ({ "name": "DB_PASSWORD", "value": "…" }).
      // Palau's code in a map of countries names no password (region-keyed-maps.ts).
      if (!palauInRegionMap(key, keys) && !givenAsId(obj, keys, key, item))
        out = this.namedValue(siblingName(obj, key) ?? key, item, out, itemPath, findings, paths, redact);
      if (out === item && key.length <= 2 && privateKeyMember(obj, key) && !paths.has(itemPath)) {
        findings.push({ type: "private_key", path: itemPath });
        if (redact?.("private_key")) out = "[REDACTED:private_key]";
      }
      const cookie = out === item && typeof item === "string" ? cookieName(obj, key) : undefined;
      if (cookie !== undefined && !paths.has(itemPath))
        out = this.sessionCookie(cookie, item as string, itemPath, findings, redact);
      else if (out === item && typeof item === "string" && COOKIE_HEADER.test(key) && !paths.has(itemPath))
        out = this.cookieHeader(key, item, itemPath, findings, redact);
      const newKey = redact && keySpans.length ? replaceSpans(key, keySpans, redact) : key;
      if (out !== item || newKey !== key) {
        const written = (copy ??= { ...obj });
        if (newKey !== key) {
          delete written[key];
          unique ??= new UniqueKeys((name) => name in written);
          written[unique.of(newKey)] = out;
        } else {
          written[key] = out;
        }
      }
    }
    return copy ?? obj;
  }
}

function isCardSpan(span: TypedSpan): boolean {
  return span.type === "credit_card";
}

/**
 * A private member of a JSON Web Key given as an object (a tool's structuredContent, a call's arguments), as
 * the private_key rule reads one written as text (vendor-token-rules.ts): "d", "p", "q", "dp", "dq", "qi" of
 * an RSA, EC or OKP key (or one of a type not listed), "k" of a symmetric one.
 */
function privateKeyMember(obj: Record<string, unknown>, key: string): boolean {
  const kty = obj.kty;
  if (typeof kty !== "string") return false;
  // Any other type than "oct" (one this list does not know yet, or a mangled one) keeps its secret in "d".
  const members = kty === "oct" ? SYMMETRIC_JWK_MEMBERS : kty !== "" ? PRIVATE_JWK_MEMBERS : undefined;
  const value = obj[key];
  return members !== undefined && members.has(key) && typeof value === "string" && JWK_VALUE.test(value);
}
const PRIVATE_JWK_MEMBERS = new Set(["d", "p", "q", "dp", "dq", "qi"]);
const SYMMETRIC_JWK_MEMBERS = new Set(["k"]);
const JWK_VALUE = /^[A-Za-z0-9_-]{16,}$/;

/** What crosses an object's keys (Scanner.overKeys). */
interface OverKeys {
  keys: readonly string[];
  /** The keys as read: null for a key with a finding of its own. */
  pieces: readonly (string | null)[];
  types: readonly string[];
  /** The pieces with the shares redaction selects redacted. */
  renamed: readonly unknown[];
  /** Each key holding a share, and how paths name it: by the share's type. */
  shown: ReadonlyMap<string, string>;
}

/**
 * Whether an object has two keys or more, counted without listing them. Inherited enumerable keys count too:
 * an object with one own key and another inherited one is read as before.
 */
function hasTwoKeys(obj: Record<string, unknown>): boolean {
  let keys = 0;
  for (const _ in obj) if (++keys > 1) return true;
  return false;
}

/** A finding of each type at `path` (a counted loop: see spansIn). */
function addFindings(findings: Finding[], types: readonly string[], path: string): void {
  for (let i = 0; i < types.length; i++) findings.push({ type: types[i] as string, path });
}

/**
 * Whether any finding so far has a path: the paths are indexed as findings are added, so asking once per
 * value under a secret-looking key costs constant time instead of a search of every finding (quadratic in a
 * document with thousands of such keys).
 */
class FindingPaths {
  /** Made at the first finding: most messages have none, and then no set is made per scan. */
  private seen: Set<string> | undefined;
  private indexed = 0;

  constructor(private readonly findings: readonly Finding[]) {}

  has(path: string): boolean {
    if (this.findings.length === 0) return false;
    const seen = (this.seen ??= new Set<string>());
    for (; this.indexed < this.findings.length; this.indexed++) {
      const finding = this.findings[this.indexed];
      if (finding !== undefined) seen.add(finding.path);
    }
    return seen.has(path);
  }
}

/** The digits of a whole number, written as one or as a string of digits alone; undefined for anything else. */
function wholeNumber(item: unknown): string | undefined {
  if (typeof item === "number") return Number.isSafeInteger(item) && item >= 0 ? String(item) : undefined;
  return typeof item === "string" && /^[0-9]{1,19}$/.test(item) ? item : undefined;
}

/** A span redacted, as the piece of text written in its place. */
function spanPiece(span: TypedSpan): { start: number; end: number; written: string } {
  return { start: span.start, end: span.end, written: `[REDACTED:${span.type}]` };
}

function replaceSpans(text: string, spans: readonly TypedSpan[], redact: (type: string) => boolean): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (!redact(s.type)) continue;
    out += `${text.slice(at, s.start)}[REDACTED:${s.type}]`;
    at = s.end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * The blanks that open a JSON text's second line (a document written with JSON.stringify(v, null, 2), a tab,
 * Python's indent=4), so that one written out again keeps its layout; undefined for a text on one line. At most
 * ten, as JSON.stringify takes.
 */
function indentOf(text: string): string | undefined {
  const lineEnd = text.indexOf("\n");
  if (lineEnd < 0) return undefined;
  let end = lineEnd + 1;
  while (end < text.length && end - lineEnd <= 10 && (text[end] === " " || text[end] === "\t")) end++;
  return end > lineEnd + 1 ? text.slice(lineEnd + 1, end) : undefined;
}

function bounded(path: string): string {
  return path.length > MAX_PATH ? `…${path.slice(-MAX_PATH)}` : path;
}

/**
 * Whether `text` is a whole number written in exponent form or with a zero fraction: its length and first
 * character first, since every string of a message without a finding is asked.
 */
function numberText(text: string): boolean {
  if (text.length < NUMBER_TEXT_MIN || text.length > NUMBER_TEXT_MAX) return false;
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && NUMBER_TEXT.test(text);
}

/**
 * Hex that a sibling gives as the object's id (containerd's `"SnapshotKey"` is its `"ID"`, a cache's key its
 * `"digest"`): an identifier named again, not a credential, whatever the key's name says.
 */
/**
 * A key that names an id or a digest (`ID`, `digest`, `containerId`, `image_id`), case kept: under a
 * case-insensitive reading any word ending in "id" (`paid`, `valid`) would vouch for a secret beside it.
 */
const ID_SIBLING = /^(?:id|Id|ID|digest|Digest)$|[a-z0-9](?:Id|ID)$|_(?:id|ID)$/;

function givenAsId(
  obj: Record<string, unknown>,
  keys: readonly string[],
  key: string,
  item: unknown,
): boolean {
  if (typeof item !== "string" || item.length < 32 || !/^[a-f0-9]{32,128}$/.test(item)) return false;
  return keys.some((other) => other !== key && obj[other] === item && ID_SIBLING.test(other));
}
