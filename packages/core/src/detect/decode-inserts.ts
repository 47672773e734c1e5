// An SQL INSERT names its values in its column list: `INSERT INTO users (name, ssn, password) VALUES ('bob',
// '078051120', '…'), (…)`, or `… SELECT 'bob', '078051120', '…'`. Each tuple's or select list's value in a
// column whose name the rules read a value by is given to the named-cells view (named-cells.ts), unquoted and
// with its escapes ('' and \') undone.
//
// Linear: one native search for each ")", VALUES followed by "(" or SELECT tried after it, the column list read
// back within MAX_LIST characters (a sliced window), and the tuples or lists after it read once, the search
// going on after them.
import { mayName, readAs } from "./field-names.js";
import type { NamedCells } from "./named-cells.js";

/** What follows an INSERT's column list: VALUES and its tuples, or a SELECT and its list. */
const VALUES = /(?:values\s*\(|select\s)/iy;
/** What joins another SELECT's list to the one read: its rows too. */
const UNION_SELECT = /\s*union\s+(?:all\s+)?select\s/iy;
/** A select list's item's alias. */
const ALIAS = /\s*as\s+(?:[\p{L}_][\p{L}\p{N}_$]*|"[^"]{1,64}"|`[^`]{1,64}`)/iuy;
/** A longer column list is no INSERT's (a thousand columns' names). */
const MAX_LIST = 8192;
/** What stands between INSERT and the column list: INTO, the table's name, OR REPLACE, IGNORE. */
const INSERT_BEFORE = /\b(?:insert|replace|upsert)\b[^;()']{1,256}$/i;
/** A column's name in the list: a name, or one quoted as SQL dialects quote them. */
const COLUMN = /^(?:[\p{L}_][\p{L}\p{N}_$]*|"[^"]{1,64}"|`[^`]{1,64}`|\[[^\]]{1,64}\])$/u;

/** Each value of an INSERT's tuples whose column a name heads, given to `cells`. */
export function insertCells(text: string, cells: NamedCells): void {
  if (!text.includes("(")) return;
  // VALUES or SELECT is read only where it follows a column list's ")" after blanks (see columnNames): it is
  // looked for there, after each ")" found natively, not by a pattern tried at every word of the text. Where
  // the tuples or the list read end, the search goes on.
  let resume = 0;
  for (let close = text.indexOf(")"); close >= 0; close = text.indexOf(")", close + 1)) {
    let at = close + 1;
    while (isBlank(text.charCodeAt(at))) at++;
    // "v" or "s" in either case: a cheap test before the pattern's.
    const folded = text.charCodeAt(at) | 0x20;
    if (at < resume || (folded !== 0x76 && folded !== 0x73)) continue;
    VALUES.lastIndex = at;
    const m = VALUES.exec(text);
    const names = m === null ? undefined : columnNames(text, at);
    if (m === null || names === undefined) continue;
    resume = m[0].endsWith("(")
      ? tuples(text, at + m[0].length - 1, names, cells)
      : selected(text, at + m[0].length, names, cells);
  }
}

/** What the rules read each listed column's value as, when a list of named columns ends before `values`. */
function columnNames(text: string, values: number): (string | undefined)[] | undefined {
  let close = values - 1;
  while (close >= 0 && isBlank(text.charCodeAt(close))) close--;
  if (text.charCodeAt(close) !== 0x29 /* ) */) return undefined;
  const from = Math.max(0, close - MAX_LIST);
  const window = text.slice(from, close);
  const open = window.lastIndexOf("(");
  if (open < 0) return undefined;
  const names = listedNames(window.slice(open + 1));
  // An INSERT's: asked last, as the list is read by then (a text of ") values (" costs no pattern each).
  return names !== undefined && INSERT_BEFORE.test(window.slice(Math.max(0, open - 300), open))
    ? names
    : undefined;
}

/**
 * What the rules read each column's value as, for a column list's text between its brackets (an INSERT's, a
 * COPY's), or undefined when it is no list of names or names none the rules read a value by.
 */
export function listedNames(list: string): (string | undefined)[] | undefined {
  if (!mayName(list)) return undefined;
  const names: (string | undefined)[] = [];
  let any = false;
  for (const written of list.split(",")) {
    const column = written.trim();
    if (!COLUMN.test(column)) return undefined;
    const name = readAs(/^["`[]/.test(column) ? column.slice(1, -1) : column);
    names.push(name);
    if (name !== undefined) any = true;
  }
  return any ? names : undefined;
}

/**
 * The tuples from the "(" at `open`: each value of a named column given to `cells`, in a tuple of as many
 * values as the list names. Returns where the last tuple ends.
 */
function tuples(
  text: string,
  open: number,
  names: readonly (string | undefined)[],
  cells: NamedCells,
): number {
  let at = open;
  for (;;) {
    const values: Value[] = [];
    at++; // past "("
    for (;;) {
      at = skipBlanks(text, at);
      const value = valueAt(text, at);
      values.push(value);
      at = skipBlanks(text, value.next);
      const c = text.charCodeAt(at);
      if (c === 0x2c /* , */) {
        at++;
        continue;
      }
      if (c !== 0x29 /* ) */) return at;
      at++;
      break;
    }
    if (values.length === names.length)
      names.forEach((name, i) => {
        const value = values[i];
        if (name !== undefined && value !== undefined)
          cells.add(name, value.start, value.end, value.unescaped);
      });
    const next = skipBlanks(text, at);
    if (text.charCodeAt(next) !== 0x2c) return at;
    const following = skipBlanks(text, next + 1);
    if (text.charCodeAt(following) !== 0x28 /* ( */) return at;
    at = following;
  }
}

/**
 * The select lists from `at` (`INSERT … (columns) SELECT 'bob', '078051120' UNION ALL SELECT …`): each
 * literal (a string or a number) of a list of as many items as the columns given to `cells` under its column's
 * name; a column's or an expression's item is no value written there. Returns where the last list ends.
 */
function selected(
  text: string,
  at: number,
  names: readonly (string | undefined)[],
  cells: NamedCells,
): number {
  for (;;) {
    const values: (Value | undefined)[] = [];
    for (;;) {
      at = skipBlanks(text, at);
      const value = valueAt(text, at, true);
      const c = text.charCodeAt(at);
      const literal =
        c === 0x27 || c === 0x22 || /^[-+]?\.?\d[\d.]*$/.test(text.slice(value.start, value.end));
      values.push(literal ? value : undefined);
      at = value.next;
      ALIAS.lastIndex = at;
      if (ALIAS.test(text)) at = ALIAS.lastIndex;
      at = skipBlanks(text, at);
      if (text.charCodeAt(at) !== 0x2c /* , */ || value.next === value.start) break;
      at++;
    }
    if (values.length === names.length)
      names.forEach((name, i) => {
        const value = values[i];
        if (name !== undefined && value !== undefined)
          cells.add(name, value.start, value.end, value.unescaped);
      });
    UNION_SELECT.lastIndex = at;
    if (!UNION_SELECT.test(text)) return at;
    at = UNION_SELECT.lastIndex;
  }
}

interface Value {
  /** The value's [start, end): a string's characters inside its quotes. */
  start: number;
  end: number;
  /** A string's value when it is written with escapes. */
  unescaped?: string;
  /** Where reading goes on after it. */
  next: number;
}

/**
 * The value at `at`: a string in single or double quotes (a quote written twice, or after a backslash, is one
 * of its characters), or anything else up to a "," or ")" outside brackets and strings (a number, NULL, a
 * function's call); a select list's item ends at a blank or ";" too.
 */
function valueAt(text: string, at: number, selectItem = false): Value {
  const quote = text.charCodeAt(at);
  if (quote === 0x27 || quote === 0x22) {
    let escaped = false;
    let i = at + 1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c /* \ */) {
        escaped = true;
        i++;
      } else if (c === quote) {
        if (text.charCodeAt(i + 1) !== quote) break;
        escaped = true;
        i++;
      }
    }
    const inside = text.slice(at + 1, i);
    const mark = String.fromCharCode(quote);
    const unescaped = escaped ? inside.replaceAll(mark + mark, mark).replace(/\\(.)/g, "$1") : undefined;
    return { start: at + 1, end: i, unescaped, next: i + 1 };
  }
  let depth = 0;
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x22) i = valueAt(text, i).next - 1;
    else if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === 0x2c || (selectItem && (c === 0x3b /* ; */ || isBlank(c))))) break;
  }
  return { start: at, end: i, next: i };
}

function skipBlanks(text: string, at: number): number {
  while (at < text.length && isBlank(text.charCodeAt(at))) at++;
  return at;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
