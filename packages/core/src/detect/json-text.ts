// JSON carried inside a string: a tool's serialised result beside its structuredContent (the MCP specification
// asks for both), a call's argument holding a document. A model reads such a text as the structure it spells,
// so the scanner reads it as that structure too (every rule that reads a value's shape: a password in a list,
// a card as four numbers, an SSN over three fields), and reads its text with JSON's escapes decoded (a card or
// a token cut by a `\n` escape is cut by a line break, as the model reads it).
import type { DecodedView } from "./decode.js";

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
 * each escape is, not a ViewBuilder's objects: JSON text of log lines has an escape per line).
 */
export function unescapedJson(text: string): DecodedView | undefined {
  let at = text.indexOf("\\");
  if (at < 0) return undefined;
  /** Where each escape's character is in the decoded text, and the characters taken by it and those before. */
  const decodedAt: number[] = [];
  const taken: number[] = [];
  let decoded = "";
  let copied = 0;
  let extra = 0;
  for (; at >= 0; at = text.indexOf("\\", at)) {
    const kind = text[at + 1] ?? "";
    const length = kind === "u" ? 6 : 2;
    decoded += text.slice(copied, at);
    decodedAt.push(decoded.length);
    decoded +=
      kind === "u"
        ? String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16))
        : (SHORT_ESCAPES[kind] ?? "");
    extra += length - 1;
    taken.push(extra);
    at += length;
    copied = at;
  }
  decoded += text.slice(copied);
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
