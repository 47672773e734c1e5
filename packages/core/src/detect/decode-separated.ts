// Encoded bytes with something printed between them, which a reader (a model, a server's decoder) strips at
// once: hex pairs separated by colons, spaces, dashes or commas (fingerprints, `hexdump`, `od`, C arrays of
// 0x bytes), decimal character codes (`String.fromCharCode(103,104,…)`), base64 or hex in groups of four
// (`xxd`, people; also one group a line), hex in groups of eight digits (`xxd -g4`, `od -t x4`), and
// quoted-printable (every byte as =XX, or a soft line break `=\r\n` inside a value,
// as e-mail wraps it).
//
// Linear and cheap on ordinary text: every such run is longer than 2 × PROBE_STEP characters, so only every
// PROBE_STEP-th position is probed; a probe looks a few characters ahead for a separator with the run's
// characters on both sides, and only then is the run measured (once: what it covers is not probed again).
import { decodeEncoded, decodeText, type DecodedView, ViewBuilder } from "./decode.js";
import { CharactersAhead } from "./characters-ahead.js";
import { codeAt, NON_ASCII } from "./text-codes.js";

const PROBE_STEP = 20;
/** Eight or more hex pairs (each may be written 0x…) with a separator between every two. */
const SEPARATED_HEX = /(?:0[xX])?[0-9A-Fa-f]{2}(?:(?:[:;\t-]|, {0,2}| {1,2})(?:0[xX])?[0-9A-Fa-f]{2}){7,}/g;
/** Eight or more decimal codes separated by commas. */
const DECIMAL_CODES = /(?<!\d)\d{1,3}(?:, ?\d{1,3}){7,}(?!\d)/g;
/** The same in hex digits only (`xxd` prints `6465 706c 6f79`), found inside a stretch of hex. */
const GROUPED_HEX = /[0-9A-Fa-f]{4}(?:[ \t][0-9A-Fa-f]{4}){3,}(?:[ \t][0-9A-Fa-f]{2})?/g;
/** Four or more words of eight hex digits (four bytes each), the last one possibly shorter. */
const HEX_WORDS = /[0-9A-Fa-f]{8}(?:[ \t][0-9A-Fa-f]{8}){3,}(?:[ \t](?:[0-9A-Fa-f]{2}){1,3})?/g;
// Quoted-printable writes "=" itself as =3D, so "==" before a line break is base64's padding, not a soft break
// (nor is one "=" that pads a value before a setting's line: see softBreak).
const QP_ESCAPE = /(?<!=)=\r?\n|=[0-9A-F]{2}/g;

// One table of character classes, as bit flags (one lookup per character, whatever is asked).
const HEX = 1;
const HEX_RUN = 2;
const DIGIT = 4;
const BASE64 = 8;
const SEPARATOR = 16;
const BLANK = 32;
const ALNUM = 64;
const CLASSES = new Uint8Array(128);
const mark = (chars: string, flag: number) => {
  for (const c of chars) {
    const code = c.charCodeAt(0);
    CLASSES[code] = (CLASSES[code] ?? 0) | flag;
  }
};
mark("0123456789abcdefABCDEF", HEX);
mark("0123456789abcdefABCDEFxX:;,\t -", HEX_RUN);
mark("0123456789", DIGIT);
mark("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", BASE64);
mark(":;\t,- \r\n", SEPARATOR);
mark(" \t", BLANK);
mark("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", ALNUM);

/** 1 for the codes of SEPARATOR's characters (NON_ASCII, beyond ASCII in a text's codes, is none). */
const SEPARATOR_CODES = new Uint8Array(NON_ASCII + 1);
for (let c = 0; c < 128; c++) if (((CLASSES[c] ?? 0) & SEPARATOR) !== 0) SEPARATOR_CODES[c] = 1;
const separatorCode = (c: number): boolean => c < 128 && SEPARATOR_CODES[c] === 1;

