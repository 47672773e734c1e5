// An SQL INSERT names its values in its column list: `INSERT INTO users (name, ssn, password) VALUES ('bob',
// '078051120', '…'), (…)`. Each tuple's value in a column whose name the rules read a value by is given to the
// named-cells view (named-cells.ts), unquoted and with its escapes ('' and \') undone.
//
// Linear: one search for VALUES followed by "(", the column list read back within MAX_LIST characters (a
// sliced window), and the tuples after it read once, the search going on after them.
import { mayName, readAs } from "./field-names.js";
import type { NamedCells } from "./named-cells.js";

const VALUES = /\bvalues\s*\(/gi;
/** A longer column list is no INSERT's (a thousand columns' names). */
const MAX_LIST = 8192;
/** What stands between INSERT and the column list: INTO, the table's name, OR REPLACE, IGNORE. */
const INSERT_BEFORE = /\b(?:insert|replace|upsert)\b[^;()']{1,256}$/i;
/** A column's name in the list: a name, or one quoted as SQL dialects quote them. */
const COLUMN = /^(?:[\p{L}_][\p{L}\p{N}_$]*|"[^"]{1,64}"|`[^`]{1,64}`|\[[^\]]{1,64}\])$/u;

/** Each value of an INSERT's tuples whose column a name heads, given to `cells`. */
export function insertCells(text: string, cells: NamedCells): void {
  if (!text.includes("(")) return;
  VALUES.lastIndex = 0;
  for (let m = VALUES.exec(text); m !== null; m = VALUES.exec(text)) {
    const names = columnNames(text, m.index);
    if (names === undefined) continue;
    VALUES.lastIndex = tuples(text, m.index + m[0].length - 1, names, cells);
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
  const list = window.slice(open + 1);
  if (!mayName(list)) return undefined;
  const listed = list.split(",");
  const names: (string | undefined)[] = [];
  let any = false;
  for (const written of listed) {
    const column = written.trim();
    if (!COLUMN.test(column)) return undefined;
    const name = readAs(/^["`[]/.test(column) ? column.slice(1, -1) : column);
    names.push(name);
    if (name !== undefined) any = true;
  }
  // An INSERT's: asked last, as the list is read by then (a text of ") values (" costs no pattern each).
  return any && INSERT_BEFORE.test(window.slice(Math.max(0, open - 300), open)) ? names : undefined;
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
 * function's call).
 */
function valueAt(text: string, at: number): Value {
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
    } else if (c === 0x2c && depth === 0) break;
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
