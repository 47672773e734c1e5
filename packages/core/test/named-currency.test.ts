import { describe, expect, it } from "vitest";
import { otherCurrency } from "../src/spend/named-currency.js";

describe("the currency a costed call names", () => {
  it.each([
    [{ amount: 2 }],
    [{ amount: 2, currency: "usd" }],
    [{ amount: { value: "2.00", currency_code: " USD " } }],
    [{ order: { currency: "USD", line: { price: 2 } } }],
    [{ line_items: [{ price_data: { currency: "usd", unit_amount: 2 } }] }],
    // A member named for a currency but holding no code (a display setting) is not the currency's own member.
    [{ amount: 2, currency_display: { symbol: true } }],
    // A currency given as an object or a list, in the rules' currency, and an object's display settings.
    [{ amount: 2, currency: { code: "usd", symbol: "$", decimals: 2 } }],
    [{ amount: 2, settlement_currency: { iso_code: "USD", name: "US dollar" } }],
    [{ amount: 2, currencies: ["USD"] }],
    [{ amount: 2, currency_format: { style: "code", locale: "de" } }],
    // Money-style values nested in another object.
    [{ order: { total: { amount: 5, currency: "usd" } } }],
  ])("lets through a call in the rules' currency, or naming none: %j", (args) => {
    expect(otherCurrency(args, "USD")).toBeUndefined();
  });

  it.each([
    [{ amount: 3, currency: "btc" }, "BTC"],
    [{ amount: { value: "3.00", currency_code: "KWD" } }, "KWD"],
    [{ amount: { value: "3.00", currencyCode: "EUR" } }, "EUR"],
    [{ Currency: "JPY", amount: 3 }, "JPY"],
    [{ order: { CURRENCY_CODE: "GBP", line: { price: 2 } } }, "GBP"],
    // In an array's item (Stripe Checkout's line items).
    [{ line_items: [{ price_data: { currency: "btc", unit_amount: 3 } }] }, "BTC"],
    // Under another name that holds the word (Plaid's iso_currency_code, a ccy field).
    [{ amount: 3, iso_currency_code: "KWD" }, "KWD"],
    [{ amount: 3, ccy: "CHF" }, "CHF"],
    // Off the cost's path: the server may charge in it, and the guard cannot tell which one it reads.
    [{ payment: { amount: 3 }, settings: { currency: "BTC" } }, "BTC"],
    [{ amount: 2, shipment: { currency: "EUR" } }, "EUR"],
    [{ invoice: { currency_code: "KWD" }, lines: [{ amount: 3 }] }, "KWD"],
    // Another item of an array than the one costed.
    [
      {
        line_items: [
          { price_data: { currency: "usd", unit_amount: 2 } },
          { price_data: { currency: "btc" } },
        ],
      },
      "BTC",
    ],
    // Given as an object (a money library's currency, an API's currency resource) or a list.
    [{ amount: 3, currency: { code: "EUR" } }, "EUR"],
    [{ amount: 3, currency: { currency_code: "EUR" } }, "EUR"],
    [{ amount: 3, price_currency: { code: "EUR" } }, "EUR"],
    [{ amount: 3, settlementCurrency: { isoCode: "eur", name: "Euro" } }, "EUR"],
    [{ amount: 3, currency: { code: "USD", alpha3: "EUR" } }, "EUR"],
    [{ amount: 3, accepted_currencies: ["USD", "EUR"] }, "EUR"],
    [{ payment: { price: { amount: 5, currency: "eur" } } }, "EUR"],
  ])("refuses a call in another currency: %j", (args, shown) => {
    expect(otherCurrency(args, "USD")).toContain(`the call is in ${shown}`);
  });

  it("refuses a currency member that is not a code, and never echoes a long one", () => {
    expect(otherCurrency({ amount: 3, currency: { symbol: "€" } }, "USD")).toContain("names no");
    expect(otherCurrency({ amount: 3, currency: "4111111111111111" }, "USD")).toContain(
      "the call is in another currency",
    );
  });
});
