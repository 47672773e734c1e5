// psql's expanded output (`\x`) prints each row as a record: a `-[ RECORD n ]---` line, then one line per
// column, its name, a "|", and its value. Each value under a name the rules read a value by (field-names.ts)
// is given to named-cells.ts, as a table's cell under its header is.
//
// Linear: the records' heads are found natively, and each line after one is read once.
import { readAs } from "./field-names.js";
import type { NamedCells } from "./named-cells.js";

const RECORD_HEAD = "-[ RECORD ";
/** A part of RECORD_HEAD that a native search finds sooner. */
const RECORD_MIDDLE = "[ R";
/** A longer name is no column's. */
const MAX_NAME = 64;

/** Each value of an expanded record whose column's name names it, given to `cells`. */
export function recordCells(text: string, cells: NamedCells): void {
  // Its middle first: a native search for the whole head stops at every dash (0.2-0.4 ms per MB of logs, code
  // or prose), one for "[ R" at the few brackets.
  if (!text.includes(RECORD_MIDDLE)) return;
  let head = text.indexOf(RECORD_HEAD);
  while (head >= 0) {
    let start = text.indexOf("\n", head) + 1;
    // Lines go on to a blank line, the next record, or the text's end.
    while (start > 0 && start < text.length && !text.startsWith(RECORD_HEAD, start)) {
      const newline = text.indexOf("\n", start);
      const end = newline < 0 ? text.length : newline;
      const bar = text.indexOf("|", start);
      if (bar < 0 || bar >= end) break;
      const name = bar - start <= MAX_NAME ? readAs(text.slice(start, bar).trim()) : undefined;
      if (name !== undefined) cells.add(name, bar + 1, end);
      start = end + 1;
    }
    head = start > 0 && start < text.length ? text.indexOf(RECORD_HEAD, start) : -1;
  }
}
