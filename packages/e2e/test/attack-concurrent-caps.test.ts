// Attack (round 14): race the spend cap and a rate limit with calls in flight at once, across sessions of
// one user: 16 paid calls (4 bridges, 4 each, all sent before any answer is read) against a day's cap of 10,
// and 8 echo calls (2 bridges) against 5 an hour. The checks and the ledger are one synchronous step per
// call, so no two calls can both see room for one; this test holds that down (it passed before any change).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml, toolCallsIn } from "../src/index.js";

const POLICY = [
  "    policy:",
  "      rate_limit:",
  "        tool_limits:",
  "          echo: { requests_per_hour: 5 }",
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 10 }",
].join("\n");
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, POLICY));
afterAll(() => home.cleanup());

/** `bridges` sessions each sending `perBridge` calls of `tool` at once; the guard's reasons, "forwarded" for a result. */
async function burst(bridges: number, perBridge: number, tool: string): Promise<string[]> {
  const sessions = await Promise.all(
    Array.from({ length: bridges }, async () => {
      const bridge = new RawBridge(home, "recorder");
      await bridge.initialize();
      return bridge;
    }),
  );
  sessions.forEach((bridge, b) => {
    for (let i = 0; i < perBridge; i++)
      bridge.send({
        jsonrpc: "2.0",
        id: i + 1,
        method: "tools/call",
        params: { name: tool, arguments: { amount: 1, b, i } },
      });
  });
  const outcomes: string[] = [];
  for (const bridge of sessions) {
    for (let answered = 0; answered < perBridge;) {
      const line = await bridge.next();
      if (line.id === undefined) continue;
      answered++;
      const reason = (line.error as { data?: { reason?: string } } | undefined)?.data?.reason;
      outcomes.push(line.error ? (reason ?? "error") : "forwarded");
    }
    bridge.close();
    await bridge.exited;
  }
  return outcomes.sort();
}

describe("caps and limits raced by calls in flight at once", () => {
  it("16 paid calls from 4 sessions at once spend no more than the day's cap", async () => {
    const outcomes = await burst(4, 4, "create_payment");
    expect(outcomes.filter((o) => o === "forwarded")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "spend_cap_exceeded")).toHaveLength(6);
    expect(toolCallsIn(log, "create_payment")).toBe(10);
  });

  it("8 echo calls from 2 sessions at once get no more than the hour's 5", async () => {
    const outcomes = await burst(2, 4, "echo");
    expect(outcomes.filter((o) => o === "forwarded")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(3);
    expect(toolCallsIn(log, "echo")).toBe(5);
  });
});
