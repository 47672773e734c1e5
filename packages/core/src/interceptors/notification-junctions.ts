// A secret cut between two notifications of one stream. A server's progress messages or log lines are shown
// to the user one after the other, so a hostile server can hand over a token in two or more pieces, each too
// short for any detector, that the reader puts back together. Each notification is scanned alone
// (content-scan.ts); this reads the junction with each of the last few notifications before it in the same
// direction (HISTORY: another notification put between two pieces does not hide the value): the tail of the
// earlier one's last text and the head of this one's first text, as one text, when both sides are token
// characters, also with white space between them ("ghp_Ab3 " then "Xy9…", a log line ending in a line
// break): what the scanner makes of that white space inside one text, it makes of it here. A secret, card number, SSN or e-mail address crossing the
// junction counts against this notification, whose share is redacted (or which is blocked): the earlier piece
// is already gone, but without this one the value is incomplete. Only a bounded edge of each text is read, and
// a bounded number of earlier ones, so the cost stays linear in the message. Any other message to the client
// is read the same way with the notifications before it (a tool streams its output as log lines or progress
// messages, then ends it in its result, its error's message, or a server's sampling prompt), but continues no
// stream itself. A blank text shows nothing: the text read on is the first one that is not blank.
import type { Scanner } from "../detect/scanner.js";
import type { JsonObject } from "../jsonrpc.js";
import type { MessageContext } from "../pipeline.js";

/** Characters kept from the end of a stream's last text and read from the start of the next one. */
const EDGE = 256;
/** Earlier notifications of a direction whose tails a notification's head is read with, the latest first. */
const HISTORY = 4;
/** White space (blanks, tabs, line breaks) at most at a junction, both sides together: a bound, not a rule. */
const MAX_BLANKS = 16;
const TOKEN_CHAR = /[A-Za-z0-9_+/=.@-]/;
/** Personal data read across a junction besides secrets: what a reader joins back as readily as a token. */
const ACROSS_TYPES = new Set(["credit_card", "ssn", "email"]);
const STATE_KEY = "content_scan.notification_tails";

type Path = ReadonlyArray<string | number>;

/** What the junction found in the current notification, with the value to forward when it redacts. */
export interface JunctionFinding {
  type: string;
  path: string;
  /** The leaf's path and the number of its leading characters that belong to the split value. */
  leaf: Path;
  share: number;
}

/** Where a notification's streamed text is: a progress message, a log line's data, else its params. */
function body(method: string, params: JsonObject): { value: unknown; at: Path } {
  if (method === "notifications/progress") return { value: params.message, at: ["message"] };
  if (method === "notifications/message") return { value: params.data, at: ["data"] };
  const { _meta: _ignored, ...rest } = params;
  return { value: rest, at: [] };
}

interface Visit {
  v: unknown;
  key?: string | number;
  parent?: Visit;
}

interface Leaf {
  text: string;
  path: Path;
}

const NOT_BLANK = /[^ \t\n\r]/;
/** Whether a text shows anything: a blank one (or an empty one) is passed over by the reader. */
const shows = (text: string) => NOT_BLANK.test(text);

/**
 * The first or last string leaf of a value that shows a text (and that `accept` takes, by its key), in document
 * order. Iterative, with each step linked to its parent (the path is built once, for the leaf found), so
 * neither depth nor width costs more than a visit.
 */
function edgeLeaf(
  value: unknown,
  at: Path,
  last: boolean,
  accept?: (key: string | number | undefined) => boolean,
): Leaf | undefined {
  const stack: Visit[] = [{ v: value }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const v = step.v;
    if (typeof v === "string") {
      if (!shows(v) || (accept !== undefined && !accept(step.key))) continue;
      const path: Array<string | number> = [];
      for (let s: Visit | undefined = step; s?.key !== undefined; s = s.parent) path.push(s.key);
      return { text: v, path: [...at, ...path.reverse()] };
    }
    if (typeof v !== "object" || v === null) continue;
    const entries: Array<[string | number, unknown]> = Array.isArray(v)
      ? v.map((x, i): [number, unknown] => [i, x])
      : Object.entries(v as JsonObject);
    // The stack pops its last push first: push in reverse reading order to visit in reading order.
    if (!last) entries.reverse();
    for (const [key, x] of entries) stack.push({ v: x, key, parent: step });
  }
  return undefined;
}

