// Tables as database tools and people print them: a header row names the columns, and each later row's cell
// in a column is that name's value (named-cells.ts writes it so). Two ways to tell the columns apart:
//  - a rule under the header (psql's `----+----`, mysql's `+----+`, Markdown's `|---|`, sqlcmd's and sqlplus's
//    `----  ----`): with a "|" or "+" in it, the cells are split at "|"; otherwise the columns stand where the
//    rule's runs of dashes stand, and rows go on to a blank line;
//  - no rule, a delimiter (tab, ",", ";" or "|"; a cell may be quoted as CSV quotes it) that splits the header
//    into names and the next rows into as many cells: rows go on while they do.
// A header is at most MAX_HEADER characters; a delimited one is made of a name's characters alone (code, prose
// and log lines leave at their first "(", "=", ":" or "@").
//
// Linear: each line is read as a header once (its line and the next, with bounded native searches in each:
// sliced, so a search never runs past its line), and the rows of a table whose header names a column are read
// once, the next header looked for after them.
import { mayName, readAs } from "./field-names.js";
import type { NamedCells } from "./named-cells.js";

/** A longer line is no table's header. */
const MAX_HEADER = 1024;
/** A longer header cell is no column's name. */
const MAX_NAME = 64;
const PIPE = 0x7c;
/** Delimiters, in the order tried: a line holding several is split at the first that makes a table. */
const DELIMITERS = [PIPE, 9, 0x2c /* , */, 0x3b /* ; */];

/** Characters a delimited header is made of: a name's, blanks and quotes around names, and the delimiters. */
const IN_HEADER = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.#$/?'\"`[] \t\r|,;")
  IN_HEADER[c.charCodeAt(0)] = 1;
/** Characters a delimited header ends in: a name's last, a quote's or a bracket's, or the pipe around it. */
const ENDS_HEADER = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_#$?'\"`]|")
  ENDS_HEADER[c.charCodeAt(0)] = 1;

/** Each cell of a table that a column's name heads, given to `cells`. */
export function tableCells(text: string, cells: NamedCells): void {
  // A header and a row are two lines.
  let start = 0;
  let end = text.indexOf("\n");
  while (end >= 0) {
    const nextEnd = lineEnd(text, end + 1);
    const after = table(text, start, end, nextEnd, cells);
    // Most lines are no header: the next line's end is known already.
    end = after === end + 1 ? (nextEnd < text.length ? nextEnd : -1) : text.indexOf("\n", after);
    start = after;
  }
}

/**
 * The table whose header is the line [start, end), if it is one (the next line ends at `nextEnd`): its named
 * cells given to `cells`. Returns where the next header may start (the next line, or the line after the table).
 */
function table(text: string, start: number, end: number, nextEnd: number, cells: NamedCells): number {
  const next = end + 1;
  if (end - start > MAX_HEADER) return next;
  if (isRule(text, next, nextEnd)) {
    const header = text.slice(start, end);
    const named = mayName(header);
    const rule = text.slice(next, nextEnd);
    // Under a header that names nothing the rows are still the table's: passed over, not read as headers in
    // turn (Trivy's `| Secret | ✓ |` row named nothing in the `| License | ✓ |` row under it).
    if (rule.includes("|") || rule.includes("+"))
      return rows(text, nextEnd + 1, header, pipeCells(header), pipeCells, cells, true, named);
    return named ? alignedTable(text, header, rule, nextEnd + 1, cells) : nextEnd + 1;
  }
  if (isBoxHead(text, start, nextEnd)) {
    // A box whose head holds two lines (DuckDB prints each column's type under its name): the rows start under
    // the rule that closes the head.
    const header = text.slice(start, end);
    const types = text.slice(next, nextEnd);
    const bounds = pipeCells(header);
    if (mayName(header) && bounds.length > 0 && pipeCells(types).length === bounds.length)
      return rows(text, lineEnd(text, nextEnd + 1) + 1, header, bounds, pipeCells, cells);
  }
  const delimiters = headerDelimiters(text, start, end);
  if (delimiters === 0) return next;
  const header = text.slice(start, end);
  if (!mayName(header)) return next;
  for (const delimiter of DELIMITERS) {
    if ((delimiters & bit(delimiter)) === 0) continue;
    const split = delimiter === PIPE ? pipeCells : (line: string) => delimitedCells(line, delimiter);
    const bounds = split(header);
    // Every name is there: an empty one (a line ending in ";") makes no header.
    if (bounds.length < 4 || !everyCellWritten(header, bounds) || notNames(header, bounds)) continue;
    const after = rows(text, next, header, bounds, split, cells);
    if (after > next) return after;
  }
  return next;
}

