// E-mail addresses, including the valid forms that plain patterns miss: internationalised addresses
// (letters of any script in the local part and the domain: josé@exemple.fr, 用户@例子.广告), the rarer
// characters of RFC 5322's local part (+tags, !#$&'*^~{}, o'connor@example.ie), IDN domains in punycode,
// and an IP literal as the domain (user@[192.0.2.1]). Characters that usually delimit a value in text or
// code (= / | ` " and a leading ') are left out of the local part so that key='user@example.com' redacts
// only the address, and a table row (name|123-45-6789|user@example.com) keeps its other cells for their
// own detectors. Found in windows around each "@", so the pattern never runs over text without one. Also
// found: a quoted local part ("john doe"@example.com, valid by RFC 5322), and an address spelled out to keep
// it from harvesters, which a reader still writes to: "(at)", "[at]", "{at}" or "<at>" (and the same
// for "dot"), "at" and "dot" as words (jane_smith at yahoo dot com), or an "@" with spaces around it, its
// domain's last dot spaced too (john @ example . com).
import { getCountries } from "libphonenumber-js/max";
import type { Detector, Span } from "../detectors.js";
import { HL7_DELIMITERS, isHl7 } from "../hl7-header.js";
import { marksOf } from "./marks.js";

// "|" is matched and cut off in code: with it the character class is a few contiguous ranges, which the
// regex engine scans about twice as fast.
// A quoted local part opens after a space or punctuation: after a letter or a quote its opening quote closes
// a string of code ("email": id + "@example.com").
const LOCAL = String.raw`(?:[\p{L}\p{N}._%+!#$&'*^~{|}-]{1,64}|(?<![\p{L}\p{N}"])"[^"\\\r\n]{1,62}")`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const TLD = String.raw`(?:\p{L}{2,24}|xn--[A-Za-z0-9-]{1,59})`;
const IP_LITERAL = String.raw`\[(?:[0-9]{1,3}\.){3}[0-9]{1,3}\]`;
// A domain runs on past an underscore glued to a letter or digit (lb.co_m is no domain ending in .co); a
// closing "_" alone is Markdown's emphasis (_jane@example.com_), after which the address ends.
const ADDRESS = new RegExp(
  String.raw`${LOCAL}@(?:(?:${LABEL}\.){1,8}${TLD}(?![\p{L}\p{N}-]|_[\p{L}\p{N}])|${IP_LITERAL})`,
  "gu",
);
// A dot may not start or end the local part, nor two follow each other; a local part of punctuation only
// is not an address. Its other characters may stand anywhere in it (RFC 5322's dot-atom): -john@, john-@,
// _jane_@ and user+@ are addresses people have. A leading "%" is a format string's slot ("%s@example.com").
const MALFORMED = /^[.%]|\.\.|\.@|^[^\p{L}\p{N}]*@/u;
const BEFORE = 64;
const AFTER = 260;

