// The currency a costed call names for itself. Payment tools take it as an argument beside the amount
// (`{amount, currency}`, `{amount: {value, currency_code}}`); the spend rules count every cost in the server's
// one currency and hold no exchange rates, so a call naming another one cannot be counted against the caps.
// Looked for on every object along the cost's path, from the arguments down to the cost's own object, under
// any spelling a server may read as the same key (case, `_` or `-`: Currency, currencyCode, CURRENCY_CODE).
const CURRENCY_KEYS = new Set(["currency", "currencycode"]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Why the call cannot be costed in `currency`: it names another currency (compared without regard to case or
 * surrounding blanks), or a currency member that is not a code; undefined when it names none or the same one.
 */
export function otherCurrency(args: unknown, costPath: string, currency: string): string | undefined {
  const wanted = currency.trim().toUpperCase();
  let node = args;
  for (const key of ["", ...costPath.split(".")]) {
    if (key !== "") node = isObject(node) ? node[key] : undefined;
    if (!isObject(node)) return undefined;
    for (const [name, value] of Object.entries(node)) {
      if (!CURRENCY_KEYS.has(name.toLowerCase().replace(/[_-]/g, ""))) continue;
      if (typeof value !== "string")
        return `the argument "${name}" names no currency code; costs here are in ${wanted}`;
      const named = value.trim().toUpperCase();
      // The code is shown only when it looks like one: the argument is the agent's text, and the audit keeps it.
      const shown = /^[A-Z]{3,4}$/.test(named) ? named : "another currency";
      if (named !== wanted)
        return `the call is in ${shown}, this server's costs and caps are in ${wanted}, and the guard converts no currency`;
    }
  }
  return undefined;
}
