import { describe, expect, it } from "vitest";
import { otherCurrency } from "../src/spend/named-currency.js";

describe("the currency a costed call names", () => {
  it.each([
    [{ amount: 2 }, "amount"],
    [{ amount: 2, currency: "usd" }, "amount"],
    [{ amount: { value: "2.00", currency_code: " USD " } }, "amount.value"],
    [{ order: { currency: "USD", line: { price: 2 } } }, "order.line.price"],
    // A member of another object is not the cost's: a shipment's currency is not the payment's.
    [{ amount: 2, shipment: { currency: "EUR" } }, "amount"],
    [
      { line_items: [{ price_data: { currency: "usd", unit_amount: 2 } }] },
      "line_items.0.price_data.unit_amount",
    ],
    // A member named for a currency but holding no code (a display setting) is not the currency's own member.
    [{ amount: 2, currency_display: { symbol: true } }, "amount"],
  ])("lets through a call in the rules' currency, or naming none: %j", (args, path) => {
    expect(otherCurrency(args, path, "USD")).toBeUndefined();
  });

  it.each([
    [{ amount: 3, currency: "btc" }, "amount", "BTC"],
    [{ amount: { value: "3.00", currency_code: "KWD" } }, "amount.value", "KWD"],
    [{ amount: { value: "3.00", currencyCode: "EUR" } }, "amount.value", "EUR"],
    [{ Currency: "JPY", amount: 3 }, "amount", "JPY"],
    [{ order: { CURRENCY_CODE: "GBP", line: { price: 2 } } }, "order.line.price", "GBP"],
    // Through an array on the cost's path, as the cost itself is read (Stripe Checkout's line items).
    [
      { line_items: [{ price_data: { currency: "btc", unit_amount: 3 } }] },
      "line_items.0.price_data.unit_amount",
      "BTC",
    ],
    // Under another name that holds the word (Plaid's iso_currency_code, a ccy field).
    [{ amount: 3, iso_currency_code: "KWD" }, "amount", "KWD"],
    [{ amount: 3, ccy: "CHF" }, "amount", "CHF"],
  ])("refuses a call in another currency: %j", (args, path, shown) => {
    expect(otherCurrency(args, path, "USD")).toContain(`the call is in ${shown}`);
  });

  it("refuses a currency member that is not a code, and never echoes a long one", () => {
    expect(otherCurrency({ amount: 3, currency: { code: "EUR" } }, "amount", "USD")).toContain("names no");
    expect(otherCurrency({ amount: 3, currency: "4111111111111111" }, "amount", "USD")).toContain(
      "the call is in another currency",
    );
  });
});
