// Attack (round 30, found from outside): `daemon.http.max_sessions` was one count for the whole endpoint, not
// per identity. Any holder of one API key (a CI job's, a container's) could open that many sessions and keep
// them (a session lives for session_idle_seconds after its last request, so one request now and then keeps it
// forever); every other identity was then refused with 503 too_many_sessions, each session also holding a
// server process, and there was no per-identity bound to set.
// What a user expects: one identity cannot take every place (daemon.http.max_sessions_per_identity, by
// default a quarter of max_sessions): beyond its share it alone is refused (429), and another identity still
// opens a session.
// Through the real HTTP front door (mcp-guard serve) and the recording server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const ALICE = "alice-key-0123456789abcdef0123456789";
const BOB = "bob-key-0123456789abcdef0123456789ab";
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "    max_sessions: 4",
    "auth:",
    "  api_keys:",
    `    ${ALICE}: { name: alice, roles: [default] }`,
    `    ${BOB}: { name: bob, roles: [default] }`,
  ]);
});
afterAll(() => front.stop());

const initialize = (key: string) =>
  rawRequest(`${front.served.url}/recorder`, {
    method: "POST",
    headers: { ...MCP_HEADERS, "x-api-key": key },
    body: INITIALIZE,
  });

describe("HTTP sessions per identity", () => {
  it("one API key cannot take every session of the endpoint", async () => {
    const alice: number[] = [];
    for (let i = 0; i < 6; i++) alice.push((await initialize(ALICE)).status);
    const bob = await initialize(BOB);
    // Her refusal names the per-identity setting, not the endpoint's cap.
    const refused = alice.indexOf(429);
    expect(refused, JSON.stringify(alice)).toBeGreaterThan(0);
    expect(JSON.parse((await initialize(ALICE)).body).error.data).toMatchObject({
      reason: "too_many_sessions",
      setting: "daemon.http.max_sessions_per_identity",
    });
    // Alice may be refused once she holds her share; Bob, who holds none, must get a session.
    expect({ bob: bob.status, aliceGotSome: alice.includes(200) }).toEqual({ bob: 200, aliceGotSome: true });
  });
});
