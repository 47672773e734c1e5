// Attack (spend, round 45): a cost rule's `quantity_from` multiplies the amount, and a quantity left out is
// one unit. The guard reads that member by its exact name; a server written in Go with the official SDK
// decodes arguments with encoding/json, which matches object keys to struct fields case-insensitively (and a
// .NET server's System.Text.Json with web defaults does the same). So {"unit_amount": 2, "Quantity": 500}
// has no `quantity` for the guard (one unit, 2 USD, under every cap and threshold) and 500 units for such a
// server: 1,000 USD billed past a day's cap of 10 and an approval threshold of 5. The cost itself is safe
// (an `AMOUNT` alone is no cost and refused; attack-cost-keys.test.ts), and so is the currency (read under
// any spelling, named-currency.ts); only the quantity falls back to a default when its spelling differs.
// Why it matters: the cap and the approval are the user's bound on what an agent spends. Fixed behaviour:
// the quantity is looked for as a case-insensitive reader finds it (a member spelled otherwise is read, or
// the call is refused as invalid_cost); the recording server never receives the 500-unit line, and a plain
// one-unit line still passes.
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

describe("a quantity spelled in another case", () => {
  it("is not booked as one unit", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      const line = (args: object) =>
        call("create_invoice_item", { customer: "cus_Q1", unit_amount: 2, ...args });
      outcomes.oneUnit = refusal(await line({ quantity: 1 }));
      outcomes.Quantity = refusal(await line({ Quantity: 500 }));
      outcomes.QUANTITY = refusal(await line({ QUANTITY: 500 }));
    });
    // Only the one-unit line may be billed: each 500-unit line is 1,000 USD to a case-insensitive server.
    expect({ outcomes, linesBilled: toolCallsIn(log, "create_invoice_item") }).toMatchObject({
      outcomes: { oneUnit: "forwarded" },
      linesBilled: 1,
    });
    expect(outcomes.Quantity).not.toBe("forwarded");
    expect(outcomes.QUANTITY).not.toBe("forwarded");
  });
});
