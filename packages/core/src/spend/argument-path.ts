// Reading the members a spend rule names (`cost_from`, `quantity_from`) as the server will read them. A
// server in Go (encoding/json) or .NET (System.Text.Json's web defaults) matches an argument's keys to its
// fields without regard to case: `Quantity` is its `quantity`. Read by exact name only, {unit_amount: 2,
// Quantity: 500} had no quantity for the guard (one unit) and 500 for such a server. So a member absent
// under its exact name is looked for under any key that folds to it; two keys that fold to one name never
// get this far (the protocol step refuses them, case-variants.ts). An index into a list stands for each of
// its items (call-cost.ts says why).
//
// A list also travels as an object keyed by index: form encoding, which Stripe's API takes, writes a list
// as `line_items[0][...]`, `line_items[1][...]`, and qs-style encoders, PHP and Rails read {"0": …, "1": …}
// back as the list. So an index into such an object stands for each of its members too, and an object
// stepped into by index with a key that is not an index cannot be read as a list by everyone: refused. A
// key beside a step that the encoder merges into it (`line_items[1][price_data][unit_amount]` beside
// `line_items`) sends a line the path never reaches: refused too.
import { foldKey } from "../protocol/case-variants.js";

const INDEX = /^(?:0|[1-9][0-9]*)$/;

export type PathValues = unknown[] | { invalid: string };

/**
 * Every value at the path's steps: one per item of each list (or object keyed by index) an index steps into,
 * none in an empty one; or why the arguments hold more at the path than it can read.
 */
export function valuesAt(node: unknown, steps: readonly string[]): PathValues {
  let reached: unknown[] = [node];
  for (const step of steps) {
    const next: unknown[] = [];
    const isIndex = INDEX.test(step);
    for (const value of reached) {
      if (typeof value !== "object" || value === null) next.push(undefined);
      else if (Array.isArray(value)) {
        if (isIndex) next.push(...(value as unknown[]));
        else next.push(undefined);
      } else {
        const members = value as Record<string, unknown>;
        const merged = formSpellingOf(members, step);
        if (merged !== undefined)
          return { invalid: `the member "${merged}" is sent as part of "${step}" by a form encoder` };
        if (!isIndex) next.push(memberOf(members, step));
        else {
          const items = indexedItems(members);
          if (items === undefined)
            return { invalid: `"${step}" steps into an object whose keys are not all list indexes` };
          next.push(...items);
        }
      }
    }
    reached = next;
  }
  return reached;
}

/** The members of an object keyed by index, as the list a form encoder sends; undefined for any other key. */
function indexedItems(members: Record<string, unknown>): unknown[] | undefined {
  const items: unknown[] = [];
  for (const key in members) {
    if (!Object.hasOwn(members, key)) continue;
    if (!INDEX.test(key)) return undefined;
    items.push(members[key]);
  }
  return items;
}

/** A key other than `step` that a form encoder writes as a member of it (`step[1][price]`), if any. */
function formSpellingOf(members: Record<string, unknown>, step: string): string | undefined {
  const wanted = `${foldKey(step)}[`;
  for (const key in members)
    if (Object.hasOwn(members, key) && key.includes("[") && foldKey(key).startsWith(wanted)) return key;
  return undefined;
}

/** The member `name` of an object: its exact key, else the one key that folds to it. */
function memberOf(members: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(members, name)) return members[name];
  const wanted = foldKey(name);
  for (const key in members) if (Object.hasOwn(members, key) && foldKey(key) === wanted) return members[key];
  return undefined;
}
