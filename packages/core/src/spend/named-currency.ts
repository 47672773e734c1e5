// The currency a costed call names for itself. Payment tools take it as an argument beside the amount
// (`{amount, currency}`, `{amount: {value, currency_code}}`, Stripe Checkout's
// `line_items[].price_data.{currency, unit_amount}`, Plaid's `iso_currency_code`); the spend rules count every
// cost in the server's one currency and hold no exchange rates, so a call naming another one cannot be counted
// against the caps. Looked for on every object along the cost's path, from the arguments down to the cost's
// own object, arrays on the way included (the path reads an item by its index, as the cost is read), under any
// name that holds the word in any spelling a server may read as it (case, `_` or `-`: Currency, currencyCode,
// ISO_CURRENCY_CODE, ccy). A member of another object is not the cost's: a shipment's currency is not the
// payment's.

/** A member's name as a case- and separator-insensitive decoder reads it. */
const folded = (name: string): string => name.toLowerCase().replace(/[_\s-]/g, "");
const namesCurrency = (key: string): boolean => key.includes("currency") || key.endsWith("ccy");
/** The members that can only be the call's currency: a value of another type there is refused too. */
const ONLY_CURRENCY = new Set(["currency", "currencycode", "ccy"]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Why the call cannot be costed in `currency`: it names another currency (compared without regard to case or
 * surrounding blanks), or a currency's own member holds something other than a code; undefined when it names
 * none or the same one.
 */
export function otherCurrency(args: unknown, costPath: string, currency: string): string | undefined {
  const wanted = currency.trim().toUpperCase();
  let node = args;
  for (const key of ["", ...costPath.split(".")]) {
    if (key !== "")
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof node !== "object" || node === null) return undefined;
    if (!isObject(node)) continue; // an array on the path: its item is read by the next key
    for (const [name, value] of Object.entries(node)) {
      const key = folded(name);
      if (!namesCurrency(key) || value === null || value === undefined) continue;
      if (typeof value !== "string") {
        if (ONLY_CURRENCY.has(key))
          return `the argument "${name}" names no currency code; costs here are in ${wanted}`;
        continue;
      }
      const named = value.trim().toUpperCase();
      if (named === wanted) continue;
      // The code is shown only when it looks like one: the argument is the agent's text, and the audit keeps it.
      const shown = /^[A-Z]{3,4}$/.test(named) ? named : "another currency";
      return `the call is in ${shown}, this server's costs and caps are in ${wanted}, and the guard converts no currency`;
    }
  }
  return undefined;
}
