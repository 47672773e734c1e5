// Attack (round 13): an approval carried to another server by a config edit. An approval matches the same
// server name, identity, tool and arguments; the name is only a label in the config. An agent that can write
// the config (a file-writing tool pointed at it) asks for `delete_account` on its `sandbox` server, a person
// approves that, and before the agent retries it swaps what the names launch (here: the two entries' logs,
// standing for their accounts), so the approved call runs on the server that was `live` when the person
// decided. What a user expects: an approval is for the server the person saw; a name that launches something
// else since is asked about again. Through the real bridge and two recording servers, before the fix: 1 of 1
// approved calls reached the other server. Negative: without an edit the approved call goes through once, to
// the server it was approved for.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  editConfig,
  makeGuardedHome,
  recorded,
  recorderServerYaml,
  refusal,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
});

const POLICY = ["    policy:", "      spend:", "        require_approval: [delete_account]"].join("\n");

function twoAccounts(): { home: GuardedHome; sandbox: string; live: string } {
  const dir = makeGuardedHome().dir;
  const sandbox = join(dir, "sandbox.log");
  const live = join(dir, "live.log");
  const home = makeGuardedHome(
    [
      recorderServerYaml("sandbox", sandbox, join(dir, "sandbox.definitions.json"), POLICY),
      recorderServerYaml("live", live, join(dir, "live.definitions.json"), POLICY),
    ].join("\n"),
  );
  homes.push(home);
  return { home, sandbox, live };
}

const deletions = (log: string) =>
  recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

async function deleteOn(home: GuardedHome, server: string): Promise<{ outcome: unknown; id?: string }> {
  let result: { outcome: unknown; id?: string } = { outcome: undefined };
  await toolSession(
    home,
    async (call) => {
      const answer = await call("delete_account", { account: "a" });
      const id = (answer as { error?: { data?: { approval_id?: string } } }).error?.data?.approval_id;
      result = { outcome: refusal(answer), ...(id ? { id } : {}) };
    },
    server,
  );
  return result;
}

describe("an approval across a config edit", () => {
  it("does not follow the name to a server launched otherwise", async () => {
    const { home, sandbox, live } = twoAccounts();
    const asked = await deleteOn(home, "sandbox");
    expect(asked.outcome).toBe("approval_pending");
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    // The two names now launch each other's server (their logs stand for their accounts).
    await editConfig(home, (yaml) =>
      yaml.replaceAll(sandbox, "\u0000").replaceAll(live, sandbox).replaceAll("\u0000", live),
    );
    const retried = await deleteOn(home, "sandbox");
    expect(retried.outcome).toBe("approval_pending");
    expect(retried.id).not.toBe(asked.id);
    expect(deletions(live)).toBe(0);
    expect(deletions(sandbox)).toBe(0);
  });

  it("negative: without an edit the approved call goes through once, where it was approved", async () => {
    const { home, sandbox, live } = twoAccounts();
    const asked = await deleteOn(home, "sandbox");
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    expect((await deleteOn(home, "sandbox")).outcome).toBe("forwarded");
    expect((await deleteOn(home, "sandbox")).outcome).toBe("approval_pending");
    expect(deletions(sandbox)).toBe(1);
    expect(deletions(live)).toBe(0);
  });
});
