// Values split over neighbouring strings: an SSN, IBAN, phone number or e-mail address over two fields of an
// argument object, two strings of an array or two content items of a result ("SSN 123-45-" then "6789"),
// and a secret over two fields or strings ({ key_id: "AKIAZ7Q3X", key_rest: "4W2R5T6Y2U4" }). Each piece
// alone holds nothing, but a model reads an object's fields and a result's items side by side. Each
// junction between neighbours is read as one text, glued and (between digits) a space apart, with the
// scanner's own detectors, and only what crosses the junction counts (each piece was scanned alone already).
// Cards are read across neighbours in split-values.ts, and secrets across content items there too.
//
// Bounded and linear: a junction is read only where both sides could continue one value (digits, an "@",
// token characters long enough together to be a secret), at most EDGE or TOKEN_EDGE characters each side.

import type { Detector } from "./detectors.js";
import { chainDigits, countDigits, DIGITS_ONLY, startsWithDigit } from "./digit-edges.js";
import { isContentItem, NO_TYPES, redactPieces, wrappedText, type PieceShare } from "./piece-redaction.js";

type Spans = (text: string) => ReadonlyArray<{ start: number; end: number; type: string; category: string }>;

/** How junctions are read: the scanner's whole detection, its secret detectors alone, and those of SSNs and IBANs. */
export interface Readers {
  spans: Spans;
  /** The scanner's detection with its secret detectors alone (a token across a junction is all that counts). */
  secrets: Spans;
  numbers: readonly Detector[];
  /** The e-mail and phone detectors, for values over three neighbours or more (see contactsAcrossRun). */
  contacts: readonly Detector[];
}

/** The detectors `numbers` reads with, among a scanner's. */
export const splitNumberDetectors = (detectors: readonly Detector[]): Detector[] =>
  detectors.filter((d) => d.type === "ssn" || d.type === "iban");

/** The detectors `contacts` reads with, among a scanner's. */
export const splitContactDetectors = (detectors: readonly Detector[]): Detector[] =>
  detectors.filter((d) => d.type === "email" || d.type === "phone");

const EDGE = 64;
/** Characters of a long piece read at a junction that could split a secret (also split-keys.ts's). */
export const TOKEN_EDGE = 256;
/** Shorter than nearly every secret format: two short words side by side are not read as one. */
const MIN_TOKEN = 16;
/** The characters a token is written with ([A-Za-z0-9_+/=.-]), by code (read per character of a junction). */
const TOKEN_CHARS = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=.-")
  TOKEN_CHARS[c.charCodeAt(0)] = 1;
const SSN_DIGITS = 9;
/** The shortest IBANs (Norway) hold 13 digits; a split one has a few on each side of the junction. */
const MIN_IBAN_DIGITS = 6;
const IBAN_START = /[A-Z]{2}[0-9]{2}/;
/** Short digit-only neighbours read whole between two others: enough for an IBAN written a group a field. */
const MAX_MIDDLE = 8;

type Share = PieceShare;

/** Shared by every container with nothing across its neighbours (see NO_TYPES). */
const NO_SHARES: readonly Share[] = Object.freeze([]);

/**
 * The types found across junctions of `original` (an array's strings and content items' texts, or an
 * object's string fields); with `redact`, `out` (the walked copy) with each piece's share replaced.
 */
