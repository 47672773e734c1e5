// Attack (spend): round 43 takes a paid call's charge back from the ledger when the server answers it with
// a JSON-RPC error, reading every error as "the tool did not run". Only some say that: -32601 (no such
// method) and -32602 (arguments refused before the handler) are given before any work. An error thrown
// from inside a tool handler is answered -32603 by the SDK's low-level `Server` (setRequestHandler for
// tools/call, which many published servers use) after whatever the handler did first: a payment tool that
// captured the charge and then failed to fetch its receipt answers -32603 with the money gone. The guard
// then forgets the spend, and the day's cap lets the agent pay again and again. Why it matters: the cap is
// the user's bound on what an agent spends; a handler that fails after its side effect is ordinary (a
// timeout on a second API call), and an agent retrying a failed payment is exactly what the cap is for.
// Fixed behaviour: only errors that say the request was refused before the tool ran (-32601, -32602, and
// the guard's own refusals) release the charge; any other error keeps it, so under a day's cap of 100 the
// second payment of 60 is refused with spend_cap_exceeded and the server receives one payment.
// The same release re-arms a person's approval: an approved `delete_account` whose handler deleted the
// account and then failed (-32603) leaves the approval unused, so the agent's next identical call runs the
// deletion again with no second decision. Fixed, the second call asks a person again.
import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import {
  makeGuardedHome,
  recorderWithDefinitions,
  recorderServerYaml,
  redefine,
  refusal,
  toolCallsIn,
  toolDefinition,
  toolSession,
} from "../src/index.js";

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 100 }",
].join("\n");
const { home, log } = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("create_payment", "Charges the customer's saved card and returns the receipt.", {
        customer: { type: "string" },
        amount: { type: "number", description: "Amount in USD" },
      }),
    ],
    // What the SDK's low-level Server answers when the handler throws after capturing the payment.
    errors: {
      create_payment: {
        code: -32603,
        message: "Receipt lookup for pi_3QxR2bLkdIwHu7ix0a9Yv3Jw failed: ETIMEDOUT api.stripe.com:443",
      },
    },
  },
  POLICY,
);
const approvalLog = join(makeGuardedHome().dir, "approved.log");
redefine(approvalLog, {
  tools: [
    toolDefinition("delete_account", "Deletes a customer account and its data.", {
      account: { type: "string" },
    }),
  ],
  errors: { delete_account: { code: -32603, message: "Account acct_88 deleted; audit webhook failed: 502" } },
});
const approvalHome = makeGuardedHome(
  recorderServerYaml(
    "recorder",
    approvalLog,
    undefined,
    ["    policy:", "      spend:", "        require_approval: [delete_account]"].join("\n"),
  ),
  "approvals:\n  require_person: false",
);
afterAll(async () => {
  await home.cleanup();
  await approvalHome.cleanup();
});

describe("a paid call whose handler failed after it ran", () => {
  it("stays in the day's spend", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (let i = 0; i < 2; i++)
        outcomes.push(refusal(await call("create_payment", { customer: "cus_Q1", amount: 60 })));
    });
    // The first payment reaches the server (its error is the server's, not the guard's refusal).
    expect({ second: outcomes[1], paymentsReceived: toolCallsIn(log, "create_payment") }).toEqual({
      second: "spend_cap_exceeded",
      paymentsReceived: 1,
    });
  });
});

describe("an approved call whose handler failed after it ran", () => {
  it("does not run again on the same approval", async () => {
    const outcomes: unknown[] = [];
    let approvalId = "";
    await toolSession(approvalHome, async (call) => {
      const asked = await call("delete_account", { account: "acct_88" });
      approvalId = String((asked.error as { data?: { approval_id?: unknown } }).data?.approval_id);
    });
    expect((await approvalHome.cli(["approvals", "approve", approvalId])).code).toBe(0);
    await toolSession(approvalHome, async (call) => {
      for (let i = 0; i < 3; i++)
        outcomes.push(refusal(await call("delete_account", { account: "acct_88" })));
    });
    // The first retry is the approved one (the server's error is its own); the others need a person again.
    expect({ outcomes, deletionsRun: toolCallsIn(approvalLog, "delete_account") }).toEqual({
      outcomes: ["forwarded", "approval_pending", "approval_pending"],
      deletionsRun: 1,
    });
  });
});
