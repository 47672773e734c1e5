// Attack (spend): a cost path that steps into a list by index (`line_items.0.price_data.unit_amount`) covers
// every item of an array since round 45 (call-cost.ts). The same list written as an object keyed by index,
// {"0": {...}, "1": {...}}, is read by the guard as one object with a member "0": it prices line 0 alone.
// That is how a list travels in form encoding, which Stripe's API takes (`line_items[0][price_data]...`,
// `line_items[1][...]`): a server that hands its arguments to Stripe's client, or to any qs-style encoder,
// sends both lines, and Stripe charges both (PHP and Rails read such keys back as a list too). So a checkout
// whose line "0" costs 1 USD and whose line "1" costs 9,000 USD is booked as 1 USD: under a day's cap of 100
// and an approval threshold of 50 it reaches the server unasked. Why it matters: the cap and the approval are
// the user's bound on what an agent spends. Fixed behaviour: where a cost or quantity path steps by index
// into an object whose keys are indexes, its other index-keyed members count as items too (summed), or the
// call is refused as invalid_cost, and so is a call with a member beside the list whose key is the list's
// form spelling (`line_items[1][price_data][unit_amount]`), which the encoder sends as line 1 all the same;
// the recording server never receives either two-line checkout, and the one-line checkout of 1 USD passes.
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
        line_items: {
          type: "object",
          description: "Lines keyed by position, as Stripe's form API takes them",
        },
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
const checkout = (lines: Record<string, object>) => ({
  mode: "payment",
  line_items: lines,
  success_url: "https://shop.example.com/thanks",
});

describe("a cost path by index into an object keyed by index", () => {
  it("does not leave the object's other lines uncounted", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      outcomes.oneLine = refusal(
        await call("create_checkout_session", checkout({ "0": line("Sticker", 1, 1) })),
      );
      outcomes.twoLines = refusal(
        await call(
          "create_checkout_session",
          checkout({ "0": line("Sticker", 1, 1), "1": line("Server rack", 9_000, 1) }),
        ),
      );
      // The second line beside the list, as a form key: the encoder sends it as line_items[1][...] all the same.
      outcomes.bracketed = refusal(
        await call("create_checkout_session", {
          ...checkout({ "0": line("Sticker", 1, 1) }),
          "line_items[1][price_data][currency]": "usd",
          "line_items[1][price_data][product_data][name]": "Server rack",
          "line_items[1][price_data][unit_amount]": 9_000,
          "line_items[1][quantity]": 1,
        }),
      );
    });
    // The one-line checkout (1 USD) is ordinary; the two-line one is 9,001 USD and must not reach the server.
    expect({ outcomes, checkouts: toolCallsIn(log, "create_checkout_session") }).toMatchObject({
      outcomes: { oneLine: "forwarded" },
      checkouts: 1,
    });
    expect([outcomes.twoLines, outcomes.bracketed]).not.toContain("forwarded");
  });
});