export function valuesAcrossFields(
  original: readonly unknown[] | Record<string, unknown>,
  out: unknown[] | Record<string, unknown>,
  read: Readers,
  redact?: (type: string) => boolean,
): { types: readonly string[]; value: unknown[] | Record<string, unknown>; shares: readonly Share[] } {
  if (!hasTextNeighbours(original)) return { types: NO_TYPES, value: out, shares: NO_SHARES };
  const keys = Array.isArray(original) ? undefined : Object.keys(original);
  const items: readonly unknown[] =
    keys === undefined ? (original as unknown[]) : keys.map((k) => original[k as never]);
  const pieces = items.map((item) => (keys === undefined ? wrappedText(item) : fieldText(item)));
  const shares: Share[] = [];
  // Whether any neighbours could hold an address or a number over three of them: one pass, then none.
  const contacts = pieces.length >= 3 && mayHoldContacts(pieces, keys);
  for (let i = 0; i + 1 < pieces.length; i++) {
    const first = pieces[i];
    const next = pieces[i + 1];
    if (!first || !next) continue;
    // Between content items, secrets are read by split-values.ts.
    const secrets = !(isContentItem(items[i]) && isContentItem(items[i + 1]));
    append(shares, acrossJunction(i, first, next, read, secrets));
    append(shares, numbersAcrossRun(i, pieces, read.numbers));
    if (contacts) append(shares, contactsAcrossRun(i, pieces, keys, read.contacts));
  }
  // Runs of three pieces or more, and of MIN_SINGLES: a content item's type and text, or a record's two
  // fields, hold neither, and are not walked piece by piece for them.
  if (pieces.length >= 3) append(shares, secretsAcrossRuns(pieces, items, read.secrets));
  if (pieces.length >= MIN_SINGLES) append(shares, singlesAcrossRuns(pieces, read.spans));
  if (shares.length === 0) return { types: NO_TYPES, value: out, shares: NO_SHARES };
  const types = [...new Set(shares.map((s) => s.type))];
  const redacting = shares.filter((s) => redact?.(s.type));
  if (redacting.length === 0) return { types, value: out, shares };
  const value = redactPieces(
    out,
    redacting,
    (piece) => (keys === undefined ? String(piece) : (keys[piece] as string)),
    (piece) => pieces[piece] as string,
  );
  return { types, value, shares };
}

/**
 * `more` added to `shares` by a counted loop: a spread (`push(...more)`) made the daemon an iterator for
 * each of these lists, nearly all empty, at every junction of every message.
 */
function append(shares: Share[], more: readonly Share[]): void {
  for (let k = 0; k < more.length; k++) shares.push(more[k] as Share);
}

/** What crosses the junction between `first` (piece i) and `next` (piece i + 1). */
function acrossJunction(i: number, first: string, next: string, read: Readers, secrets: boolean): Share[] {
  const shares: Share[] = [];
  // SSNs and IBANs: only their own detectors (a phone number's parse, run at every junction of an array of
  // numbers, cost ten times the whole scan; phone numbers across neighbours are not read).
  if (numberAcross(first, next)) {
    const numbers = spansOf(read.numbers);
    const glued = crossing(i, first, next, "", EDGE, numbers, () => true);
    shares.push(...(glued.length > 0 ? glued : crossing(i, first, next, " ", EDGE, numbers, () => true)));
  }
  // A phone number: only after a country code or a lone "+" ({ cc: "0044", number: "2079460958" }), the one
  // piece that says the digits after it are one.
  if (first.length <= PREFIX_PIECE && startsWithDigit(next)) {
    const glue = LONE_PREFIX.test(first) ? "" : countryCode(first) ? " " : undefined;
    if (glue !== undefined)
      shares.push(
        ...crossing(i, first, next, glue, EDGE, spansOf(read.contacts), (_, type) => type === "phone"),
      );
  }
  if (first.endsWith("@") || next.startsWith("@"))
    shares.push(...crossing(i, first, next, "", EDGE, read.spans, (_, type) => type === "email"));
  if (secrets && tokenHalves(first, next))
    shares.push(
      ...crossing(i, first, next, "", TOKEN_EDGE, read.secrets, (category) => category === "secret"),
    );
  return shares;
}