/**
 * Rows from `from` while `split` cuts each into as many cells as the header: each named column's cell given
 * to `cells`. Returns where the rows end (`from` when no column is named or no row follows). Under a header
 * with a rule (`ruled`) the rows are the table's even where no column is named: they are passed over, not
 * read as headers in turn, as a row's cell ("qmail pw" in base-passwd's uid table) names nothing below it.
 * `named`: whether the header may name a column at all (field-names.ts mayName).
 */
function rows(
  text: string,
  from: number,
  header: string,
  headerCells: number[],
  split: (line: string) => number[],
  cells: NamedCells,
  ruled = false,
  named = true,
): number {
  const names = (named ? columnNames(header, headerCells) : undefined) ?? (ruled ? [] : undefined);
  if (names === undefined) return from;
  let row = from;
  while (row < text.length) {
    const end = lineEnd(text, row);
    const line = text.slice(row, end);
    const found = split(line);
    if (found.length === headerCells.length) give(line, row, found, names, cells);
    // A rule between rows (a grid table draws one under each row) when a row follows it; else the table ends.
    else if (
      !isRule(text, row, end) ||
      end >= text.length ||
      split(text.slice(end + 1, lineEnd(text, end + 1))).length !== headerCells.length
    )
      break;
    row = end + 1;
  }
  return row;
}

/**
 * A table whose columns stand where the rule's runs of dashes do (`----  ------`, as sqlcmd and sqlplus print
 * them): rows from `from` to a blank line. Two columns at least: a line of dashes under one line of text is a
 * heading's underline.
 */
function alignedTable(text: string, header: string, rule: string, from: number, cells: NamedCells): number {
  // Where each column starts: a run of dashes. A run past the header's end heads no name (nor does any after it).
  const starts: number[] = [];
  const last = Math.min(rule.length, header.length);
  for (let i = 0; i < last; i++)
    if (rule.charCodeAt(i) === 0x2d && (i === 0 || rule.charCodeAt(i - 1) !== 0x2d)) starts.push(i);
  if (starts.length < 2) return from;
  const bounds = starts.flatMap((start, i) => [start, starts[i + 1] ?? header.length]);
  const names = columnNames(header, bounds);
  if (names === undefined) return from;
  // The last column runs to the line's end.
  bounds[bounds.length - 1] = Infinity;
  let row = from;
  while (row < text.length) {
    const end = lineEnd(text, row);
    const line = text.slice(row, end);
    if (line.trim() === "") break;
    names.forEach((name, column) => {
      const start = bounds[2 * column] as number;
      if (name === undefined || start >= line.length) return;
      const [from, to] = unquoted(line, start, Math.min(bounds[2 * column + 1] as number, line.length));
      cells.add(name, row + from, row + to);
    });
    row = end + 1;
  }
  return row;
}

