// A member of a value found by its route (the keys and indices leading to it), and the value with that member
// replaced: how a result set's cells, judged apart from the walk, are written back into the walked copy.
import type { Step } from "./named-rows.js";

/** The value the steps lead to, or undefined when the walked copy no longer has it (a redacted list). */
export function valueAt(value: unknown, route: readonly Step[]): unknown {
  let at = value;
  for (const step of route) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
}

/**
 * `root` with the member the steps lead to replaced, each container on the way copied once (`copies` holds the
 * copies made, which later calls write into); `root` as it is when a step meets no container (the walked copy
 * redacted that part whole).
 */
export function withValueAt(
  root: unknown,
  route: readonly Step[],
  replacement: unknown,
  copies: Set<object>,
): unknown {
  const own = (container: object): Record<string | number, unknown> => {
    if (copies.has(container)) return container as Record<string | number, unknown>;
    const copy = Array.isArray(container) ? [...(container as unknown[])] : { ...container };
    copies.add(copy);
    return copy as Record<string | number, unknown>;
  };
  if (root === null || typeof root !== "object") return root;
  for (let at: unknown = root, i = 0; i < route.length - 1; i++) {
    at = (at as Record<string | number, unknown>)[route[i] as Step];
    if (at === null || typeof at !== "object") return root;
  }
  const top = own(root);
  let at = top;
  for (let i = 0; i < route.length - 1; i++) {
    const step = route[i] as Step;
    const child = own(at[step] as object);
    at[step] = child;
    at = child;
  }
  at[route[route.length - 1] as Step] = replacement;
  return top;
}