/** The shares of the pieces of what `spans` finds across the junction, read with `separator` between. */
function crossing(
  i: number,
  first: string,
  next: string,
  separator: string,
  edge: number,
  spans: Spans,
  wanted: (category: string, type: string) => boolean,
): Share[] {
  const from = Math.max(0, first.length - edge);
  const head = next.slice(0, Math.min(next.length, edge));
  const junction = first.length - from;
  const text = first.slice(from) + separator + head;
  const after = junction + separator.length;
  const out: Share[] = [];
  for (const s of spans(text)) {
    if (s.start >= junction || s.end <= after || !wanted(s.category, s.type)) continue;
    out.push({ piece: i, start: from + s.start, end: first.length, type: s.type });
    out.push({ piece: i + 1, start: 0, end: Math.min(head.length, s.end - after), type: s.type });
  }
  return out;
}

/**
 * An SSN or IBAN over three neighbours or more ({ area: "123", group: "45", serial: "6789" }): the end of piece
 * `i`, then short digit-only neighbours read whole (at most MAX_MIDDLE), then the start of the piece after
 * them. Read only where the digits together are an SSN's nine (for each way the run could end), or after an
 * IBAN's country code and check digits (the whole run). Two neighbours alone are acrossJunction's.
 */
function numbersAcrossRun(
  i: number,
  pieces: readonly (string | undefined)[],
  numbers: readonly Detector[],
): Share[] {
  const first = pieces[i];
  if (first === undefined) return [];
  let digits = chainDigits(first, -1, EDGE);
  if (digits === 0) return [];
  const run: Segment[] = [{ piece: i, from: Math.max(0, first.length - EDGE), to: first.length }];
  const ends: Segment[][] = [];
  let j = i + 1;
  for (; j < pieces.length && run.length <= MAX_MIDDLE; j++) {
    const piece = pieces[j];
    if (piece === undefined || piece.length > EDGE || !DIGITS_ONLY.test(piece)) break;
    run.push({ piece: j, from: 0, to: piece.length });
    digits += countDigits(piece);
    // The run ending with this piece, when it is the third or later (two are read at their junction).
    if (run.length >= 3 && digits === SSN_DIGITS && maySpellSsn(run, pieces)) ends.push([...run]);
  }
  const last = pieces[j];
  if (run.length >= 2 && last !== undefined && startsWithDigit(last)) {
    const head = { piece: j, from: 0, to: Math.min(last.length, EDGE) };
    if (digits + chainDigits(last, 1, EDGE) === SSN_DIGITS && maySpellSsn([...run, head], pieces))
      ends.push([...run, head]);
    run.push(head);
  }
  if (run.length >= 3 && IBAN_START.test(first.slice(-EDGE))) ends.push(run);
  if (ends.length === 0) return [];
  const shares: Share[] = [];
  const spans = spansOf(numbers);
  for (const segments of ends) {
    const glued = sharesOfRun(segments, pieces, "", spans);
    shares.push(...(glued.length > 0 ? glued : sharesOfRun(segments, pieces, " ", spans)));
  }
  return shares;
}

/**
 * Neighbours read together for an e-mail address (the first, the middle ones, the last): enough for a local
 * part and a domain of three pieces each around an "@" (["john", ".", "doe", "@", "example", ".", "com"]).
 */
const MAX_CONTACT_RUN = 7;
/** Neighbours read together for a phone number, at most. */
const MAX_PHONE_RUN = 5;
/** No piece of such a run holds more (an address's or number's part is short). */
const CONTACT_PIECE = 64;
/**
 * A country code where a run starts: an international number's first part, after `+` or the `00` dialled
 * for it in most of the world, perhaps in brackets, perhaps with the number's first groups ("+1", "0044",
 * "00 49", "(+44)", "+44 20").
 */
