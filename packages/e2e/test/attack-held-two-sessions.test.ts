// Attack: two bridges for the same server and identity at once, each holding the same call for a person
// (docs/spend-and-approvals.md: an approval lets the same call through exactly once). One approval must not
// release the identical call waiting in the other session: through the real bridges and the recording
// server, the server receives delete_account once, and the other session is answered approval_pending with
// a new approval of its own (its agent retries once that is approved). Tried this round and held (not a
// finding).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { heldCallIds, makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "twice.log");
const home = makeGuardedHome(
  recorderServerYaml(
    "twice",
    log,
    undefined,
    [
      "    policy:",
      "      spend:",
      "        require_approval: [delete_account]",
      "        wait_for_approval_seconds: 60",
    ].join("\n"),
  ),
);
afterAll(() => home.cleanup());

const deletes = () =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" &&
      m.method === "tools/call" &&
      (m.params as { name?: string }).name === "delete_account",
  ).length;

// Read from the database in this process: a CLI run per poll cost about 1.4 s of CPU (held-calls.ts).
const pendingApprovals = async (): Promise<string[]> => heldCallIds(home, "twice");

async function holdDelete(): Promise<RawBridge> {
  const bridge = new RawBridge(home, "twice");
  await bridge.initialize();
  bridge.send({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "delete_account", arguments: { user: "bob" } },
  });
  return bridge;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("one approval, two sessions holding the same call", () => {
  it("releases one call; the other session is asked for an approval of its own", async () => {
    const first = await holdDelete();
    const [approval] = await until(pendingApprovals, (ids) => ids.length === 1, "the first hold");
    const second = await holdDelete();
    // Give the second call time to be judged: it waits on the same pending approval, or a new one.
    await new Promise((r) => setTimeout(r, 500));
    expect(deletes()).toBe(0);

    expect((await home.cli(["approvals", "approve", approval!])).code).toBe(0);
    await until(
      async () => deletes(),
      (n) => n >= 1,
      "the approved call",
    );
    // The approval was spent on one call: the other session's call does not follow it.
    await new Promise((r) => setTimeout(r, 1500));
    expect(deletes()).toBe(1);
    const [again] = await until(pendingApprovals, (ids) => ids.length === 1, "a new approval");
    expect(again).not.toBe(approval);
    // One session got the result; the other is told its call waits for an approval of its own.
    const answers = [];
    for (const bridge of [first, second]) {
      answers.push(await bridge.answerTo(2, 20_000));
      bridge.close();
      await bridge.exited;
    }
    expect(answers.filter((a) => "result" in a)).toHaveLength(1);
    expect(answers.filter((a) => "error" in a)).toMatchObject([
      { error: { data: { reason: "approval_pending", approval_id: again } } },
    ]);
    expect(deletes()).toBe(1);
  });
});
