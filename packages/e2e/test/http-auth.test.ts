// Identity on the HTTP endpoint: OAuth 2.1 bearer tokens as an MCP resource server (RFC 9728 metadata,
// WWW-Authenticate on 401, audience = this endpoint's resource URL, issuer, expiry, roles from claims) and API
// keys in X-API-Key; the credential never reaches the server, and the roles it gives are enforced.
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  serverSaw,
  oauthAuthYaml,
  startIssuer,
  type GuardedHome,
  type Issuer,
  type Served,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const API_KEY = "http-test-key-0123456789abcdef";
let issuer: Issuer;
let home: GuardedHome;
let served: Served;
let resource: string;
let log: string;
let front: HttpRecorder;

beforeAll(async () => {
  issuer = await startIssuer();
  front = await serveRecorderOverHttp((port) => {
    resource = `http://127.0.0.1:${port}/mcp`;
    return [
      `    resource: ${resource}`,
      ...oauthAuthYaml(issuer, "{ reader: [reader] }", { clockToleranceSeconds: 0 }),
      "  api_keys:",
      `    ${API_KEY}: { name: ci-job, roles: [reader] }`,
      "  roles:",
      "    reader:",
      "      permissions:",
      '        denied_tools: ["write_file"]',
      "      rate_limit:",
      "        tool_limits: { echo: { requests_per_minute: 3 } }",
    ];
  });
  ({ home, served, log } = front);
});
afterAll(async () => {
  await front.stop();
  await issuer.close();
});

const initialize = (headers: Record<string, string>) =>
  rawRequest(`${served.url}/recorder`, {
    method: "POST",
    headers: { ...MCP_HEADERS, ...headers },
    body: INITIALIZE,
  });

