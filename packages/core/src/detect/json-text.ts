// JSON carried inside a string: a tool's serialised result beside its structuredContent (the MCP specification
// asks for both), a call's argument holding a document. A model reads such a text as the structure it spells,
// so the scanner reads it as that structure too (every rule that reads a value's shape: a password in a list,
// a card as four numbers, an SSN over three fields), and reads its text with JSON's escapes decoded (a card or
// a token cut by a `\n` escape is cut by a line break, as the model reads it).
import type { DecodedView } from "./decode.js";
import { isAscii, type CodesBuffer } from "./text-codes.js";

/**
 * The JSON object or array a string spells, or undefined. A JSON string literal that holds such a text (JSON
 * serialised twice, `"{\"card\":[4111,…]}"`, as a double JSON.stringify or a logged payload writes it) spells
 * that text: the string it holds is given, to be read as JSON one level deeper. Linear: a text whose first and
 * last characters other than blanks cannot open and close one is turned away before the parser sees it, and
 * the parser stops at the first character that is no JSON.
 */
export function jsonValue(text: string): object | string | undefined {
  if (!couldBeJson(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "string") return value as object;
  return couldBeJson(value) ? value : undefined;
}

/** Whether the text opens and closes "{" … "}", "[" … "]" or a string literal holding one of those. */
function couldBeJson(text: string): boolean {
  const firstAt = firstNonBlank(text);
  const lastAt = lastNonBlank(text);
  const first = text.charCodeAt(firstAt);
  const last = text.charCodeAt(lastAt);
  // Each closing code is its opening's plus two.
  if (first === 0x7b || first === 0x5b) return last === first + 2;
  return first === 0x22 && last === 0x22 && lastAt - firstAt >= 3 && couldOpen(text.charCodeAt(firstAt + 1));
}

/** "{", "[" or the backslash that escapes a quote: what a string literal holding JSON begins with. */
function couldOpen(code: number): boolean {
  return code === 0x7b || code === 0x5b || code === 0x5c;
}

/** A shorter span is read as text alone: no value read by its shape is written in fewer characters. */
const MIN_EMBEDDED = 8;
/**
 * A span that opens as JSON but does not parse has the spans inside it tried, through this many such failures:
 * each failed parse reads the span's text once more. Spans that do not open as JSON (prose's brackets around a
 * payload) are never parsed, and are looked inside at any depth.
 */
const MAX_EMBEDDED_TRIES = 2;

/** A balanced span of a text, and the balanced spans directly inside it. */
interface Balanced {
  start: number;
  end: number;
  inner: Balanced[];
}

/** A JSON object or array written inside a larger text, and where it stands. */
export interface EmbeddedJson {
  start: number;
  end: number;
  value: object;
}

/** What a text without brackets holds: shared, never added to. */
const NONE_EMBEDDED: readonly EmbeddedJson[] = Object.freeze([]);

/**
 * The JSON objects and arrays written inside a larger text, each with where it stands: a Markdown ```json
 * block, JSON Lines, a server-sent event's `data:` line, a log line ending in its payload. A model reads each as
 * the structure it spells, as it reads a text that is JSON alone (see jsonValue). Found by their balanced
 * brackets, a JSON string's brackets aside: the outermost balanced spans are parsed, and where one is no JSON
 * (prose in brackets around a payload) the spans inside it are (MAX_EMBEDDED_TRIES). Linear: each character is
 * read once to find the spans, and parsed at most MAX_EMBEDDED_TRIES + 1 times.
 */
export function embeddedJson(text: string): readonly EmbeddedJson[] {
  // Most texts scanned (a message's names, an echo's words) open no bracket: they make no lists or closures.
  if (text.indexOf("{") < 0 && text.indexOf("[") < 0) return NONE_EMBEDDED;
  const found: EmbeddedJson[] = [];
  const tryAll = (spans: readonly Balanced[], failures: number): void => {
    for (const span of spans) {
      let failed = failures;
      if (span.end - span.start >= MIN_EMBEDDED && opensJson(text, span.start)) {
        let value: unknown;
        try {
          value = JSON.parse(text.slice(span.start, span.end));
        } catch {
          value = undefined;
        }
        if (value !== null && typeof value === "object") {
          found.push({ start: span.start, end: span.end, value });
          continue;
        }
        failed++;
      }
      if (failed <= MAX_EMBEDDED_TRIES) tryAll(span.inner, failed);
    }
  };
  tryAll(balancedSpans(text), 0);
  return found;
}

/**
 * Whether what follows the bracket at `at` can begin JSON's object ("{" then a key's quote or "}") or array
 * ("[" then a value): code's brackets (`env['KEY']`, `${{ secrets.X }}`, `values[i]`) are turned away before
 * the parser sees them, whose error on each costs more than reading the whole text.
 */
function opensJson(text: string, at: number): boolean {
  let i = at + 1;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  if (text.charCodeAt(at) === 0x7b) return code === 0x22 || code === 0x7d;
  // A value: a string, a number, an object or array, true, false or null; or the array's end.
  return (
    code === 0x22 ||
    code === 0x2d ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x7b ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x74 ||
    code === 0x66 ||
    code === 0x6e
  );
}

/**
 * What changes anything inside brackets (see balancedSpans): outside a string, a bracket or the quote that
 * opens one; inside a string, its closing quote, an escape or a line break. Code inside an unclosed brace
 * (a function's body) has a line break every few dozen characters, each a search's stop if it were looked for
 * outside strings, where it changes nothing.
 */
const STRUCTURE_OUTSIDE_STRINGS = /[{}[\]"]/g;
const STRUCTURE_INSIDE_STRINGS = /["\\\n]/g;

/** The outermost balanced "{…}" and "[…]" spans of a text, with those inside each (see embeddedJson). */
function balancedSpans(text: string): Balanced[] {
  const outermost: Balanced[] = [];
  // The brackets open now, as three stacks (no object per bracket: code opens one every few characters): where
  // each starts, the code that closes it, and the spans closed inside it so far (NONE until there is one).
  const starts: number[] = [];
  const closers: number[] = [];
  const inners: Balanced[][] = [];
  let inString = false;
  // A bracket left open (prose's, or a string broken by a line break) holds no span: those closed inside it
  // stand on their own.
  const abandon = (): void => {
    for (const inner of inners) for (const span of inner) outermost.push(span);
    starts.length = closers.length = inners.length = 0;
    inString = false;
  };
  let nextBrace = text.indexOf("{");
  let nextBracket = text.indexOf("[");
  let i = 0;
  while (i < text.length) {
    if (starts.length === 0) {
      // Outside brackets nothing but the next opening counts: found natively.
      if (nextBrace >= 0 && nextBrace < i) nextBrace = text.indexOf("{", i);
      if (nextBracket >= 0 && nextBracket < i) nextBracket = text.indexOf("[", i);
      if (nextBrace < 0 && nextBracket < 0) break;
      i = nextBrace < 0 ? nextBracket : nextBracket < 0 ? nextBrace : Math.min(nextBrace, nextBracket);
    }
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
      else if (code === 10) abandon();
    } else if (code === 0x7b || code === 0x5b) {
      starts.push(i);
      // Each closing code is its opening's plus two.
      closers.push(code + 2);
      inners.push(NONE);
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7d || code === 0x5d) {
      if (code !== closers.pop()) abandon();
      else closeSpan(text, starts.pop() ?? 0, i + 1, inners.pop() ?? NONE, inners, outermost);
    }
    // Inside brackets only these characters change anything: the next is found natively, not letter by
    // letter (a function's body in code is all inside brackets).
    const structure = inString ? STRUCTURE_INSIDE_STRINGS : STRUCTURE_OUTSIDE_STRINGS;
    structure.lastIndex = i + 1;
    i = structure.exec(text)?.index ?? text.length;
  }
  abandon();
  return outermost;
}

/** No spans: shared, never added to (closeSpan gives a bracket its own list at its first span). */
const NONE: Balanced[] = [];

/**
 * A span closed at `end`, kept in the bracket around it (or the outermost list) only where embeddedJson could
 * read something in it: long enough, and opening as JSON or holding a span that is kept. The rest (code's
 * `[i]`, a function's body) is dropped at once, so code costs no object per bracket.
 */
function closeSpan(
  text: string,
  start: number,
  end: number,
  inner: Balanced[],
  inners: Balanced[][],
  outermost: Balanced[],
): void {
  if (end - start < MIN_EMBEDDED || (inner === NONE && !opensJson(text, start))) return;
  const span = { start, end, inner };
  const at = inners.length - 1;
  if (at < 0) return void outermost.push(span);
  if (inners[at] === NONE) inners[at] = [span];
  else inners[at]?.push(span);
}

/** The single characters JSON's two-character escapes stand for. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/**
 * A JSON text (one jsonValue parsed) with every escape in it decoded, each mapped back to where it is written:
 * its strings read as their values, in their places. Undefined when it holds no escape. Every backslash of a
 * valid JSON text opens an escape, so each is found natively and decoded in one pass; an escape is one
 * character decoded, so an offset maps back by the characters the escapes before it took (a list of where
 * each escape is, not a ViewBuilder's objects: JSON text of log lines has an escape per line). `kept`: bytes
 * a scanner keeps from one text to the next, which a long text is decoded in (see decodedInKept).
 */
export function unescapedJson(text: string, kept?: CodesBuffer): DecodedView | undefined {
  if (text.indexOf("\\") < 0) return undefined;
  /** Where each escape's character is in the decoded text, and the characters taken by it and those before. */
  const decodedAt: number[] = [];
  const taken: number[] = [];
  const decoded =
    (text.length >= BYTES_FROM && isAscii(text) ? decodedInKept(text, decodedAt, taken, kept) : undefined) ??
    decodedAsPieces(text, decodedAt, taken);
  /** The offset `offset` of the decoded text has in the JSON text: plus what the escapes before it took. */
  const written = (offset: number): number => {
    let lo = 0;
    let hi = decodedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((decodedAt[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo === 0 ? 0 : (taken[lo - 1] as number));
  };
  return { text: decoded, original: (start, end) => [written(start), written(end)] };
}

/**
 * From this length on an ASCII text's decoded copy is written as bytes (see decodedAsBytes): a shorter string is
 * made where the engine reuses its memory anyway.
 */
const BYTES_FROM = 1 << 16;

/** The escape's character at `at` (its kind the character after the backslash), and how many it takes. */
function escapeAt(text: string, at: number): [string, number] {
  const kind = text[at + 1] ?? "";
  if (kind === "u") return [String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16)), 6];
  return [SHORT_ESCAPES[kind] ?? "", 2];
}

/**
 * The decoded text put together from its pieces (a string of strings, which the engine flattens when it is first
 * read), with decodedAt and taken filled in (see unescapedJson).
 */
function decodedAsPieces(text: string, decodedAt: number[], taken: number[]): string {
  decodedAt.length = taken.length = 0;
  let decoded = "";
  let copied = 0;
  let extra = 0;
  for (let at = text.indexOf("\\"); at >= 0; at = text.indexOf("\\", at)) {
    const [character, length] = escapeAt(text, at);
    decoded += text.slice(copied, at);
    decodedAt.push(decoded.length);
    decoded += character;
    extra += length - 1;
    taken.push(extra);
    at += length;
    copied = at;
  }
  return decoded + text.slice(copied);
}

/**
 * The same decoded text written into bytes and made a string from them, for an ASCII text whose escapes all
 * stand for characters of one byte (else undefined). A long string the engine flattens is put in memory it has
 * just mapped, a page fault per 4 KB on first write (on this machine 4-5 ms per megabyte, as much as the JSON
 * text's parse); the bytes and the string made from them come from the allocator, which reuses freed memory.
 * Decoded in place, in the text's one copy: an escape takes more characters than it stands for, so what is
 * written never passes what is still to be read, and each stretch between escapes is moved natively
 * (copyWithin), where a second buffer and a Buffer.copy per escape cost about 2 ms per megabyte of log lines
 * (an escape per line).
 */
function decodedAsBytes(
  text: string,
  decodedAt: number[],
  taken: number[],
  into?: Uint8Array,
): string | undefined {
  const bytes =
    into === undefined ? Buffer.from(text, "latin1") : Buffer.from(into.buffer, into.byteOffset, text.length);
  if (into !== undefined) bytes.write(text, 0, text.length, "latin1");
  let written = 0;
  let copied = 0;
  let extra = 0;
  for (let at = text.indexOf("\\"); at >= 0; at = text.indexOf("\\", at)) {
    if (written !== copied) bytes.copyWithin(written, copied, at);
    written += at - copied;
    decodedAt.push(written);
    const kind = text.charCodeAt(at + 1);
    const code = SHORT_ESCAPE_CODES[kind] ?? -1;
    let length = 2;
    if (code >= 0) bytes[written++] = code;
    else if (kind === 0x75 /* u */) {
      const [character] = escapeAt(text, at);
      const unit = character.charCodeAt(0);
      if (unit > 0xff) return undefined;
      bytes[written++] = unit;
      length = 6;
    }
    extra += length - 1;
    taken.push(extra);
    at += length;
    copied = at;
  }
  // A valid JSON text ends with no backslash, so its last escape ends inside it.
  if (written !== copied) bytes.copyWithin(written, copied, text.length);
  written += Math.max(0, text.length - copied);
  return bytes.toString("latin1", 0, written);
}

/**
 * decodedAsBytes in the bytes `kept` lends (the scanner's, which its detectors' copy of the decoded text is
 * written into next): a megabyte of fresh memory costs its page faults again on every JSON text, about as
 * much as the decoding itself. Fresh bytes while they are lent.
 */
function decodedInKept(
  text: string,
  decodedAt: number[],
  taken: number[],
  kept: CodesBuffer | undefined,
): string | undefined {
  const into = kept?.take(text.length);
  try {
    return decodedAsBytes(text, decodedAt, taken, into);
  } finally {
    if (into !== undefined) kept?.giveBack();
  }
}

/** The byte each of JSON's two-character escapes stands for (SHORT_ESCAPES), by the code after its backslash. */
const SHORT_ESCAPE_CODES: readonly number[] = Array.from({ length: 128 }, (_, c) => {
  const character = SHORT_ESCAPES[String.fromCharCode(c)];
  return character === undefined ? -1 : character.charCodeAt(0);
});

function firstNonBlank(text: string): number {
  let i = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

function lastNonBlank(text: string): number {
  let i = text.length - 1;
  while (i > 0 && isBlank(text.charCodeAt(i))) i--;
  return i;
}

/** The blanks JSON allows around a value. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
