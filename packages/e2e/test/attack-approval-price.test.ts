// Attack (round 15): an approval kept across a price change. An approval matched the server, identity, tool
// and arguments, but not what the call costs: a tool with a fixed `cost` (or a `cost_from` argument read in
// a `currency`) approved at 5 USD went through, once approved, at whatever the config says by the time the
// agent retries. An agent that can write the config (or a price raised by the admin while the approval
// waits) turns "5 USD, approved" into a charge the person never saw. What a user expects: an approval is for
// the amount shown to the person; another amount is asked about again. Through the real bridge and the
// recording server. Negative: with the price unchanged the approved call goes through once.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  editConfig,
  makeGuardedHome,
  recorderServerYaml,
  refusal,
  toolCallsIn,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
});

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        require_approval_above: 1",
  "        caps:",
  "          per_day: 1000000",
  "        tools:",
  "          delete_account:",
  "            cost: 5",
  "          create_payment:",
  "            cost_from: amount",
].join("\n");

function shop(): { home: GuardedHome; log: string } {
  const log = join(makeGuardedHome().dir, "shop.log");
  const home = makeGuardedHome(recorderServerYaml("shop", log, undefined, POLICY));
  homes.push(home);
  return { home, log };
}

async function callOnce(
  home: GuardedHome,
  tool: string,
  args: object,
): Promise<{ outcome: unknown; id?: string; amount?: unknown; currency?: unknown }> {
  let result: { outcome: unknown; id?: string } = { outcome: undefined };
  await toolSession(
    home,
    async (call) => {
      const answer = await call(tool, args);
      const data = (answer as { error?: { data?: Record<string, unknown> } }).error?.data ?? {};
      result = {
        outcome: refusal(answer),
        ...(typeof data.approval_id === "string" ? { id: data.approval_id } : {}),
        ...("amount" in data ? { amount: data.amount, currency: data.currency } : {}),
      };
    },
    "shop",
  );
  return result;
}

describe("an approval across a price change", () => {
  it("is not used for a fixed cost raised after the person decided", async () => {
    const { home, log } = shop();
    const asked = await callOnce(home, "delete_account", { account: "a" });
    expect(asked).toMatchObject({ outcome: "approval_pending", amount: 5, currency: "USD" });
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    await editConfig(home, (yaml) => yaml.replace("cost: 5", "cost: 5000"));
    const retried = await callOnce(home, "delete_account", { account: "a" });
    expect(retried).toMatchObject({ outcome: "approval_pending", amount: 5000 });
    expect(retried.id).not.toBe(asked.id);
    expect(toolCallsIn(log, "delete_account")).toBe(0);
  });

  it("is not used for the same amount in another currency", async () => {
    const { home, log } = shop();
    const asked = await callOnce(home, "create_payment", { amount: 5, to: "b" });
    expect(asked).toMatchObject({ outcome: "approval_pending", amount: 5, currency: "USD" });
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    await editConfig(home, (yaml) => yaml.replace("currency: USD", "currency: BTC"));
    const retried = await callOnce(home, "create_payment", { amount: 5, to: "b" });
    expect(retried).toMatchObject({ outcome: "approval_pending", currency: "BTC" });
    expect(toolCallsIn(log, "create_payment")).toBe(0);
  });

  it("negative: with the price unchanged the approved call goes through once", async () => {
    const { home, log } = shop();
    const asked = await callOnce(home, "delete_account", { account: "a" });
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    // An edit elsewhere in the config does not touch the approval.
    await editConfig(home, (yaml) => yaml.replace("per_day: 1000000", "per_day: 2000000"));
    expect((await callOnce(home, "delete_account", { account: "a" })).outcome).toBe("forwarded");
    expect((await callOnce(home, "delete_account", { account: "a" })).outcome).toBe("approval_pending");
    expect(toolCallsIn(log, "delete_account")).toBe(1);
  });
});
