// Attack (round 50, found from outside): over the Streamable HTTP front door a client that resumes a stream
// (GET with Last-Event-ID) is served what the session's event store holds for it. A tool's answer stored there
// while the tool was allowed was replayed as it was after a reload denied the tool: the policy in force now
// never judged it. What a user expects: a replayed answer leaves under the policy in force when it leaves, as
// a held call or a late answer does; one to a call the policy now denies is refused with the error such a call
// gets, and audited. Through the real `mcp-guard serve`, the real CLI and the recording server.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  MCP_HEADERS,
  freePort,
  makeGuardedHome,
  rawRequest,
  recorded,
  recorderServerYaml,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const KEY = "mcpg_attack_replay_denied_0123456789abcdef012";
/** The revision from which each POST stream starts with an event id the client can resume from. */
const VERSION = "2025-11-25";
const scratch = mkdtempSync(join(tmpdir(), "mcpg-replay-denied-"));

const opened: { home: GuardedHome; served: Served }[] = [];
afterAll(async () => {
  for (const { home, served } of opened) {
    await served.stop();
    await home.cleanup();
  }
  rmSync(scratch, { recursive: true, force: true });
});

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function loadedAt(home: GuardedHome): Promise<string> {
  return ((await home.status()) as { config_loaded_at: string }).config_loaded_at;
}

/** The ids of an SSE body's events, in order. */
const eventIds = (body: string): string[] => [...body.matchAll(/^id: (.+)$/gm)].map((m) => m[1]!);

/**
 * Opens a session, calls `tool` (its answer carries the marker), rewrites the recorder's policy to `policy`
 * (and appends `tail` to the config) and waits for the reload, then resumes the call's stream from its first event. Returns what the resumption
 * served, the calls of `tool` that reached the server, and the audit rows.
 */
async function replayedAfterEdit(marker: string, tool: string, policy: string, tail = "") {
  const log = join(scratch, `${marker}.log`);
  const port = await freePort();
  const before = "    policy: {}";
  const home = makeGuardedHome(
    recorderServerYaml("recorder", log, undefined, before),
    [
      "  http:",
      `    port: ${port}`,
      "auth:",
      "  mode: api_key",
      "  api_keys:",
      `    ${KEY}: { name: ci }`,
    ].join("\n"),
  );
  const served = await serveHttp(home);
  opened.push({ home, served });
  const url = `${served.url}/recorder`;
  const start = await rawRequest(url, {
    method: "POST",
    headers: { ...MCP_HEADERS, "x-api-key": KEY },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: VERSION, capabilities: {}, clientInfo: { name: "ci", version: "1" } },
    }),
  });
  expect(start.status).toBe(200);
  const headers = {
    ...MCP_HEADERS,
    "x-api-key": KEY,
    "mcp-session-id": String(start.headers["mcp-session-id"]),
    "mcp-protocol-version": VERSION,
  };
  const initialized = await rawRequest(url, {
    method: "POST",
    headers,
    body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
  });
  expect(initialized.status).toBe(202);
  const call = await rawRequest(url, {
    method: "POST",
    headers,
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: tool, arguments: { marker } },
    }),
  });
  // The answer was served while the tool was allowed, after the stream's first (priming) event.
  expect(call.body).toContain(`called ${tool}`);
  const [priming] = eventIds(call.body);
  expect(priming).toBeDefined();
  const loaded = await loadedAt(home);
  const config = readFileSync(home.configPath, "utf8");
  writeFileSync(home.configPath, config.replace(before, policy) + tail);
  await until(async () => (await loadedAt(home)) !== loaded, "the edit to be applied");
  // The client lost the stream after its first event and resumes it.
  const resumed = await rawRequest(url, {
    method: "GET",
    headers: { ...headers, accept: "text/event-stream", "last-event-id": priming! },
  });
  const calls = recorded(log).filter(
    (m) => typeof m === "object" && m.method === "tools/call" && JSON.stringify(m.params).includes(marker),
  );
  const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
  return { resumed, calls, rows: stdout };
}

describe("an answer replayed to a resuming HTTP client after a reload", () => {
  // Before the fix: the resumption served `called write_file: {...marker}` after the tool was denied.
  it("is refused as tool_denied, and audited, once the reload denied its tool", async () => {
    const { resumed, calls, rows } = await replayedAfterEdit(
      "replay-denied-marker",
      "write_file",
      ["    policy:", "      permissions:", '        denied_tools: ["write_file"]'].join("\n"),
    );
    expect(resumed.status).toBe(200);
    expect(resumed.body).not.toContain("called write_file");
    expect(resumed.body).not.toContain("replay-denied-marker");
    expect(resumed.body).toContain('"reason":"tool_denied"');
    // The call reached the server once, while it was allowed; the resumption asked it nothing.
    expect(calls).toHaveLength(1);
    const refused = rows
      .split("\n")
      .filter((line) => line.includes('"tool_denied"') && line.includes("to_client"));
    expect(refused.length, rows).toBeGreaterThan(0);
  });

  it("still serves the answer when the reload changed nothing that bears on it", async () => {
    const { resumed, calls } = await replayedAfterEdit(
      "replay-kept-marker",
      "echo",
      ["    policy:", "      permissions:", '        denied_tools: ["write_file"]'].join("\n"),
    );
    expect(resumed.status).toBe(200);
    expect(resumed.body).toContain("called echo");
    expect(resumed.body).toContain("replay-kept-marker");
    expect(calls).toHaveLength(1);
  });

  // Round 51 left open: the replay ran the looking checks again, not detection. An address the defaults let
  // through (email warns) was served live; the operator then sets email to block, or redact, for what comes
  // back and reloads. Before the fix the resumption served the stored answer with the address as it was.
  const BLOCKED = "ingrid.holm@example.org";
  const REDACTED = "tomas.berg@example.org";
  const EMAIL_IN_RESPONSES = (action: string) =>
    ["", "pii:", "  actions:", `    email: { request: warn, response: ${action} }`, ""].join("\n");
  const unchanged = ["    policy:", "      permissions:", '        denied_tools: ["write_file"]'].join("\n");

  it("is refused as sensitive_data, and audited, once the reload blocks a type it carries", async () => {
    const { resumed, calls, rows } = await replayedAfterEdit(
      BLOCKED,
      "echo",
      unchanged,
      EMAIL_IN_RESPONSES("block"),
    );
    expect(resumed.status).toBe(200);
    expect(resumed.body).not.toContain(BLOCKED);
    expect(resumed.body).toContain('"reason":"sensitive_data"');
    expect(calls).toHaveLength(1);
    const refused = rows
      .split("\n")
      .filter((line) => line.includes('"sensitive_data"') && line.includes("to_client"));
    expect(refused.length, rows).toBeGreaterThan(0);
  });

  it("is served redacted once the reload redacts a type it carries", async () => {
    const { resumed, calls } = await replayedAfterEdit(
      REDACTED,
      "echo",
      unchanged,
      EMAIL_IN_RESPONSES("redact"),
    );
    expect(resumed.status).toBe(200);
    expect(resumed.body).not.toContain(REDACTED);
    expect(resumed.body).toContain("called echo");
    expect(resumed.body).toContain("[REDACTED:email]");
    expect(calls).toHaveLength(1);
  });
});
