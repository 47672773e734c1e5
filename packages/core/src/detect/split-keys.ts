// A secret cut where a key meets what is read beside it: a key and its own value (`{ "ghp_R8kW…": "yB1c…" }`),
// a key and the first key or value of the object under it, a value and the key after it, the last text of
// one list item and the first of the next (`[{ "ghp_R8kW…": 1 }, { "yB1c…": 1 }]`), and strings that each
// hold JSON (`{ a: '{"x":"ghp_R8kW…"}', b: '{"x":"yB1c…"}' }`), read at the JSON's own first and last texts.
// A model reads a message as one text, keys and values in order, so each such junction is read glued with
// the secret detectors, and what crosses it counts. Two values or two keys side by side, read whole, are
// split-fields.ts's junctions and are not read again.
//
// A plain name (letters and underscores: id, name, first_name) is a label, never a token's piece: it is
// skipped, so `{ "ghp_R8kW…": { value: "yB1c…" } }` reads the key and the value under it. A member that
// holds no text (a number, a flag) under a plain name ends the reading there, as a number between two
// strings of a list does.
//
// Bounded and linear: each member of a list or object is a side of at most two junctions, found at most
// MAX_DEPTH levels down; a JSON text is read at its edges only; a junction is read only where both sides
// could continue a token (tokenHalves), TOKEN_EDGE characters each side at most.

import { NO_TYPES, withSharesRedacted, wrappedText } from "./piece-redaction.js";
import { UniqueKeys } from "./unique-keys.js";
import { TOKEN_EDGE, tokenHalves } from "./split-fields.js";

type Spans = (text: string) => ReadonlyArray<{ start: number; end: number; type: string }>;

/** A key of letters alone, or words of letters joined by underscores: a name, never a token's piece. */
export const PLAIN_KEY = /^[A-Za-z]+(?:_[A-Za-z]+)*$/;

/** How many levels down a member's first or last text is looked for. */
const MAX_DEPTH = 3;
/** A JSON text's last value, when it is a number, true, false or null, is this long at most. */
const MAX_LITERAL = 32;

/** A step from a container down to a text: an object's key as the original has it, or a list's index. */
type Step = string | number;

/** A text in reading order: the key the last step names, or the string the steps lead to; [from, to) is read. */
interface Text {
  steps: readonly Step[];
  key: boolean;
  text: string;
  from: number;
  to: number;
}

/**
 * A member's first (head) and last (tail) texts, and what split-fields.ts reads of it beside its neighbours:
 * a key among the keys (`key`), or a value's one text (`read`).
 */
interface Member {
  head?: Text;
  tail?: Text;
  key?: boolean;
  read?: string;
}

/** Where a share of a secret lies: [start, end) in the key or string `at`. */
interface Share {
  at: Text;
  start: number;
  end: number;
  type: string;
}

/**
 * The types of the secrets found across the junctions between the members of `original` (an object or a
 * list); with `redact`, `out` (the walked copy) with each share replaced where it is written.
 */
export function secretsAcrossKinds<T extends unknown[] | Record<string, unknown>>(
  original: readonly unknown[] | Record<string, unknown>,
  out: T,
  secrets: Spans,
  redact?: (type: string) => boolean,
): { types: readonly string[]; value: T } {
  if (oneMemberAtMost(original) || !holdsKinds(original)) return { types: NO_TYPES, value: out };
  const members = membersOf(original);
  const shares: Share[] = [];
  for (let i = 0; i + 1 < members.length; i++) {
    const left = members[i] as Member;
    const right = members[i + 1] as Member;
    if (left.tail === undefined || right.head === undefined) continue;
    // Two keys, or two values' texts read whole, are split-fields.ts's junction.
    if (left.key && right.key) continue;
    if (readWhole(left.tail, left.read) && readWhole(right.head, right.read)) continue;
    shares.push(...across(left.tail, right.head, secrets));
  }
  if (shares.length === 0) return { types: NO_TYPES, value: out };
  const types = [...new Set(shares.map((s) => s.type))];
  const redacting = shares.filter((s) => redact?.(s.type));
  // A copy of the container's own kind: `applied` copies a list as a list and an object as an object.
  return { types, value: redacting.length === 0 ? out : (rewritten(out, redacting) as T) };
}

