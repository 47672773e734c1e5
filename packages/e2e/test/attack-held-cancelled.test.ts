// Attack: a call held for a person waits for an approval (docs/spend-and-approvals.md). The client can
// withdraw it meanwhile with notifications/cancelled (the specification: the receiver should stop and not
// answer). A person approving afterwards (the approval list does not show that the client gave up) must
// not release a call its client cancelled, nor one whose client has left (the agent was stopped, perhaps
// to keep that call from running). Through the real bridge and the recording server. Tried this round and
// held (not a finding): neither call reaches the server; the control shows that an approval releases one.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { heldCalls, makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const held = [
  "    policy:",
  "      spend:",
  "        require_approval: [delete_account]",
  "        wait_for_approval_seconds: 60",
];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, held.join("\n")));
afterAll(() => home.cleanup());

const deletes = (user: string) =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" &&
      m.method === "tools/call" &&
      JSON.stringify(m.params).includes(`"user":"${user}"`),
  ).length;

const pendingApprovals = (count: number): Promise<string[]> => heldCalls(home, "recorder", count);

const hold = (bridge: RawBridge, user: string) =>
  bridge.send({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "delete_account", arguments: { user } },
  });

describe("a held call its client cancelled or left", () => {
  it("is not released to the server when approved later", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    hold(bridge, "bob");
    const [approval] = await pendingApprovals(1);
    bridge.send({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 2 } });
    await new Promise((r) => setTimeout(r, 500));
    await home.cli(["approvals", "approve", approval!]);
    await new Promise((r) => setTimeout(r, 2_000));
    bridge.close();
    await bridge.exited;
    expect(deletes("bob")).toBe(0);
  });

  it("is not released to the server when approved after its client left", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    hold(bridge, "carol");
    const [approval] = await pendingApprovals(1);
    bridge.close();
    await bridge.exited;
    await new Promise((r) => setTimeout(r, 500));
    await home.cli(["approvals", "approve", approval!]);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(deletes("carol")).toBe(0);
  });

  it("(control) is released when approved and not cancelled", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    hold(bridge, "alice");
    const [approval] = await pendingApprovals(1);
    await home.cli(["approvals", "approve", approval!]);
    await bridge.answerTo(2, 20_000);
    bridge.close();
    await bridge.exited;
    expect(deletes("alice")).toBe(1);
  });
});