const COUNTRY_CODE = /^[ \t]*\(?(?:\+|00)[ \t]?[1-9][0-9]{0,2}\)?(?:[ \t.-]?[0-9]{1,4}){0,2}[ \t]*$/;
/** The international prefix as a piece of its own, the country code in the next ({ plus: "+", cc: "44" }). */
const LONE_PREFIX = /^[ \t]*\(?(?:\+|00)\)?[ \t]*$/;
const COUNTRY_DIGITS = /^[1-9][0-9]{0,2}$/;
/** No piece that starts a number is longer (`(00 353) 87 12`). */
const PREFIX_PIECE = 20;
/** An argument or field name that says its value is (part of) a phone number. */
const PHONE_KEY = /phone|mobile|^tel|_tel|fax|msisdn/i;

/**
 * An e-mail address or a phone number over three neighbours or more: { user: "jo", at: "@", domain:
 * "example.com" }, ["jo", "@example", ".com"], { cc: "+1", area: "415", line: "555 0132" }. Read only where
 * the run can hold one: an "@" in a middle piece or at the first piece's end for an address (the pieces
 * glued), and for a number, digits only after a country code or under phone-named fields (the pieces a space
 * apart). Two neighbours alone are acrossJunction's.
 */
function contactsAcrossRun(
  i: number,
  pieces: readonly (string | undefined)[],
  keys: readonly string[] | undefined,
  contacts: readonly Detector[],
): Share[] {
  const first = pieces[i];
  if (first === undefined || first.length > CONTACT_PIECE) return [];
  // Most arrays and objects (ids, hashes, rows of numbers) can hold neither: let go before anything is made.
  const lone = lonePrefix(first, pieces[i + 1]);
  const international = lone || countryCode(first);
  const phoneStart = international || (keys !== undefined && PHONE_KEY.test(keys[i] ?? ""));
  if (!phoneStart && !atWithin(pieces, i, MAX_CONTACT_RUN - 1)) return [];
  const run: Segment[] = [{ piece: i, from: 0, to: first.length }];
  for (let j = i + 1; j < pieces.length && run.length < MAX_CONTACT_RUN; j++) {
    const piece = pieces[j];
    if (piece === undefined || piece.length === 0 || piece.length > CONTACT_PIECE) break;
    run.push({ piece: j, from: 0, to: piece.length });
  }
  if (run.length < 3) return [];
  const shares: Share[] = [];
  const texts = run.map((s) => pieces[s.piece] as string);
  const at = texts.findIndex((t) => t.includes("@"));
  if (at >= 0 && at < run.length - 1 && texts.every((t) => !/\s/.test(t))) {
    const email = spansOf(contacts.filter((d) => d.type === "email"));
    shares.push(...sharesOfRun(run.slice(0, Math.max(3, domainEnd(texts, at + 1) + 1)), pieces, "", email));
  }
  const phoneNamed = keys !== undefined && run.every((s) => PHONE_KEY.test(keys[s.piece] ?? ""));
  if (phoneStart && (international || phoneNamed)) {
    const phone = spansOf(contacts.filter((d) => d.type === "phone"));
    // The number's parts: digits (and the separators written inside a part) after the first piece.
    let end = 1;
    while (end < Math.min(run.length, MAX_PHONE_RUN) && /^[0-9][0-9 .-]*$/.test(texts[end] ?? "")) end++;
    // A lone "+" is glued to the country code after it ("+ 44" is no number's start); the rest a space apart.
    const separator = lone ? (k: number) => (k === 1 ? "" : " ") : " ";
    if (end >= 3) shares.push(...sharesOfRun(run.slice(0, end), pieces, separator, phone));
  }
  return shares;
}

/**
 * The last piece of an address's domain that starts in piece `first` (the one after the "@"'s): the pieces
 * after it that a dot joins to it (["example", ".", "com"], ["example.", "co", ".uk"]). A piece with no dot
 * beside it ends the domain: an address's neighbour ({ to: "jo@example.com", name: "Smith" }) is no part of it.
 */
function domainEnd(texts: readonly string[], first: number): number {
  let end = first;
  while (end + 1 < texts.length && (texts[end]?.endsWith(".") || texts[end + 1]?.startsWith("."))) end++;
  return end;
}