/** What the rules read each column's value as (field-names.ts), or undefined when no column is named. */
function columnNames(header: string, bounds: number[]): (string | undefined)[] | undefined {
  const names: (string | undefined)[] = [];
  let any = false;
  for (let i = 0; i < bounds.length; i += 2) {
    const [start, end] = unquoted(header, bounds[i] as number, bounds[i + 1] as number);
    const cell = header.slice(start, end);
    const name = end - start <= MAX_NAME && end > start && !isSentence(cell) ? readAs(cell) : undefined;
    names.push(name);
    if (name !== undefined) any = true;
  }
  return any ? names : undefined;
}

/**
 * A sentence, not a column's name: six words or more (`MD5-based algorithm will be used for encrypting
 * password`, a comment's clause that a comma cut from the line before). A column is named in a word or a few.
 */
function isSentence(cell: string): boolean {
  return /^[ \t#/*-]*(?:\S+[ \t]+){5}\S/.test(cell);
}

/** Each named column's cell of the row `line` (at `at` in the text), without its quotes. */
function give(
  line: string,
  at: number,
  bounds: number[],
  names: readonly (string | undefined)[],
  cells: NamedCells,
): void {
  names.forEach((name, column) => {
    if (name === undefined) return;
    const [start, end] = unquoted(line, bounds[2 * column] as number, bounds[2 * column + 1] as number);
    const value = line.slice(start, end);
    // A CSV cell writes its quote twice.
    cells.add(name, at + start, at + end, value.includes('""') ? value.replace(/""/g, '"') : undefined);
  });
}

/** [start, end) of a cell without the blanks and the quotes (", ', `, []) around it. */
function unquoted(line: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(line.charCodeAt(start))) start++;
  while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
  const first = line.charCodeAt(start);
  const last = line.charCodeAt(end - 1);
  const quoted =
    first === 0x5b ? last === 0x5d : (first === 0x22 || first === 0x27 || first === 0x60) && last === first;
  return quoted && end - start >= 2 ? [start + 1, end - 1] : [start, end];
}

/**
 * Cells split at "|", as [start, end) pairs: a "|" that opens or closes the line (mysql, Markdown) bounds the
 * first or last cell, and opens none.
 */
function pipeCells(line: string): number[] {
  let start = 0;
  let end = line.length;
  while (start < end && isBlank(line.charCodeAt(start))) start++;
  while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
  if (line.charCodeAt(start) === PIPE) start++;
  if (end > start && line.charCodeAt(end - 1) === PIPE) end--;
  const bounds: number[] = [];
  for (let at = line.indexOf("|", start); at >= 0 && at < end; at = line.indexOf("|", at + 1)) {
    bounds.push(start, at);
    start = at + 1;
  }
  // A line without a "|" is no row (psql's "(1 row)", mysql's closing rule).
  if (bounds.length === 0) return [];
  bounds.push(start, end);
  return bounds;
}

/** Cells split at `delimiter`, as [start, end) pairs; a cell in double quotes may hold the delimiter. */
function delimitedCells(line: string, delimiter: number): number[] {
  const bounds: number[] = [];
  const mark = String.fromCharCode(delimiter);
  if (!line.includes('"')) {
    let start = 0;
    for (let at = line.indexOf(mark); at >= 0; at = line.indexOf(mark, at + 1)) {
      bounds.push(start, at);
      start = at + 1;
    }
    if (bounds.length === 0) return [];
    bounds.push(start, line.length);
    return bounds;
  }
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22)
      quoted = !quoted; // a doubled quote inside closes and reopens: the same
    else if (c === delimiter && !quoted) {
      bounds.push(start, i);
      start = i + 1;
    }
  }
  if (bounds.length === 0) return [];
  bounds.push(start, line.length);
  return bounds;
}

/**
 * The delimiters the header [start, end) holds, as bits, or 0 when it holds a character no header does (a line
 * of code, prose with a colon, a log line), read up to that character.
 */
