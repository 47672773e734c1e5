// A value the detectors take only with its name (a password; an SSN or a phone number as bare digits) is
// found where the name stands beside it (`ssn: 078051120`, `"password": "…"`, a JSON field), but a database
// tool prints a row under a header that names its columns (psql, mysql's boxes, Markdown, CSV: see
// decode-tables.ts; HTML tables, decode-html-tables.ts; pandas' frames, decode-frames.ts), and SQL names an
// INSERT's values and a COPY's rows in a column list (decode-inserts.ts, decode-copy.ts). Each cell under
// a name the rules read a value by (field-names.ts) is written into one view as `"<name>": "<cell>"`, a line
// of its own, so it is judged as the same value in JSON is; the cell maps back one to one.
import { copyCells } from "./decode-copy.js";
import { frameCells } from "./decode-frames.js";
import { htmlTableCells } from "./decode-html-tables.js";
import { insertCells } from "./decode-inserts.js";
import { recordCells } from "./decode-records.js";
import { tableCells } from "./decode-tables.js";
import { ViewBuilder, type DecodedView } from "./decode.js";

/** A longer cell is text, not one value. */
const MAX_CELL = 256;

/** The view's lines, one per named cell. */
export class NamedCells {
  // The view and the names' openings are made at the first cell: every text scanned is looked at for cells,
  // and nearly none holds any.
  private view: ViewBuilder | undefined;
  /** Where the last cell ended (its closing quote is written with the next cell's name), or -1 before any. */
  private lastEnd = -1;
  /** Each name's opening, made once: a table repeats its names on every row. */
  private openings: Map<string, string> | undefined;

  constructor(private readonly text: string) {}

  /**
   * The value at [start, end) of the text, named `name` (as readAs gives it); `value` when it is written
   * escaped (an SQL string's doubled quote), else the text's own characters. Quotes around it are the caller's
   * to leave out; blanks around it are left out here.
   */
  add(name: string, start: number, end: number, value?: string): void {
    const { text } = this;
    if (value === undefined) {
      while (start < end && isBlank(text.charCodeAt(start))) start++;
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    }
    if (end <= start || end - start > MAX_CELL) return;
    const openings = (this.openings ??= new Map());
    let opening = openings.get(name);
    if (opening === undefined) {
      opening = `${JSON.stringify(name)}: "`;
      openings.set(name, opening);
    }
    const view = (this.view ??= new ViewBuilder());
    view.replace(this.lastEnd < 0 ? opening : `"\n${opening}`, start, start);
    if (value === undefined) view.copy(text, start, end);
    else view.replace(value, start, end);
    this.lastEnd = end;
  }

  build(): DecodedView | undefined {
    if (this.lastEnd < 0 || this.view === undefined) return undefined;
    this.view.replace('"', this.lastEnd, this.lastEnd);
    return this.view.build();
  }
}

/** The view of the cells of tables, INSERTs and COPYs that a name heads, or undefined when the text holds none. */
export function namedCellsView(written: string): DecodedView | undefined {
  // Box-drawing tables (sqlite's and DuckDB's `.mode box`) read as the ASCII ones they draw: one character for
  // one, so every offset stands where it is written.
  const text = BOX_COLUMN.test(written) ? written.replace(BOX_DRAWING, asciiOfBox) : written;
  const cells = new NamedCells(text);
  tableCells(text, cells);
  recordCells(text, cells);
  insertCells(text, cells);
  htmlTableCells(text, cells);
  frameCells(text, cells);
  copyCells(text, cells);
  return cells.build();
}

/** A box's line between columns: light, heavy or double. */
const BOX_COLUMN = /[\u2502\u2503\u2551]/;
/** The box-drawing characters tables are drawn with: their lines, and where lines meet. */
const BOX_DRAWING = /[\u2500-\u257f]/g;

function asciiOfBox(char: string): string {
  const code = char.charCodeAt(0);
  // Light and heavy horizontal lines, vertical lines, then every corner and junction.
  if (code === 0x2500 || code === 0x2501 || code === 0x2550) return "-";
  if (code === 0x2502 || code === 0x2503 || code === 0x2551) return "|";
  return "+";
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}
