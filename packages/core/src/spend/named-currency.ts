// The currency a costed call names for itself. Payment tools take it as an argument beside the amount
// (`{amount, currency}`, `{amount: {value, currency_code}}`, Stripe Checkout's
// `line_items[].price_data.{currency, unit_amount}`, Plaid's `iso_currency_code`); the spend rules count every
// cost in the server's one currency and hold no exchange rates, so a call naming another one cannot be counted
// against the caps. Looked for anywhere in the arguments, arrays included, under any name that holds the word
// in any spelling a server may read as it (case, `_` or `-`: Currency, currencyCode, ISO_CURRENCY_CODE, ccy,
// accepted_currencies).
// Not only along the cost's path: the guard cannot know which member the server charges in (an order's
// `settings.currency`, an invoice's currency beside its lines), and a call that names two currencies is one
// whose cost it cannot count either way. A currency given as an object (`currency: {code: "EUR"}`,
// `settlement_currency: {iso_code: "EUR"}`, as money libraries and some APIs write it) or a list is read
// through its code members: round 44 compared strings only, so such a member named for a currency passed
// unread unless it was one of the currency's own names, where even the server's own currency was refused.
import { firstMemberAnswer } from "./argument-members.js";

/** A member's name as a case- and separator-insensitive decoder reads it. */
const folded = (name: string): string => name.toLowerCase().replace(/[_\s-]/g, "");
const namesCurrency = (key: string): boolean =>
  key.includes("currency") || key.includes("currencies") || key.endsWith("ccy");
/** The members that can only be the call's currency: a value of another type there is refused too. */
const ONLY_CURRENCY = new Set(["currency", "currencycode", "ccy"]);
/**
 * The members of a currency object that hold its code (folded), beside those named for a currency; a display
 * setting's members (symbol, style, locale) are not codes and are left alone.
 */
const CODE_MEMBERS = new Set(["code", "iso", "isocode", "iso4217", "alpha3", "alphacode", "id", "value"]);

/**
 * Why the call cannot be costed in `currency`: it names another currency (compared without regard to case or
 * surrounding blanks), or a currency's own member holds something other than a code; undefined when it names
 * none or the same one.
 */
export function otherCurrency(args: unknown, currency: string): string | undefined {
  const wanted = currency.trim().toUpperCase();
  return firstMemberAnswer(args, (name, value) => namedOther(name, value, wanted));
}

/** Why the member `name: value` names a currency other than `wanted`, or undefined. */
function namedOther(name: string, value: unknown, wanted: string): string | undefined {
  const key = folded(name);
  if (!namesCurrency(key) || value === null || value === undefined) return undefined;
  const codes = codesIn(value);
  if (codes.length === 0)
    return ONLY_CURRENCY.has(key)
      ? `the argument "${name}" names no currency code; costs here are in ${wanted}`
      : undefined;
  for (const code of codes) {
    const why = otherThan(code, wanted);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** The codes a currency member holds: itself as a string, a list's strings, an object's code members. */
function codesIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  const codes: string[] = [];
  for (const [member, held] of Object.entries(value))
    if (typeof held === "string" && (CODE_MEMBERS.has(folded(member)) || namesCurrency(folded(member))))
      codes.push(held);
  return codes;
}

/** Why the code `value` is another currency than `wanted`, or undefined. */
function otherThan(value: string, wanted: string): string | undefined {
  const named = value.trim().toUpperCase();
  if (named === wanted) return undefined;
  // The code is shown only when it looks like one: the argument is the agent's text, and the audit keeps it.
  const shown = /^[A-Z]{3,4}$/.test(named) ? named : "another currency";
  return `the call is in ${shown}, this server's costs and caps are in ${wanted}, and the guard converts no currency`;
}
