// A call's cost read from its arguments: the amount at `cost_from`, times the quantity at `quantity_from`.
// A path may step into a list by index (Stripe Checkout's `line_items.0.price_data.unit_amount`), and the
// server charges every item of that list, not the one named: until round 45 a checkout of a 1 USD line and
// a 9,000 USD line was booked as 1 USD. So an index into a list stands for each of its items, and their
// amounts are summed; where both paths step into the same list (`line_items.0.quantity`), each item's amount
// is multiplied by that item's quantity. An item without the amount, an empty list, a quantity the guard
// cannot pair with one amount, or a shape a form encoder sends as more items (argument-path.ts) makes the
// cost unknown, and the call is refused.
import { valuesAt } from "./argument-path.js";
import { parseCost } from "./cost.js";

export type CallCost = number | { invalid: string };

export function costFromArguments(args: unknown, costFrom: string, quantityFrom?: string): CallCost {
  const paths = { cost: costFrom, quantity: quantityFrom };
  return costAt(args, costFrom.split("."), quantityFrom?.split("."), paths);
}

interface Paths {
  cost: string;
  quantity: string | undefined;
}

/** The cost under `node`: the steps both paths still share are walked together, item by item. */
function costAt(node: unknown, cost: string[], quantity: string[] | undefined, paths: Paths): CallCost {
  const [step, ...costRest] = cost;
  if (quantity !== undefined && costRest.length > 0 && quantity.length > 1 && quantity[0] === step) {
    const items = valuesAt(node, [step as string]);
    if (!Array.isArray(items)) return { invalid: `the argument "${paths.cost}": ${items.invalid}` };
    if (items.length === 0) return { invalid: `the argument "${paths.cost}": the list has no item` };
    let total = 0;
    for (const item of items) {
      const part = costAt(item, costRest, quantity.slice(1), paths);
      if (typeof part !== "number") return part;
      total += part;
    }
    return finite(total, paths.cost);
  }
  const amounts = valuesAt(node, cost);
  if (!Array.isArray(amounts)) return { invalid: `the argument "${paths.cost}": ${amounts.invalid}` };
  if (amounts.length === 0) amounts.push(undefined);
  let amount = 0;
  for (const value of amounts) {
    const parsed = parseCost(value);
    if (!parsed.ok) return { invalid: `the argument "${paths.cost}": ${parsed.detail}` };
    amount += parsed.amount;
  }
  if (quantity === undefined) return finite(amount, paths.cost);
  const quantities = valuesAt(node, quantity);
  if (!Array.isArray(quantities))
    return { invalid: `the argument "${paths.quantity}": ${quantities.invalid}` };
  if (quantities.length > 1)
    return {
      invalid: `the argument "${paths.quantity}": more than one quantity for one amount; step into the same list as "${paths.cost}"`,
    };
  return timesQuantity(amount, quantities[0], paths.quantity as string);
}

/**
 * The cost of `quantity` units at `amount` each. A quantity left out is one unit (as order and invoice APIs
 * default it); one given is read as strictly as a cost, so a server cannot read more units than were counted.
 */
function timesQuantity(amount: number, quantity: unknown, path: string): CallCost {
  if (quantity === undefined) return amount;
  const parsed = parseCost(quantity);
  if (!parsed.ok)
    return { invalid: `the argument "${path}": ${parsed.detail.replace("amount", "quantity")}` };
  return finite(amount * parsed.amount, path);
}

const finite = (cost: number, path: string): CallCost =>
  Number.isFinite(cost) ? cost : { invalid: `the argument "${path}": the cost is not a finite number` };