/** A piece that starts as an international number does: "+", "00" or a bracket before them. */
function startsWithPrefix(piece: string): boolean {
  let i = 0;
  while (piece.charCodeAt(i) === 32 || piece.charCodeAt(i) === 9 || piece.charCodeAt(i) === 40) i++;
  return piece.charCodeAt(i) === 43 || (piece.charCodeAt(i) === 48 && piece.charCodeAt(i + 1) === 48);
}

function countryCode(piece: string): boolean {
  return piece.length <= PREFIX_PIECE && COUNTRY_CODE.test(piece);
}

/** `piece` is "+" or "00" alone and `next` a country code's digits. */
function lonePrefix(piece: string, next: string | undefined): boolean {
  return piece.length <= PREFIX_PIECE && LONE_PREFIX.test(piece) && COUNTRY_DIGITS.test(next ?? "");
}

/** A piece of a secret cut into three or more: this short at most, and only token characters. */
const SECRET_PIECE = 24;
/** Pieces read together at most (a long run is read in windows that overlap by a secret's pieces). */
const SECRET_WINDOW = 64;
const SECRET_OVERLAP = 8;

/**
 * A secret cut into three pieces or more ({ a: "ghp_R8kWq2Zp", b: "L5vN3xT7yB1c", c: "D4fG6hJ9mK0sA2eU" }):
 * each maximal run of short token-only neighbours (not content items: split-values.ts reads those) is glued
 * and read once with the secret detectors, and what crosses two junctions or more counts (one junction is
 * acrossJunction's). Linear: each piece is read in at most two windows.
 */
function secretsAcrossRuns(
  pieces: readonly (string | undefined)[],
  items: readonly unknown[],
  secrets: Spans,
): Share[] {
  const shares: Share[] = [];
  let start = 0;
  while (start < pieces.length) {
    if (secretPiece(pieces[start], items[start]) === NOT_A_PIECE) {
      start++;
      continue;
    }
    let end = start;
    let mixed = 0;
    for (; end < pieces.length && end - start < SECRET_WINDOW; end++) {
      const kind = secretPiece(pieces[end], items[end]);
      if (kind === NOT_A_PIECE) break;
      if (kind === MIXED_PIECE) mixed++;
    }
    if (end - start >= 3 && mixed >= 2) {
      const run: Segment[] = [];
      for (let k = start; k < end; k++) run.push({ piece: k, from: 0, to: (pieces[k] as string).length });
      // Across one junction is acrossJunction's.
      shares.push(...sharesOfRun(run, pieces, "", secrets, 3));
    }
    // A window cut short by its length goes on, overlapping, from a few pieces back.
    start = end - start === SECRET_WINDOW ? end - SECRET_OVERLAP : end;
  }
  return shares;
}

/** Pieces of one character are read together from this many on (the shortest address, a@b.co, has six). */
const MIN_SINGLES = 6;
/** Pieces of one character read together at most; a longer run is read in windows overlapping by a value. */
const SINGLES_WINDOW = 256;
const SINGLES_OVERLAP = 64;

/**
 * A value cut into one character per piece (["g", "h", "p", "_", …], { c0: "j", c1: "o", … }): each
 * maximal run of one-character pieces is glued and read once with the scanner's whole detection, and what
 * covers three pieces or more counts. Runs of digits alone are let go (rows of single-digit numbers are
 * common; cards across neighbours are split-values.ts's). Linear: each piece is read in at most two windows.
 */
