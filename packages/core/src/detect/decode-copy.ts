// PostgreSQL's COPY names its rows' columns in its column list: pg_dump writes a table's rows, and a client
// sends them, as `COPY public.users (name, ssn, password) FROM stdin;` followed by one line per row, its
// values parted by tabs, up to a line `\.`. Each value in a column whose name the rules read a value by
// (field-names.ts) is given to named-cells.ts, as an INSERT's is (decode-inserts.ts), its escapes (\t, \\)
// undone; `\N` is no value (NULL).
//
// Linear: one search for COPY, the column list read up to the next ")" (found once for every COPY before it),
// and the rows after it read once, the search going on after them.
import { listedNames } from "./decode-inserts.js";
import type { NamedCells } from "./named-cells.js";

/** COPY, the table's name (schema-qualified, quoted) and the opening of its column list. */
const COPY = /\bcopy\s+[^\s();]{1,256}\s*\(/gi;
/** What follows the list: FROM STDIN, to the line's end. */
const FROM_STDIN = /\)\s*from\s+stdin\b[^\n]*\n/iy;
/** A longer column list is no COPY's. */
const MAX_LIST = 8192;
const END_OF_DATA = "\\.";
const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** Each value of a COPY's rows whose column a name heads, given to `cells`. */
export function copyCells(text: string, cells: NamedCells): void {
  if (!text.includes("\t")) return;
  let close = -1;
  COPY.lastIndex = 0;
  for (let m = COPY.exec(text); m !== null; m = COPY.exec(text)) {
    const open = m.index + m[0].length;
    if (close < open) close = text.indexOf(")", open);
    if (close < 0) return;
    if (close - open > MAX_LIST) continue;
    FROM_STDIN.lastIndex = close;
    if (!FROM_STDIN.test(text)) continue;
    const names = listedNames(text.slice(open, close));
    if (names === undefined) continue;
    COPY.lastIndex = rows(text, FROM_STDIN.lastIndex, names, cells);
  }
}

/** The rows from `from` to the line `\.` or the text's end, each row of as many values as the names read. */
function rows(text: string, from: number, names: readonly (string | undefined)[], cells: NamedCells): number {
  let row = from;
  while (row < text.length) {
    let end = text.indexOf("\n", row);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (text.slice(row, lineEnd) === END_OF_DATA) return end + 1;
    const values = text.slice(row, lineEnd).split("\t");
    if (values.length === names.length) {
      let start = row;
      values.forEach((value, i) => {
        const name = names[i];
        if (name !== undefined && value !== "\\N")
          cells.add(name, start, start + value.length, value.includes("\\") ? unescaped(value) : undefined);
        start += value.length + 1;
      });
    }
    row = end + 1;
  }
  return row;
}

/** A value as COPY's text format escapes it: a backslash before a character, octal or hex digits. */
function unescaped(value: string): string {
  return value.replace(
    /\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|([\s\S]))/g,
    (_, octal?: string, hex?: string, char?: string) =>
      octal !== undefined
        ? String.fromCharCode(parseInt(octal, 8))
        : hex !== undefined
          ? String.fromCharCode(parseInt(hex, 16))
          : (ESCAPES[char as string] ?? (char as string)),
  );
}
