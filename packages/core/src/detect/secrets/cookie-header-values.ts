// A signed-in site's session cookie is often named for nothing (Spotify's sp_dc, Facebook's xs, the AWS
// console's aws-creds, Amazon's at-main), so the rules that know a session by its name (split-rules.ts) miss
// it. In a Cookie: or Set-Cookie: header, and in a cookie jar's row (cookies.txt), a value with a credential's
// shape and length is read as the session it almost always is, whatever its name: long, holding a run of
// random letters and digits of both cases, and not a URL, JSON or an analytics id of numbers and dots; under a
// name that says what else it holds (consent, preferences, an anti-forgery token) it is not one.
//
// Linear: texts without "cookie" in any case (header names are case-insensitive: `CoOkie:` is a Cookie
// header), and without a tab then a jar's flag, are passed over by native searches; each header is read once
// to its line's end, each jar row once.
import type { Detector, Span } from "../detectors.js";
import { strongEnough } from "./context-rules.js";
import { mayHold } from "./noted-literals.js";
import { isStandIn } from "./placeholders.js";

/** A header's name and colon, as written in a request or response, a curl -H or a HAR's text. */
const HEADER = /(?:^|[^A-Za-z0-9_-])(?:set-)?cookie["']?[ \t]{0,4}:[ \t]{0,4}["']?/gi;
/** A cookie jar's row: subdomains flag, path, secure flag and expiry, then the name and value, a tab apart. */
const JAR_ROW = /\t(?:TRUE|FALSE)\t[^\t\r\n]{0,200}\t(?:TRUE|FALSE)\t[0-9]{1,12}\t([^\t\r\n]{1,128})\t/gi;
/**
 * A name that says what else its cookie holds, however random its value: consent (euconsent-v2's TCF string),
 * a locale or a theme, preferences (Google's NID), an anti-forgery token or an OAuth state, Google's SIDCC.
 */
const OTHER_THAN_SESSION =
  /consent|culture|locale|lang|theme|pref|setting|antiforgery|xsrf|csrf|state|^\s*NID$|SIDCC$|dark_?mode/i;
/** The header's word in any case: the prefilter before HEADER. */
const COOKIE_WORD = /cookie/i;
/** A jar's flag between tabs: a text without one has no jar row. */
const JAR_FLAG = /\t(?:true|false)\t/i;
/** Shorter values are preferences, consent flags and ids. */
const MIN_VALUE = 32;
const MAX_VALUE = 4096;
/**
 * A run of letters and digits: what a session's token is made of, at least this long (no "+": a form's
 * `Mon+Nov+27+2023` is words).
 */
const RANDOM_RUN = /[A-Za-z0-9]{12,}/g;

/** Session cookies' values in headers and jars, under any name. */
export function cookieHeaderDetector(): Detector {
  return {
    type: "session_cookie",
    category: "secret",
    confidence: 0.9,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      if (mayHold(text, shared, "cookie") && COOKIE_WORD.test(text)) {
        HEADER.lastIndex = 0;
        for (let m = HEADER.exec(text); m !== null; m = HEADER.exec(text)) {
          const end = headerEnd(text, HEADER.lastIndex);
          pairs(text, HEADER.lastIndex, end, spans);
          HEADER.lastIndex = Math.max(HEADER.lastIndex, end);
        }
      }
      if (text.includes("\t") && JAR_FLAG.test(text)) {
        JAR_ROW.lastIndex = 0;
        for (let m = JAR_ROW.exec(text); m !== null; m = JAR_ROW.exec(text)) {
          const start = JAR_ROW.lastIndex;
          const end = lineEnd(text, start);
          if (!OTHER_THAN_SESSION.test(m[1] as string) && sessionShaped(text.slice(start, end)))
            spans.push({ start, end });
        }
      }
      return spans;
    },
  };
}

/** Where a header's value ends: its line's end, or a quote that closes it (curl's -H '…'). */
function headerEnd(text: string, from: number): number {
  const end = lineEnd(text, from);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) return i;
  }
  return end;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  const line = end < 0 ? text.length : end;
  return text.charCodeAt(line - 1) === 13 ? line - 1 : line;
}

/** Each `name=value` of [from, to), split at ";": a value shaped as a session's is a span. */
function pairs(text: string, from: number, to: number, spans: Span[]): void {
  let at = from;
  while (at < to) {
    let semicolon = text.indexOf(";", at);
    if (semicolon < 0 || semicolon > to) semicolon = to;
    // Searched within the pair alone: a search to the text's end per pair would make a long header quadratic.
    let equals = at;
    while (equals < semicolon && text.charCodeAt(equals) !== 0x3d) equals++;
    if (equals > at && equals < semicolon) {
      let start = equals + 1;
      let end = semicolon;
      while (start < end && text.charCodeAt(start) === 32) start++;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      if (!OTHER_THAN_SESSION.test(text.slice(at, equals).trim()) && sessionShaped(text.slice(start, end)))
        spans.push({ start, end });
    }
    at = semicolon + 1;
  }
}

/**
 * A session's value: 32 characters or more, no blank or comma, not a URL nor JSON (read percent-decoded:
 * Facebook's xs is `48%3A<random>%3A2%3A…`), holding a run of twelve random letters and digits that mixes both
 * cases with digits (an analytics id, GA1.2.1234567890.1700000000, is numbers and dots), strong as a secret is.
 */
function sessionShaped(value: string): boolean {
  if (value.length < MIN_VALUE || value.length > MAX_VALUE || /[\s,]/.test(value)) return false;
  const read = value.replace(/%([0-9A-Fa-f]{2})/g, (_all, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  if (/^["']?[[{]/.test(read) || read.includes("://")) return false;
  if (isStandIn(value)) return false;
  let mixed = false;
  RANDOM_RUN.lastIndex = 0;
  for (let m = RANDOM_RUN.exec(read); m !== null && !mixed; m = RANDOM_RUN.exec(read))
    mixed = /[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]) && /[0-9]/.test(m[0]);
  return mixed && strongEnough(read, "secret");
}