// An address spelled out: the local part, "at" between brackets or braces (spaces around allowed), then the
// domain with its dots written as "." or "dot" marked the same way. The marks are what make it an address:
// a bare " at " is prose ("I work at example.com"), and "-at-" is a hyphenated word (stay-at-home.org).
// (An "@" followed by a marked dot counts too: john.doe@example(dot)com.)
const SPELLED_MARK = / ?[[({<]at[\])}>] ?/i;
const DOT = String.raw`(?:\.| ?[[({<]dot[\])}>] ?)`;
const SPELLED = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]{1,64}(?: ?[[({<]at[\])}>] ?|@)(?:${LABEL}${DOT}){1,8}${TLD}(?![\p{L}\p{N}-])`,
  "giu",
);
// Spelled with words, "at" and "dot" (jane_smith at yahoo dot com, john dot doe AT example DOT com): prose
// says "at" often, so at least one dot of the domain must be the word too, and the address must end in a
// top-level domain people write to (a country's code or a common generic one), not in any word.
const DOMAINS = `${getCountries()
  .map((c) => c.toLowerCase())
  .join("|")}|uk|eu|com|org|net|edu|gov|mil|int|info|biz|io|ai|app|dev|name|mobi`;
const KNOWN_TLD = String.raw`(?:${DOMAINS})(?![\p{L}\p{N}-])`;
// A function word is no domain ("me at the dot com party").
const NOT_A_DOMAIN = String.raw`(?!(?:the|a|an|this|that|my|your|his|her|its|our|their) )`;
const WORD_LOCAL = String.raw`[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]{0,63}(?: dot [\p{L}\p{N}_%+-]{1,64}){0,3}`;
const IN_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${WORD_LOCAL} at ${NOT_A_DOMAIN}(?:${LABEL}(?:\.| dot )){0,6}${LABEL} dot ${KNOWN_TLD}`,
  "giu",
);
/** "Or" and "and" in languages other than English, of two letters or more (a letter alone may be a local part). */
const OTHER_LANGUAGE_CONJUNCTIONS = [
  "oder",
  "und",
  "ou",
  "et",
  "oppure",
  "lub",
  "oraz",
  "albo",
  "vai",
  "un",
  "hoặc",
  "và",
  "oziroma",
  "ali",
  "nebo",
  "alebo",
  "sau",
  "arba",
  "ir",
  "yoki",
  "veya",
  "ya da",
  "vagy",
  "és",
  "eller",
  "och",
  "og",
  "tai",
  "ja",
  "või",
  "ili",
  "или",
  "або",
  "ή",
  "και",
  "או",
  "atau",
  "dan",
  "hoac",
].join("|");
// Words of prose that stand before an "@" or among the words after it without being part of an address
// ("ending with @example.com" names a domain, no address). Short pronouns are left out: "me" and "a" are
// as often the pieces of a mistyped domain (ho me .net).
// "Or" and "and" of other languages are such words too: a language file offers "a full address or @example.com"
// (mailcow's lang files: oder, ou, lub, hoặc, или, nebo, eller, vagy …).
const FUNCTION_WORD = String.raw`(?:the|and|or|but|to|for|of|in|on|at|by|with|from|via|then|than|is|are|was|were|this|that|your|their|our|${OTHER_LANGUAGE_CONJUNCTIONS})`;
// An "@" with a space before or after it (john.doe @ example.com): the domain must end in such a domain too,
// since "x @ self.proj" is a matrix product in Python; a function word before a spaced "@" is prose.
// A line break beside the "@" (a wrapped line, "john.doe@⏎example.com" or "john.doe⏎@example.com") is read
// the same way: the reader joins the lines at once.
const SPACED_AT = String.raw`(?: @ ?| ?@ |[ \t]{0,4}\r?\n[ \t]{0,4}@ ?|@[ \t]{0,4}\r?\n[ \t]{0,4})`;
// (Its last dot may be spaced too, " . ", before a generic domain only: "look @ this . It" is prose.)
const SPACED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])(?!${FUNCTION_WORD}\s*@)[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]{0,63}${SPACED_AT}(?:(?:${LABEL}\.){1,8}${KNOWN_TLD}|(?:${LABEL}\.){0,7}${LABEL} \. (?:com|org|net|edu|gov|info|biz|io)(?![\p{L}\p{N}-]))`,
  "giu",
);
/** Whether a window holds an "@" with a blank or a line break beside it (see SPACED). */
const BESIDE_AT = /[ \n]@|@[ \r\n]/;

// An address written a character at a time, one or two spaces after each (r c v r y @ e m a i l . c o m): read with
// its spaces taken out, it must be a whole address ending in a domain people write to. Shorter than the
// spaced-out runs decode-separated.ts reads (16 characters), so looked for here, beside the "@".
const LETTER_SPACED =
  /(?<!\S)(?:[\p{L}\p{N}._%+-] {1,2}){1,64}@(?: {1,2}[\p{L}\p{N}.-]){4,253}(?=$|[\s,;:.!?)\]])/gu;
const JOINED = new RegExp(String.raw`^${LOCAL}@(?:${LABEL}\.){1,8}${KNOWN_TLD}$`, "u");

// An address whose domain was typed with spaces inside it (mrk.lee@north wind .com, acct@blue sky media .net,
// user@gmail. com): the local part stands against the "@", then up to three more pieces of the domain, each
// after one space, and a dot with a space beside it (the mark looked for, " ." or ". ") before a generic
// domain. A function word among the pieces is prose that happens to follow an "@" ("bob@acme and the team
// .com" is not one address), so none may be one.
const DOMAIN_PIECE = String.raw`(?!${FUNCTION_WORD}(?![\p{L}\p{N}-]))[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,30}[\p{L}\p{N}])?`;
// Only the generic domains: after a sentence's full stop, "bob@home. It works" would end in Italy's.
const SPACED_TLD = String.raw`(?:com|org|net|edu|gov|info|biz|io)(?![\p{L}\p{N}-])`;
// The mark such an address carries, looked for before the address itself: a window without it (nearly
// every one: ". " ends sentences) is spared the longer pattern.
const SPACED_DOT_TLD = /(?: \. ?|\. )(?:com|org|net|edu|gov|info|biz|io)(?![\p{L}\p{N}-])/iu;
const SPACED_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]{0,63}@${DOMAIN_PIECE}(?: ${DOMAIN_PIECE}){0,3}(?: \. ?|\. )${SPACED_TLD}`,
  "giu",
);

