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
  ])("lets through a call in the rules' currency, or naming none: %j", (args, path) => {
    expect(otherCurrency(args, path, "USD")).toBeUndefined();
  });

  it.each([
    [{ amount: 3, currency: "btc" }, "amount", "BTC"],
    [{ amount: { value: "3.00", currency_code: "KWD" } }, "amount.value", "KWD"],
    [{ amount: { value: "3.00", currencyCode: "EUR" } }, "amount.value", "EUR"],
    [{ Currency: "JPY", amount: 3 }, "amount", "JPY"],
    [{ order: { CURRENCY_CODE: "GBP", line: { price: 2 } } }, "order.line.price", "GBP"],
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
