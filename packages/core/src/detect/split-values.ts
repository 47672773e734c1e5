// A card number split over neighbouring strings: two fields of one argument object ("4111 1111", "1111
// 1111"), two content items of a result, one digit per field. Each string alone holds no card, but a reader
// takes them side by side (a model reads a result's content items as one text and an object's fields in
// order), so the card detector reads each junction between neighbours as if the two were written in one
// string, a space apart: the end of one, the short digit-only neighbours after it, the start of the next.
// Only spans that cross a junction count (within one string the scan has read them already), and only what
// the card detector itself accepts (its grouping rules, Luhn, an issuer's range and length).
//
// Bounded and linear: a junction reads at most EDGE characters of each long neighbour, and the digit-only
// neighbours in between only while they hold fewer digits than the longest card.
import { cardPartFields } from "./card-part-names.js";
import { timeStamp } from "./epoch-times.js";
import type { Detector } from "./detectors.js";
import { chainDigits, countDigits, DIGITS_ONLY, endsWithDigit, startsWithDigit } from "./digit-edges.js";
import { NO_TYPES, redactPieces, textItem, wrappedText } from "./piece-redaction.js";
import { sortedNumberTable } from "./sorted-number-tables.js";

/** Characters read from each side of a junction: a card as printed, with a few words of context before it. */
const EDGE = 48;
const MAX_CARD_DIGITS = 19;
const MIN_CARD_DIGITS = 12;

/** Where a split card lies: [start, end) in the string at index `piece` of the siblings. */
interface PieceRange {
  piece: number;
  start: number;
  end: number;
  /** What was found there; a card when not given. */
  type?: string;
}

/**
 * The ranges of every card that `cards` finds across a junction of `pieces` (neighbouring strings in order;
 * undefined where a neighbour is not a string and so breaks the run). Empty when there is none.
 */
function splitCards(pieces: readonly (string | undefined)[], cards: Detector): PieceRange[] {
  const ranges: PieceRange[] = [];
  for (let i = 0; i + 1 < pieces.length; i++) {
    const first = pieces[i];
    const next = pieces[i + 1];
    if (first === undefined || next === undefined) continue;
    if (!endsWithDigit(first) || !startsWithDigit(next)) continue;
    // A digit-only string after one ending in digits continues a run read from an earlier junction: a card
    // starting inside a run of digit groups is not read as one (as within one string, see card.ts).
    const before = pieces[i - 1];
    if (before !== undefined && DIGITS_ONLY.test(first) && endsWithDigit(before)) continue;
    const joined = new JoinedText();
    joined.add(i, first, Math.max(0, first.length - EDGE), first.length);
    const junction = joined.text.length;
    let digits = 0;
    let j = i + 1;
    // Digit-only neighbours are read whole while the card could still go on.
    for (; j < pieces.length && digits < MAX_CARD_DIGITS; j++) {
      const piece = pieces[j];
      if (piece === undefined || piece.length > EDGE || !DIGITS_ONLY.test(piece)) break;
      joined.add(j, piece, 0, piece.length);
      digits += countDigits(piece);
    }
    const last = pieces[j];
    const readsLast = digits < MAX_CARD_DIGITS && last !== undefined && startsWithDigit(last);
    if (readsLast) joined.add(j, last, 0, Math.min(last.length, EDGE));
    // Fewer digits on both sides of the junction than the shortest card: nothing to ask the detector.
    const around = chainDigits(first, -1, EDGE) + digits + (readsLast ? chainDigits(last, 1, EDGE) : 0);
    if (around < MIN_CARD_DIGITS) continue;
    for (const span of cards.find(joined.text))
      if (span.start < junction && span.end > junction) ranges.push(...joined.ranges(span.start, span.end));
  }
  return ranges;
}

/** Pieces of neighbouring strings joined by one space, each remembered with where it came from. */
class JoinedText {
  text = "";
  private readonly parts: { piece: number; from: number; at: number; length: number }[] = [];

  constructor(private readonly separator = " ") {}

  add(piece: number, source: string, from: number, to: number): void {
    if (this.text !== "") this.text += this.separator;
    this.parts.push({ piece, from, at: this.text.length, length: to - from });
    this.text += source.slice(from, to);
  }

  /** The ranges of the pieces that [start, end) of the joined text covers. */
  ranges(start: number, end: number): PieceRange[] {
    const out: PieceRange[] = [];
    for (const part of this.parts) {
      const s = Math.max(start, part.at);
      const e = Math.min(end, part.at + part.length);
      if (s < e)
        out.push({ piece: part.piece, start: part.from + s - part.at, end: part.from + e - part.at });
    }
    return out;
  }
}

/**
 * A path ending in a field named for ports: "ports", "forwardPorts", "exposed_ports", "appPort" (camel case or
 * after a separator, so "passports" and "reports" are not).
 */
const PORT_LIST_PATH = /(?:^|[^A-Za-z])[Pp]orts?$|[a-z0-9]Ports?$/;

