// Keys that differ only in case. JSON-RPC and MCP name every field exactly, but servers and clients do not
// all read them exactly: Go's encoding/json (the MCP Go SDK before 1.3.1, CVE-2026-27896, and any Go tool
// decoding its arguments) and .NET's web defaults match keys case-insensitively, Go also folding "ſ" to "s"
// and the Kelvin sign to "k", and the last matching key wins. The guard checks `name`; such a peer would
// run `Name`. So a message is refused when an object in it holds two keys that fold to one, or when a field
// the guard reads is present only under another case, at any depth it reads it (read-members.ts).
// A key with a control character in it is refused wherever twins are looked for: a C reader (cJSON) keeps
// keys as C strings, so "name\u0000" is `name` there, and its lookup takes the first of the two; no MCP
// field is named with a control character, so nothing ordinary holds one.
import { ERROR_READ, paramsRead, resultRead, type Shape } from "./read-members.js";

/**
 * Keys as a case-insensitive decoder compares them. Go folds each character by its simple case mappings,
 * which take "İ" (U+0130) to a plain "i"; JavaScript's full mapping gives "i" and a combining dot instead,
 * so that one letter is mapped first.
 */
export const foldKey = (key: string): string =>
  key
    .replace(/\u0130/g, "i")
    .toUpperCase()
    .toLowerCase();

/** The lists whose entries the guard reviews (pins, poison, permissions) in a result. */
const DEFINITION_LISTS = ["tools", "prompts", "resources", "resourceTemplates"];

/**
 * Why a payload cannot be read one way by every peer, or undefined when it can: a member the checks read
 * (read-members.ts) present in another case, two keys of one object that fold to one name, or a key with a
 * control character. Params are
 * checked for such twins throughout (a tool's arguments included: a Go tool decodes them into a struct the
 * same way); of a result or an error, the objects the checks read members of, and the definitions a result
 * lists, which the guard judges field by field. The rest of a result (structured data a database returned,
 * say) is only scanned, which reads every key either way.
 */
export function keyAmbiguity(
  payload: unknown,
  kind: "params" | "result" | "error",
  method?: string,
): string | undefined {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  const read =
    kind === "params" ? paramsRead(method ?? "") : kind === "result" ? resultRead(method) : ERROR_READ;
  const misread = readInAnotherCase(payload, read);
  if (misread !== undefined) return misread;
  if (kind === "params") return twins(payload, true);
  if (kind === "error") return undefined;
  const members = payload as Record<string, unknown>;
  for (let i = 0; i < DEFINITION_LISTS.length; i++) {
    const why = twins(members[DEFINITION_LISTS[i] as string], true);
    if (why !== undefined) return why;
  }
  return undefined;
}

/**
 * The first member, along the shape the checks read, spelled in another case than the one read, or two of
 * its keys that fold to one name. A value reached by several shapes (a member named and also under "*") is
 * read by each, once. This runs on every message: the shapes travel as small arrays, made only where a
 * member leads on, so a message the shapes barely reach allocates next to nothing.
 */
function readInAnotherCase(payload: object, read: Shape): string | undefined {
  if (!hasMembers(read)) return undefined;
  // Only shapes that name members are carried down (see withShape), so every object reached is read.
  const stack: [unknown, readonly Shape[]][] = [[payload, [read]]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [value, named] = top;
    if (typeof value !== "object" || value === null) continue;
    // Counted loops over the lists: a for-of made an iterator, and a result per item, for every key of
    // every message (the daemon's code is not optimised far enough to drop them).
    // Only objects and arrays are carried down: a text or a number has no member to read (under a shape
    // with "*", every key of every object led on, each with its own stack entry and list of shapes).
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (isContainer(value[i])) stack.push([value[i], named]);
      continue;
    }
    const object = value as Record<string, unknown>;
    const twin = twinKeys(object);
    if (twin !== undefined) return twin;
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      const leadsOn = isContainer(object[key]);
      let next: Shape[] | undefined;
      let isMember = false;
      for (let s = 0; s < named.length; s++) {
        const shape = named[s] as Shape;
        const exact = key === "*" ? undefined : memberOf(shape, key);
        if (exact !== undefined) {
          isMember = true;
          if (leadsOn) next = withShape(next, exact);
        }
        const any = leadsOn ? memberOf(shape, "*") : undefined;
        if (any !== undefined) next = withShape(next, any);
      }
      const readAs = isMember ? undefined : foldedMember(named, key);
      if (readAs !== undefined)
        return `the member "${key}" would be read as "${readAs}" by a case-insensitive peer`;
      if (next !== undefined) stack.push([object[key], next]);
    }
  }
  return undefined;
}

