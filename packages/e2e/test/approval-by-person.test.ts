// Approvals by a person (issue 11 item 14): with approvals.require_person, a process without a terminal
// (an agent's shell tool) cannot approve its own request; a person can, in an interactive terminal (a pty
// from `script`, typing back the printed code) or in the dashboard after its one-time login.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLI,
  dashboardLogin,
  failure,
  guardedTransport,
  makeGuardedHome,
  recorded,
  recorderServerYaml,
} from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(
  recorderServerYaml(
    "pay",
    log,
    undefined,
    ["    policy:", "      spend:", "        require_approval: [delete_account]"].join("\n"),
  ),
  "approvals:\n  require_person: true",
);
let client: Client;
beforeAll(async () => {
  client = new Client({ name: "person-test", version: "1" });
  await client.connect(guardedTransport(home, "pay"));
});
afterAll(async () => {
  await client.close();
  await home.cleanup();
});

const deletions = (account: string) =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" &&
      m.method === "tools/call" &&
      JSON.stringify(m.params).includes(`"account":"${account}"`),
  ).length;

async function pendingId(account: string): Promise<string> {
  const error = await failure(client.callTool({ name: "delete_account", arguments: { account } }));
  expect(error).toMatchObject({ code: -32004, data: { reason: "approval_pending" } });
  return String(error!.data.approval_id);
}

/** Runs `mcp-guard approvals approve <id>` on a pty (util-linux script), typing what `answer` returns. */
function approveOnTerminal(
  id: string,
  answer: (code: string) => string,
  args = ["approvals", "approve", id],
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const command = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(" ");
    const child = spawn("script", ["-q", "-e", "-f", "-c", command, "/dev/null"], {
      env: { ...home.env, TERM: "dumb" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let typed = false;
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      out += text;
      const code = /Type ([A-Z]{4}) and Enter/.exec(out)?.[1];
      if (code && !typed) {
        typed = true;
        child.stdin.write(`${answer(code)}\n`);
      }
    });
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("approvals.require_person", () => {
  it("refuses an approval from a process without a terminal; the call stays held", async () => {
    const id = await pendingId("alice");
    const attempt = await home.cli(["approvals", "approve", id]);
    expect(attempt.code).toBe(1);
    expect(attempt.stderr).toContain("needs a person (approvals.require_person)");
    expect((await home.cli(["approvals", "list"])).stdout).toMatch(new RegExp(`${id}\\s+pending`));
    expect(
      await failure(client.callTool({ name: "delete_account", arguments: { account: "alice" } })),
    ).toMatchObject({
      data: { reason: "approval_pending", approval_id: id },
    });
    const pins = await home.cli(["pins", "approve", "pay", "delete_account"]);
    expect(pins.code).toBe(1);
    expect(pins.stderr).toContain("needs a person");
    expect(deletions("alice")).toBe(0);
  });

  it("accepts it from an interactive terminal once the printed code is typed back", async () => {
    const id = await pendingId("bob");
    const wrong = await approveOnTerminal(id, () => "NOPE");
    expect(wrong.code).not.toBe(0);
    expect(wrong.out).toContain("not confirmed");
    expect(
      await failure(client.callTool({ name: "delete_account", arguments: { account: "bob" } })),
    ).toMatchObject({
      data: { reason: "approval_pending" },
    });
    const right = await approveOnTerminal(id, (code) => code);
    expect(right.code, right.out).toBe(0);
    expect(right.out).toContain(`approved ${id}`);
    expect(
      await failure(client.callTool({ name: "delete_account", arguments: { account: "bob" } })),
    ).toBeUndefined();
    expect(deletions("bob")).toBe(1);
  });

  it("accepts it from the dashboard after its one-time login (the link printed on a terminal)", async () => {
    const id = await pendingId("carol");
    // Without a terminal no link is printed (attack-dashboard-login-person.test.ts).
    const link = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(
      (await approveOnTerminal(id, () => "", ["dashboard"])).out,
    )![0];
    const { origin, headers } = await dashboardLogin(link);
    const decided = await fetch(`${origin}/api/approvals/${id}/approve`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: "{}",
    });
    expect(decided.status).toBe(200);
    expect(
      await failure(client.callTool({ name: "delete_account", arguments: { account: "carol" } })),
    ).toBeUndefined();
    expect(deletions("carol")).toBe(1);
  });
});
