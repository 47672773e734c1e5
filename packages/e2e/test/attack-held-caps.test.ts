// Attack (round 12): a call held for a person is charged when it leaves, against the caps of the policy it
// arrived under. An operator who sees spending run away lowers the day's cap (or sets it to 0) and reloads;
// a call already waiting, approved afterwards (the approval shows the call, not the caps), was charged
// against the old cap and reached the server. What a user expects: the caps in force when the money is spent,
// as permissions and integrity are judged again when a held call leaves (attack-held-calls). Through the real
// bridge and the recording server, before the fix: 1 of 1 reached the server. Negative: an edit that leaves
// the caps alone lets the approved call through once.
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

const dir = makeGuardedHome().dir;
const logs = { lowered: join(dir, "lowered.log"), kept: join(dir, "kept.log") };
const policy = [
  "    policy:",
  "      spend:",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 100 }",
  "        require_approval_above: 50",
  "        wait_for_approval_seconds: 60",
].join("\n");
const home = makeGuardedHome(
  [
    recorderServerYaml("lowered", logs.lowered, undefined, policy),
    // Its own program arguments, so that the two servers are counted apart.
    recorderServerYaml("kept", logs.kept, undefined, policy).replace("]\n", ', "kept"]\n'),
  ].join("\n"),
);
afterAll(() => home.cleanup());

/** Sends a payment of 60 and waits until its approval request is listed; returns the bridge and the id. */
async function holdPayment(server: string): Promise<{ bridge: RawBridge; approval: string }> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  bridge.send({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "create_payment", arguments: { amount: 60, to: "acme" } },
  });
  const [approval] = await heldCalls(home, server);
  return { bridge, approval: approval! };
}

async function approvedAfter(server: string, edit: (yaml: string) => string): Promise<unknown> {
  const { bridge, approval } = await holdPayment(server);
  const before = readFileSync(home.configPath, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(home.configPath, after);
  expect((await home.cli(["reload"])).code).toBe(0);
  expect((await home.cli(["approvals", "approve", approval])).code).toBe(0);
  const line = await bridge.answerTo(2, 20_000);
  bridge.close();
  await bridge.exited;
  return refusal(line);
}

describe("a held call and the caps in force when it leaves", () => {
  it("is refused when the day's cap was lowered below it while it waited", async () => {
    const outcome = await approvedAfter("lowered", (yaml) =>
      yaml.replace(
        /( {2}lowered:[\s\S]*?)caps: \{ per_day: 100 \}/,
        (_all, head: string) => `${head}caps: { per_day: 10 }`,
      ),
    );
    expect(outcome).toBe("spend_cap_exceeded");
    expect(toolCallsIn(logs.lowered, "create_payment")).toBe(0);
  });

  it("negative: goes through once when the edit left the caps alone", async () => {
    const outcome = await approvedAfter("kept", (yaml) => `${yaml}\n# an unrelated edit\n`);
    expect(outcome).toBe("forwarded");
    expect(toolCallsIn(logs.kept, "create_payment")).toBe(1);
  });
});
