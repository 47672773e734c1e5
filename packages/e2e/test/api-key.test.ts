// API-key authentication through the bridge: the key travels in the handshake only, identities get their
// own roles and buckets, failures are specific, audited, and nothing reaches the server.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE, guardedTransport, makeGuardedHome, failure } from "../src/index.js";

const CI_KEY = "mcpg_test_ci_0123456789abcdef0123456789abcdef";
const READER_KEY = "mcpg_test_reader_fedcba9876543210fedcba98765432";
const digest = (k: string) => createHash("sha256").update(k).digest("hex");

const home = makeGuardedHome(
  [
    "  keyed:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FIXTURE)}]`,
  ].join("\n"),
  [
    "auth:",
    "  mode: api_key",
    "  api_keys:",
    `    ${CI_KEY}: { name: ci, roles: [ci] }`,
    `    "sha256:${digest(READER_KEY)}": { name: reader, roles: [reader] }`,
    "  roles:",
    "    ci: {}",
    "    reader:",
    "      permissions:",
    '        denied_tools: ["env"]',
    "      rate_limit:",
    "        tool_limits:",
    "          echo: { requests_per_minute: 2 }",
  ].join("\n"),
);
afterAll(() => home.cleanup());

async function connect(env: Record<string, string>): Promise<Client> {
  const c = new Client({ name: "api-key-test", version: "1" });
  await c.connect(guardedTransport(home, "keyed", env));
  return c;
}

describe("API-key sessions", () => {
  it("refuses a session without a key, with a reason the user can act on", async () => {
    const err = await failure(connect({}));
    expect(err).toMatchObject({ code: -32600, data: { reason: "auth_required" } });
    expect(String(err?.data.detail)).toContain("MCP_GUARD_API_KEY");
  });

  it("refuses a wrong key and a key that is only the stored digest", async () => {
    expect(await failure(connect({ MCP_GUARD_API_KEY: "mcpg_wrong" }))).toMatchObject({
      data: { reason: "auth_invalid" },
    });
    expect(await failure(connect({ MCP_GUARD_API_KEY: `sha256:${digest(READER_KEY)}` }))).toMatchObject({
      data: { reason: "auth_invalid" },
    });
  });

  it("accepts a key from the environment or a key file, with the key's roles", async () => {
    const ci = await connect({ MCP_GUARD_API_KEY: CI_KEY });
    expect((await ci.callTool({ name: "env", arguments: {} })).isError).toBeFalsy();
    await ci.close();
    const file = `${home.dir}/reader.key`;
    writeFileSync(file, `${READER_KEY}\n`, { mode: 0o600 });
    const reader = await connect({ MCP_GUARD_API_KEY_FILE: file });
    expect(await failure(reader.callTool({ name: "env", arguments: {} }))).toMatchObject({
      data: { reason: "tool_denied" },
    });
    await reader.close();
  });

  it("keeps rate limits per identity", async () => {
    const reader = await connect({ MCP_GUARD_API_KEY: READER_KEY });
    const ci = await connect({ MCP_GUARD_API_KEY: CI_KEY });
    const calls = (c: Client) =>
      Promise.all(
        [1, 2, 3, 4].map((i) => failure(c.callTool({ name: "echo", arguments: { message: `${i}` } }))),
      );
    expect((await calls(reader)).filter((e) => e === undefined)).toHaveLength(2);
    expect((await calls(ci)).filter((e) => e === undefined)).toHaveLength(4);
    await Promise.all([reader.close(), ci.close()]);
  });

  it("never lets the key reach the server, its environment, the audit or the logs", async () => {
    const c = await connect({ MCP_GUARD_API_KEY: CI_KEY });
    const params = await c.callTool({ name: "echo-params", arguments: { probe: 1 } });
    const env = await c.callTool({ name: "env", arguments: {} });
    await c.close();
    expect(JSON.stringify(params)).not.toContain(CI_KEY);
    const received = JSON.parse((params.content as { text: string }[])[0]!.text) as Record<string, unknown>;
    expect(received).toEqual({ name: "echo-params", arguments: { probe: 1 } }); // exactly what the client sent
    expect(JSON.stringify(env)).not.toContain(CI_KEY);
    expect(JSON.stringify(env)).not.toContain("MCP_GUARD_API_KEY");
    await home.stop();
    for (const file of readdirSync(home.home)) {
      const bytes = readFileSync(`${home.home}/${file}`).toString("latin1");
      expect(bytes.includes(CI_KEY), file).toBe(false);
      expect(bytes.includes(READER_KEY), file).toBe(false);
    }
  });

  it("audits the refused attempts and names identities by key name", async () => {
    const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { identity: string; reason: string | null; method: string });
    expect(rows).toContainEqual(
      expect.objectContaining({
        method: "initialize",
        reason: "auth_required",
        identity: "api_key:anonymous",
      }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ method: "initialize", reason: "auth_invalid" }));
    expect(new Set(rows.map((r) => r.identity))).toEqual(
      new Set(["api_key:anonymous", "api_key:ci", "api_key:reader"]),
    );
  });
});
