// Reading a cost out of a call's arguments as strictly as any server could read it. A server that parses
// "100e-2" with parseInt sees 100 where Number() sees 1, so only forms every parser reads the same way are
// costs: a JSON number, or a string of plain decimal digits with an optional fraction. Anything else
// (exponents, hex, signs, spaces, separators, "Infinity") is not an amount and the call is refused.
const PLAIN_DECIMAL = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

export type ParsedCost = { ok: true; amount: number } | { ok: false; detail: string };

export function parseCost(value: unknown): ParsedCost {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) return { ok: true, amount: value };
    return { ok: false, detail: "the amount must be a finite, non-negative number" };
  }
  if (typeof value === "string" && PLAIN_DECIMAL.test(value)) {
    const amount = Number(value);
    if (Number.isFinite(amount)) return { ok: true, amount };
  }
  return {
    ok: false,
    detail: 'the amount must be a JSON number or a plain decimal string such as "12.50"',
  };
}
