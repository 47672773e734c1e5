// Attack: the spend cap counts a number and ignores the currency the call itself names. Payment tools take
// the currency as an argument beside the amount (Stripe's `amount` + `currency`, PayPal's
// `amount: { value, currency_code }`); the guard reads the amount with `cost_from` and books it in the
// rule's `currency` whatever the call says. An agent under a day's cap of 100 USD (and approval above 5) pays
// 3 BTC, or 3 KWD, with no approval: the ledger says 3 USD. Why it matters: the cap and the approval
// threshold are the user's only bound on money an agent moves, and this goes round both with one argument.
// Fixed behaviour: a call whose arguments name a currency (a member named for one, `currency`, `currency_code`,
// `iso_currency_code`, anywhere in the arguments, an array's item included: beside the cost, or off its path,
// where the guard cannot know the server does not charge in it) other than the rule's currency (compared
// without regard to case: "usd" is USD) is refused before it is costed (invalid_cost, or held for a person)
// and never reaches the server; the same call in the rule's currency passes as before.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithDefinitions, refusal, toolDefinition, toolSession } from "../src/index.js";

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        require_approval_above: 5",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "          create_invoice: { cost_from: amount.value }",
  "          create_checkout: { cost_from: line_items.0.price_data.unit_amount }",
  "          create_charge: { cost_from: amount }",
  "        caps: { per_day: 100 }",
].join("\n");
const { home, log } = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("create_payment", "Creates a payment of an amount in a currency.", {
        amount: { type: "number" },
        currency: { type: "string" },
      }),
      toolDefinition("create_checkout", "Creates a checkout session for line items.", {
        line_items: { type: "array" },
      }),
      toolDefinition("create_charge", "Charges an amount.", {
        amount: { type: "number" },
        iso_currency_code: { type: "string" },
      }),
      toolDefinition("create_invoice", "Creates an invoice.", {
        amount: {
          type: "object",
          properties: { value: { type: "string" }, currency_code: { type: "string" } },
        },
      }),
    ],
  },
  POLICY,
);
afterAll(() => home.cleanup());

/** Every paid call the recording server received, as JSON text. */
const paidCallsSeen = () =>
  recorded(log)
    .filter((m) => typeof m === "object" && m.method === "tools/call")
    .map((m) => JSON.stringify(m))
    .filter((text) => text.includes("create_"));

describe("a payment in a currency the call names", () => {
  it("reaches the server only in the currency the cap counts", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      // Ordinary calls in the cap's currency, as Stripe and PayPal clients write them.
      outcomes.stripeUsd = refusal(await call("create_payment", { amount: 2, currency: "usd", memo: "u1" }));
      outcomes.paypalUsd = refusal(
        await call("create_invoice", { amount: { value: "2.00", currency_code: "USD" }, memo: "u2" }),
      );
      // The same amounts in currencies worth thousands of times more.
      outcomes.stripeBtc = refusal(await call("create_payment", { amount: 3, currency: "btc", memo: "x1" }));
      outcomes.paypalKwd = refusal(
        await call("create_invoice", { amount: { value: "3.00", currency_code: "KWD" }, memo: "x2" }),
      );
      // The cost read through an array (Stripe Checkout's line_items), the currency beside it in the item.
      outcomes.checkoutUsd = refusal(
        await call("create_checkout", {
          line_items: [{ price_data: { currency: "usd", unit_amount: 2 } }],
          memo: "u3",
        }),
      );
      outcomes.checkoutBtc = refusal(
        await call("create_checkout", {
          line_items: [{ price_data: { currency: "btc", unit_amount: 3 } }],
          memo: "x3",
        }),
      );
      // The currency under another name a payment API gives it (Plaid's iso_currency_code).
      outcomes.isoCode = refusal(
        await call("create_charge", { amount: 3, iso_currency_code: "KWD", memo: "x4" }),
      );
      // Off the cost's path: in an object of options beside the amount, and in a line item not costed.
      outcomes.offPath = refusal(
        await call("create_payment", { amount: 3, options: { currency: "btc" }, memo: "x5" }),
      );
      outcomes.otherItem = refusal(
        await call("create_checkout", {
          line_items: [
            { price_data: { currency: "usd", unit_amount: 2 } },
            { price_data: { currency: "btc", unit_amount: 3 } },
          ],
          memo: "x6",
        }),
      );
    });
    const seen = paidCallsSeen();
    expect({
      ordinary: [outcomes.stripeUsd, outcomes.paypalUsd, outcomes.checkoutUsd],
      // Refused for their currency, not stopped by the cap: the day's cap is far above what they add up to.
      otherCurrency: [
        outcomes.stripeBtc,
        outcomes.paypalKwd,
        outcomes.checkoutBtc,
        outcomes.isoCode,
        outcomes.offPath,
        outcomes.otherItem,
      ],
      otherCurrencyReachedServer: seen.flatMap((t) => /"x[1-6]"/.exec(t) ?? []),
    }).toEqual({
      ordinary: ["forwarded", "forwarded", "forwarded"],
      otherCurrency: Array(6).fill("invalid_cost"),
      otherCurrencyReachedServer: [],
    });
  });
});