/** Whether the character at `i` is in the class; false beyond the text. */
function is(flag: number, text: string, codes: Uint8Array | undefined, i: number): boolean {
  // codeAt written out: called from here, the short texts' time showed the call.
  const c = codes === undefined ? text.charCodeAt(i) : (codes[i] as number);
  return c < 128 && ((CLASSES[c] ?? 0) & flag) !== 0;
}

/** `codes`: the text as bytes (text-codes.ts), which the probes read when given; else they read the string. */
export function separatedViews(text: string, codes?: Uint8Array): DecodedView[] {
  const views: DecodedView[] = [];
  let floor = 0; // everything before it is measured already
  let ahead: CharactersAhead | undefined;
  for (let probe = 0; probe < text.length; probe += PROBE_STEP) {
    if (probe < floor) probe = floor;
    // The first separator of five characters, read without a call per character (as markedRuns reads its
    // windows): most probes of prose and code find one, and this search is most of what they cost.
    const stop = probe + 5 < text.length ? probe + 5 : text.length;
    let s = probe;
    if (codes === undefined) while (s < stop && !separatorCode(text.charCodeAt(s))) s++;
    else while (s < stop && SEPARATOR_CODES[codes[s] as number] !== 1) s++;
    if (s === probe + 5) {
      // No separator nearby (a base64 image, a long identifier): no run starts before the next one; the
      // probes resume just before it.
      const next = nextSeparator(text, codes, s, (ahead ??= new CharactersAhead(text, SEPARATOR_CHARACTERS)));
      if (next < 0) break;
      probe = Math.max(probe, next - PROBE_STEP);
      continue;
    }
    if (s < 2 || s + 2 >= text.length || !is(SEPARATOR, text, codes, s)) continue;
    const end = separatedRun(text, codes, s, floor, views);
    if (end !== undefined) floor = end;
  }
  markedRuns(text, codes, views);
  const qp = quotedPrintableView(text);
  if (qp) views.push(qp);
  return views;
}