/** The members of `container` in reading order: an object's keys (but plain names) and values, a list's items. */
function membersOf(container: readonly unknown[] | Record<string, unknown>): Member[] {
  const members: Member[] = [];
  if (Array.isArray(container)) {
    container.forEach((item, i) => members.push(member(item, [i], wrappedText(item))));
    return members;
  }
  for (const key in container) {
    const steps = [key];
    const plain = PLAIN_KEY.test(key);
    if (!plain) {
      const text = keyText(steps);
      members.push({ head: text, tail: text, key: true });
    }
    const value = (container as Record<string, unknown>)[key];
    // An object's string or one-string list is what split-fields.ts reads beside its neighbours.
    const read = typeof value === "string" ? value : Array.isArray(value) ? wrappedText(value) : undefined;
    const held = member(value, steps, read);
    // A plain name over no text ends the reading; a key that is read stands beside its value's texts.
    if (held.head !== undefined || held.tail !== undefined || plain) members.push(held);
  }
  return members;
}

function member(value: unknown, steps: readonly Step[], read: string | undefined): Member {
  const head = headOf(value, steps, 0);
  // A string read whole is its own last text too (one made per field of every record).
  const whole = typeof value === "string" && head !== undefined && head.to - head.from === value.length;
  return { head, tail: whole ? head : tailOf(value, steps, 0), read };
}

/**
 * Whether `container` reads as one member at most (see membersOf), so it has no junction: a list of one item
 * (a result's one content item) or an object of one plain name (a result's `content`). Such containers make
 * up most of a tool result's, and each member read costs its edges' texts and steps.
 */
function oneMemberAtMost(container: readonly unknown[] | Record<string, unknown>): boolean {
  if (Array.isArray(container)) return container.length < 2;
  let plain = true;
  let keys = 0;
  for (const key in container) {
    if (++keys > 1) return false;
    plain = PLAIN_KEY.test(key);
  }
  return plain;
}

/**
 * Whether a container holds a junction of two kinds at all: a key that is no plain name, a list or object
 * inside it, or a string of JSON. Lists of plain strings and flat records (most containers of most messages)
 * are let go here, without a member made.
 */
function holdsKinds(container: readonly unknown[] | Record<string, unknown>): boolean {
  const holds = (value: unknown) =>
    typeof value === "string" ? opensJson(value) : typeof value === "object" && value !== null;
  if (Array.isArray(container)) return container.some(holds);
  for (const key in container)
    if (!PLAIN_KEY.test(key) || holds((container as Record<string, unknown>)[key])) return true;
  return false;
}

/** Whether a string starts as JSON does, with "{" or "[" after blanks. */
function opensJson(value: string): boolean {
  const first = value.charCodeAt(skipBlanks(value, 0, 1));
  return first === OPEN_OBJECT || first === OPEN_LIST;
}

/** Whether `text` is a string value read whole, and is `read`, the text split-fields.ts reads there. */
function readWhole(text: Text, read: string | undefined): boolean {
  return !text.key && text.text === read && text.from === 0 && text.to === read.length;
}

function keyText(steps: readonly Step[]): Text {
  const key = steps[steps.length - 1] as string;
  return { steps, key: true, text: key, from: 0, to: key.length };
}

