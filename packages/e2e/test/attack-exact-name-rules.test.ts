// Attack (round 12): a rule written as a pattern where only exact names count. Allow and deny lists take
// globs (`delete_*`) and regexes (`^delete_`), so a user writes `require_approval: [delete_*]` or a tool
// limit under `"^send_"` the same way; both were accepted by `validate` and by the daemon, and matched no
// tool: `delete_account` ran without a person and `send_sms` without a limit. Through the real bridge and the
// recording server, before the fix: 1 of 1 `delete_account` and 3 of 3 `send_sms` calls reached the server
// (expected: none, then one). The fix refuses such a config (exact names only where rules are looked up by
// name: require_approval, spend.tools, tool_limits, method_limits), in `validate` and in the daemon, so the
// user learns the rule does nothing instead of trusting it; a reload with one keeps the previous config.
// Negative: exact names (with the dots, dashes and slashes tool names may hold) are still accepted and
// enforced.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  recorderServerYaml,
  refusal,
  toolCallsIn,
  toolSession,
  toolDefinition,
  type GuardedHome,
} from "../src/index.js";

const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
});

const TOOLS = {
  tools: ["echo", "delete_account", "send_sms", "files.read-all"].map((n) => toolDefinition(n, "A tool.")),
};

function policy(approval: string, limited: string): string {
  return [
    "    policy:",
    "      rate_limit:",
    "        tool_limits:",
    `          ${JSON.stringify(limited)}: { requests_per_hour: 1 }`,
    "      spend:",
    `        require_approval: [${JSON.stringify(approval)}]`,
  ].join("\n");
}

function home(approval: string, limited: string): { home: GuardedHome; log: string } {
  const log = join(makeGuardedHome().dir, "recorder.log");
  writeFileSync(`${log}.definitions.json`, JSON.stringify(TOOLS));
  const h = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy(approval, limited)));
  homes.push(h);
  return { home: h, log };
}

/** In one session, each tool called the given number of times: the guard's answers, in order. */
async function attempt(h: GuardedHome, ...calls: Array<[tool: string, times: number]>): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  await toolSession(h, async (call) => {
    for (const [tool, times] of calls)
      for (let i = 0; i < times; i++) outcomes.push(refusal(await call(tool, { i })));
  }).catch((err: Error) => outcomes.push(`no session: ${err.message.slice(0, 60)}`));
  return outcomes;
}

describe("rules that take exact names", () => {
  it.each([
    ["a glob in require_approval", "delete_*", "echo"],
    ["a regex in require_approval", "^delete_", "echo"],
    ["a glob as a tool limit", "wipe", "send_*"],
    ["a regex as a tool limit", "wipe", "^send_"],
  ])(
    "%s is refused, and nothing it was meant to guard reaches the server",
    async (_what, approval, limited) => {
      const { home: h, log } = home(approval, limited);
      const validated = await h.cli(["validate"]);
      expect(validated.code).not.toBe(0);
      expect(validated.stderr + validated.stdout).toMatch(/exact/);
      await attempt(h, ["delete_account", 1], ["send_sms", 3]);
      expect(toolCallsIn(log, "delete_account")).toBe(0);
      expect(toolCallsIn(log, "send_sms")).toBe(0);
    },
  );

  it("an edit bringing one is refused and the rules in force stay", async () => {
    const { home: h, log } = home("delete_account", "send_sms");
    expect(await attempt(h, ["echo", 1])).toEqual(["forwarded"]);
    const yaml = readFileSync(h.configPath, "utf8");
    writeFileSync(
      h.configPath,
      yaml.replace('"delete_account"', '"delete_*"').replace('"send_sms"', '"send_*"'),
    );
    const reload = await h.cli(["reload"]);
    expect(reload.code).not.toBe(0);
    expect(reload.stdout + reload.stderr).toMatch(/exact names/);
    expect(await attempt(h, ["delete_account", 1], ["send_sms", 2])).toEqual([
      "approval_pending",
      "forwarded",
      "rate_limited",
    ]);
    expect(toolCallsIn(log, "delete_account")).toBe(0);
    expect(toolCallsIn(log, "send_sms")).toBe(1);
  });

  it("negative: exact names, dots, dashes and slashes included, are accepted and enforced", async () => {
    const { home: h, log } = home("files.read-all", "send_sms");
    const validated = await h.cli(["validate"]);
    expect(validated.code).toBe(0);
    expect(await attempt(h, ["files.read-all", 1], ["send_sms", 2], ["delete_account", 1])).toEqual([
      "approval_pending",
      "forwarded",
      "rate_limited",
      "forwarded",
    ]);
    expect(toolCallsIn(log, "files.read-all")).toBe(0);
    expect(toolCallsIn(log, "send_sms")).toBe(1);
  });
});
