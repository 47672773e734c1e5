// Attack (round 35, found from outside): an HTTP session's credential is checked again only when its client
// sends the next request. The README says a reload ends every open session whose API key no longer gives the
// identity and roles it was opened with, "over the bridge and over HTTP"; the bridge's are ended at the
// reload, but an HTTP session is not. A call it left held for a person is then released by the approval and
// reaches the server under a key the config no longer has (revoked), or under a role the edit took away.
// What a user expects: the reload ends such a session, its held call with it, and a later approval sends
// nothing to the server. Through the real `mcp-guard serve` front door, the real CLI and the recording server.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
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
  heldCalls,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const KEY = "mcpg_attack_revoked_held_0123456789abcdef0123";
const OTHER_KEY = "mcpg_attack_revoked_other_fedcba9876543210fe";
const scratch = mkdtempSync(join(tmpdir(), "mcpg-revoked-held-"));

const held = [
  "    policy:",
  "      spend:",
  "        require_approval: [delete_account]",
  "        wait_for_approval_seconds: 60",
].join("\n");

/**
 * The auth section: KEY with `keyRoles`, or no KEY at all, and OTHER_KEY with `otherRoles`; the role
 * `reader` may not delete accounts.
 */
const authYaml = (keyRoles: string | undefined, otherRoles = "reader") =>
  [
    "auth:",
    "  mode: api_key",
    "  api_keys:",
    ...(keyRoles ? [`    ${KEY}: { name: ci, roles: [${keyRoles}] }`] : []),
    `    ${OTHER_KEY}: { name: other, roles: [${otherRoles}] }`,
    "  roles:",
    "    writer: {}",
    "    reader:",
    "      permissions:",
    '        denied_tools: ["delete_account"]',
  ].join("\n");

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

/** Opens the session's GET stream; `ended` resolves once the daemon closes it. */
async function openStream(url: string, headers: Record<string, string>): Promise<{ ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "GET", headers: { ...headers, accept: "text/event-stream" } },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`the GET stream was answered ${res.statusCode}`));
        const ended = new Promise<void>((r) => res.once("close", () => r()));
        res.resume();
        resolve({ ended });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/**
 * Opens an HTTP session with KEY (roles [writer]) and its GET stream, leaves a delete_account call held for a
 * person, edits the auth section to `after` and waits for the reload, then approves the call. Returns the
 * POST's answer, the delete_account calls carrying the marker that reached the server, and whether the
 * session's GET stream was closed.
 */
async function heldAcrossEdit(marker: string, after: string) {
  const log = join(scratch, `${marker}.log`);
  const port = await freePort();
  const home = makeGuardedHome(
    recorderServerYaml("recorder", log, undefined, held),
    ["  http:", `    port: ${port}`, authYaml("writer")].join("\n"),
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
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "ci", version: "1" } },
    }),
  });
  expect(start.status).toBe(200);
  const headers = {
    ...MCP_HEADERS,
    "x-api-key": KEY,
    "mcp-session-id": String(start.headers["mcp-session-id"]),
    "mcp-protocol-version": "2025-06-18",
  };
  const initialized = await rawRequest(url, {
    method: "POST",
    headers,
    body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
  });
  expect(initialized.status).toBe(202);
  const stream = await openStream(url, headers);
  let streamEnded = false;
  void stream.ended.then(() => (streamEnded = true));
  const call = rawRequest(url, {
    method: "POST",
    headers,
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: "delete_account", arguments: { user: "bob", marker } },
    }),
  }).then((r) => r.body);
  await heldCalls(home); // the call waits for a person
  // The operator revokes the key (or takes its role away); the client sends nothing more.
  const before = await loadedAt(home);
  const config = readFileSync(home.configPath, "utf8");
  writeFileSync(home.configPath, config.replace(authYaml("writer"), after));
  await until(async () => (await loadedAt(home)) !== before, "the edit to be applied");
  // A person approves the call the queue shows (the approval shows the call, not the key behind it).
  const list = (await home.cli(["approvals", "list"])).stdout;
  const id = /^(\S+) +pending +recorder +delete_account/m.exec(list)?.[1];
  if (id !== undefined) await home.cli(["approvals", "approve", id, "--by", "person"]);
  const answer = await Promise.race([
    call,
    new Promise<string>((r) => setTimeout(() => r("(the POST never ended)"), 10_000)),
  ]);
  await new Promise((r) => setTimeout(r, 1_000));
  const arrived = recorded(log).filter(
    (m) => typeof m === "object" && m.method === "tools/call" && JSON.stringify(m.params).includes(marker),
  );
  return { answer, arrived, streamEnded };
}

describe("an HTTP session's held call across a reload that changes its key", () => {
  // On 92671aea: the approval released the call, 1 of 1 reached the server, and the POST got its result.
  // Tightened by the fixer: the held call is answered session_ended and the session's GET stream is closed,
  // as a bridge session's are, and an edit that leaves the key as it was ends nothing.
  it("sends nothing to the server once the key was removed from the config", async () => {
    const { answer, arrived, streamEnded } = await heldAcrossEdit("revoked-key-marker", authYaml(undefined));
    expect(arrived, `the POST's answer: ${answer}`).toEqual([]);
    expect(answer).toContain('"reason":"session_ended"');
    expect(streamEnded).toBe(true);
  });

  // On 92671aea: the same with the key kept but its role changed to one denying delete_account.
  it("sends nothing to the server once the key's role was changed to one that denies the tool", async () => {
    const { answer, arrived, streamEnded } = await heldAcrossEdit("reader-role-marker", authYaml("reader"));
    expect(arrived, `the POST's answer: ${answer}`).toEqual([]);
    expect(answer).toContain('"reason":"session_ended"');
    expect(streamEnded).toBe(true);
  });

  it("keeps the session, and sends the approved call, when the edit changes another key only", async () => {
    const { answer, arrived, streamEnded } = await heldAcrossEdit(
      "kept-key-marker",
      authYaml("writer", "writer"),
    );
    expect(arrived, `the POST's answer: ${answer}`).toHaveLength(1);
    expect(answer).not.toContain("session_ended");
    expect(streamEnded).toBe(false);
  });
});