function headerDelimiters(text: string, start: number, end: number): number {
  // A line of code or prose most often ends in what no header does (";", "{", ")", ":", ","; "."): looked at first.
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if (last < 128 && ENDS_HEADER[last] === 0) return 0;
  let found = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && IN_HEADER[c] === 0) return 0;
    if (c === PIPE || c === 9 || c === 0x2c || c === 0x3b) found |= bit(c);
  }
  return found;
}

/** Whether each cell of the header holds a character other than blanks and quotes. */
function everyCellWritten(header: string, bounds: number[]): boolean {
  for (let i = 0; i < bounds.length; i += 2) {
    const [start, end] = unquoted(header, bounds[i] as number, bounds[i + 1] as number);
    if (end <= start) return false;
  }
  return true;
}

/** A version or a decimal: digits, a dot and digits, then perhaps a release's suffix (2.40-2, 1.0.8rc1). */
const VERSION = /^[0-9]+\.[0-9]+[0-9A-Za-z.-]*$/;

/** A digest or an object name (git's 40 hex digits, a SHA-256): no column is named with one. */
const DIGEST = /[0-9a-f]{32}/i;
/** A file's path: a directory, then a name with an extension (`.github/secret_scanning.yml`). */
const FILE_PATH = /\/[^/]*\.[A-Za-z0-9]{1,8}$/;
/** A mark and no word (`✓`, `✗`, `-`, `*`): a row's cell, where a header writes a name. */
const MARK_ONLY = /^[^\p{L}\p{N}#_$?]+$/u;

/**
 * Cells that name no columns: a cell of digits alone (`64017 | qmailp | qmail pw`, a headerless CSV's id) or a
 * version or decimal number (`base-passwd⇥3.6.1`, a row of `dpkg-query -W`), a digest (`git ls-tree`'s object
 * name), a file's path or a mark (`✓`) makes the line a row of data, whose word in another cell names nothing
 * in the rows below it (a file named for secret scanning does not make the next file's path a secret); a man
 * page's or a `--help`'s option entry (`-p, --pass`) is options' names, described by the lines under it.
 */
function notNames(header: string, bounds: number[]): boolean {
  let options = 0;
  for (let i = 0; i < bounds.length; i += 2) {
    const [start, end] = unquoted(header, bounds[i] as number, bounds[i + 1] as number);
    const cell = header.slice(start, end);
    if (/^[0-9]+$/.test(cell) || VERSION.test(cell)) return true;
    if (DIGEST.test(cell) || FILE_PATH.test(cell) || MARK_ONLY.test(cell)) return true;
    if (/^--?[A-Za-z0-9][A-Za-z0-9-]*$/.test(cell)) options++;
  }
  return options === bounds.length / 2;
}

function bit(delimiter: number): number {
  return 1 << DELIMITERS.indexOf(delimiter);
}

/**
 * Whether the line [start, end) is a rule under a header: dashes ("--" at least), with "+", "|", ":" (Markdown's
 * alignment) and blanks between. Most lines leave at their first character.
 */
function isRule(text: string, start: number, end: number): boolean {
  let dashes = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Dashes, or a grid table's "=" under its header.
    if (c === 0x2d || c === 0x3d) {
      if (text.charCodeAt(i + 1) === c) dashes = true;
    } else if (c !== 0x2b && c !== PIPE && c !== 0x3a && !isBlank(c)) return false;
  }
  return dashes;
}

/**
 * Whether the line at `start` heads a box with a head of two lines: a rule drawn with "+" above it, and one
 * under the line after it (the next line ends at `nextEnd`).
 */
function isBoxHead(text: string, start: number, nextEnd: number): boolean {
  if (start < 2 || nextEnd >= text.length) return false;
  let above = start - 1;
  if (text.charCodeAt(above - 1) === 13) above--;
  if (text.charCodeAt(above - 1) !== 0x2b /* + */) return false;
  const under = nextEnd + 1;
  if (!isRule(text, under, lineEnd(text, under))) return false;
  return isRule(text, text.lastIndexOf("\n", above - 1) + 1, above);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}
