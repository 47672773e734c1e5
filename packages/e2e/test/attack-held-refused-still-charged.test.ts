// Attack (round 39): a held call that is refused when it leaves is still charged. A call waiting for a person
// is charged (spend ledger, approval marked used) when the person decides, and only then judged again by the
// steps that only look (permissions, tool integrity): so a call refused there, which never reaches the server,
// stays in the ledger as money spent. An operator who denies a runaway tool while a payment waits, then lifts
// the denial, finds the day's cap used up by a payment that was never made: the next payment is refused with
// spend_cap_exceeded and a `spent` that counts the refused one, which the guard says was spent. A correct guard
// charges only calls that go on to the server (or takes back the charge of a call refused as it leaves).
// Through the real bridge, `approvals approve`, reloads and the recording server.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  heldCalls,
  makeGuardedHome,
  RawBridge,
  recorderServerYaml,
  refusal,
  toolCallsIn,
} from "../src/index.js";

const log = join(makeGuardedHome().dir, "pay.log");
const policy = [
  "    policy:",
  "      spend:",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 100 }",
  "        require_approval_above: 50",
  "        wait_for_approval_seconds: 60",
].join("\n");
const home = makeGuardedHome(recorderServerYaml("pay", log, undefined, policy));
afterAll(async () => {
  await home.cleanup();
});

const DENY = "        wait_for_approval_seconds: 60\n      permissions: { denied_tools: [create_payment] }\n";

async function reloadWith(edit: (yaml: string) => string): Promise<void> {
  const before = readFileSync(home.configPath, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(home.configPath, after);
  expect((await home.cli(["reload"])).code).toBe(0);
}

async function pay(amount: number): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(home, "pay");
  await bridge.initialize();
  bridge.send({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "create_payment", arguments: { amount, to: "acme" } },
  });
  const line = await bridge.answerTo(2, 20_000);
  bridge.close();
  await bridge.exited;
  return line;
}

describe("a held call refused as it leaves", () => {
  it("is not counted as money spent", async () => {
    // A payment of 60 waits for a person.
    const bridge = new RawBridge(home, "pay");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: "create_payment", arguments: { amount: 60, to: "acme" } },
    });
    const [approval] = await heldCalls(home, "pay");
    // The operator denies the tool meanwhile; the person approves the call they were shown.
    await reloadWith((yaml) => yaml.replace("        wait_for_approval_seconds: 60\n", DENY));
    expect((await home.cli(["approvals", "approve", approval!])).code).toBe(0);
    const held = await bridge.answerTo(2, 20_000);
    bridge.close();
    await bridge.exited;
    expect(refusal(held)).toBe("tool_denied");
    expect(toolCallsIn(log, "create_payment")).toBe(0);

    // The denial is lifted: nothing was paid today, so a payment of 50 (no approval needed) fits the cap of 100.
    await reloadWith((yaml) => yaml.replace(DENY, "        wait_for_approval_seconds: 60\n"));
    const next = await pay(50);
    // Before the fix: refused spend_cap_exceeded with data.spent 60, the refused payment counted.
    expect((next.error as { data?: unknown } | undefined)?.data ?? "forwarded").toBe("forwarded");
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });
});