/** The end of a stream's last text: its own, and with the pieces it continued. */
interface Tail {
  own: string;
  carried: string;
}

type Root = "params" | "result" | "error";

function pathText(root: Root, path: Path): string {
  return path.reduce<string>((p, k) => (typeof k === "number" ? `${p}[${k}]` : `${p}.${k}`), root);
}

/** Members that hold what a client shows as text: a content item's, an error's, a prompt's or a form's. */
const TEXT_KEYS: ReadonlySet<string | number | undefined> = new Set(["text", "message"]);

/**
 * Where the text a client shows of a message that is not a notification may start (a result, an error, a
 * server's request): its first text content item that shows a text (a tool's result), its first text under a
 * member named `text` or `message` (an error's message, a sampling prompt's content), and only when it has
 * neither, its first text. Its `_meta` is no text a client shows. At most two places, each read with the stream.
 */
function shownHeads(payload: JsonObject): Leaf[] {
  const { _meta: _ignored, ...value } = payload;
  const heads: Leaf[] = [];
  const content = value.content;
  if (Array.isArray(content))
    for (let i = 0; i < content.length; i++) {
      const item = content[i] as { type?: unknown; text?: unknown } | null;
      if (typeof item !== "object" || item === null || item.type !== "text" || typeof item.text !== "string")
        continue;
      if (!shows(item.text)) continue;
      heads.push({ text: item.text, path: ["content", i, "text"] });
      break;
    }
  const named = edgeLeaf(value, [], false, (key) => TEXT_KEYS.has(key));
  if (named !== undefined && !heads.some((h) => h.path.join("\u0000") === named.path.join("\u0000")))
    heads.push(named);
  if (heads.length > 0) return heads;
  const first = edgeLeaf(value, [], false);
  return first === undefined ? [] : [first];
}

/**
 * One stream per direction: a reader sees a server's progress messages and log lines interleaved, whatever
 * their method or progress token, so a value cut between two of them reads whole as well.
 */
function streamKey(ctx: MessageContext): string {
  return ctx.direction;
}

/** How much white space a text ends with (`end`) or starts with, counting up to MAX_BLANKS + 1. */
function blanks(text: string, end: boolean): number {
  let n = 0;
  while (n <= MAX_BLANKS && n < text.length) {
    const c = text.charCodeAt(end ? text.length - 1 - n : n);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    n++;
  }
  return n;
}

/**
 * Secrets, card numbers, SSNs and e-mail addresses crossing the junction between one of the last HISTORY
 * notifications of this one's stream and this one; remembers this one's tail for the next. Not a
 * notification, or nothing crossing: [].
 */
export function notificationJunctions(scanner: Scanner, ctx: MessageContext): JunctionFinding[] {
  const m = ctx.message;
  // What follows a stream and is shown after it: a response to the client, or a request of the server's.
  const shownAfter = m.kind !== "notification" && ctx.direction === "to_client";
  if (m.kind !== "notification" && !shownAfter) return [];
  const root: Root =
    m.kind === "notification" || m.kind === "request" ? "params" : "error" in m.raw ? "error" : "result";
  const params = m.raw[root];
  if (typeof params !== "object" || params === null || Array.isArray(params)) return [];
  let streams = ctx.state.get(STATE_KEY) as Map<string, Tail[]> | undefined;
  if (!streams) ctx.state.set(STATE_KEY, (streams = new Map()));
  const key = streamKey(ctx);
  const history = streams.get(key) ?? [];
  // Read with the notifications before it, but continuing no stream itself (what follows it answers or asks
  // something else).
  if (shownAfter) {
    if (history.length === 0) return [];
    const found: JunctionFinding[] = [];
    const spent = new Set<Tail>();
    for (const head of shownHeads(params as JsonObject)) {
      const read = junctionsWith(scanner, history, head, root);
      found.push(...read.found);
      for (const tail of read.spent) spent.add(tail);
    }
    if (spent.size > 0)
      streams.set(
        key,
        history.filter((t) => !spent.has(t)),
      );
    return found;
  }
  const { value, at } = body((m as { method: string }).method, params as JsonObject);
  const first = edgeLeaf(value, at, false);
  const lastLeaf = edgeLeaf(value, at, true);
  const { found, spent, continued } = junctionsWith(scanner, history, first, "params");
  const kept = spent.size === 0 ? history : history.filter((t) => !spent.has(t));
  if (lastLeaf === undefined) {
    // A notification with no text ends nothing and continues nothing: the earlier tails stay readable.
    streams.set(key, kept);
    return found;
  }
  // A notification that is one piece continues the text before it, unless it completed a value.
  const single =
    continued !== undefined &&
    found.length === 0 &&
    first !== undefined &&
    first.path.join("\u0000") === lastLeaf.path.join("\u0000");
  const own = lastLeaf.text.slice(-EDGE);
  const carried = single && continued ? (continued.carried + lastLeaf.text).slice(-EDGE) : own;
  streams.set(key, [{ own, carried }, ...kept].slice(0, HISTORY));
  return found;
}