function singlesAcrossRuns(pieces: readonly (string | undefined)[], spans: Spans): Share[] {
  const shares: Share[] = [];
  let start = 0;
  while (start < pieces.length) {
    if (pieces[start]?.length !== 1) {
      start++;
      continue;
    }
    let end = start;
    let other = false;
    for (; end < pieces.length && end - start < SINGLES_WINDOW; end++) {
      const piece = pieces[end];
      if (piece?.length !== 1) break;
      const c = piece.charCodeAt(0);
      if (c < 48 || c > 57) other = true;
    }
    if (end - start >= MIN_SINGLES && other) {
      const run: Segment[] = [];
      for (let k = start; k < end; k++) run.push({ piece: k, from: 0, to: 1 });
      shares.push(...sharesOfRun(run, pieces, "", spans, 3));
    }
    start = end - start === SINGLES_WINDOW ? end - SINGLES_OVERLAP : end;
  }
  return shares;
}

const NOT_A_PIECE = 0;
const PLAIN_PIECE = 1;
/** Letters with digits, or lower with upper case after the first letter, as a generated token's pieces. */
const MIXED_PIECE = 2;

/**
 * What a neighbour is to a secret cut into pieces, in one pass over its characters: none (too long, a content
 * item, a character no token has), a plain piece (a word, a number: a table's usual cells), or a mixed one.
 */
function secretPiece(piece: string | undefined, item: unknown): number {
  if (piece === undefined || piece.length === 0 || piece.length > SECRET_PIECE || isContentItem(item))
    return NOT_A_PIECE;
  let digit = false;
  let letter = false;
  let lower = false;
  let upperInside = false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (TOKEN_CHARS[c] !== 1) return NOT_A_PIECE;
    if (c >= 48 && c <= 57) digit = true;
    else if (c >= 97 && c <= 122) letter = lower = true;
    else if (c >= 65 && c <= 90) {
      letter = true;
      if (i > 0) upperInside = true;
    }
  }
  return (digit && letter) || (lower && upperInside) ? MIXED_PIECE : PLAIN_PIECE;
}

/** An "@" in a piece, a piece that starts with "+", or a phone-named field: else no run is read for contacts. */
function mayHoldContacts(
  pieces: readonly (string | undefined)[],
  keys: readonly string[] | undefined,
): boolean {
  for (const piece of pieces)
    if (piece !== undefined && (piece.includes("@") || startsWithPrefix(piece))) return true;
  return keys !== undefined && keys.some((key) => PHONE_KEY.test(key));
}

/** Whether one of the `count` pieces from `i` on holds an "@" (before the last of a run's pieces). */
function atWithin(pieces: readonly (string | undefined)[], i: number, count: number): boolean {
  for (let k = i; k < Math.min(pieces.length, i + count); k++) if (pieces[k]?.includes("@")) return true;
  return false;
}

/**
 * Whether a run of nine digits can read as an SSN: pieces of digits alone do only as its three groups (3, 2,
 * 4: "123 45 6789"), since nine bare digits glued are no SSN without a word before them. A piece holding
 * anything else (a label, a dash) is read. Arrays of short numbers, which sum to nine digits all the time,
 * are let go without a read.
 */
function maySpellSsn(run: readonly Segment[], pieces: readonly (string | undefined)[]): boolean {
  const texts = run.map((s) => (pieces[s.piece] as string).slice(s.from, s.to));
  if (!texts.every((t) => /^[0-9]+$/.test(t))) return true;
  return texts.length === 3 && texts[0]?.length === 3 && texts[1]?.length === 2 && texts[2]?.length === 4;
}

/** Part of a piece, [from, to), as it is written into a run. */
interface Segment {
  piece: number;
  from: number;
  to: number;
}

/**
 * The shares of what `spans` finds in the segments written one after another, `separator` (or what it gives
 * before segment k) between them, that
 * covers `minPieces` segments or more (within one piece, the scan of that piece has read it already).
 */
