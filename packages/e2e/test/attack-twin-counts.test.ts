// Attack (round 17): a base's rate limit and spend cap multiplied by personal copies of its server. A personal
// server running the base server's program is held to the base's policy (limits and caps included), but it
// was counted under its own name: the base allows 2 calls of echo a minute and 10 USD a day of payments, the
// personal file adds the same program once more (one argument more), and each entry had its own 2 calls and
// its own 10 USD. On 831619a, after the copy used its share, the base's server still forwarded echo and a
// payment to the recording server. Such a pair now shares its counts both ways (counted_with).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  recorderServerYaml,
  refusal,
  ServedBase,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const LIMITS = [
  "    policy:",
  "      rate_limit:",
  "        tool_limits: { echo: { requests_per_minute: 2 } }",
  "      spend:",
  "        currency: USD",
  "        tools: { create_payment: { cost_from: amount } }",
  "        caps: { per_day: 10 }",
].join("\n");
let base: ServedBase;
let home: GuardedHome;

beforeAll(async () => {
  base = await ServedBase.start(`servers:\n${recorderServerYaml("recorder", log, undefined, LIMITS)}\n`);
  // The copy: the recording server's program with one argument more, under a name of the personal file's.
  home = base.home(
    recorderServerYaml("copy", log).replace(/(\n {4}args: \[)([^\n]*)\]/, '$1$2, "--verbose"]'),
  );
});
afterAll(() => base.close());

/** The guard's answers to echo and to a payment of 5, `times` each, in one session of `server`. */
async function use(h: GuardedHome, server: string, times: number): Promise<unknown[]> {
  const seen: unknown[] = [];
  await toolSession(
    h,
    async (call) => {
      for (let i = 0; i < times; i++) {
        seen.push(refusal(await call("echo", {})));
        seen.push(refusal(await call("create_payment", { amount: 5 })));
      }
    },
    server,
  );
  return seen;
}

describe("a base server and a personal copy of its program", () => {
  it("share the base's rate limit and spend cap: the copy's use counts against the base's server", async () => {
    expect(await use(home, "copy", 2)).toEqual(["forwarded", "forwarded", "forwarded", "forwarded"]);
    expect(await use(home, "recorder", 1)).toEqual(["rate_limited", "spend_cap_exceeded"]);
  });
});