/**
 * What crosses the junction between each of `history`'s tails (the latest first) and `first`, the start of
 * the message being read; the tails whose value it completed (spent), and the latest one it continues.
 */
function junctionsWith(
  scanner: Scanner,
  history: readonly Tail[],
  first: Leaf | undefined,
  root: Root,
): { found: JunctionFinding[]; spent: Set<Tail>; continued: Tail | undefined } {
  const found: JunctionFinding[] = [];
  const seen = new Set<string>();
  const head = first === undefined ? "" : first.text.slice(0, EDGE);
  const lead = blanks(head, false);
  const spent = new Set<Tail>();
  /** The latest earlier tail this one's head joins, which a single piece continues (see below). */
  let continued: Tail | undefined;
  for (const tail of first === undefined || head === "" ? [] : history) {
    const trail = blanks(tail.own, true);
    const joins =
      trail + lead <= MAX_BLANKS &&
      trail < tail.own.length &&
      lead < head.length &&
      TOKEN_CHAR.test(tail.own.charAt(tail.own.length - 1 - trail)) &&
      TOKEN_CHAR.test(head.charAt(lead));
    if (!joins || first === undefined) continue;
    continued ??= tail;
    const before = found.length;
    // The earlier piece alone, and with the pieces it continued (a value cut in three or more): the longer
    // one can glue a value's start to what came before it, the shorter one misses the earlier pieces.
    const sides = tail.carried === tail.own ? [tail.own] : [tail.own, tail.carried];
    for (const side of sides) {
      // A value the earlier text already held whole was judged with it, even if it reads on here.
      let whole: ReadonlyArray<{ start: number; end: number }> | undefined;
      for (const span of scanner.spans(side + head)) {
        // It starts in the earlier text's own characters and reaches past the blanks into this one's.
        if (span.start >= side.length - trail || span.end <= side.length + lead) continue;
        if (span.category !== "secret" && !ACROSS_TYPES.has(span.type)) continue;
        whole ??= scanner.spans(side);
        if (whole.some((w) => w.start <= span.start && w.end > span.start)) continue;
        const share = span.end - side.length;
        if (seen.has(`${span.type}:${share}`)) continue;
        seen.add(`${span.type}:${share}`);
        found.push({ type: span.type, path: pathText(root, first.path), leaf: first.path, share });
      }
    }
    // A piece whose value this one completed is spent: read with a later head, it would glue that head's
    // start to a value already redacted.
    if (found.length > before) spent.add(tail);
  }
  return { found, spent, continued };
}

/**
 * `params` (or a response's `result` or `error`) with each finding's share of its leaf replaced; a leaf already
 * rewritten is replaced whole.
 */
export function redactJunctions(
  original: JsonObject,
  current: JsonObject,
  findings: readonly JunctionFinding[],
): JsonObject {
  let out = current;
  for (const f of findings) {
    const before = leafAt(original, f.leaf);
    const now = leafAt(out, f.leaf);
    if (typeof now !== "string") continue;
    const mark = `[REDACTED:${f.type}]`;
    const text = now === before ? mark + now.slice(f.share) : mark;
    out = withLeaf(out, f.leaf, text) as JsonObject;
  }
  return out;
}

function leafAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path)
    v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** A copy of `value` with the leaf at `path` set to `text` (copying only along the path). */
function withLeaf(value: unknown, path: Path, text: string): unknown {
  if (path.length === 0) return text;
  const [k, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[k as number] = withLeaf(copy[k as number], rest, text);
    return copy;
  }
  const obj = value as Record<string, unknown>;
  return { ...obj, [k as string]: withLeaf(obj[k as string], rest, text) };
}