/**
 * `shapes` with `shape` added once, when it names a member. A leaf reads nothing further by name: the value
 * under it is not carried down at all (most members of most messages are leaves, each one a stack entry and
 * an array before).
 */
function withShape(shapes: Shape[] | undefined, shape: Shape): Shape[] | undefined {
  if (!hasMembers(shape)) return shapes;
  // A list of one made whole: an empty one pushed to would reserve room for many.
  if (shapes === undefined) return [shape];
  if (!shapes.includes(shape)) shapes.push(shape);
  return shapes;
}

const isContainer = (value: unknown): boolean => typeof value === "object" && value !== null;

/** Whether a shape names any member (an empty one reads nothing further by name). */
function hasMembers(shape: Shape): boolean {
  for (const _member in shape) return true;
  return false;
}

const memberOf = (shape: Shape, key: string): Shape | undefined =>
  Object.hasOwn(shape, key) ? shape[key] : undefined;

const FOLDED = new WeakMap<Shape, Map<string, string>>();

/** The member of one of the shapes that `key` folds to (`Mode` to `mode`), other than itself. */
function foldedMember(shapes: readonly Shape[], key: string): string | undefined {
  const folded = isOwnFold(key) ? key : foldKey(key);
  for (let s = 0; s < shapes.length; s++) {
    const shape = shapes[s] as Shape;
    let members = FOLDED.get(shape);
    if (members === undefined) {
      members = new Map(
        Object.keys(shape)
          .filter((m) => m !== "*")
          .map((m) => [foldKey(m), m]),
      );
      FOLDED.set(shape, members);
    }
    const member = members.get(folded);
    if (member !== undefined && member !== key) return member;
  }
  return undefined;
}

/** The first two keys of one object that fold to the same name: in the value, or anywhere in it when deep. */
function twins(value: unknown, deep: boolean): string | undefined {
  // A result's absent lists, and every text and number, hold no keys: they make no stack, nor an entry on it.
  if (!isContainer(value)) return undefined;
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      if (deep) for (let i = 0; i < v.length; i++) if (isContainer(v[i])) stack.push(v[i]);
      continue;
    }
    const object = v as Record<string, unknown>;
    const why = twinKeys(object);
    if (why !== undefined) return why;
    if (deep)
      for (const key in object)
        if (Object.hasOwn(object, key) && isContainer(object[key])) stack.push(object[key]);
  }
  return undefined;
}

/**
 * Two keys of one object that fold to the same name, or a key with a control character. Most keys are
 * lower-case ASCII without controls, their own fold: such a key can only meet a key that is not, whose fold
 * is then that very key. So only the other keys are looked at, folded, and compared with the object's keys
 * and with each other; the common shapes fold nothing and allocate nothing.
 */
function twinKeys(object: Record<string, unknown>): string | undefined {
  // The first such key is kept in two locals: a map is made only for a second one (an object with one,
  // such as _meta's progressToken, is common).
  let firstFolded: string | undefined;
  let firstKey: string | undefined;
  let folds: Map<string, string> | undefined;
  for (const key in object) {
    if (!Object.hasOwn(object, key) || isOwnFold(key)) continue;
    if (CONTROL.test(key))
      return `the member ${JSON.stringify(key)} holds a control character; a C reader cuts a key at a NUL`;
    const folded = foldKey(key);
    const other =
      folded !== key && Object.hasOwn(object, folded)
        ? folded
        : folded === firstFolded
          ? firstKey
          : folds?.get(folded);
    if (other !== undefined)
      return `the members "${other}" and "${key}" differ only in case; peers read them differently`;
    if (firstFolded === undefined) {
      firstFolded = folded;
      firstKey = key;
    } else (folds ??= new Map()).set(folded, key);
  }
  return undefined;
}

// eslint-disable-next-line no-control-regex -- control characters are what a key must not hold
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** True for keys of printable ASCII without upper-case letters, which fold to themselves. */
function isOwnFold(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 127 || c < 32 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}
