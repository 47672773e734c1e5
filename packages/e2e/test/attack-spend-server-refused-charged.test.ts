// Attack (false refusal): a paid call the server refuses with a JSON-RPC error stays in the day's spend. The
// error answers the request before the tool ran (the SDK's servers answer -32602 for arguments that fail the
// tool's schema, -32601 for a method they lack; a payment API's wrapper answers a declined or mistyped
// payment the same way), so no money moved; yet the ledger keeps the charge, and after a few such answers
// the user's cap refuses ordinary payments the cap was meant to allow. Why it matters to a user: an agent
// that mistyped an account twice can pay nothing more today, and the cap no longer says what was spent.
// Fixed behaviour: a call answered with a JSON-RPC error (not a result) is taken back from the ledger as
// a call that never reached the server is (spend.ts release); a call answered with a result keeps its charge.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithDefinitions, refusal, toolCallsIn, toolDefinition, toolSession } from "../src/index.js";

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "          pay_invoice: { cost_from: amount }",
  "        caps: { per_day: 10 }",
].join("\n");
const payment = { amount: { type: "number" }, account: { type: "string" } };
const { home, log } = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("create_payment", "Pays an amount to an account.", payment),
      toolDefinition("pay_invoice", "Pays an invoice.", payment),
    ],
    errors: {
      create_payment: { code: -32602, message: "Invalid params: no account acct_1Nv0FGQ9 on this ledger" },
    },
    results: { pay_invoice: { content: [{ type: "text", text: "paid: in_1Nv0GZ2e" }] } },
  },
  POLICY,
);
afterAll(() => home.cleanup());

describe("paid calls the server refused", () => {
  it("leave room under the cap for the payments that went through", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      // Two payments to a mistyped account: the server answers each with an error, nothing is paid.
      outcomes.push(refusal(await call("create_payment", { amount: 4, account: "acct_1Nv0FGQ9" })));
      outcomes.push(refusal(await call("create_payment", { amount: 4, account: "acct_1Nv0FGQ9" })));
      // The invoice the user asked for, well under the day's cap of 10.
      outcomes.push(refusal(await call("pay_invoice", { amount: 4, account: "acct_1Nv0HXb3" })));
    });
    expect({ outcomes, invoicesPaid: toolCallsIn(log, "pay_invoice") }).toEqual({
      // The server's own refusals come back to the agent as they were (no reason of the guard's).
      outcomes: ["forwarded", "forwarded", "forwarded"],
      invoicesPaid: 1,
    });
  });
});