/** Printable ASCII that is neither a letter nor a digit, nor a separator the probes above read. */
const MARKS = new Uint8Array(128);
for (let c = 33; c < 127; c++) MARKS[c] = 1;
for (const c of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:;,-")
  MARKS[c.charCodeAt(0)] = 0;
const isMark = (c: number): boolean => c < 128 && MARKS[c] === 1;

/** The characters a run of single characters is made of (SPACED_CHARACTER), by code. */
const SPACED_CODES = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_.-@")
  SPACED_CODES[c.charCodeAt(0)] = 1;
const isAlphanumeric = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The longest separator of several characters read between single characters (`", "` in `"g", "h"`). */
const MAX_SEPARATOR = 4;

/**
 * Characters written one at a time with a mark after each (`g.h.p._.R…`, `g_h_p___R…`, `g|h|p`, `g/h/p`:
 * see punctuatedRun), or the same separator of two to four characters none of which is a letter or digit
 * (`g, h, p`, `g  h  p`, `'g','h'`, `"g", "h"`: see periodicRun). Probed in a pass of their own, since
 * dots and underscores are in most identifiers, and the probes for the other separators must not stop at
 * them. A run is as long as the shortest value read (MIN_SPACED characters and the separators between
 * them), so every one holds a probe with its five characters inside it, and any five characters of a run
 * hold a separator's: the first character there that is no letter or digit is looked at, and in ordinary
 * text it fails a comparison or two.
 */
function markedRuns(text: string, codes: Uint8Array | undefined, views: DecodedView[]): void {
  const n = text.length;
  let floor = 0;
  for (let probe = 0; probe < n; probe += PROBE_STEP) {
    if (probe < floor) probe = floor;
    // The first of five characters that is no letter or digit (most windows have none: they cost five reads
    // of a table, in a loop without calls, which is all this pass costs on text with no such runs).
    const stop = probe + 5 < n ? probe + 5 : n;
    let s = probe;
    if (codes === undefined) while (s < stop && alphanumericCode(text.charCodeAt(s))) s++;
    else while (s < stop && alphanumericCode(codes[s] as number)) s++;
    if (s === stop) continue;
    const c = text.charCodeAt(s);
    // A run needs the same character again near `s`: a period and two further on (periodicRunAt), or one or two
    // characters away (punctuatedRun). Checked here first, so most windows (a word and a space, a "+" in base64)
    // are let go without a call.
    const periodic =
      (sameAt(text, codes, s + 3, c) && sameAt(text, codes, s + 6, c)) ||
      (sameAt(text, codes, s + 4, c) && sameAt(text, codes, s + 8, c)) ||
      (sameAt(text, codes, s + 5, c) && sameAt(text, codes, s + 10, c));
    // A separator of several characters first: its first one alone (the quote of `'g','h'`) is no run's.
    let end = periodic ? periodicRunAt(text, s, floor, views) : undefined;
    // The mark again two characters on (or a gap of several): a character may stand alone between them.
    if (
      end === undefined &&
      isMark(c) &&
      (sameAt(text, codes, s + 2, c) ||
        sameAt(text, codes, s - 2, c) ||
        sameAt(text, codes, s + 1, c) ||
        sameAt(text, codes, s - 1, c))
    )
      end = punctuatedRun(text, s, floor, views);
    if (end !== undefined) floor = end;
  }
}

/**
 * Whether the character at `i` is the one of code `c` (false beyond the text). An ASCII one is looked up in
 * the codes when there are any; beyond ASCII they all read alike, so the string is read.
 */
function sameAt(text: string, codes: Uint8Array | undefined, i: number, c: number): boolean {
  return codes === undefined || c >= 128 ? text.charCodeAt(i) === c : codes[i] === c;
}

/** A letter or digit, by code (beyond ASCII, and NON_ASCII in a text's codes, are neither). */
const alphanumericCode = (c: number): boolean => c < 128 && ((CLASSES[c] ?? 0) & ALNUM) !== 0;

/** The run whose separator holds the character at `s`, if the same stands a period and two further on. */
function periodicRunAt(text: string, s: number, floor: number, views: DecodedView[]): number | undefined {
  const c = text.charCodeAt(s);
  for (let length = 2; length <= MAX_SEPARATOR; length++) {
    const period = length + 1;
    if (text.charCodeAt(s + period) !== c || text.charCodeAt(s + 2 * period) !== c) continue;
    // `s` is one of the separator's characters: the single character before it is up to `length` back.
    for (let i = Math.max(floor, s - length); i < s; i++)
      if (repeatsAt(text, i, length)) return periodicRun(text, i, length, floor, views);
  }
  return undefined;
}

/** A single character at `i`, then a separator of `length` marks, the same after the next two characters. */
function repeatsAt(text: string, i: number, length: number): boolean {
  const period = length + 1;
  for (let k = 1; k <= length; k++) {
    const c = text.charCodeAt(i + k);
    if (Number.isNaN(c) || isAlphanumeric(c) || c !== text.charCodeAt(i + period + k)) return false;
    if (c !== text.charCodeAt(i + 2 * period + k)) return false;
  }
  const single = singleBetween(text, i + 1, length);
  return single(i) && single(i + period) && single(i + 2 * period);
}

const spacedCode = (c: number): boolean => c < 128 && SPACED_CODES[c] === 1;

/**
 * Whether a character can stand between separators like the one of `length` characters at `from`: a
 * run's character, and not the separator's first or last (a rule of `______` is no run of `_`).
 */
function singleBetween(text: string, from: number, length: number): (at: number) => boolean {
  const first = text.charCodeAt(from);
  const last = text.charCodeAt(from + length - 1);
  return (at) => {
    const c = text.charCodeAt(at);
    return c !== first && c !== last && spacedCode(c);
  };
}

function periodicRun(text: string, i: number, length: number, floor: number, views: DecodedView[]): number {
  const period = length + 1;
  const separator = text.slice(i + 1, i + period);
  const sameAt = (at: number) => text.startsWith(separator, at);
  const single = singleBetween(text, i + 1, length);
  let first = i;
  while (first - period >= floor && sameAt(first - length) && single(first - period)) first -= period;
  let last = i;
  while (sameAt(last + 1) && single(last + period)) last += period;
  // A character glued to a word before or after the run ends that word, not the run.
  const from = isAlphanumeric(text.charCodeAt(first - 1)) ? first + period : first;
  const to = isAlphanumeric(text.charCodeAt(last + 1)) ? last - period : last;
  if ((to - from) / period + 1 >= MIN_SPACED) {
    let joined = "";
    for (let at = from; at <= to; at += period) joined += text[at];
    const [start, end] = [from, to + 1];
    views.push({ text: joined, original: () => [start, end] });
  }
  return last + period;
}

/** More separators than this in a row end a run (a rule of dots, `____`). */
const MAX_GAP = 3;

/** A character that can stand between two separators `separator` (which itself cannot), by code. */
const spacedExcept = (c: number, separator: number): boolean => c !== separator && spacedCode(c);

/**
 * The run of single characters around the mark at `s` (a dot, an underscore, a pipe …), read twice:
 * without any separator, and with two or three in a row read as the character itself (`p___R` is `p_R`
 * written with `_` after each character; `p__R` is how people write it when they leave that out). A character glued to a piece before
 * or after the run is part of it when what it is glued to is not a letter or digit (`/tmp/g_h_p…`). Where it
 * ends; undefined when fewer than MIN_SPACED single characters stand there.
 */
function punctuatedRun(text: string, s: number, floor: number, views: DecodedView[]): number | undefined {
  const separator = text.charCodeAt(s);
  // The separators around `s`, looked at only as far as a gap can reach: a rule of a megabyte of "_" is
  // passed over a probe at a time, not walked back from every probe.
  let before = s;
  while (before - 1 >= floor && s - before <= MAX_GAP && text.charCodeAt(before - 1) === separator) before--;
  let after = s + 1;
  while (after - before <= MAX_GAP && text.charCodeAt(after) === separator) after++;
  if (after - before > MAX_GAP) return after;
  const single = (i: number) => spacedExcept(text.charCodeAt(i), separator);
  const singleBefore = single(before - 1) && text.charCodeAt(before - 2) === separator;
  const singleAfter = single(after) && text.charCodeAt(after + 1) === separator;
  if (!singleBefore && !singleAfter) return undefined;
  // Step back, one character and the separators before it at a time, to where the run begins.
  let first = after;
  for (let gap = before; ;) {
    const c = gap - 1;
    if (c < floor || !single(c)) break;
    if (text.charCodeAt(c - 1) !== separator) {
      if (!isAlphanumeric(text.charCodeAt(c - 1))) first = c;
      break;
    }
    first = c;
    let start = c - 1;
    while (start - 1 >= floor && text.charCodeAt(start - 1) === separator && c - start < MAX_GAP + 1) start--;
    if (c - start > MAX_GAP) break;
    gap = start;
  }
  // Then forward, reading it.
  const mark = text[s] as string;
  let bare = "";
  let literal = "";
  let i = first;
  let end = first;
  while (single(i)) {
    bare += text[i];
    literal += text[i];
    end = i + 1;
    let next = i + 1;
    while (text.charCodeAt(next) === separator && next - i <= MAX_GAP + 1) next++;
    const gap = next - i - 1;
    if (gap === 0 || gap > MAX_GAP || !single(next)) break;
    // The first letter of a word after the run is not part of it.
    if (isAlphanumeric(text.charCodeAt(next + 1))) break;
    if (gap > 1) literal += mark;
    i = next;
  }
  // A short run is no value, and not measured for good: another run may begin where it ends (`'g','h'`
  // read with `'` as the mark first). Read again by the next probe, it costs what a value's length does.
  if (bare.length < MIN_SPACED) return undefined;
  const [start, stop] = [first, end];
  views.push({ text: bare, original: () => [start, stop] });
  if (literal !== bare) views.push({ text: literal, original: () => [start, stop] });
  return Math.max(end, after);
}

/** Read in place this far ahead, then searched natively: identifiers end sooner than a search starts. */
const NEAR = 24;

/** Where the next separator from `from` on is, or -1; `ahead` remembers the native searches of this text. */
function nextSeparator(
  text: string,
  codes: Uint8Array | undefined,
  from: number,
  ahead: CharactersAhead,
): number {
  const near = Math.min(text.length, from + NEAR);
  for (let i = from; i < near; i++) if (is(SEPARATOR, text, codes, i)) return i;
  const at = ahead.from(near);
  return at < text.length ? at : -1;
}

/** The separators, each looked for on its own: a native search for one character is memchr. */
const SEPARATOR_CHARACTERS = [":", ";", "\t", ",", "-", " ", "\r", "\n"];

/** The run around the separator at `s`, if its neighbours make one: decoded into `views`; where it ends. */
function separatedRun(
  text: string,
  codes: Uint8Array | undefined,
  s: number,
  floor: number,
  views: DecodedView[],
): number | undefined {
  if (
    is(HEX, text, codes, s - 1) &&
    is(HEX, text, codes, s - 2) &&
    (pairsFollow(text, codes, s) || codesFollow(text, codes, s) || hexWordsAround(text, codes, s))
  )
    return hexRegion(text, codes, s, floor, views);
  // One character at a time (`x o x b - 2 3 …`, `g-h-p-_-…`): the same separator after every character.
  const separator = text[s] as string;
  const separatorAt = text.charCodeAt(s);
  if (
    text.charCodeAt(s + 2) === separatorAt &&
    text.charCodeAt(s + 4) === separatorAt &&
    standsAlone(text, s + 1, separator) &&
    standsAlone(text, s + 3, separator)
  )
    return letterSpacedRun(text, s, floor, views);
  // Groups of four: the gap after the next group is there too (words of prose seldom line up so); the
  // groups may stand two blanks or a line break apart.
  const gap = gapAt(text, codes, s);
  if (gap > 0 && gapAt(text, codes, s + gap + 4) > 0) return groupedRun(text, codes, s, floor, views);
  return undefined;
}

/** Shorter than this, a run of spaced characters reads as initials or a list, not as a value. */
const MIN_SPACED = 16;
/** Longer than this (in the text, separators included), a run is read once, whole. */
const MAX_TRIMMED = 1024;

/** A character standing alone between separators (or where the run begins or ends). */
function standsAlone(text: string, i: number, separator: string): boolean {
  const c = text[i];
  if (c === undefined || c === separator || !SPACED_CHARACTER.test(c)) return false;
  const alone = (n: string | undefined) => n === undefined || n === separator || !SPACED_CHARACTER.test(n);
  return alone(text[i - 1]) && alone(text[i + 1]);
}
/** A token's characters, and an address's "@" (`j o h n @ e x a m p l e . c o m`). */
const SPACED_CHARACTER = /^[A-Za-z0-9+/=_.\-@]$/;

/**
 * The run of single characters around `s`, each followed by the separator at `s` (the same one throughout),
 * read without the separators; where it ends. Its view maps to the whole run.
 */
function letterSpacedRun(text: string, s: number, floor: number, views: DecodedView[]): number {
  const separator = text[s] as string;
  const single = (i: number): boolean => standsAlone(text, i, separator);
  let from = single(s - 1) ? s - 1 : s + 1;
  if (!single(from)) return s + 1;
  while (from - 2 >= floor && text[from - 1] === separator && single(from - 2)) from -= 2;
  let last = from;
  while (text[last + 1] === separator && single(last + 2)) last += 2;
  const to = last + 1;
  // A one-letter word beside the run ("a", "I") reads as part of it: a run as short as a value is also read
  // without its first character, without its last, and without both (a long one once: four readings of a
  // megabyte of "a a a …" cost four times as much).
  const readings: ReadonlyArray<readonly [number, number]> =
    to - from > MAX_TRIMMED
      ? [[from, to]]
      : [
          [from, to],
          [from + 2, to],
          [from, to - 2],
          [from + 2, to - 2],
        ];
  for (const [start, end] of readings) {
    if ((end - start + 1) >> 1 < MIN_SPACED) continue;
    let joined = "";
    for (let i = start; i < end; i += 2) joined += text[i];
    views.push({ text: joined, original: () => [start, end] });
  }
  return to;
}

/**
 * Words of eight hex digits: eight before the blank at `s`, eight after it, and a blank after those. The
 * ends are tried first, so words of prose (whose letters a to f are hex digits too) fail at once.
 */
function hexWordsAround(text: string, codes: Uint8Array | undefined, s: number): boolean {
  if (
    !is(BLANK, text, codes, s) ||
    !is(BLANK, text, codes, s + 9) ||
    !is(HEX, text, codes, s + 8) ||
    !is(HEX, text, codes, s - 8)
  )
    return false;
  for (let i = 1; i < 8; i++) if (!is(HEX, text, codes, s - i) || !is(HEX, text, codes, s + i)) return false;
  return true;
}

/** Two more separated hex pairs after the separator at `s` (so dates, times and UUIDs stop here). */
function pairsFollow(text: string, codes: Uint8Array | undefined, s: number): boolean {
  let at = s;
  for (let k = 0; k < 2; k++) {
    at++;
    while (at < s + 8 && is(BLANK, text, codes, at)) at++;
    if (text[at] === "0" && (text[at + 1] === "x" || text[at + 1] === "X")) at += 2;
    if (!is(HEX, text, codes, at) || !is(HEX, text, codes, at + 1) || !is(SEPARATOR, text, codes, at + 2))
      return false;
    at += 2;
  }
  return true;
}

/** Two more comma-separated decimal codes after the comma at `s`. */
function codesFollow(text: string, codes: Uint8Array | undefined, s: number): boolean {
  if (text[s] !== ",") return false;
  let at = s;
  for (let k = 0; k < 2; k++) {
    at++;
    if (text[at] === " ") at++;
    const digits = at;
    while (at < digits + 3 && is(DIGIT, text, codes, at)) at++;
    if (at === digits || text[at] !== ",") return false;
  }
  return true;
}

/**
 * The stretch of hex digits, x and separators around `s` (decimal codes and groups of hex digits are made
 * of the same characters), searched once for each pattern and then not probed again.
 */
function hexRegion(
  text: string,
  codes: Uint8Array | undefined,
  s: number,
  floor: number,
  views: DecodedView[],
): number {
  let from = s;
  while (from > floor && is(HEX_RUN, text, codes, from - 1)) from--;
  let to = s;
  while (to < text.length && is(HEX_RUN, text, codes, to)) to++;
  // Each pattern needs seven separators (three blanks for groups): most stretches (dates, UUIDs, a number
  // and the word after it) have fewer, and are not searched at all.
  let separators = 0;
  let commas = 0;
  let blanks = 0;
  for (let i = from; i < to; i++) {
    const c = codeAt(text, codes, i);
    if (c === 44) commas++;
    if (c === 32 || c === 9) blanks++;
    if (c < 128 && ((CLASSES[c] ?? 0) & SEPARATOR) !== 0) separators++;
  }
  if (separators < 3) return to;
  const region = text.slice(from, to);
  const found = (pattern: RegExp, decode: (run: string) => string | undefined) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(region); m !== null; m = pattern.exec(region)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const decoded = decode(m[0]);
      if (decoded !== undefined) views.push({ text: decoded, original: () => [start, end] });
    }
  };
  if (separators >= 7)
    found(SEPARATED_HEX, (run) => decodeText(Buffer.from(run.replace(/0[xX]|[^0-9A-Fa-f]/g, ""), "hex")));
  if (commas >= 7)
    found(DECIMAL_CODES, (run) => {
      const codes = run.split(",").map((code) => Number(code.trim()));
      return codes.every((code) => code <= 255) ? decodeText(Buffer.from(codes)) : undefined;
    });
  if (blanks >= 3) {
    found(GROUPED_HEX, (run) => decodeEncoded(run.replace(/[ \t]/g, "")));
    found(HEX_WORDS, (run) => decodeEncoded(run.replace(/[ \t]/g, "")));
  }
  return to;
}