export function emailDetector(): Detector {
  return {
    type: "email",
    category: "pii",
    confidence: 0.95,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      let at = text.indexOf("@");
      let scannedTo = 0;
      // In an HL7 message "^", "~" and "&" part an address from the components before it (a phone number's).
      const cuts = at >= 0 && isHl7(text) ? HL7_DELIMITERS : "|";
      while (at >= 0) {
        // Windows around the "@"s that overlap are read as one, so the total is linear.
        const from = Math.max(scannedTo, at - BEFORE);
        let to = Math.min(text.length, at + AFTER);
        let next = text.indexOf("@", at + 1);
        while (next >= 0 && next - BEFORE <= to) {
          to = Math.min(text.length, next + AFTER);
          next = text.indexOf("@", next + 1);
        }
        const part = text.slice(from, to);
        if (BESIDE_AT.test(part)) spaced(part, from, spans);
        if (SPACED_DOT_TLD.test(part)) spacedDomain(part, from, spans);
        ADDRESS.lastIndex = 0;
        for (let m = ADDRESS.exec(part); m !== null; m = nextAddress(part)) {
          // A quote may be inside an address (o'connor@example.ie) but one before it opens a string.
          let cell = lastCut(m[0], cuts) + 1;
          while (m[0][cell] === "'") cell++;
          cell += codePrefix(text, from + m.index + cell, m[0].slice(cell), from + m.index + m[0].length);
          const written = from + m.index + cell;
          const start = addressStart(text, written, m[0].slice(cell));
          if (start === undefined) continue;
          const previous = spans[spans.length - 1];
          if (previous === undefined || start >= previous.end)
            spans.push({ start, end: from + m.index + m[0].length });
        }
        scannedTo = to;
        at = next;
      }
      const marks = marksOf(text, shared);
      if (marks.brackets.length === 0 && marks.dotWords.length === 0) return spans;
      return inWords(text, marks.dotWords, spelledOut(text, marks.brackets, spans));
    },
  };
}

/** Where the last of `cuts` stands before the match's "@" (-1 when none does): the address starts after it. */
function lastCut(match: string, cuts: string): number {
  const at = match.indexOf("@");
  if (cuts.length === 1) return match.lastIndexOf(cuts, at);
  let last = -1;
  for (const cut of cuts) last = Math.max(last, match.lastIndexOf(cut, at));
  return last;
}

/** A string literal's prefix and its opening quote (Python's b'…', r'…', u'…', f'…', rb'…'). */
const LITERAL_PREFIX = /^(?:[bBrRuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])'/;
/**
 * How many characters at the start of a match at `written` are code around the address, not its local part:
 * a literal's prefix and quote when the same quote closes right after the address (numpy's b'a@b.com').
 */
function codePrefix(text: string, written: number, address: string, end: number): number {
  const literal = LITERAL_PREFIX.exec(address)?.[0].length ?? 0;
  return literal > 0 && text[end] === "'" && !/[\p{L}\p{N}]/u.test(text[written - 1] ?? "") ? literal : 0;
}