/** The first text read in `value` (a plain name skipped for what it names), at most MAX_DEPTH levels down. */
function headOf(value: unknown, steps: readonly Step[], depth: number): Text | undefined {
  if (typeof value === "string") return stringEdge(value, steps, jsonHead);
  if (depth >= MAX_DEPTH || typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? headOf(value[0], [...steps, 0], depth + 1) : undefined;
  for (const key in value) {
    if (!PLAIN_KEY.test(key)) return keyText([...steps, key]);
    return headOf((value as Record<string, unknown>)[key], [...steps, key], depth + 1);
  }
  return undefined;
}

/** The last text read in `value`: its last member's, or that member's key when it holds none and is no name. */
function tailOf(value: unknown, steps: readonly Step[], depth: number): Text | undefined {
  if (typeof value === "string") return stringEdge(value, steps, jsonTail);
  if (depth >= MAX_DEPTH || typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) {
    const last = value.length - 1;
    return last >= 0 ? tailOf(value[last], [...steps, last], depth + 1) : undefined;
  }
  const keys = Object.keys(value);
  const key = keys[keys.length - 1];
  if (key === undefined) return undefined;
  const inner = tailOf((value as Record<string, unknown>)[key], [...steps, key], depth + 1);
  return inner ?? (PLAIN_KEY.test(key) ? undefined : keyText([...steps, key]));
}

/** A string read whole, or when it holds JSON, at the text `edge` finds at that JSON's edge. */
function stringEdge(
  value: string,
  steps: readonly Step[],
  edge: (json: string) => [number, number] | undefined,
): Text | undefined {
  const last = value.charCodeAt(skipBlanks(value, value.length - 1, -1));
  const json = opensJson(value) && (last === CLOSE_OBJECT || last === CLOSE_LIST);
  if (!json) return { steps, key: false, text: value, from: 0, to: value.length };
  const range = edge(value);
  return range && { steps, key: false, text: value, from: range[0], to: range[1] };
}

const QUOTE = 34;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const opens = (c: number) => isBlank(c) || c === OPEN_OBJECT || c === OPEN_LIST;
const closes = (c: number) => isBlank(c) || c === CLOSE_OBJECT || c === CLOSE_LIST;
/** A number's characters, and true, false and null's letters. */
const isLiteral = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46;

/** The first index from `i` on (step 1) or back (step -1) that is no blank; -1 or the length past the end. */
function skipBlanks(text: string, i: number, step: 1 | -1): number {
  while (i >= 0 && i < text.length && isBlank(text.charCodeAt(i))) i += step;
  return i;
}

/**
 * The first string a JSON text holds, [start, end) of its characters, at most TOKEN_EDGE of them: a value, or
 * a key that is no plain name (for a plain one, what it names, MAX_DEPTH levels down at most).
 */
function jsonHead(json: string): [number, number] | undefined {
  let i = 0;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const limit = i + TOKEN_EDGE;
    while (i < limit && opens(json.charCodeAt(i))) i++;
    if (json.charCodeAt(i) !== QUOTE) return undefined;
    const start = i + 1;
    // Searched within the edge alone: a long string's closing quote is far away, and not needed.
    const found = json.slice(start, start + TOKEN_EDGE + 1).indexOf('"');
    const quote = found < 0 ? -1 : start + found;
    const end = quote < 0 ? Math.min(json.length, start + TOKEN_EDGE) : quote;
    const after = skipBlanks(json, end + 1, 1);
    if (quote !== end || json.charCodeAt(after) !== COLON || !PLAIN_KEY.test(json.slice(start, end)))
      return [start, end];
    i = after + 1;
  }
  return undefined;
}

/**
 * The last string a JSON text holds, [start, end) of its characters, at most TOKEN_EDGE of them: a value, or
 * the key of a last value that is a number, true, false or null, when that key is no plain name.
 */