/** Groups of four: stepped back group by group from `s` to the first, then matched forward once. */
function groupedRun(
  text: string,
  codes: Uint8Array | undefined,
  s: number,
  floor: number,
  views: DecodedView[],
): number | undefined {
  const group = (at: number) =>
    at >= floor &&
    is(BASE64, text, codes, at) &&
    is(BASE64, text, codes, at + 1) &&
    is(BASE64, text, codes, at + 2) &&
    is(BASE64, text, codes, at + 3) &&
    (at === 0 || !is(BASE64, text, codes, at - 1));
  let start = s - 4;
  if (!group(start)) return undefined;
  for (;;) {
    const gap = gapBefore(text, codes, start);
    if (gap === 0 || !group(start - gap - 4)) break;
    start -= gap + 4;
  }
  const end = groupedEnd(text, codes, start);
  if (end === undefined) return undefined;
  const decoded = decodeEncoded(text.slice(start, end).replace(/[ \t\r\n]/g, ""));
  if (decoded !== undefined) views.push({ text: decoded, original: () => [start, end] });
  return end;
}

/**
 * Where four or more groups of four base64 (or hex) characters, one or two blanks or a line break apart, end, from `start`,
 * with a last padded group of two or three (`abcd efgh ijkl mnop qr==`); undefined when fewer than four
 * groups start there. What /[A-Za-z0-9+/]{4}(?:(?:[ \t]{1,2}|\r?\n)[A-Za-z0-9+/]{4}){3,}(?:(?:[ \t]{1,2}|\r?\n)[A-Za-z0-9+/]{2,3}={1,2})?/y
 * matches, read in code: the pattern's open repetition kept an entry per group on the engine's stack, and
 * four megabytes of "4111 " overflowed it (the scan threw, so the daemon blocked the message).
 */
