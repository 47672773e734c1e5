// A data frame as pandas prints it: a header of column names, indented past the index, over rows each led by
// its index label, the columns aligned by blanks (two at least between cells, so a cell may hold one):
//
//     name        ssn      password
//   0  bob  078051120  Tr0ub4dor&3x
//
// Each cell under a name the rules read a value by (field-names.ts) is given to named-cells.ts, as a printed
// table's cell under its header is (decode-tables.ts). A line holding only the index's name may stand between
// the header and the rows.
//
// Linear: each indented line is read as a header once (a bounded native search for a name first), and the rows
// of a frame whose header names a column are read once, the next header looked for after them.
import { mayName, readAs } from "./field-names.js";
import type { NamedCells } from "./named-cells.js";

/** A longer line is no frame's header. */
const MAX_HEADER = 1024;
/** A longer header cell is no column's name. */
const MAX_NAME = 64;
/**
 * A list item's marker (`-   Fix type hint …` in a changelog, `1.  Install …`), which pandas never prints as an
 * index label: a bullet under a line that reads as a header (a previous item's last words) starts prose.
 */
const LIST_MARKER = /^(?:[-*+\u2022]|[0-9]{1,3}[.)])$/;
/** Two blanks or more part the columns. */
const GAP = / {2,}/g;

/** Each cell of a data frame's rows that a column's name heads, given to `cells`. */
export function frameCells(text: string, cells: NamedCells): void {
  let start = 0;
  while (start < text.length) {
    const end = lineEnd(text, start);
    start =
      text.charCodeAt(start) === 32 && end - start <= MAX_HEADER ? frame(text, start, end, cells) : end + 1;
  }
}

/** The frame whose header is the line [start, end), if it is one. Returns where the next header may start. */
function frame(text: string, start: number, end: number, cells: NamedCells): number {
  const header = text.slice(start, end).trimEnd();
  if (!mayName(header)) return end + 1;
  const columns = parts(header);
  const names = columns.map((column) =>
    column.end - column.start <= MAX_NAME ? readAs(header.slice(column.start, column.end)) : undefined,
  );
  if (!names.some((name) => name !== undefined)) return end + 1;
  // The index stands left of the first name.
  const firstName = (columns[0] as Part).start;
  let row = end + 1;
  let first = true;
  while (row < text.length) {
    const rowEnd = lineEnd(text, row);
    const line = text.slice(row, rowEnd).trimEnd();
    const found = line.charCodeAt(0) === 32 ? [] : parts(line);
    const index = found[0];
    // The index's name, alone on its line under the header.
    if (first && found.length === 1 && (index as Part).end < firstName) {
      first = false;
      row = rowEnd + 1;
      continue;
    }
    // pandas prints a label for the index; a row led by a tab and blanks (a man page's option described on the
    // lines under `-p, --pass`) has none, and is no frame's row.
    if (index === undefined || index.end >= firstName || found.length !== columns.length + 1) break;
    const label = line.slice(index.start, index.end).trim();
    if (label === "" || LIST_MARKER.test(label)) break;
    names.forEach((name, column) => {
      const cell = found[column + 1] as Part;
      if (name !== undefined) cells.add(name, row + cell.start, row + cell.end);
    });
    first = false;
    row = rowEnd + 1;
  }
  return row > end + 1 ? row : end + 1;
}

interface Part {
  start: number;
  end: number;
}

/** The line's cells, parted by two blanks or more (blanks before the first left out). */
function parts(line: string): Part[] {
  const found: Part[] = [];
  let start = 0;
  while (start < line.length && line.charCodeAt(start) === 32) start++;
  GAP.lastIndex = start;
  for (let m = GAP.exec(line); m !== null; m = GAP.exec(line)) {
    if (m.index > start) found.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < line.length) found.push({ start, end: line.length });
  return found;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
