// A `rate_limited` initialize over the HTTP front door is refused as the door refuses its other limits: 429
// with Retry-After, no Mcp-Session-Id, no place among max_sessions kept, no server launched, and an audit row.
// Round 44 answered it on the POST's stream with HTTP 200 and a JSON-RPC error, and left the session open
// without a server until DELETE or its idle expiry, holding one of the identity's places: a throttled key
// thereby spent its own sessions, and the client had a session id that could do nothing.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  recorded,
  recorderServerYaml,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const KEY = "ci-deploy-key-2b9d4e7a1c6f3e8d0a5b7c9e";
const log = join(makeGuardedHome().dir, "recorder.log");
let home: GuardedHome;
let served: Served;

beforeAll(async () => {
  const port = await freePort();
  home = makeGuardedHome(
    recorderServerYaml(
      "recorder",
      log,
      undefined,
      ["    policy:", "      rate_limit:", "        requests_per_minute: 1"].join("\n"),
    ),
    [
      "  http:",
      `    port: ${port}`,
      // One place for the key: a refused initialize that kept one would leave the key none.
      "    max_sessions: 4",
      "    max_sessions_per_identity: 1",
      "auth:",
      "  mode: api_key",
      "  api_keys:",
      `    ${KEY}: { name: ci, roles: [default] }`,
    ].join("\n"),
  );
  served = await serveHttp(home);
});
afterAll(async () => {
  await served.stop();
  await home.cleanup();
});

// From 2025-11-25 an initialize's stream starts with a priming event: the refusal must still come before it.
const PRIMED = INITIALIZE.replace("2025-06-18", "2025-11-25");

const open = (body = INITIALIZE) =>
  rawRequest(`${served.url}/recorder`, {
    method: "POST",
    headers: { ...MCP_HEADERS, "x-api-key": KEY },
    body,
  });

describe("an initialize over the key's rate limit", () => {
  it("gets 429 with Retry-After, no session and no server, and is audited", async () => {
    const first = await open();
    const session = first.headers["mcp-session-id"];
    expect(first.status).toBe(200);
    await rawRequest(`${served.url}/recorder`, {
      method: "DELETE",
      headers: { ...MCP_HEADERS, "x-api-key": KEY, "mcp-session-id": String(session) },
    });
    const limited = await open();
    // Once more: a refused initialize that had kept the key's one place would now get too_many_sessions.
    const again = await open(PRIMED);
    const launches = recorded(log).filter((m) => typeof m === "object" && m.method === "initialize").length;
    const { stdout } = await home.cli(["logs", "--json", "--limit", "50"]);
    const limitedRows = stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { decision: string; reason: string | null })
      .filter((r) => r.decision === "block" && r.reason === "rate_limited").length;
    expect({
      statuses: [limited.status, again.status],
      retryAfter: Number(limited.headers["retry-after"]) > 0,
      sessionId: limited.headers["mcp-session-id"] ?? again.headers["mcp-session-id"],
      reason: (JSON.parse(again.body) as { error?: { data?: { reason?: string } } }).error?.data?.reason,
      launches,
      limitedRows,
    }).toEqual({
      statuses: [429, 429],
      retryAfter: true,
      sessionId: undefined,
      reason: "rate_limited",
      launches: 1,
      limitedRows: 2,
    });
  });
});