export function groupedEnd(text: string, codes: Uint8Array | undefined, start: number): number | undefined {
  if (!fourOf(text, codes, start)) return undefined;
  let end = start + 4;
  let groups = 1;
  for (let gap = gapAt(text, codes, end); gap > 0 && fourOf(text, codes, end + gap);) {
    end += gap + 4;
    groups++;
    gap = gapAt(text, codes, end);
  }
  if (groups < 4) return undefined;
  // The padded last group: two or three characters, then one or two "=".
  const gap = gapAt(text, codes, end);
  if (gap === 0) return end;
  let at = end + gap;
  const body = at;
  while (at < body + 3 && is(BASE64, text, codes, at)) at++;
  if (at - body < 2 || codeAt(text, codes, at) !== EQUALS) return end;
  return codeAt(text, codes, at + 1) === EQUALS ? at + 2 : at + 1;
}

/** Four base64 characters from `at` (plain functions, not closures: this runs for every blank-separated word). */
function fourOf(text: string, codes: Uint8Array | undefined, at: number): boolean {
  return (
    is(BASE64, text, codes, at) &&
    is(BASE64, text, codes, at + 1) &&
    is(BASE64, text, codes, at + 2) &&
    is(BASE64, text, codes, at + 3)
  );
}

/** The length of the gap between two groups starting at `at`: one or two blanks, or a line break. */
function gapAt(text: string, codes: Uint8Array | undefined, at: number): number {
  const c = codeAt(text, codes, at);
  if (c === 32 || c === 9) return is(BLANK, text, codes, at + 1) ? 2 : 1;
  if (c === 10) return 1;
  return c === 13 && codeAt(text, codes, at + 1) === 10 ? 2 : 0;
}