function sharesOfRun(
  segments: readonly Segment[],
  pieces: readonly (string | undefined)[],
  separator: string | ((k: number) => string),
  spans: Spans,
  minPieces = 2,
): Share[] {
  let text = "";
  const starts: number[] = [];
  for (const [k, s] of segments.entries()) {
    if (k > 0) text += typeof separator === "string" ? separator : separator(k);
    starts.push(text.length);
    text += (pieces[s.piece] as string).slice(s.from, s.to);
  }
  const shares: Share[] = [];
  for (const span of spans(text)) {
    const within = segments.flatMap((s, k) => {
      const start = Math.max(span.start, starts[k] as number);
      const end = Math.min(span.end, (starts[k] as number) + s.to - s.from);
      return start < end
        ? [
            {
              piece: s.piece,
              start: s.from + start - (starts[k] as number),
              end: s.from + end - (starts[k] as number),
            },
          ]
        : [];
    });
    if (within.length < minPieces) continue;
    for (const w of within) shares.push({ ...w, type: span.type });
  }
  return shares;
}

/** A list of detectors read as one: their spans, each with its detector's type and category. */
function spansOf(detectors: readonly Detector[]): Spans {
  return (text) =>
    detectors.flatMap((d) =>
      d.find(text).map((s) => ({ ...s, type: s.type ?? d.type, category: d.category })),
    );
}

/**
 * Whether the junction could split a secret: token characters on both sides, together long enough, and each
 * side looking generated (a digit, or upper and lower case): two words or an id and a name are let go
 * without a scan (reading every junction of a table's rows cost several times the scan of the rows).
 */
export function tokenHalves(first: string, next: string): boolean {
  const tail = first.slice(first.length - tokenRun(first, -1));
  const head = next.slice(0, tokenRun(next, 1));
  return tail.length + head.length >= MIN_TOKEN && generated(tail) && generated(head);
}

/** A digit, or an upper-case letter after the first character beside lower-case ones ("Alice" is a word). */
function generated(run: string): boolean {
  return run.length >= 4 && (/[0-9]/.test(run) || (/[a-z]/.test(run) && /[A-Z]/.test(run.slice(1))));
}

/**
 * Whether an SSN (nine digits around the junction) or an IBAN (a country code and check digits before it)
 * could cross it: an array of numbers or a table's row of amounts is let go without a read.
 */
function numberAcross(first: string, next: string): boolean {
  const digits = chainDigits(first, -1, EDGE) + chainDigits(next, 1, EDGE);
  if (digits === SSN_DIGITS) return true;
  return digits >= MIN_IBAN_DIGITS && IBAN_START.test(first.slice(-EDGE));
}

/** The length of the run of token characters at the end (-1) or start (1), at most TOKEN_EDGE. */
function tokenRun(text: string, step: 1 | -1): number {
  let n = 0;
  for (let i = step === 1 ? 0 : text.length - 1; n < TOKEN_EDGE && i >= 0 && i < text.length; i += step) {
    if (TOKEN_CHARS[text.charCodeAt(i)] !== 1) break;
    n++;
  }
  return n;
}

/** Two texts side by side (strings, or content items in an array): without them, nothing is allocated. */
function hasTextNeighbours(container: readonly unknown[] | Record<string, unknown>): boolean {
  let previous = false;
  if (Array.isArray(container)) {
    // A counted loop (see append): this runs for every list of every message.
    for (let i = 0; i < container.length; i++) {
      const text = wrappedText(container[i]) !== undefined;
      if (previous && text) return true;
      previous = text;
    }
    return false;
  }
  for (const key in container) {
    const text = fieldText((container as Record<string, unknown>)[key]) !== undefined;
    if (previous && text) return true;
    previous = text;
  }
  return false;
}

/**
 * An object's field as a piece: a string, or the one string a one-item list wraps (`{ a: ["ghp_…"], b: […] }`).
 * Not an object's one string: every call's `{ name, arguments: { message } }` would then be read as two
 * neighbours (about a microsecond per message, round 19), and a field holding an object is a record of its own.
 */
function fieldText(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  return Array.isArray(item) ? wrappedText(item) : undefined;
}
