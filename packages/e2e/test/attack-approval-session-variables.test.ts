// Attack: an approval carried to another account by a session's variables. A `${VAR}` in a server's entry is
// filled for each session from the environment the client gave the bridge (docs/configuration.md, "Variables
// per session": "two clients with different tokens for one server each get their own"), so one entry
// `billing` serves the sandbox account to one client and the live account to another. An approval is matched
// by the server's name and its launch, and the launch is taken from the entry as configured, its variables
// unfilled (session-factory.ts), so both clients' sessions have one launch: when a person approves
// `delete_account` asked from the sandbox client, the same call from the client whose variable names the live
// account is let through on that approval, and runs there. docs/spend-and-approvals.md: "An approval holds
// only for what the entry launched when the person decided". What a user expects: an approval is for the
// account the person saw; a session whose variables fill the entry otherwise (the filled entry's launch,
// digested with the daemon key as the environment is) is asked about again. Through the real bridge (two
// clients' environments) and the recording server, whose log stands for the account. Negative: the sandbox
// client's own retry goes through once, to the sandbox.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RECORDER, recorded, refusal, toolSession, type GuardedHome } from "../src/index.js";

const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
});

function oneEntryTwoAccounts(): { home: GuardedHome; sandbox: string; live: string } {
  const dir = makeGuardedHome().dir;
  const sandbox = join(dir, "sandbox.log");
  const live = join(dir, "live.log");
  const home = makeGuardedHome(
    [
      "  billing:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(RECORDER)}]`,
      "    env:",
      '      RECORDER_LOG: "${BILLING_ACCOUNT_LOG}"',
      `      RECORDER_DEFINITIONS: ${JSON.stringify(join(dir, "billing.definitions.json"))}`,
      `      RECORDER_TO_CLIENT: ${JSON.stringify(join(dir, "billing.to-client.json"))}`,
      "    policy:",
      "      spend:",
      "        require_approval: [delete_account]",
    ].join("\n"),
  );
  homes.push(home);
  return { home, sandbox, live };
}

/** The home as a client whose environment names `account` (the bridge passes it to the session). */
const clientOf = (home: GuardedHome, account: string): GuardedHome => ({
  ...home,
  env: { ...home.env, BILLING_ACCOUNT_LOG: account },
});

async function deleteAccount(client: GuardedHome): Promise<{ outcome: unknown; id?: string }> {
  let result: { outcome: unknown; id?: string } = { outcome: undefined };
  await toolSession(
    client,
    async (call) => {
      const answer = await call("delete_account", { account: "acct_Q8f2LmZ1" });
      const id = (answer as { error?: { data?: { approval_id?: string } } }).error?.data?.approval_id;
      result = { outcome: refusal(answer), ...(id ? { id } : {}) };
    },
    "billing",
  );
  return result;
}

const deletions = (log: string) =>
  recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

describe("an approval across clients whose variables name other accounts", () => {
  it("does not let the live client's identical call through on the sandbox approval", async () => {
    const { home, sandbox, live } = oneEntryTwoAccounts();
    const asked = await deleteAccount(clientOf(home, sandbox));
    expect(asked.outcome).toBe("approval_pending");
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    const other = await deleteAccount(clientOf(home, live));
    expect(deletions(live)).toBe(0);
    expect(other.outcome).toBe("approval_pending");
  });

  it("negative: the sandbox client's retry goes through once, to the sandbox", async () => {
    const { home, sandbox, live } = oneEntryTwoAccounts();
    const asked = await deleteAccount(clientOf(home, sandbox));
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    expect((await deleteAccount(clientOf(home, sandbox))).outcome).toBe("forwarded");
    expect(deletions(sandbox)).toBe(1);
    expect(deletions(live)).toBe(0);
  });
});
