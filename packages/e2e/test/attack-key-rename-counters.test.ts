// Attack (round 37, found from outside): a fresh allowance by renaming the API key. Rate-limit buckets and
// the spend ledger are kept per identity, and an API key's identity is its `name` (`api_key:<name>`), so the
// same key given another name in the config (or a name where it had none) starts with a full bucket and an
// empty ledger: an agent that can write the config gets another hour's calls or another day's money with one
// edit, without touching the limits themselves. It is the door round 12 closed for a renamed server
// (attack-rename-counters: the counts follow the server's launch, whatever it is called now); the key behind
// the identity is as stable as a server's launch (its digest stays across reloads). Through the real bridge in
// api_key mode and the recording server: the renamed key's extra `echo` and extra paid `create_payment` call
// reach the server. Negative: another key, under another name, still has its own allowance.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  ALLOWANCE_SPENT,
  editConfig,
  makeGuardedHome,
  oneMoreEchoAndCharge,
  recorderServerYaml,
  spendAllowance,
  toolCallsIn,
  type GuardedHome,
} from "../src/index.js";

const KEY = "mcpg_attack_key_rename_0123456789abcdef0123";
const OTHER_KEY = "mcpg_attack_key_rename_other_fedcba98765432";

const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
});

const POLICY = [
  "    policy:",
  "      rate_limit:",
  "        tool_limits:",
  "          echo: { requests_per_hour: 2 }",
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 10 }",
].join("\n");

function keyedHome(keyEntry: string): { home: GuardedHome; log: string } {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const home = makeGuardedHome(
    recorderServerYaml("recorder", log, undefined, POLICY),
    [
      "auth:",
      "  mode: api_key",
      "  api_keys:",
      `    ${KEY}: ${keyEntry}`,
      `    ${OTHER_KEY}: { name: other }`,
    ].join("\n"),
  );
  home.env.MCP_GUARD_API_KEY = KEY;
  homes.push(home);
  return { home, log };
}

describe("rate limits and spend caps of an API key given another name", () => {
  it("the same key under a new name is still out of calls and money", async () => {
    const { home, log } = keyedHome("{ name: agent }");
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) => yaml.replace("{ name: agent }", "{ name: agent-renamed }"));
    expect(await oneMoreEchoAndCharge(home, "recorder")).toEqual(["rate_limited", "spend_cap_exceeded"]);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  it("the same key given a name where it had none is still out of calls and money", async () => {
    const { home, log } = keyedHome("{ roles: [default] }");
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) =>
      yaml.replace("{ roles: [default] }", "{ name: fresh, roles: [default] }"),
    );
    expect(await oneMoreEchoAndCharge(home, "recorder")).toEqual(["rate_limited", "spend_cap_exceeded"]);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  it("negative: another key under another name has its own allowance", async () => {
    const { home, log } = keyedHome("{ name: agent }");
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    home.env.MCP_GUARD_API_KEY = OTHER_KEY;
    expect(await oneMoreEchoAndCharge(home, "recorder")).toEqual(["forwarded", "forwarded"]);
    expect(toolCallsIn(log, "echo")).toBe(3);
    expect(toolCallsIn(log, "create_payment")).toBe(2);
  });
});
