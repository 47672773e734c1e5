// A file shown through a hex dump tool (xxd, hexdump -C, od -An -tx1, od -c) cuts its bytes into lines of
// sixteen, each with an offset and, for xxd and hexdump -C, the same bytes again as characters. A value that
// runs over the lines is read by no other view whole. This view puts the dump's bytes back in a row; each
// byte stands for its hex pair through its character column, so a value found in it is redacted in both
// columns of every line it runs over.
import { ViewBuilder, type DecodedView } from "./decode.js";
import { LineStarts } from "./line-starts.js";

/** A dump line: xxd (`00000010: 5f74 6f6b  _tok`), hexdump -C (`00000010  5f 74 … |_tok|`), od -An -tx1. */
const XXD = /^[0-9a-f]{8}: ((?:[0-9a-f]{2,4} ){1,8}) {0,40}(.{1,16})$/;
const HEXDUMP_C = /^[0-9a-f]{8} ((?: {1,2}[0-9a-f]{2}){1,16}) {1,50}\|(.{1,16})\|$/;
const OD_HEX = /^((?: [0-9a-f]{2}){1,16})$/;
/** od -c: a seven-digit octal offset, then each byte in a column four wide. */
const OD_CHARS = /^[0-7]{7}((?: {1,3}(?:\\[0-7]{3}|\\.|[^\s\\])| {4}){1,16})$/;

/** The od -c escapes for the bytes a column cannot show as they are. */
const OD_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", "\\": "\\" };

/** How a line of one of the formats begins, tried at each line's start (see holdsDumpLine). */
const DUMP_LINE_START = /[0-9a-f]{8}[: ] |[0-7]{7} | [0-9a-f]{2} [0-9a-f]{2} /y;

export function hexDumpView(text: string): DecodedView | undefined {
  // A view needs two dump lines (below): a text of one line, as most strings of a message are, has none.
  if (!text.includes("\n") || !holdsDumpLine(text)) return undefined;
  const view = new ViewBuilder();
  let lines = 0;
  let at = 0;
  while (at < text.length) {
    const lineEnd = text.indexOf("\n", at) === -1 ? text.length : text.indexOf("\n", at);
    if (readLine(text, at, lineEnd, view)) lines++;
    at = lineEnd + 1;
  }
  // One line is no value cut by a line's end; the other views read it.
  return lines >= 2 && view.changed ? view.build() : undefined;
}

/**
 * Whether a line of the text begins as a dump line does: the only texts the lines are read in. The pattern is
 * tried at each line's start (line-starts.ts) where a multiline `^…` was tried at every character, which cost
 * prose with long lines (a paragraph a line) a twentieth of its whole scan.
 */
function holdsDumpLine(text: string): boolean {
  const starts = new LineStarts(text);
  for (let at = 0; at >= 0; at = starts.after(at)) {
    // Each format's line opens with two hex digits, or a blank and one (od): the pattern is tried only there.
    const first = text.charCodeAt(at);
    if ((isHexDigit(first) || first === 32) && isHexDigit(text.charCodeAt(at + 1))) {
      DUMP_LINE_START.lastIndex = at;
      if (DUMP_LINE_START.test(text)) return true;
    }
  }
  return false;
}

/** 0-9 or a-f: the digits of the dumps' offsets and bytes (lower case in every format read here). */
function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
}

/** Adds the line's bytes to the view, each mapped from its hex pair (or column) to its character; false if no dump line. */
function readLine(text: string, start: number, end: number, view: ViewBuilder): boolean {
  const line = text.slice(start, end);
  const xxd = XXD.exec(line);
  const canonical = xxd ? null : HEXDUMP_C.exec(line);
  const hexed = xxd ?? canonical ?? OD_HEX.exec(line);
  if (hexed) {
    const hexAt = start + line.indexOf(hexed[1] as string);
    const pairs = [...(hexed[1] as string).matchAll(/[0-9a-f]{2}/g)];
    // The character column holds one character a byte and closes the line (before hexdump's closing bar).
    const charsAt = xxd ? end - pairs.length : canonical ? end - 1 - pairs.length : -1;
    pairs.forEach((pair, i) => {
      const from = hexAt + (pair.index ?? 0);
      const to = charsAt >= 0 ? charsAt + i + 1 : from + 2;
      view.replace(String.fromCharCode(parseInt(pair[0], 16)), from, to);
    });
    return pairs.length > 0;
  }
  const chars = OD_CHARS.exec(line);
  if (!chars) return false;
  const columnsAt = start + 7;
  const columns = chars[1] as string;
  for (let i = 0; i + 4 <= columns.length; i += 4) {
    const cell = columns.slice(i, i + 4).trimStart();
    const ch = cell === "" ? " " : cell.startsWith("\\") ? octal(cell.slice(1)) : cell;
    view.replace(ch, columnsAt + i, columnsAt + i + 4);
  }
  return true;
}

function octal(escape: string): string {
  if (/^[0-7]{3}$/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
  return OD_ESCAPES[escape] ?? escape;
}
