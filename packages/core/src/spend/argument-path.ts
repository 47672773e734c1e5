// Reading the members a spend rule names (`cost_from`, `quantity_from`) as the server will read them. A
// server in Go (encoding/json) or .NET (System.Text.Json's web defaults) matches an argument's keys to its
// fields without regard to case: `Quantity` is its `quantity`. Read by exact name only, {unit_amount: 2,
// Quantity: 500} had no quantity for the guard (one unit) and 500 for such a server. So a member absent
// under its exact name is looked for under any key that folds to it; two keys that fold to one name never
// get this far (the protocol step refuses them, case-variants.ts). An index into a list stands for each of
// its items (call-cost.ts says why).
import { foldKey } from "../protocol/case-variants.js";

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** Every value at the path's steps: one per item of each list an index steps into (none in an empty one). */
export function valuesAt(node: unknown, steps: readonly string[]): unknown[] {
  let reached: unknown[] = [node];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of reached) {
      if (Array.isArray(value)) {
        if (INDEX.test(step)) next.push(...(value as unknown[]));
        else next.push(undefined);
      } else next.push(memberOf(value, step));
    }
    reached = next;
  }
  return reached;
}

/** The member `name` of an object: its exact key, else the one key that folds to it. */
function memberOf(node: unknown, name: string): unknown {
  if (typeof node !== "object" || node === null) return undefined;
  const members = node as Record<string, unknown>;
  if (Object.hasOwn(members, name)) return members[name];
  const wanted = foldKey(name);
  for (const key in members) if (Object.hasOwn(members, key) && foldKey(key) === wanted) return members[key];
  return undefined;
}
