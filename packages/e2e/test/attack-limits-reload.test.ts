// Attack: rate limits hold per identity across sessions and daemon restarts (README and
// docs/spend-and-approvals.md, rate limits). A config reload rebuilds the policy; if it rebuilt the buckets
// too, any edit (even one the caller provokes, such as a personal config touched by a tool that writes files)
// would hand out a fresh allowance. Through the real bridge: an exhausted limit must stay exhausted after an
// unrelated edit, and after another limit is added beside it. Both held when tried (0 of 2 extra calls
// reached the server): kept as a regression test.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { makeGuardedHome, recorded, recorderServerYaml, refusal, toolSession } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      rate_limit:",
  "        tool_limits:",
  "          echo: { requests_per_hour: 2 }",
];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(() => home.cleanup());

async function loadedAt(): Promise<string> {
  return ((await home.status()) as { config_loaded_at: string }).config_loaded_at;
}

/** Makes an edit and waits until the daemon has applied it. */
async function edited(edit: () => void): Promise<void> {
  const before = await loadedAt();
  edit();
  for (let i = 0; i < 100 && (await loadedAt()) === before; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await loadedAt()).not.toBe(before);
}

describe("rate limits across a config reload", () => {
  it("an exhausted limit stays exhausted after an edit is applied", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (let i = 0; i < 3; i++) outcomes.push(refusal(await call("echo", { i })));
    });
    await edited(() => appendFileSync(home.configPath, "\n# edited\n"));
    await toolSession(home, async (call) => {
      outcomes.push(refusal(await call("echo", { i: 3 })));
    });
    const limits = "          echo: { requests_per_hour: 2 }";
    await edited(() =>
      writeFileSync(
        home.configPath,
        readFileSync(home.configPath, "utf8").replace(
          limits,
          `${limits}\n          other: { requests_per_hour: 5 }`,
        ),
      ),
    );
    await toolSession(home, async (call) => {
      outcomes.push(refusal(await call("echo", { i: 4 })));
    });
    expect(outcomes).toEqual(["forwarded", "forwarded", "rate_limited", "rate_limited", "rate_limited"]);
    const calls = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    expect(calls).toHaveLength(2);
  });
});
