// OAuth through the bridge against a test issuer on loopback: the PKCE login flow of the CLI, tokens
// verified at every connection (signature, issuer, audience, algorithm, expiry), claims mapped to roles,
// refresh of an expired stored token, expiry during a session, and the token never reaching the server.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLI,
  FIXTURE,
  guardedTransport,
  makeGuardedHome,
  oauthAuthYaml,
  startIssuer,
  type GuardedHome,
  type Issuer,
  failure,
} from "../src/index.js";

let issuer: Issuer;
let home: GuardedHome;

beforeAll(async () => {
  issuer = await startIssuer();
  home = makeGuardedHome(
    [
      "  fx:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FIXTURE)}]`,
    ].join("\n"),
    [
      ...oauthAuthYaml(issuer, "{ reader: [reader], admin: [admin] }", { clockToleranceSeconds: 0 }),
      "  roles:",
      "    admin: {}",
      "    reader:",
      "      permissions:",
      '        denied_tools: ["env"]',
    ].join("\n"),
  );
});
afterAll(async () => {
  await home.cleanup();
  await issuer.close();
});

async function connect(env: Record<string, string> = {}): Promise<Client> {
  const c = new Client({ name: "oauth-test", version: "1" });
  await c.connect(guardedTransport(home, "fx", env));
  return c;
}

/** Runs `auth login --no-browser` and plays the browser: follows the printed address and its redirect. */
async function login(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, "auth", "login", "--no-browser", "--timeout", "20"], {
    env: home.env,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
  const address = await new Promise<string>((resolve) => {
    child.stderr.setEncoding("utf8").on("data", (t: string) => {
      stderr += t;
      const match = /https?:\/\/\S+/.exec(stderr);
      if (match) resolve(match[0]);
    });
  });
  const consent = await fetch(address, { redirect: "manual" });
  expect(consent.status).toBe(302);
  const landing = await fetch(consent.headers.get("location")!);
  expect(await landing.text()).toContain("Logged in");
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

describe("OAuth", () => {
  it("refuses a session without a token, saying how to get one", async () => {
    const err = await failure(connect());
    expect(err).toMatchObject({ code: -32600, data: { reason: "auth_required" } });
    expect(String(err?.data.detail)).toContain("mcp-guard auth login");
  });

  it("logs in with Authorization Code + PKCE and stores the tokens owner-only", async () => {
    const { code, stdout, stderr } = await login();
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^logged in as alice; token valid until \d{4}-/);
    expect((statSync(`${home.home}/tokens`).mode & 0o777).toString(8)).toBe("700");
    expect((statSync(`${home.home}/tokens/default.json`).mode & 0o777).toString(8)).toBe("600");
    const status = await home.cli(["auth", "status"]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("logged in as alice");
  });

  it("uses the stored token: the identity is the subject and its claims give the roles", async () => {
    const c = await connect();
    expect((await c.callTool({ name: "echo", arguments: { message: "hi" } })).content).toEqual([
      { type: "text", text: "hi" },
    ]);
    expect(await failure(c.callTool({ name: "env", arguments: {} }))).toMatchObject({
      data: { reason: "tool_denied" },
    });
    const params = await c.callTool({ name: "echo-params", arguments: {} });
    await c.close();
    const stored = JSON.parse(readFileSync(`${home.home}/tokens/default.json`, "utf8")) as {
      access_token: string;
    };
    expect(JSON.stringify(params)).not.toContain(stored.access_token.slice(0, 40));
  });

  it.each([
    [
      "an expired token",
      () => issuer.mint({ sub: "bob", roles: ["admin"] }, { expiresIn: -60 }),
      "auth_expired",
      "expired",
    ],
    [
      "a forged token",
      () => issuer.mint({ sub: "bob", roles: ["admin"] }, { foreignKey: true }),
      "auth_invalid",
      "signature does not verify",
    ],
    [
      "a token for another audience",
      () => issuer.mint({ sub: "bob", roles: ["admin"] }, { audience: "someone-else" }),
      "auth_invalid",
      '"aud"',
    ],
    [
      "a token from another issuer",
      () => issuer.mint({ sub: "bob", roles: ["admin"] }, { issuer: "https://evil.example" }),
      "auth_invalid",
      '"iss"',
    ],
    [
      "a token without a mapped role",
      () => issuer.mint({ sub: "bob", roles: ["intern"], scope: "openid" }),
      "auth_invalid",
      "maps to no role",
    ],
    [
      "an unsigned token",
      async () =>
        `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"bob"}').toString("base64url")}.`,
      "auth_invalid",
      "",
    ],
    ["garbage", async () => "not-a-jwt", "auth_invalid", "not a valid JWT"],
  ])("refuses %s", async (_, token, reason, detail) => {
    const err = await failure(connect({ MCP_GUARD_TOKEN: await token() }));
    expect(err).toMatchObject({ code: -32600, data: { reason } });
    expect(String(err?.data.detail)).toContain(detail);
  });

  it("stops a session when its token expires", async () => {
    const c = await connect({
      MCP_GUARD_TOKEN: await issuer.mint(
        { sub: "carol", roles: ["admin"], scope: "openid" },
        { expiresIn: 4 },
      ),
    });
    // The first call waits for the guard to list the server's tools (five pages): room for a loaded machine.
    expect(await failure(c.callTool({ name: "echo", arguments: { message: "in time" } }))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 4200));
    expect(await failure(c.callTool({ name: "echo", arguments: { message: "too late" } }))).toMatchObject({
      data: { reason: "auth_expired" },
    });
    await c.close();
  });

  it("refreshes an expired stored token with its refresh token", async () => {
    const storePath = `${home.home}/tokens/default.json`;
    const stored = JSON.parse(readFileSync(storePath, "utf8")) as Record<string, unknown>;
    const { writeFileSync } = await import("node:fs");
    writeFileSync(
      storePath,
      JSON.stringify({
        ...stored,
        access_token: await issuer.mint(issuer.userClaims, { expiresIn: -10 }),
        expires_at: Date.now() - 10_000,
      }),
    );
    const before = issuer.refreshes;
    const c = await connect();
    expect(await failure(c.callTool({ name: "echo", arguments: { message: "refreshed" } }))).toBeUndefined();
    await c.close();
    expect(issuer.refreshes).toBe(before + 1);
    expect(
      (JSON.parse(readFileSync(storePath, "utf8")) as { expires_at: number }).expires_at,
    ).toBeGreaterThan(Date.now());
  });

  it("audits OAuth identities and never stores tokens", async () => {
    await home.stop();
    const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
    const identities = new Set(
      stdout
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { identity: string }).identity),
    );
    expect(identities).toContain("oauth:alice");
    expect(identities).toContain("oauth:carol");
    for (const file of readdirSync(home.home).filter((f) => f !== "tokens")) {
      expect(readFileSync(`${home.home}/${file}`).toString("latin1"), file).not.toMatch(
        /eyJ[A-Za-z0-9_-]{20,}\.eyJ/,
      );
    }
  });

  it("logs out", async () => {
    expect((await home.cli(["auth", "logout"])).stdout).toContain("logged out");
    expect((await home.cli(["auth", "status"])).code).toBe(1);
  });
});
