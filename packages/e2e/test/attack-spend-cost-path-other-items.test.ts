// Attack (spend, round 45): a cost is read from one dotted path of the arguments, and the path may step
// into an array by index, as docs/spend-and-approvals.md itself names Stripe Checkout's
// `line_items.0.price_data`. A checkout session's `line_items` is a list, and the server charges every line
// of it; the guard reads the price of line 0 only. So a checkout whose first line costs 1 USD and whose
// second costs 9,000 USD is booked as 1 USD: under a day's cap of 100 and an approval threshold of 50 it
// reaches the server unasked and 9,001 USD is charged. (The currency is read across every item already,
// named-currency.ts; the amount is not.)
// Why it matters: the cap and the approval are the user's bound on what an agent spends, and the only
// path a list of lines can be costed by is an index into it. Fixed behaviour: a cost (or quantity) path
// through an array index covers the array's other items too (summed, or the call refused as invalid_cost
// when they hold the same member); the recording server never receives the two-line checkout, and a
// one-line checkout of 1 USD still passes.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithDefinitions, refusal, toolCallsIn, toolDefinition, toolSession } from "../src/index.js";

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        require_approval_above: 50",
  "        tools:",
  "          create_checkout_session:",
  "            cost_from: line_items.0.price_data.unit_amount",
  "            quantity_from: line_items.0.quantity",
  "        caps: { per_day: 100 }",
].join("\n");
const { home, log } = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("create_checkout_session", "Creates a Stripe Checkout Session and returns its URL.", {
        mode: { type: "string" },
        line_items: { type: "array" },
        success_url: { type: "string" },
      }),
    ],
  },
  POLICY,
);
afterAll(() => home.cleanup());

const line = (name: string, unitAmount: number, quantity: number) => ({
  price_data: { currency: "usd", product_data: { name }, unit_amount: unitAmount },
  quantity,
});
const checkout = (lines: object[]) => ({
  mode: "payment",
  line_items: lines,
  success_url: "https://shop.example.com/thanks",
});

describe("a cost path into one item of a list", () => {
  it("does not leave the list's other items uncounted", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      outcomes.oneLine = refusal(await call("create_checkout_session", checkout([line("Sticker", 1, 1)])));
      outcomes.twoLines = refusal(
        await call(
          "create_checkout_session",
          checkout([line("Sticker", 1, 1), line("Server rack", 9_000, 1)]),
        ),
      );
    });
    // The one-line checkout (1 USD) is ordinary; the two-line one is 9,001 USD and must not reach the server.
    expect({ outcomes, checkouts: toolCallsIn(log, "create_checkout_session") }).toMatchObject({
      outcomes: { oneLine: "forwarded" },
      checkouts: 1,
    });
    expect(outcomes.twoLines).not.toBe("forwarded");
  });
});
