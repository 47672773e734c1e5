// A small validator for the control messages: every control frame comes off a socket, so its fields are
// checked before anything reads them. Each check takes an unknown value and the path it sits at, and
// returns the typed value or throws a ControlProtocolError that names the path and what was expected.
// (wire has no schema library: it is imported by the bridge, which stays small.)

/** A control message that is malformed: the text says where and what was expected. */
export class ControlProtocolError extends Error {}

export type Check<T> = (value: unknown, at: string) => T;

/** A key or value quoted in an error, cut short: errors go back to the peer and into logs. */
export function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? "a long string" : JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value === undefined ? "nothing" : `a value of type ${typeof value}`;
}

export function fail(at: string, expected: string, value: unknown): never {
  throw new ControlProtocolError(`${at}: expected ${expected}, got ${describe(value)}`);
}

/** A JSON object (not an array, not null) as parsed from a frame. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function string(maxLength: number): Check<string> {
  return (value, at) => {
    if (typeof value !== "string") return fail(at, "a string", value);
    if (value.length > maxLength)
      throw new ControlProtocolError(`${at}: ${value.length} characters, at most ${maxLength} are accepted`);
    return value;
  };
}

export function integer(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check<number> {
  return (value, at) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
      ? value
      : fail(at, `an integer in ${min}..${max}`, value);
}

export const boolean: Check<boolean> = (value, at) =>
  typeof value === "boolean" ? value : fail(at, "true or false", value);

export function literal<const L extends string>(...allowed: L[]): Check<L> {
  const set = new Set<string>(allowed);
  const isAllowed = (value: unknown): value is L => typeof value === "string" && set.has(value);
  return (value, at) =>
    isAllowed(value) ? value : fail(at, allowed.map((a) => JSON.stringify(a)).join(" or "), value);
}

/** Absent or undefined stays absent; anything else must pass the check. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, at) => (value === undefined ? undefined : check(value, at));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, at) => (value === null ? null : check(value, at));
}

export function array<T>(check: Check<T>): Check<T[]> {
  return (value, at) =>
    Array.isArray(value) ? value.map((item, i) => check(item, `${at}[${i}]`)) : fail(at, "an array", value);
}

/** An object used as a map. The result has no prototype, so a key such as "__proto__" is only a key. */
export function record<T>(check: Check<T>): Check<Record<string, T>> {
  return (value, at) => {
    if (!isRecord(value)) return fail(at, "an object", value);
    const out: Record<string, T> = Object.create(null) as Record<string, T>;
    for (const [key, item] of Object.entries(value)) out[key] = check(item, `${at}.${short(key)}`);
    return out;
  };
}

/**
 * An object with exactly the fields of T, each checked by its own check (the mapped type makes the
 * compiler require one check per field, of the field's type). Unknown fields are dropped.
 */
export function object<T extends object>(fields: { [K in keyof Required<T>]: Check<T[K]> }): Check<T> {
  const entries = Object.entries(fields) as [keyof T & string, Check<unknown>][];
  return (value, at) => {
    if (!isRecord(value)) return fail(at, "an object", value);
    const out: Partial<Record<keyof T, unknown>> = {};
    for (const [key, check] of entries) {
      const checked = check(Object.hasOwn(value, key) ? value[key] : undefined, `${at}.${key}`);
      if (checked !== undefined) out[key] = checked;
    }
    // Every field of T went through the check the mapped type demanded for it.
    return out as T;
  };
}

/**
 * A union of objects told apart by one field (a message's `type`, a hello's `purpose`): one check per
 * variant, so adding a variant to the union without a check (or with a check of another shape) does not
 * compile.
 */
export function variants<M extends object, K extends keyof M & string>(
  what: string,
  key: K,
  checks: { [T in M[K] & string]: Check<Extract<M, Record<K, T>>> },
): Check<M> {
  const byTag = new Map<string, Check<M>>(Object.entries<Check<M>>(checks));
  return (value, at) => {
    const tag = isRecord(value) ? value[key] : undefined;
    if (typeof tag !== "string") return fail(at, `${what} with a "${key}"`, value);
    const check = byTag.get(tag);
    if (!check) return fail(`${at}.${key}`, `one of ${[...byTag.keys()].join(", ")}`, tag);
    return check(value, at);
  };
}