function jsonTail(json: string): [number, number] | undefined {
  let i = json.length - 1;
  const limit = i - TOKEN_EDGE;
  while (i > limit && closes(json.charCodeAt(i))) i--;
  let key = false;
  if (json.charCodeAt(i) !== QUOTE) {
    const literal = i;
    while (i >= 0 && literal - i < MAX_LITERAL && isLiteral(json.charCodeAt(i))) i--;
    i = skipBlanks(json, i, -1);
    if (json.charCodeAt(i) !== COLON) return undefined;
    i = skipBlanks(json, i - 1, -1);
    if (json.charCodeAt(i) !== QUOTE) return undefined;
    key = true;
  }
  const end = i;
  const from = Math.max(0, end - TOKEN_EDGE - 1);
  const found = json.slice(from, end).lastIndexOf('"');
  const start = found < 0 ? Math.max(0, end - TOKEN_EDGE) : from + found + 1;
  return key && PLAIN_KEY.test(json.slice(start, end)) ? undefined : [start, end];
}

/** The secrets `secrets` finds across the junction of `left`'s end and `right`'s start, as their shares. */
function across(left: Text, right: Text, secrets: Spans): Share[] {
  const first = left.text.slice(Math.max(left.from, left.to - TOKEN_EDGE), left.to);
  const next = right.text.slice(right.from, Math.min(right.to, right.from + TOKEN_EDGE));
  if (!tokenHalves(first, next)) return [];
  const shares: Share[] = [];
  const from = left.to - first.length;
  for (const s of secrets(first + next)) {
    if (s.start >= first.length || s.end <= first.length) continue;
    shares.push({ at: left, start: from + s.start, end: left.to, type: s.type });
    shares.push({ at: right, start: right.from, end: right.from + s.end - first.length, type: s.type });
  }
  return shares;
}

/** The edits under one member: its string's shares, its key's shares, and the members below it. */
interface Edits {
  text?: Share[];
  name?: Share[];
  below: Map<Step, Edits>;
}

/**
 * `out` with each text that holds shares rewritten. The edits are gathered by where they are written, so
 * each list or object on the way is copied once, however many of its members hold shares (a copy per share
 * would be quadratic in a list of many split tokens).
 */
function rewritten(out: unknown, shares: readonly Share[]): unknown {
  const root: Edits = { below: new Map() };
  for (const share of shares) {
    let edits = root;
    for (const step of share.at.steps) {
      let next = edits.below.get(step);
      if (next === undefined) edits.below.set(step, (next = { below: new Map() }));
      edits = next;
    }
    if (share.at.key) (edits.name ??= []).push(share);
    else (edits.text ??= []).push(share);
  }
  return applied(out, root);
}

/**
 * A copy of `node` with `edits` made, by the original's keys and indices. A key or member the walk already
 * renamed (a finding of its own, a share read by split-fields.ts) is not found by its name and is left as
 * the walk wrote it.
 */
function applied(node: unknown, edits: Edits): unknown {
  if (typeof node === "string") return edits.text ? redactedText(node, edits.text) : node;
  if (Array.isArray(node)) {
    const copy = [...node];
    for (const [step, below] of edits.below)
      if (typeof step === "number" && step < node.length) copy[step] = applied(node[step], below);
    return copy;
  }
  if (typeof node !== "object" || node === null) return node;
  const obj = node as Record<string, unknown>;
  // Rebuilt in order, each member defined (a key "__proto__" stays a member), a renamed key kept unique.
  const copy: Record<string, unknown> = {};
  const unique = new UniqueKeys((key) => Object.hasOwn(copy, key));
  for (const key of Object.keys(obj)) {
    const below = edits.below.get(key);
    const name = below?.name ? redactedText(key, below.name) : key;
    const value = below ? applied(obj[key], below) : obj[key];
    Object.defineProperty(copy, unique.of(name), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** `now` with the shares replaced, or whole when the walk already changed it (the offsets no longer hold). */
function redactedText(now: string, shares: readonly Share[]): string {
  const first = shares[0] as Share;
  if (now !== first.at.text) return `[REDACTED:${first.type}]`;
  return withSharesRedacted(
    now,
    shares.map((s) => ({ piece: 0, start: s.start, end: s.end, type: s.type })),
  );
}
