// The currency a costed call names for itself. Payment tools take it as an argument beside the amount
// (`{amount, currency}`, `{amount: {value, currency_code}}`, Stripe Checkout's
// `line_items[].price_data.{currency, unit_amount}`, Plaid's `iso_currency_code`); the spend rules count every
// cost in the server's one currency and hold no exchange rates, so a call naming another one cannot be counted
// against the caps. Looked for anywhere in the arguments, arrays included, under any name that holds the word
// in any spelling a server may read as it (case, `_` or `-`: Currency, currencyCode, ISO_CURRENCY_CODE, ccy).
// Not only along the cost's path: the guard cannot know which member the server charges in (an order's
// `settings.currency`, an invoice's currency beside its lines), and a call that names two currencies is one
// whose cost it cannot count either way.

/** A member's name as a case- and separator-insensitive decoder reads it. */
const folded = (name: string): string => name.toLowerCase().replace(/[_\s-]/g, "");
const namesCurrency = (key: string): boolean => key.includes("currency") || key.endsWith("ccy");
/** The members that can only be the call's currency: a value of another type there is refused too. */
const ONLY_CURRENCY = new Set(["currency", "currencycode", "ccy"]);

/**
 * Why the call cannot be costed in `currency`: it names another currency (compared without regard to case or
 * surrounding blanks), or a currency's own member holds something other than a code; undefined when it names
 * none or the same one.
 */
export function otherCurrency(args: unknown, currency: string): string | undefined {
  const wanted = currency.trim().toUpperCase();
  // Iterative: the arguments may be as deep as the session lets a message be.
  const pending: unknown[] = [args];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    for (const [name, value] of Object.entries(node)) {
      pending.push(value);
      const why = namedOther(name, value, wanted);
      if (why !== undefined) return why;
    }
  }
  return undefined;
}

/** Why the member `name: value` names a currency other than `wanted`, or undefined. */
function namedOther(name: string, value: unknown, wanted: string): string | undefined {
  const key = folded(name);
  if (!namesCurrency(key) || value === null || value === undefined) return undefined;
  if (typeof value !== "string")
    return ONLY_CURRENCY.has(key)
      ? `the argument "${name}" names no currency code; costs here are in ${wanted}`
      : undefined;
  const named = value.trim().toUpperCase();
  if (named === wanted) return undefined;
  // The code is shown only when it looks like one: the argument is the agent's text, and the audit keeps it.
  const shown = /^[A-Z]{3,4}$/.test(named) ? named : "another currency";
  return `the call is in ${shown}, this server's costs and caps are in ${wanted}, and the guard converts no currency`;
}
