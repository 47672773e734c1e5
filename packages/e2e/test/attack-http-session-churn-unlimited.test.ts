// Attack (limits): a server's `rate_limit` bounds what one identity makes the server do, and `initialize`
// is exempt from it (a throttled client must still be able to connect). Over the HTTP front door every
// session's initialize launches (and its DELETE reaps) a server process of its own, so an API key held to
// 2 requests a minute opens and ends sessions in a loop: each one starts the server, which runs its
// start-up (spawns a runtime, opens its database, signs in to its API, syncs a workspace), and each leaves
// audit rows. max_sessions_per_identity bounds only the sessions held at once, not how fast they are made.
// Why it matters: the limit is the user's bound on how hard a remote agent or CI key can work a server, and
// session churn is work the server does for every one, without limit. Fixed behaviour: an identity's
// sessions count against its limit (an initialize that opens a session takes from the server's bucket, or
// a per-identity rate of new sessions with 429 and Retry-After beyond it); within the limit a client still
// connects (the first session below opens).
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

const KEY = "ci-deploy-key-6f1c2a9e4b7d3f8a0c5e1b2d";
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
      ["    policy:", "      rate_limit:", "        requests_per_minute: 2"].join("\n"),
    ),
    [
      "  http:",
      `    port: ${port}`,
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

describe("sessions opened and ended in a loop by one throttled key", () => {
  it("do not launch the server beyond the key's limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const opened = await rawRequest(`${served.url}/recorder`, {
        method: "POST",
        headers: { ...MCP_HEADERS, "x-api-key": KEY },
        body: INITIALIZE,
      });
      statuses.push(opened.status);
      const session = opened.headers["mcp-session-id"];
      if (typeof session === "string")
        await rawRequest(`${served.url}/recorder`, {
          method: "DELETE",
          headers: { ...MCP_HEADERS, "x-api-key": KEY, "mcp-session-id": session },
        });
    }
    const launches = recorded(log).filter((m) => typeof m === "object" && m.method === "initialize").length;
    expect(statuses[0]).toBe(200);
    expect(launches, `statuses ${JSON.stringify(statuses)}`).toBeLessThanOrEqual(2);
  });
});
