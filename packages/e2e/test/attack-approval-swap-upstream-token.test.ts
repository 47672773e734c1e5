// Attack: an approval carried to another account by swapping two entries' `upstream_auth_token`. A hosted MCP
// server reached over Streamable HTTP serves whichever account its bearer token names (a payment provider's
// test and live keys, a work and a personal account), so a config lists it twice under one URL: `sandbox` with
// the test account's token, `live` with the live one's. An approval is matched by a fingerprint of the server's
// name and its launch (launchOf: transport, command, arguments, directory, URL, environment), which leaves the
// token out. Round 13 closed this door for stdio servers, whose account lives in `env`
// (attack-approval-swap.test.ts); over HTTP the same edit still works: an agent that can write the config asks
// for `delete_customer` on `sandbox`, a person approves it, the agent swaps the two tokens, and its retry on
// `sandbox` runs against the live account on that approval. What a user expects: an approval is for the
// account the person saw; an entry that now sends another token is asked about again (the token, digested
// with the daemon key as the environment is, belongs in the launch). Proven with a recording Streamable HTTP
// server that keeps the bearer token of every tools/call. Negative: without an edit the approved call goes
// through once, with the sandbox token.
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { editConfig, makeGuardedHome, refusal, toolSession, type GuardedHome } from "../src/index.js";

const SANDBOX_TOKEN = "acct-sandbox-bearer-5f1c0d9e27a4";
const LIVE_TOKEN = "acct-live-bearer-93b7e2a6c1f8";
const POLICY = ["    policy:", "      spend:", "        require_approval: [delete_customer]"];

const servers: HttpServer[] = [];
const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
  for (const http of servers) {
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  }
});

async function body(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length
    ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>)
    : undefined;
}

/** A stateless hosted server; `calls` gets the bearer token each tools/call came with. */
async function hostedServer(calls: string[]): Promise<number> {
  const http = createServer((req, res) => {
    void (async () => {
      if (req.method !== "POST") return void res.writeHead(405).end();
      const message = await body(req);
      if (message?.id === undefined || typeof message.method !== "string")
        return void res.writeHead(202).end();
      const params = message.params as Record<string, unknown> | undefined;
      let result: unknown = {};
      if (message.method === "initialize")
        result = {
          protocolVersion: params?.protocolVersion ?? "2025-06-18",
          capabilities: { tools: {} },
          serverInfo: { name: "hosted-billing", version: "1.0.0" },
        };
      if (message.method === "tools/list")
        result = {
          tools: [
            {
              name: "delete_customer",
              description: "Deletes a customer of the account.",
              inputSchema: { type: "object", properties: { customer: { type: "string" } } },
            },
          ],
        };
      if (message.method === "tools/call") {
        calls.push(String(req.headers.authorization ?? ""));
        result = { content: [{ type: "text", text: "deleted" }] };
      }
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ jsonrpc: "2.0", id: message.id, result }));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  servers.push(http);
  return (http.address() as AddressInfo).port;
}

async function twoAccounts(): Promise<{ home: GuardedHome; calls: string[] }> {
  const calls: string[] = [];
  const port = await hostedServer(calls);
  const entry = (name: string, token: string) => [
    `  ${name}:`,
    "    transport: streamable-http",
    `    url: http://127.0.0.1:${port}/mcp`,
    `    upstream_auth_token: ${token}`,
    ...POLICY,
  ];
  const home = makeGuardedHome([...entry("sandbox", SANDBOX_TOKEN), ...entry("live", LIVE_TOKEN)].join("\n"));
  homes.push(home);
  return { home, calls };
}

async function deleteOn(home: GuardedHome, server: string): Promise<{ outcome: unknown; id?: string }> {
  let result: { outcome: unknown; id?: string } = { outcome: undefined };
  await toolSession(
    home,
    async (call) => {
      const answer = await call("delete_customer", { customer: "cus_Q8f2LmZ1" });
      const id = (answer as { error?: { data?: { approval_id?: string } } }).error?.data?.approval_id;
      result = { outcome: refusal(answer), ...(id ? { id } : {}) };
    },
    server,
  );
  return result;
}

describe("an approval across swapped upstream tokens", () => {
  it("does not follow the name to the account another token opens", async () => {
    const { home, calls } = await twoAccounts();
    const asked = await deleteOn(home, "sandbox");
    expect(asked.outcome).toBe("approval_pending");
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    await editConfig(home, (yaml) =>
      yaml
        .replaceAll(SANDBOX_TOKEN, "\u0000")
        .replaceAll(LIVE_TOKEN, SANDBOX_TOKEN)
        .replaceAll("\u0000", LIVE_TOKEN),
    );
    const retried = await deleteOn(home, "sandbox");
    expect(calls).toEqual([]);
    expect(retried.outcome).toBe("approval_pending");
  });

  it("negative: without an edit the approved call goes through once, with the sandbox token", async () => {
    const { home, calls } = await twoAccounts();
    const asked = await deleteOn(home, "sandbox");
    expect((await home.cli(["approvals", "approve", asked.id!])).code).toBe(0);
    expect((await deleteOn(home, "sandbox")).outcome).toBe("forwarded");
    expect((await deleteOn(home, "sandbox")).outcome).toBe("approval_pending");
    expect(calls).toEqual([`Bearer ${SANDBOX_TOKEN}`]);
  });
});