/**
 * Cards split over the neighbouring strings of `original` (an array's strings and content items' `text`, an
 * object's string fields), found with the card detector; with `redact`, written out of `out` (the walked
 * copy of `original`, which may be `original` itself), each piece's share of the card replaced.
 */
export function cardsAcrossNeighbours(
  original: readonly unknown[] | Record<string, unknown>,
  out: unknown[] | Record<string, unknown>,
  cards: Detector,
  redact: boolean,
  path = "",
): { found: boolean; value: unknown[] | Record<string, unknown> } {
  // A list of port numbers (a devcontainer's "forwardPorts": [4200, 3001, 9000, 8080]) is no card's groups.
  if (Array.isArray(original) && PORT_LIST_PATH.test(path)) return { found: false, value: out };
  const keys = Array.isArray(original) ? undefined : Object.keys(original);
  const parts = keys === undefined ? [] : cardPartFields(keys);
  if (parts.length === 0 && !hasJunction(original)) return { found: false, value: out };
  // A sorted table of numbers (code point ranges) holds no card split over its items.
  if (keys === undefined && sortedNumberTable(original as readonly unknown[]))
    return { found: false, value: out };
  const items: unknown[] =
    keys === undefined ? (original as unknown[]) : keys.map((k) => original[k as never]);
  if (items.length < 2) return { found: false, value: out };
  // A time stamped on a record (a log line's epoch milliseconds) breaks the run as a text would not.
  const pieces = items.map((item, i) =>
    keys === undefined
      ? arrayPiece(item)
      : timeStamp(keys[i] as string, item)
        ? undefined
        : stringPiece(item),
  );
  const ranges = splitCards(pieces, cards);
  if (parts.length > 0) ranges.push(...namedParts(parts, pieces, cards));
  if (ranges.length === 0) return { found: false, value: out };
  if (!redact) return { found: true, value: out };
  const value = redactPieces(
    out,
    ranges.map((r) => ({ ...r, type: r.type ?? "credit_card" })),
    (piece) => (keys === undefined ? String(piece) : (keys[piece] as string)),
    (piece) => pieces[piece] as string,
  );
  return { found: true, value };
}

/**
 * A card over the fields named as its parts (see card-part-names.ts), read in order as if they stood side by
 * side: the masked digits or an expiry between or before them are not taken for the card's start. The ranges
 * are the fields' own (indices into `pieces`).
 */
function namedParts(parts: readonly number[], pieces: readonly (string | undefined)[], cards: Detector) {
  const digitParts = parts.filter((i) => {
    const piece = pieces[i];
    return piece !== undefined && piece.length <= EDGE && DIGITS_ONLY.test(piece);
  });
  if (digitParts.length < 2) return [];
  const ranges = splitCards(
    digitParts.map((i) => pieces[i]),
    cards,
  );
  return ranges.map((r) => ({ ...r, piece: digitParts[r.piece] as number }));
}

/**
 * Two neighbours, one ending and the next starting with a digit, that could hold a card between them: without
 * one, nothing is allocated. A run of whole numbers alone ({ id: 7, qty: 2, price: 1040 }, a row of a table)
 * holds a card only when its numbers have the digits of the shortest card together; they are counted without
 * writing a number out.
 */
function hasJunction(container: readonly unknown[] | Record<string, unknown>): boolean {
  const array = Array.isArray(container);
  let previousEnds = false;
  // The digits of the whole numbers linked so far, and whether a text is in the run (then any junction is read).
  let runDigits = 0;
  let runHasText = false;
  for (const key in container) {
    const item = (container as Record<string, unknown>)[key];
    if (!array && timeStamp(key, item)) {
      previousEnds = false;
      continue;
    }
    if (typeof item === "number") {
      const digits = wholeNumberDigits(item);
      if (digits === 0) previousEnds = false;
      else if (!previousEnds) {
        runDigits = digits;
        runHasText = false;
        previousEnds = true;
      } else {
        runDigits += digits;
        if (runHasText || runDigits >= MIN_CARD_DIGITS) return true;
      }
      continue;
    }
    const piece = array ? arrayPiece(item) : stringPiece(item);
    if (piece === undefined) {
      previousEnds = false;
      continue;
    }
    if (previousEnds && startsWithDigit(piece)) return true;
    previousEnds = endsWithDigit(piece);
    runDigits = 0;
    runHasText = true;
  }
  return false;
}

/** How many digits a whole, non-negative, safe number is written with; 0 for any other number. */
function wholeNumberDigits(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) return 0;
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}

/** A string, or a whole number as its digits: a card sent as JSON numbers ([4111, 1111, …]) is read too. */
function stringPiece(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  return typeof item === "number" && Number.isSafeInteger(item) && item >= 0 ? String(item) : undefined;
}

/** In an array, a whole number, a string, a content item's text or a wrapper's one string (see wrappedText). */
function arrayPiece(item: unknown): string | undefined {
  return stringPiece(item) ?? wrappedText(item);
}

