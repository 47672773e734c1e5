// A JSON result set names its columns once, apart from its rows: a list of names beside a list of equally
// long rows (`{columns, rows}`, pandas' orient="split", Snowflake's rowType beside data, Databricks'
// manifest.schema.columns beside result.data_array, BigQuery's schema.fields beside rows[].f[].v), or a header
// row of names over the rows (a spreadsheet's values). A model reads each cell under its column's name, as it
// reads a field under its key, so each such cell is found here with its name and judged as that field is
// (Scanner.namedValue).
//
// One reading for every product: names are a list of strings, of objects with a string name (`name`, `Name`,
// `label`, `ColumnName`: Athena's ColumnInfo, a Google DataTable's cols, Kusto's Columns) or of cells holding
// one; a row is a list of cells, or an object whose first list is that list (BigQuery's `{f: […]}`, Athena's
// `{Data: […]}`, Neo4j's `{row: […], meta: […]}`); a cell is a value, or an object whose one member is the
// value (`{v: …}`). A names list and a rows list pair when no name is left without a cell in the longest row
// (rows may be longer than the names, or differ in length: the names name the first cells of each, as a model
// reads them) and they stand under different members of one object, each at most MAX_DEPTH keys below it. A
// header row of names heads the rows below it, under a title row or two (shorter than a row of columns).
//
// Linear: one walk of the value; each list found is carried up at most MAX_DEPTH objects, and each object
// pairs what its members carry.
import { namesValue } from "./field-names.js";

/** A names or rows list is found this many steps (keys) below the object that holds both. */
const MAX_DEPTH = 3;
/** A longer string names no column. */
const MAX_NAME = 64;
/** Fewer columns than this are a pair, read as one already (Scanner's pairName). */
const MIN_COLUMNS = 2;
/** Rows above a header row (a sheet's title, a blank row) that still leave it the header. */
const MAX_TITLE_ROWS = 2;
/** The member of a column's description that names it. */
const NAME_MEMBER = /^(?:(?:column|col|field)_?)?(?:name|label)$/i;

/** A step from a value to one of its members: a key or an index. */
export type Step = string | number;

/** A cell and the name its column gives it, with the steps from the scanned value to it. */
export interface NamedRowCell {
  name: string;
  route: readonly Step[];
}

interface Found {
  /** The steps from the object that carries it. */
  route: Step[];
  /** How many objects up it has been carried. */
  depth: number;
}
interface Names extends Found {
  names: readonly string[];
}
interface Rows extends Found {
  list: readonly unknown[];
  /** The index of its first row (1 under a header row). */
  first: number;
  /** The most cells a row has: names as many or fewer name the first cells of each row. */
  width: number;
}
interface Carried {
  names: Names[];
  rows: Rows[];
}

/** Every cell of the value's result sets whose column is named by a name the rules read a value by. */
export function namedRowCells(value: unknown): NamedRowCell[] {
  const cells: NamedRowCell[] = [];
  visit(value, [], cells);
  return cells;
}

/** What the value carries up, its own result sets' cells given to `cells`; `at` is its route, restored. */
function visit(value: unknown, at: Step[], cells: NamedRowCell[]): Carried | undefined {
  if (Array.isArray(value)) {
    // Counted loops here and over an object's keys: this runs for every container of every message, and a
    // closure or an iterator per container was garbage the daemon made for each.
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== "object") continue;
      at.push(i);
      visit(item, at, cells);
      at.pop();
    }
    const names = namesOf(value);
    if (names !== undefined) return { names: [{ names, route: [], depth: 0 }], rows: [] };
    const width = rowsWidth(value, 0);
    if (width === undefined) return undefined;
    // A header row of names over the rows, as long as the longest of them (rows may be shorter, as a sheet
    // leaves a row's empty cells out; a list of [name, value] pairs beside longer rows is no table), under
    // title rows too short to be a row of columns.
    for (let h = 0; h <= MAX_TITLE_ROWS && h + 1 < value.length; h++) {
      const row = rowOf(value[h]);
      if (row === undefined) break;
      const header = namesOf(row.cells);
      if (header !== undefined && header.length === width) {
        pair(header, { list: value, first: h + 1, width, route: [], depth: 0 }, at, cells);
        return undefined;
      }
      if (row.cells.length >= MIN_COLUMNS) break;
    }
    return { names: [], rows: [{ list: value, first: 0, width, route: [], depth: 0 }] };
  }
  if (value === null || typeof value !== "object") return undefined;
  const obj = value as Record<string, unknown>;
  let carried: Carried | undefined;
  let byMember: [string, Carried][] | undefined;
  const keys = Object.keys(obj);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const item = obj[key];
    if (item === null || typeof item !== "object") continue;
    at.push(key);
    const below = visit(item, at, cells);
    at.pop();
    if (below === undefined) continue;
    (byMember ??= []).push([key, below]);
    carried ??= { names: [], rows: [] };
    for (const n of below.names) if (n.depth + 1 < MAX_DEPTH) carried.names.push(up(n, key));
    for (const r of below.rows) if (r.depth + 1 < MAX_DEPTH) carried.rows.push(up(r, key));
  }
  // No member carried a names or rows list (most objects): nothing to pair, and no map made to find none.
  if (byMember === undefined) return undefined;
  // Names and rows under different members: rows are headed by the longest names list no longer than their
  // longest row that stands under another member (one per length and member kept, two at most; the lengths are
  // tried longest first, and each rows list pairs once here).
  const namesByLength = new Map<number, [string, Names][]>();
  for (const [key, below] of byMember)
    for (const names of below.names) {
      const kept = namesByLength.get(names.names.length) ?? [];
      if (kept.length < 2 && kept.every(([other]) => other !== key)) kept.push([key, names]);
      namesByLength.set(names.names.length, kept);
    }
  if (namesByLength.size > 0) {
    const lengths = [...namesByLength.keys()].sort((a, b) => b - a);
    for (const [key, below] of byMember)
      for (const rows of below.rows) {
        let heading: [string, Names] | undefined;
        for (const length of lengths)
          if (length <= rows.width && (heading = namesByLength.get(length)?.find(([other]) => other !== key)))
            break;
        if (heading !== undefined) pair(heading[1].names, rows, [...at, key], cells);
      }
  }
  return carried !== undefined && carried.names.length + carried.rows.length > 0 ? carried : undefined;
}