async function connect(headers: Record<string, string>): Promise<Client> {
  const client = new Client({ name: "http-auth-test", version: "1" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${served.url}/recorder`), { requestInit: { headers } }),
  );
  return client;
}

async function identities(): Promise<string[]> {
  return ((await home.status()) as { sessions: Array<{ identity: string }> }).sessions.map((s) => s.identity);
}

describe("OAuth bearer tokens on the HTTP endpoint", () => {
  it("answers a request without a token with 401 and the protected resource metadata URL", async () => {
    const r = await initialize({});
    expect(r.status).toBe(401);
    const metadataUrl = `http://127.0.0.1:${new URL(resource).port}/.well-known/oauth-protected-resource/mcp`;
    expect(r.headers["www-authenticate"]).toBe(`Bearer resource_metadata="${metadataUrl}"`);
    expect(JSON.parse(r.body).error.data.reason).toBe("auth_required");
    const metadata = (await (await fetch(metadataUrl)).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      resource,
      authorization_servers: [issuer.url],
      bearer_methods_supported: ["header"],
    });
    // The root form and the per-server form name the same resource.
    for (const path of [
      "/.well-known/oauth-protected-resource",
      "/.well-known/oauth-protected-resource/mcp/recorder",
    ]) {
      const other = (await (await fetch(new URL(path, resource))).json()) as Record<string, unknown>;
      expect(other.resource).toBe(resource);
    }
  });

  it("serves a session for a valid token for this resource, with the roles of its claims", async () => {
    const token = await issuer.mint({ sub: "alice", roles: ["reader"] }, { audience: resource });
    const client = await connect({ authorization: `Bearer ${token}` });
    const echoed = await client.callTool({ name: "echo", arguments: { a: 1 } });
    expect(echoed.isError).toBeFalsy();
    // The role "reader" from the token's claims denies write_file: the server never sees the call.
    await expect(client.callTool({ name: "write_file", arguments: {} })).rejects.toThrow(/not permitted/);
    expect(await identities()).toContain("oauth:alice");
    await client.close();
    expect(serverSaw(log, "tools/call", "echo")).toBe(true);
    expect(serverSaw(log, "tools/call", "write_file")).toBe(false);
    // The token is never forwarded upstream.
    expect(readFileSync(log, "utf8")).not.toContain(token.slice(-20));
  });

  it.each([
    ["expired", { expiresIn: -120 }, /expired/],
    ["for another audience", { audience: "https://other.example/mcp" }, /aud/],
    ["for the client id rather than this resource", { audience: "mcp-guard-test" }, /aud/],
    ["from another issuer", { issuer: "https://evil.example" }, /iss/],
    ["signed by a key the issuer does not publish", { foreignKey: true }, /signature|key/],
  ])("refuses a token %s with 401 invalid_token", async (_what, options, why) => {
    const token = await issuer.mint(
      { sub: "mallory", roles: ["reader"] },
      { audience: resource, ...options },
    );
    const r = await initialize({ authorization: `Bearer ${token}` });
    expect(r.status).toBe(401);
    const challenge = String(r.headers["www-authenticate"]);
    expect(challenge).toContain('error="invalid_token"');
    expect(challenge).toContain("resource_metadata=");
    expect(JSON.parse(r.body).error.data.detail).toMatch(why);
  });

  it("refuses a token whose claims map to no role", async () => {
    const token = await issuer.mint({ sub: "bob", roles: ["stranger"] }, { audience: resource });
    expect((await initialize({ authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("keeps a session to the identity that opened it: another token gets 404", async () => {
    const alice = await issuer.mint({ sub: "alice", roles: ["reader"] }, { audience: resource });
    const bob = await issuer.mint({ sub: "bob", roles: ["reader"] }, { audience: resource });
    const opened = await initialize({ authorization: `Bearer ${alice}` });
    expect(opened.status).toBe(200);
    const sessionId = String(opened.headers["mcp-session-id"]);
    const hijack = await rawRequest(`${served.url}/recorder`, {
      method: "POST",
      headers: { ...MCP_HEADERS, authorization: `Bearer ${bob}`, "mcp-session-id": sessionId },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping" }),
    });
    expect(hijack.status).toBe(404);
  });
  it("lets a client refresh its token mid-session: the session lasts as long as the newest token", async () => {
    // A client that refreshes its access token keeps its session (before, the session held the first
    // token's expiry and refused every call after it with auth_expired, whatever token came with the call).
    // Long enough for the session to open and make a call on a loaded machine (3 s was not, at load 30).
    const lifetimeMs = 8_000;
    const mintedAt = Date.now();
    const short = await issuer.mint(
      { sub: "dana", roles: ["reader"] },
      { audience: resource, expiresIn: lifetimeMs / 1000 },
    );
    const opened = await initialize({ authorization: `Bearer ${short}` });
    expect(opened.status).toBe(200);
    const sessionId = String(opened.headers["mcp-session-id"]);
    const post = (token: string, body: object) =>
      rawRequest(`${served.url}/recorder`, {
        method: "POST",
        headers: {
          ...MCP_HEADERS,
          authorization: `Bearer ${token}`,
          "mcp-session-id": sessionId,
          "mcp-protocol-version": "2025-06-18",
        },
        body: JSON.stringify(body),
      });
    const call = async (token: string, message: string) => {
      const r = await post(token, {
        jsonrpc: "2.0",
        id: message,
        method: "tools/call",
        params: { name: "echo", arguments: { message } },
      });
      return { status: r.status, reply: replyOf(r.body) };
    };
    expect((await post(short, { jsonrpc: "2.0", method: "notifications/initialized" })).status).toBe(202);
    expect((await call(short, "with-the-first")).reply).toHaveProperty("result");
    await new Promise((r) => setTimeout(r, Math.max(0, mintedAt + lifetimeMs + 1_300 - Date.now())));
    // The first token has expired: presented again, it is refused at the door.
    expect((await call(short, "expired")).status).toBe(401);
    const refreshed = await issuer.mint({ sub: "dana", roles: ["reader"] }, { audience: resource });
    const renewed = await call(refreshed, "after-refresh");
    expect(renewed.status).toBe(200);
    expect(renewed.reply).toHaveProperty("result");
    expect(serverSaw(log, "tools/call", "echo")).toBe(true);
    expect(recorded(log).some((m) => JSON.stringify(m).includes("after-refresh"))).toBe(true);
    expect(recorded(log).some((m) => JSON.stringify(m).includes('"expired"'))).toBe(false);
    // Another subject's fresh token still cannot use the session.
    const erin = await issuer.mint({ sub: "erin", roles: ["reader"] }, { audience: resource });
    expect((await call(erin, "not-yours")).status).toBe(404);
  });
});

/** The JSON-RPC message of a POST's answer, sent as JSON or as one SSE event. */
function replyOf(body: string): Record<string, unknown> {
  const data = body.split("\n").find((line) => line.startsWith("data: "));
  return JSON.parse(data === undefined ? body : data.slice(6)) as Record<string, unknown>;
}

describe("API keys on the HTTP endpoint", () => {
  it("serves a session for a configured key, with its name and roles", async () => {
    const client = await connect({ "x-api-key": API_KEY });
    await expect(client.callTool({ name: "write_file", arguments: {} })).rejects.toThrow(/not permitted/);
    expect(await identities()).toContain("api_key:ci-job");
    await client.close();
    expect(readFileSync(log, "utf8")).not.toContain(API_KEY);
  });

  it("applies the role's rate limits per identity, across its HTTP sessions", async () => {
    const echoes = () =>
      recorded(log).filter((m) => typeof m !== "string" && m.method === "tools/call").length;
    const before = echoes();
    const first = await connect({ "x-api-key": API_KEY });
    const second = await connect({ "x-api-key": API_KEY });
    await first.callTool({ name: "echo", arguments: {} });
    await first.callTool({ name: "echo", arguments: {} });
    await second.callTool({ name: "echo", arguments: {} });
    await expect(second.callTool({ name: "echo", arguments: {} })).rejects.toThrow(/rate/i);
    await first.close();
    await second.close();
    expect(echoes() - before).toBe(3);
  });

  it("refuses an unknown key with 401", async () => {
    const r = await initialize({ "x-api-key": "not-a-key" });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error.data.detail).toContain("not recognised");
  });
});