/** The most blanks read on either side of a line break that cuts an address's local part. */
const LINE_BLANKS = 4;
/** A local part's characters in plain text (see LOCAL), read backwards from a line break. */
const LOCAL_CHARACTER = /[\p{L}\p{N}_%+!#$&*^~{}-]/u;

/** Dots that start a match, or the local part up to its last run of two dots or more ("us...support@"). */
const DOTS_BEFORE = /^(?:[^@]*\.\.+|\.+)/;

/**
 * Where the address ADDRESS matched at `written` starts, or undefined when it is none. Dots before an
 * address are punctuation ("Contact us...support@example.com", "see .support@…"), not part of it: it starts
 * after them (such a match used to be dropped whole, the address with it). A local part cut by a line break
 * at one of its dots ("john.⏎doe@…", "john⏎.doe@…", a wrapped line) starts on the line before: a reader joins
 * the two at once, and the match alone would leave "john." behind, or be no address at all.
 */
function addressStart(text: string, written: number, address: string): number | undefined {
  const cut = DOTS_BEFORE.exec(address)?.[0].length ?? 0;
  if (MALFORMED.test(address.slice(cut))) return undefined;
  if (cut > 1) return written + cut;
  return lineBefore(text, written, cut === 1) ?? written + cut;
}

/**
 * The start of the local part's first piece when the line before `at` ends in one (local-part characters
 * after a blank or the text's start) and the cut falls at a dot: that piece ends with one, or the address
 * (`dotted`) starts with one, not both. Reads LINE_BLANKS blanks each side and 64 characters back at most.
 */
function lineBefore(text: string, at: number, dotted: boolean): number | undefined {
  let i = skipBlanks(text, at - 1);
  if (text[i] !== "\n") return undefined;
  i = skipBlanks(text, text[i - 1] === "\r" ? i - 2 : i - 1);
  if ((text[i] === ".") === dotted) return undefined;
  const end = i + 1;
  while (i >= 0 && end - i <= 64 && (text[i] === "." || LOCAL_CHARACTER.test(text[i] as string))) i--;
  if (i >= 0 && (text[i] === "." || LOCAL_CHARACTER.test(text[i] as string))) return undefined;
  const start = i + 1;
  return start === end || text[start] === "." ? undefined : start;
}

/** The index before the blanks (at most LINE_BLANKS) that end at `i`. */
function skipBlanks(text: string, i: number): number {
  for (let n = 0; n < LINE_BLANKS && (text[i] === " " || text[i] === "\t"); n++) i--;
  return i;
}

/**
 * The next match of ADDRESS in the window, from its lastIndex. Every address holds an "@" after its first
 * character: once none is left, the search would fail, but only after trying every position up to the end
 * of the window (AFTER characters past the last "@", most of each window), so it is not run.
 */
function nextAddress(part: string): RegExpExecArray | null {
  return part.includes("@", ADDRESS.lastIndex) ? ADDRESS.exec(part) : null;
}

/** Addresses with a space beside their "@", in a window around it, added to `spans` (in order). */
function spaced(part: string, from: number, spans: Span[]): void {
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(part); m !== null; m = SPACED.exec(part)) {
    if (MALFORMED.test(m[0].replace(/\s*@\s*/, "@"))) continue;
    const start = from + m.index;
    const previous = spans[spans.length - 1];
    if (previous === undefined || start >= previous.end) spans.push({ start, end: start + m[0].length });
  }
  LETTER_SPACED.lastIndex = 0;
  for (let m = LETTER_SPACED.exec(part); m !== null; m = LETTER_SPACED.exec(part)) {
    const joined = m[0].replace(/ /g, "");
    if (!JOINED.test(joined) || MALFORMED.test(joined)) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (!spans.some((s) => s.start < end && start < s.end)) spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start);
}

/** Addresses whose domain holds spaces, in a window around an "@", added to `spans` (in order). */
function spacedDomain(part: string, from: number, spans: Span[]): void {
  SPACED_DOMAIN.lastIndex = 0;
  let added = false;
  for (let m = SPACED_DOMAIN.exec(part); m !== null; m = SPACED_DOMAIN.exec(part)) {
    const joined = m[0].replace(/ /g, "");
    if (!JOINED.test(joined) || MALFORMED.test(joined)) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ start, end });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

/** Addresses spelled with the words "at" and "dot", looked for only around a " dot ", merged with `found`. */
function inWords(text: string, markers: readonly number[], found: Span[]): Span[] {
  const words: Span[] = [];
  for (const { from, to } of windowsAround(text, markers, BEFORE * 2, BEFORE * 2)) {
    const part = text.slice(from, to);
    IN_WORDS.lastIndex = 0;
    for (let m = IN_WORDS.exec(part); m !== null; m = IN_WORDS.exec(part)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) words.push({ start, end });
    }
  }
  return words.length ? [...found, ...words].sort((a, b) => a.start - b.start) : found;
}

/** Windows around sorted positions; windows that overlap are one, so reading them all stays linear. */
function windowsAround(text: string, at: readonly number[], before: number, after: number) {
  const windows: { from: number; to: number }[] = [];
  for (const i of at) {
    const last = windows.at(-1);
    if (last !== undefined && i - before <= last.to) last.to = Math.min(text.length, i + after);
    else windows.push({ from: Math.max(0, i - before), to: Math.min(text.length, i + after) });
  }
  return windows;
}

/**
 * Addresses spelled with "(at)", "[at]", "{at}" or "<at>" (or an "@" before a marked dot), looked for only in
 * windows around those markers (windows that overlap are read as one, so the total stays linear), merged with
 * the addresses `found` with an "@".
 */
function spelledOut(text: string, markers: readonly number[], found: Span[]): Span[] {
  if (markers.length === 0) return found;
  const spelled: Span[] = [];
  for (const { from, to } of windowsAround(text, markers, BEFORE, AFTER)) {
    const part = text.slice(from, to);
    SPELLED.lastIndex = 0;
    for (let m = SPELLED.exec(part); m !== null; m = SPELLED.exec(part)) {
      if (MALFORMED.test(m[0].replace(SPELLED_MARK, "@"))) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) spelled.push({ start, end });
    }
  }
  return spelled.length ? [...found, ...spelled].sort((a, b) => a.start - b.start) : found;
}