/** Characters read from each side of a junction between content items: longer than nearly every token. */
const TOKEN_EDGE = 256;
const TOKEN_CHAR = /[A-Za-z0-9_+/=.-]/;

/**
 * Secrets split over two neighbouring text items of a result's content (a file returned in chunks cuts a
 * token at a chunk boundary; the model reads the items as one text). Each junction where both sides are
 * token characters is read as one text with nothing between (`spans` is the scanner's own detection,
 * decoded views included) and only secrets crossing it count (cards across neighbours are read above;
 * other personal data split so is not read). With `redact`, each item's share is
 * replaced in `out` (an item the walk already rewrote is replaced whole).
 */
export function spansAcrossContentItems(
  original: readonly unknown[],
  out: unknown[],
  spans: (text: string) => ReadonlyArray<{ start: number; end: number; type: string; category: string }>,
  redact?: (type: string) => boolean,
): { types: readonly string[]; value: unknown[] } {
  const ranges: PieceRange[] = [];
  for (let i = 0; i + 1 < original.length; i++) {
    const first = textItem(original[i]);
    const next = textItem(original[i + 1]);
    if (first === undefined || next === undefined || first === "" || next === "") continue;
    if (!TOKEN_CHAR.test(first.charAt(first.length - 1)) || !TOKEN_CHAR.test(next.charAt(0))) continue;
    const joined = new JoinedText("");
    joined.add(i, first, Math.max(0, first.length - TOKEN_EDGE), first.length);
    const junction = joined.text.length;
    joined.add(i + 1, next, 0, Math.min(next.length, TOKEN_EDGE));
    for (const span of spans(joined.text))
      if (span.category === "secret" && span.start < junction && span.end > junction)
        for (const r of joined.ranges(span.start, span.end)) ranges.push({ ...r, type: span.type });
  }
  if (original.length > 2) secretsAcrossItemRuns(original, spans, ranges);
  if (ranges.length === 0) return { types: NO_TYPES, value: out };
  const types = [...new Set(ranges.map((r) => r.type ?? "credit_card"))];
  const redacting = ranges.filter((r) => redact?.(r.type ?? "credit_card"));
  if (redacting.length === 0) return { types, value: out };
  const value = redactPieces(
    out,
    redacting.map((r) => ({ ...r, type: r.type ?? "credit_card" })),
    String,
    (piece) => textItem(original[piece]) as string,
  );
  return { types, value };
}

/** A text item this short, of token characters alone, may be a middle piece of a token cut in three items or more. */
const MIDDLE_PIECE = 64;
const TOKEN_ONLY = /^[A-Za-z0-9_+/=.-]+$/;

/**
 * Secrets cut over three text items or more ("ghp_R8kWq2ZpL5", "vN3xT7yB1cD4fG", "6hJ9mK0sA2eU"): the pairs
 * above see no more than one junction. Each run of items joined by token characters, whose middle items are
 * short pieces of token characters, is read once as one text (the first item's end, the middle ones whole,
 * the last one's start), and secrets crossing two junctions or more are added to `ranges` (one junction is the
 * pairs'). Linear: an item is read in at most two runs.
 */
function secretsAcrossItemRuns(
  original: readonly unknown[],
  spans: (text: string) => ReadonlyArray<{ start: number; end: number; type: string; category: string }>,
  ranges: PieceRange[],
): void {
  let first = 0;
  while (first + 2 < original.length) {
    const start = textItem(original[first]);
    let last = first + 1;
    let previous = start;
    // Extend over middle pieces while each junction joins token characters.
    for (; last < original.length; last++) {
      const text = textItem(original[last]);
      if (text === undefined || !joinsToken(previous, text)) break;
      if (!(text.length <= MIDDLE_PIECE && TOKEN_ONLY.test(text))) {
        last++;
        break;
      }
      previous = text;
    }
    // Items first .. last - 1 are the run; it needs two junctions at least.
    if (start !== undefined && last - first >= 3) {
      const joined = new JoinedText("");
      const junctions: number[] = [];
      joined.add(first, start, Math.max(0, start.length - TOKEN_EDGE), start.length);
      for (let k = first + 1; k < last; k++) {
        const text = textItem(original[k]) as string;
        junctions.push(joined.text.length);
        joined.add(k, text, 0, k === last - 1 ? Math.min(text.length, TOKEN_EDGE) : text.length);
      }
      for (const span of spans(joined.text)) {
        if (span.category !== "secret") continue;
        let crossed = 0;
        for (const j of junctions) if (span.start < j && span.end > j) crossed++;
        if (crossed >= 2)
          for (const r of joined.ranges(span.start, span.end)) ranges.push({ ...r, type: span.type });
      }
    }
    first = Math.max(first + 1, last - 1);
  }
}

/** Whether two neighbouring text items could continue one token across their junction. */
function joinsToken(first: string | undefined, next: string | undefined): boolean {
  if (first === undefined || next === undefined || first === "" || next === "") return false;
  return TOKEN_CHAR.test(first.charAt(first.length - 1)) && TOKEN_CHAR.test(next.charAt(0));
}