/** The gap ending just before `at` (0 when there is none), read backwards as gapAt reads forwards. */
function gapBefore(text: string, codes: Uint8Array | undefined, at: number): number {
  const c = codeAt(text, codes, at - 1);
  if (c === 32 || c === 9) return is(BLANK, text, codes, at - 2) ? 2 : 1;
  if (c === 10) return codeAt(text, codes, at - 2) === 13 ? 2 : 1;
  return 0;
}

const EQUALS = 61;

/**
 * A soft line break, or two bytes in a row written as =XX: the marks of quoted-printable. Found by jumping
 * from one "=" to the next (a native search), since assignments put many of them in ordinary text.
 */
function quotedPrintable(text: string): boolean {
  for (let i = text.indexOf("="); i !== -1; i = text.indexOf("=", i + 1)) {
    // An "=" three characters on first: most "=" (assignments, key=value logs) have none, and are let go
    // after one comparison.
    const third = text.charCodeAt(i + 3);
    if (
      third === EQUALS &&
      upperHex(text.charCodeAt(i + 1)) &&
      upperHex(text.charCodeAt(i + 2)) &&
      upperHex(text.charCodeAt(i + 4)) &&
      upperHex(text.charCodeAt(i + 5))
    )
      return true;
    const next = text.charCodeAt(i + 1);
    if ((next === 10 || (next === 13 && text.charCodeAt(i + 2) === 10)) && softBreak(text, i)) return true;
  }
  return false;
}

