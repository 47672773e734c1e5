// Attack (round 39): the guard forwards what JSON.parse made of a call, re-serialised, so an integer beyond
// 2^53 in the arguments reaches the server as another number: `to_account: 12345678901234567891` arrives as
// 12345678901234567000, a Discord or Twitter id (19 digits) as a neighbour's. The agent asked for one account
// and the server pays, deletes or posts to another, with no word from the guard; a call held for a person is
// shown in `approvals show` with the rounded number, so the person approves an account the agent never named,
// while the README says the approved call reaches the server exactly as sent. The guard already refuses a
// JSON-RPC id beyond 2^53 for this reason. A correct guard forwards such a number exactly, or refuses the call
// (saying why); it never hands the server a number the client did not send. Through the real bridge, the
// recording server (which logs each line as received) and `approvals show` / `approve`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { heldCallIds, makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const logs = { plain: join(dir, "plain.log"), held: join(dir, "held.log") };
const held = [
  "    policy:",
  "      spend:",
  "        require_approval: [create_payment]",
  "        wait_for_approval_seconds: 60",
].join("\n");
const home = makeGuardedHome(
  [
    recorderServerYaml("plain", logs.plain),
    // Its own program arguments, so the two servers are told apart.
    recorderServerYaml("held", logs.held, undefined, held).replace("]\n", ', "held"]\n'),
  ].join("\n"),
);
afterAll(async () => {
  await home.cleanup();
});

const SENT = "12345678901234567891";
const ROUNDED = String(Number(SENT)); // 12345678901234567000
const CALL = `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"create_payment","arguments":{"to_account":${SENT},"amount":5}}}`;

/** The tools/call lines the server received, exactly as received (the recorder logs each line raw). */
const rawCalls = (log: string) =>
  existsSync(log)
    ? readFileSync(log, "utf8")
        .split("\n")
        .filter((l) => l.includes('"tools/call"'))
    : [];

describe("an integer beyond 2^53 in a call's arguments", () => {
  it("never reaches the server as another number", async () => {
    const bridge = new RawBridge(home, "plain");
    await bridge.initialize();
    bridge.send(CALL);
    await bridge.answerTo(2, 20_000);
    bridge.close();
    await bridge.exited;
    for (const line of rawCalls(logs.plain)) {
      expect(line).not.toContain(ROUNDED);
      expect(line).toContain(SENT);
    }
  });

  it("is neither shown to the person nor sent to the server as another number once approved", async () => {
    const bridge = new RawBridge(home, "held");
    await bridge.initialize();
    bridge.send(CALL);
    // A guard that refuses the call outright answers at once and queues nothing: the wait ends there.
    let answered = false;
    const answer = bridge.answerTo(2, 20_000).finally(() => (answered = true));
    let approval: string | undefined;
    for (let i = 0; i < 150 && !approval && !answered; i++) {
      approval = heldCallIds(home, "held")[0];
      if (!approval) await new Promise((r) => setTimeout(r, 100));
    }
    if (approval) {
      const shown = (await home.cli(["approvals", "show", approval])).stdout;
      // Before the fix: "to_account": 12345678901234567000, an account the agent never named.
      expect(shown).not.toContain(ROUNDED);
      expect((await home.cli(["approvals", "approve", approval])).code).toBe(0);
    }
    await answer;
    bridge.close();
    await bridge.exited;
    for (const line of rawCalls(logs.held)) {
      expect(line).not.toContain(ROUNDED);
      expect(line).toContain(SENT);
    }
  });
});
