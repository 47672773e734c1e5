// Attack (limits): a tool's cost is read from one argument, but what a call spends is that amount times the
// quantity it orders. Order and invoice tools take a unit price and a quantity side by side (Stripe's invoice
// items `unit_amount` and `quantity`, a shop's `price` and `quantity` per line); with `cost_from: unit_amount`
// the guard books one unit however many the call buys. Under a day's cap of 10 USD and approval above 5, an
// agent orders 500 units at 2 USD: the ledger says 2, no person is asked, and the server bills 1,000.
// Why it matters: the cap and the approval threshold are the user's bound on what an agent may spend, and
// the call itself states the multiplier. Fixed behaviour: a cost rule can name the quantity that multiplies
// the amount (`quantity_from`); the 500-unit order then meets the cap at its full cost, a quantity a
// server could read otherwise ("5e2") is refused as a cost is, and a one-unit order still passes.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithDefinitions, refusal, toolCallsIn, toolDefinition, toolSession } from "../src/index.js";

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        require_approval_above: 5",
  "        tools:",
  "          create_invoice_item: { cost_from: unit_amount, quantity_from: quantity }",
  "        caps: { per_day: 10 }",
].join("\n");
const { home, log } = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("create_invoice_item", "Adds a line to the customer's next invoice.", {
        customer: { type: "string" },
        unit_amount: { type: "number", description: "Price of one unit, in USD" },
        quantity: { type: "integer", minimum: 1 },
      }),
    ],
  },
  POLICY,
);
afterAll(() => home.cleanup());

describe("a costed call that orders many units", () => {
  it("is charged for all of them", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      outcomes.push(
        refusal(await call("create_invoice_item", { customer: "cus_Q1", unit_amount: 2, quantity: 1 })),
      );
      outcomes.push(
        refusal(await call("create_invoice_item", { customer: "cus_Q1", unit_amount: 2, quantity: 500 })),
      );
      outcomes.push(
        refusal(await call("create_invoice_item", { customer: "cus_Q1", unit_amount: 2, quantity: "5e2" })),
      );
    });
    // The one-unit line is ordinary; the 500-unit line (1,000 USD) must not reach the server unapproved.
    expect({ outcomes, linesBilled: toolCallsIn(log, "create_invoice_item") }).toEqual({
      outcomes: ["forwarded", "spend_cap_exceeded", "invalid_cost"],
      linesBilled: 1,
    });
  });
});