/** Letters, digits, + and /: what a base64 value is written in before its padding. */
const isBase64Character = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47;

/** The shortest base64 value whose last "=" at a line's end is read as its padding (see softBreak). */
const MIN_PADDED_VALUE = 16;
/** A setting's name opening a line, then its operator: what a config's next line starts with. */
const SETTING_AHEAD = /[ \t]{0,16}[A-Za-z_#][A-Za-z0-9_.# -]{0,63}?[ \t]{0,4}[=:]/y;

/**
 * Whether the "=" at `at`, before a line break, is a soft line break. "==" is base64's padding. So is one "="
 * that completes a base64 value of MIN_PADDED_VALUE characters or more (its length then a multiple of four)
 * when the next line opens a setting of its own (`SECRET_KEY = …=⏎DEBUG = true`, a WireGuard key before
 * `Address = …`): joined, the next setting's name was read as the value's tail and redacted with it. The
 * value is read back over its run once per "=" that ends a line, and each run ends at one.
 */
function softBreak(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) === EQUALS) return false;
  let start = at;
  while (start > 0 && isBase64Character(text.charCodeAt(start - 1))) start--;
  const length = at - start + 1;
  if (length < MIN_PADDED_VALUE || length % 4 !== 0) return true;
  SETTING_AHEAD.lastIndex = text.charCodeAt(at + 1) === 13 ? at + 3 : at + 2;
  return !SETTING_AHEAD.test(text);
}

/** 0-9 or A-F, by code. */
const upperHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70);

/**
 * The text with soft line breaks removed and each =XX read as the character of that code: ASCII, which
 * credentials are written in, comes back exactly (bytes of a multi-byte character come back as Latin-1).
 */
function quotedPrintableView(text: string): DecodedView | undefined {
  if (!quotedPrintable(text)) return undefined;
  const view = new ViewBuilder();
  let at = 0;
  QP_ESCAPE.lastIndex = 0;
  for (let m = QP_ESCAPE.exec(text); m !== null; m = QP_ESCAPE.exec(text)) {
    const soft = m[0][1] === "\r" || m[0][1] === "\n";
    if (soft && !softBreak(text, m.index)) continue;
    view.copy(text, at, m.index);
    view.replace(
      soft ? "" : String.fromCharCode(parseInt(m[0].slice(1), 16)),
      m.index,
      m.index + m[0].length,
    );
    at = m.index + m[0].length;
  }
  view.copy(text, at, text.length);
  return view.changed ? view.build() : undefined;
}
