// Attack: a tool's cost is read from the argument `cost_from` names, and caps and approvals apply to it
// (docs/spend-and-approvals.md). The guard read exactly that key; a server written in Go with the official
// SDK decodes arguments with encoding/json, which matches object keys to struct fields case-insensitively and
// lets the last matching key win, and a .NET server's System.Text.Json with web defaults does the same. So
// {"amount": 5, "AMOUNT": 1000000} was costed at 5 by the guard and paid as 1,000,000 by such a server,
// past a cap of 100 and past the approval threshold. Through the real bridge, the recording server must
// receive no call whose arguments a case-insensitive reader would cost differently. (They are refused
// first by the protocol step, as any params with members that differ only in case; see
// attack-case-variants.test.ts.)
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = [
  "    policy:",
  "      spend:",
  "        tools: { create_payment: { cost_from: amount }, delete_account: { cost_from: order.total } }",
  "        caps: { per_day: 100 }",
  "        require_approval_above: 50",
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const DISGUISED: Array<[string, object]> = [
  ["create_payment", { amount: 5, AMOUNT: 1_000_000 }],
  ["create_payment", { amount: 5, Amount: 1_000_000 }],
  ["create_payment", { amount: "5", amounT: "1000000" }],
  ["create_payment", { Amount: 1_000_000, amount: 5 }],
  ["delete_account", { order: { total: 5, Total: 1_000_000 } }],
  ["delete_account", { order: { total: 5 }, Order: { total: 1_000_000 } }],
];

describe("a cost argument under keys that differ only in case", () => {
  it("is refused; the server receives none of them", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const reasons: unknown[] = [];
    for (const [name, args] of DISGUISED) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "tools/call", params: { name, arguments: args } });
      const line = await bridge.answerTo(id);
      reasons.push((line.error as { data?: { reason?: unknown } } | undefined)?.data?.reason ?? "forwarded");
    }
    // An honest call within the cap still goes through.
    bridge.send({
      jsonrpc: "2.0",
      id: ++id,
      method: "tools/call",
      params: { name: "create_payment", arguments: { amount: 5, memo: "Amount due" } },
    });
    const line = await bridge.answerTo(id);
    expect(line.result).toBeDefined();
    bridge.close();
    await bridge.exited;

    // Before the fix: 6 of 6 reached the server, each costed at 5.
    expect(reasons).toEqual(DISGUISED.map(() => "invalid_request"));
    const calls = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    expect(calls).toHaveLength(1);
  });
});
