// Attack (round 37, found from outside): a `method_limits` entry under a method no client request is ever
// counted as. `method_limits` takes exact names (globs and regexes are refused, attack-exact-name-rules), but
// any other string is accepted: a typo (`resource/read` for `resources/read`), another letter case
// (`Resources/Read`: the rate limit looks methods up exactly), or a method only a server sends
// (`sampling/createMessage`, which the client→server rate limit never sees; its limit is
// `sampling.rate_limit`). `validate` calls such a config valid and the daemon enforces nothing, so the user
// trusts a limit that matches no request, which the config's promise ("a typo can never silently switch a
// rule off") and the refusal of undefined roles rule out. A correct guard refuses the entry, naming it;
// through the real bridge and the recording server, no more reads than the intended limit reach the server.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, type GuardedHome } from "../src/index.js";

const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
});

function homeLimiting(method: string): { home: GuardedHome; log: string } {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const policy = [
    "    policy:",
    "      rate_limit:",
    "        method_limits:",
    `          ${JSON.stringify(method)}: { requests_per_hour: 1 }`,
  ].join("\n");
  const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
  homes.push(home);
  return { home, log };
}

const readsSeen = (log: string): number =>
  recorded(log).filter((m) => typeof m === "object" && m.method === "resources/read").length;

/** Three reads of one resource in one bridge session: what the guard answered (a refused config: none). */
async function threeReads(home: GuardedHome): Promise<string[]> {
  const outcomes: string[] = [];
  const bridge = new RawBridge(home, "recorder");
  try {
    await bridge.initialize();
    for (let id = 1; id <= 3; id++) {
      bridge.send({
        jsonrpc: "2.0",
        id,
        method: "resources/read",
        params: { uri: "file:///tmp/readme.txt" },
      });
      const answer = await bridge.answerTo(id);
      const error = answer.error as { data?: { reason?: string } } | undefined;
      outcomes.push(error ? String(error.data?.reason) : "forwarded");
    }
  } catch (err) {
    outcomes.push(`no session: ${(err as Error).message.slice(0, 80)}`);
  }
  bridge.close();
  await bridge.exited;
  return outcomes;
}

describe("a method limit under a name no request is counted as", () => {
  it.each([
    ["a typo", "resource/read"],
    ["another letter case", "Resources/Read"],
    ["a method only servers send", "sampling/createMessage"],
  ])("(%s: %s) is not called valid", async (_what, method) => {
    const { home } = homeLimiting(method);
    const validated = await home.cli(["validate"]);
    expect(validated.stdout).not.toMatch(/is valid/);
    expect(validated.code).not.toBe(0);
    expect(validated.stdout + validated.stderr).toContain(method);
  });

  it("limits what it was meant to limit, or is refused: no more reads than the limit reach the server", async () => {
    const { home, log } = homeLimiting("resource/read");
    const outcomes = await threeReads(home);
    expect(readsSeen(log), `the guard answered ${outcomes.join(", ")}`).toBeLessThanOrEqual(1);
  });

  it("negative: the method as the specification spells it is accepted and enforced", async () => {
    const { home, log } = homeLimiting("resources/read");
    const validated = await home.cli(["validate"]);
    expect(validated.code).toBe(0);
    expect(await threeReads(home)).toEqual(["forwarded", "rate_limited", "rate_limited"]);
    expect(readsSeen(log)).toBe(1);
  });
});
