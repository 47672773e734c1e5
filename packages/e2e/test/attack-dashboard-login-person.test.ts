// Attack (round 13): approving one's own request through the dashboard's login link. With
// approvals.require_person, `mcp-guard approvals approve` refuses a process without a terminal (an agent's
// shell tool), but `mcp-guard dashboard` printed a one-time login link to that same process: it could open the
// link with any HTTP client, keep the cookie, and POST the approval, with no person involved. What a user
// expects: require_person stops an agent whose commands run without a terminal, whichever command it tries.
// Through the real bridge and the recording server, before the fix: 1 of 1 held call reached the server
// after the agent approved it this way. Negatives: without require_person the link is printed as before, and
// a person at a terminal (a pty) still gets it and approves in the dashboard.
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  CLI,
  dashboardLogin,
  failure,
  type GuardedHome,
  heldCallHome,
  pendingApprovalId,
  toolCallsSeen,
  type HeldCallHome,
} from "../src/index.js";

const homes: GuardedHome[] = [];
const clients: Client[] = [];
afterAll(async () => {
  for (const client of clients) await client.close();
  for (const home of homes) await home.cleanup();
});

async function held(requirePerson: boolean): Promise<HeldCallHome> {
  const held = await heldCallHome(requirePerson, "dashboard-person");
  homes.push(held.home);
  clients.push(held.client);
  return held;
}

/** What an agent does with the link: log in, keep the session, approve. The approval's HTTP status. */
async function approveWithLink(output: string, id: string): Promise<number | undefined> {
  const link = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(output)?.[0];
  if (link === undefined) return undefined;
  const { origin, headers } = await dashboardLogin(link);
  const decided = await fetch(`${origin}/api/approvals/${id}/approve`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: "{}",
  });
  return decided.status;
}

/** `mcp-guard dashboard` on a pty (util-linux script), as a person at a terminal runs it. */
function dashboardOnTerminal(home: GuardedHome): Promise<string> {
  return new Promise((resolve) => {
    const command = [process.execPath, CLI, "dashboard"].map((a) => `'${a}'`).join(" ");
    const child = spawn("script", ["-q", "-e", "-f", "-c", command, "/dev/null"], {
      env: { ...home.env, TERM: "dumb" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (out += text));
    child.on("close", () => resolve(out));
  });
}

describe("the dashboard's login link under approvals.require_person", () => {
  it("is not given to a process without a terminal, so it cannot approve its own call", async () => {
    const { home, client, log } = await held(true);
    const id = await pendingApprovalId(client);
    const asked = await home.cli(["dashboard"]);
    expect(await approveWithLink(asked.stdout, id)).toBeUndefined();
    expect(asked.code).toBe(1);
    expect(asked.stderr).toContain("needs a person (approvals.require_person)");
    // Nor by having it opened in a "browser" the agent chose.
    const opened = await home.cli(["dashboard", "--open"]);
    expect(await approveWithLink(opened.stdout, id)).toBeUndefined();
    expect(
      await failure(client.callTool({ name: "delete_account", arguments: { account: "a" } })),
    ).toMatchObject({ data: { reason: "approval_pending", approval_id: id } });
    expect(toolCallsSeen(log)).toBe(0);
  });

  it("negative: a person at a terminal gets the link and approves in the dashboard", async () => {
    const { home, client, log } = await held(true);
    const id = await pendingApprovalId(client);
    expect(await approveWithLink(await dashboardOnTerminal(home), id)).toBe(200);
    expect(
      await failure(client.callTool({ name: "delete_account", arguments: { account: "a" } })),
    ).toBeUndefined();
    expect(toolCallsSeen(log)).toBe(1);
  });

  it("negative: without require_person the link is printed to any process", async () => {
    const { home, client, log } = await held(false);
    const id = await pendingApprovalId(client);
    const asked = await home.cli(["dashboard"]);
    expect(asked.code).toBe(0);
    expect(await approveWithLink(asked.stdout, id)).toBe(200);
    expect(
      await failure(client.callTool({ name: "delete_account", arguments: { account: "a" } })),
    ).toBeUndefined();
    expect(toolCallsSeen(log)).toBe(1);
  });
});
