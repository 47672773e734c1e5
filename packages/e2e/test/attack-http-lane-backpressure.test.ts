// Attack (round 27, found from outside): the lane back-pressure of 7118e24 ("a peer is no longer read while 256 of
// its messages queue behind a slow step") holds for the bridge only. The HTTP client endpoint's pause() is a
// no-op, so while a session's to-server lane waits on a slow step (here the guard's own tools/list, which the
// server is slow to answer, the very case the change names) an HTTP client's POSTs are still taken and
// answered 202 Accepted: every notification it sends queues in the daemon's memory, without bound.
// Proved through the real front door: ten POSTs of 100 notifications each, all accepted while one call waits.
import { writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const API_KEY = "attack27b-lane-key-0123456789abcdef";
let home: GuardedHome;
let served: Served;

beforeAll(async () => {
  const dir = makeGuardedHome().dir;
  const script = join(dir, "slow-lister.mjs");
  // Answers initialize; never answers tools/list (a server slow to list its tools).
  writeFileSync(
    script,
    `
import { createInterface } from "node:readline";
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  let m;
  try { m = JSON.parse(line); } catch { return; }
  if (!("id" in m) || typeof m.method !== "string") return;
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: "2025-06-18",
      capabilities: { tools: {} }, serverInfo: { name: "slow", version: "1" } } });
  if (m.method === "tools/list") return;
  send({ jsonrpc: "2.0", id: m.id, result: {} });
});
`,
  );
  const port = await freePort();
  home = makeGuardedHome(
    [
      "  slow:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(script)}]`,
    ].join("\n"),
    [
      "  http:",
      `    port: ${port}`,
      "auth:",
      "  api_keys:",
      `    ${API_KEY}: { name: flooder, roles: [user] }`,
      "  roles:",
      "    user:",
      "      permissions: {}",
    ].join("\n"),
  );
  served = await serveHttp(home);
});
afterAll(async () => {
  await served?.stop();
  await home?.cleanup();
});

const headers = { ...MCP_HEADERS, "x-api-key": API_KEY, "mcp-protocol-version": "2025-06-18" };

/** A POST whose status arrives within `ms`, or "pending". */
function postStatus(url: string, session: string, body: unknown, ms: number): Promise<number | "pending"> {
  return new Promise((resolve) => {
    const req = request(
      url,
      { method: "POST", headers: { ...headers, "mcp-session-id": session } },
      (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      },
    );
    req.on("error", () => resolve(0));
    setTimeout(() => {
      resolve("pending");
      req.destroy();
    }, ms).unref();
    req.end(JSON.stringify(body));
  });
}

describe("lane back-pressure over the HTTP front door", () => {
  it("does not take an unbounded number of messages while the session waits on a slow step", async () => {
    const url = `${served.url}/slow`;
    const init = await rawRequest(url, { method: "POST", headers, body: INITIALIZE });
    const session = init.headers["mcp-session-id"] as string;
    expect(typeof session).toBe("string");
    expect(
      await postStatus(url, session, { jsonrpc: "2.0", method: "notifications/initialized" }, 5000),
    ).toBe(202);
    // A call: the guard first lists the server's tools itself, and the server does not answer (30 s).
    void postStatus(
      url,
      session,
      { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "anything", arguments: {} } },
      20_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    // Meanwhile: 10 POSTs of 100 notifications each, 1,000 messages behind the waiting call.
    const batch = Array.from({ length: 100 }, (_, i) => ({
      jsonrpc: "2.0",
      method: "notifications/roots/list_changed",
      params: { n: i, pad: "y".repeat(2000) },
    }));
    const statuses: Array<number | "pending"> = [];
    for (let i = 0; i < 10; i++) statuses.push(await postStatus(url, session, batch, 1500));
    const accepted = statuses.filter((s) => s === 202).length;
    // The bridge stops reading a client past 256 queued messages; a front door that takes every POST queues
    // the lot. At most the first three batches (300 messages) may be taken before the daemon pushes back.
    expect(accepted, `statuses: ${statuses.join(", ")}`).toBeLessThanOrEqual(3);
  });
});
