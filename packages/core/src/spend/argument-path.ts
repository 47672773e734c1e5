// Reading the member a spend rule names (`cost_from`, `quantity_from`) as the server will read it. A server
// in Go (encoding/json) or .NET (System.Text.Json's web defaults) matches an argument's keys to its fields
// without regard to case: `Quantity` is its `quantity`. Read by exact name only, {unit_amount: 2,
// Quantity: 500} had no quantity for the guard (one unit) and 500 for such a server. So a member absent
// under its exact name is looked for under any key that folds to it; two keys that fold to one name never
// get this far (the protocol step refuses them, case-variants.ts).
import { foldKey } from "../protocol/case-variants.js";

/** The value at a dotted path of the arguments, each step read as a case-insensitive decoder reads it. */
export function valueAt(args: unknown, path: string): unknown {
  let v = args;
  for (const step of path.split(".")) v = memberOf(v, step);
  return v;
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