function up<T extends Found>(found: T, key: string): T {
  return { ...found, route: [key, ...found.route], depth: found.depth + 1 };
}

/** Each cell of `rows` under a column `names` names as a value's name; `from` is the route to rows' carrier. */
function pair(names: readonly string[], rows: Rows, from: readonly Step[], cells: NamedRowCell[]): void {
  const columns = names.flatMap((name, c) => (namesValue(name) ? [c] : []));
  for (let r = rows.first; r < rows.list.length; r++) {
    const row = rowOf(rows.list[r]);
    if (row === undefined) continue;
    for (const c of columns) {
      // A row shorter than the names has no cell under the last of them.
      if (c >= row.cells.length) break;
      const cell = row.cells[c];
      const wrap = wrapper(cell);
      const route = [...from, ...rows.route, r, ...row.toCells, c];
      if (wrap !== undefined) route.push(wrap);
      cells.push({ name: names[c] as string, route });
    }
  }
}

/**
 * The names a list gives, when it is a list of names: strings, objects with a string name (NAME_MEMBER), or
 * cells wrapping one (a header row of `{VarCharValue: "ssn"}`).
 */
function namesOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length < MIN_COLUMNS) return undefined;
  const names: string[] = [];
  let named = false;
  for (const item of value) {
    const name = typeof item === "string" ? item : nameOf(item);
    if (typeof name !== "string" || name.length > MAX_NAME) return undefined;
    named ||= namesValue(name);
    names.push(name);
  }
  return named ? names : undefined;
}

/** The name a column's description or a wrapped cell gives. */
function nameOf(item: unknown): unknown {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return undefined;
  const obj = item as Record<string, unknown>;
  const wrapped = onlyMember(obj);
  if (wrapped !== undefined) return obj[wrapped];
  for (const key in obj) if (NAME_MEMBER.test(key)) return obj[key];
  return undefined;
}

/** The most cells a row of the list has from `from` on, when every item is a row. */
function rowsWidth(list: readonly unknown[], from: number): number | undefined {
  if (list.length <= from) return undefined;
  let width = 0;
  for (let i = from; i < list.length; i++) {
    const row = rowOf(list[i]);
    if (row === undefined) return undefined;
    width = Math.max(width, row.cells.length);
  }
  return width >= MIN_COLUMNS ? width : undefined;
}

/**
 * A row: a list of cells, or an object whose first list is that list, what follows it being about the row
 * (Neo4j's meta) (the steps to it given).
 */
function rowOf(value: unknown): { cells: readonly unknown[]; toCells: Step[] } | undefined {
  if (Array.isArray(value)) return { cells: value, toCells: [] };
  if (value === null || typeof value !== "object") return undefined;
  const obj = value as Record<string, unknown>;
  for (const key in obj) {
    const cells = obj[key];
    if (Array.isArray(cells)) return { cells, toCells: [key] };
  }
  return undefined;
}

/** The one member's key of a cell written as an object (`{v: …}`), or undefined when the cell is the value. */
function wrapper(cell: unknown): string | undefined {
  return cell !== null && typeof cell === "object" && !Array.isArray(cell) ? onlyMember(cell) : undefined;
}

function onlyMember(obj: object): string | undefined {
  const keys = Object.keys(obj);
  return keys.length === 1 ? keys[0] : undefined;
}
