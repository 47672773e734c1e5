// An HTML table (psql -H, mysql -H, a page's table): its header cells (`th`, or the first row's cells) name
// the cells (`td`) under them, as a printed table's header does (decode-tables.ts). Each cell under a name the
// rules read a value by (field-names.ts) is given to named-cells.ts with its tags left out and its character
// references read (psql writes "&" as "&amp;"). A cell's `colspan` and `rowspan` place the cells after it as
// a browser does, so a cell is named by the column it stands in, not by its place in its row.
//
// Linear: the table's tags are found by one bounded pattern, each once; a cell's text is read once, when it ends.
import { readAs } from "./field-names.js";
import type { NamedCells } from "./named-cells.js";

/** The tags that shape a table; a tag's attributes are at most 256 characters. */
const TABLE_TAG = /<(\/?)(table|tr|th|td)\b[^<>]{0,256}>/gi;
/** A table's cell, of either kind: a text without one holds no table read here. */
const TABLE_CELL = /<t[dh]\b/i;
/** A longer header cell is no column's name. */
const MAX_NAME = 64;
/** A cell written longer than this, tags and all, is text (named-cells.ts takes a value of 256 at most). */
const MAX_WRITTEN = 1024;
const REFERENCES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const COLSPAN = /\bcolspan\s*=\s*["']?(\d{1,4})/i;
const ROWSPAN = /\browspan\s*=\s*["']?(\d{1,4})/i;
/** The widest span read (HTML's own limits are 1,000 columns and 65,534 rows). */
const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 1000;
/** Columns placed per row. */
const MAX_COLUMNS = 256;

interface Cell {
  header: boolean;
  start: number;
  end: number;
  /** Columns and rows it spans (1 and 1 unless its tag says more). */
  columns: number;
  rows: number;
}

/** A span attribute's value in `tag`, 1 when absent, at most `most`. */
function spanOf(tag: string, attribute: RegExp, most: number): number {
  const n = Number(attribute.exec(tag)?.[1] ?? 1);
  return Math.min(Math.max(n, 1), most);
}

/** A table being read: its columns' names, its rows so far, and the cells of the row and the cell it is in. */
interface Table {
  names: (string | undefined)[] | undefined;
  rowsSeen: number;
  row: Cell[];
  /** Per column, the first row (counted as rowsSeen) no longer covered by a cell above with a rowspan. */
  coveredUntil: number[];
  open: Cell | undefined;
}

const newTable = (): Table => ({ names: undefined, rowsSeen: 0, row: [], coveredUntil: [], open: undefined });

/** Each cell of an HTML table whose column a header names, given to `cells`. */
export function htmlTableCells(text: string, cells: NamedCells): void {
  // "<t" in either case first: a native search, where the pattern visits every character (0.2-0.3 ms per MB).
  if ((!text.includes("<t") && !text.includes("<T")) || !TABLE_CELL.test(text)) return;
  // A table inside a cell (the layout table a page puts an avatar and a name in) is read as a table of its own;
  // the cell holding it stays open, so the outer row's later cells keep their columns.
  const outer: Table[] = [];
  let table = newTable();
  const closeCell = (at: number) => {
    if (table.open === undefined) return;
    table.open.end = at;
    table.row.push(table.open);
    table.open = undefined;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    const { row, rowsSeen, names, coveredUntil } = table;
    if (row.length === 0) return;
    // The first row, or a row of header cells, names the columns; the cells of every other row are named so.
    const naming = rowsSeen === 0 || row.every((cell) => cell.header);
    // A second header row (under a cell spanning its columns) names those columns; the rest keep their names.
    const named: (string | undefined)[] = naming && rowsSeen > 0 && names ? names.slice() : [];
    let column = 0;
    for (const cell of row) {
      while ((coveredUntil[column] ?? 0) > rowsSeen) column++;
      // Wider than any printed table: its cells are not placed (and the walk stays short).
      if (column >= MAX_COLUMNS) break;
      if (naming) named[column] = nameOf(text, cell);
      else {
        const name = names?.[column];
        if (name !== undefined) giveCell(text, cell, name, cells);
      }
      for (let k = 0; k < cell.columns; k++) {
        if (cell.rows > 1) coveredUntil[column + k] = rowsSeen + cell.rows;
        if (naming && k > 0) named[column + k] = named[column];
      }
      column += cell.columns;
    }
    if (naming) table.names = named;
    table.rowsSeen++;
    table.row = [];
  };
  TABLE_TAG.lastIndex = 0;
  for (let m = TABLE_TAG.exec(text); m !== null; m = TABLE_TAG.exec(text)) {
    const closing = m[1] === "/";
    const tag = (m[2] as string).toLowerCase();
    const after = m.index + m[0].length;
    if (tag === "td" || tag === "th") {
      closeCell(m.index);
      if (!closing)
        table.open = {
          header: tag === "th",
          start: after,
          end: after,
          columns: spanOf(m[0], COLSPAN, MAX_COLSPAN),
          rows: spanOf(m[0], ROWSPAN, MAX_ROWSPAN),
        };
    } else if (tag === "tr") closeRow(m.index);
    else if (!closing && table.open !== undefined) {
      // A table opens inside a cell: the cell's table waits, its cell open, until this one ends.
      outer.push(table);
      table = newTable();
    } else {
      // A table starts or ends: its names name no other table's cells.
      closeRow(m.index);
      table = (closing ? outer.pop() : undefined) ?? newTable();
    }
  }
  closeRow(text.length);
  // Tables left open at the end (a cut-off page) end there too.
  for (let t = outer.pop(); t !== undefined; t = outer.pop()) {
    table = t;
    closeRow(text.length);
  }
}

/** What the rules read a header cell's column as, or undefined when it names none. */
function nameOf(text: string, cell: Cell): string | undefined {
  if (cell.end - cell.start > MAX_WRITTEN) return undefined;
  const name = cellText(text.slice(cell.start, cell.end)).trim();
  return name.length > 0 && name.length <= MAX_NAME ? readAs(name) : undefined;
}

function giveCell(text: string, cell: Cell, name: string, cells: NamedCells): void {
  let { start, end } = cell;
  // A longer cell holds more than one value, tags and all.
  if (end - start > MAX_WRITTEN) return;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const written = text.slice(start, end);
  const shown = written.includes("<") || written.includes("&") ? cellText(written).trim() : written;
  // A cell of several lines (a page's paragraphs) is text, read as text is, not one value.
  if (/\S\s*\n\s*\S/.test(shown)) return;
  if (shown === written) cells.add(name, start, end);
  else cells.add(name, start, end, shown);
}

/** A cell's text as a page shows it: its tags left out, its character references read. */
function cellText(written: string): string {
  return written
    .replace(/<[^<>]*>/g, "")
    .replace(
      /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi,
      (ref, dec?: string, hex?: string, named?: string) => {
        const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
        if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
        return REFERENCES[(named as string).toLowerCase()] ?? ref;
      },
    );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
