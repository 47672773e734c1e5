// Attack (round 9): two API keys configured under one `name` (a team's two keys, or an old and a new key
// while one is rotated) were one owner of HTTP sessions, since a session was owned by the method and the
// name: the holder of one key could call tools in, and end, a session the other key opened. Through the real
// HTTP front door and the recording server, before the fix (front-door.ts): the other key's call reached the
// server and its DELETE ended the session (2 of 2). Each key still uses its own sessions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  type Served,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const FIRST = "shared-name-key-one-0123456789abcdef";
const SECOND = "shared-name-key-two-0123456789abcdef";
let served: Served;
let log: string;
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  api_keys:",
    `    ${FIRST}: { name: team, roles: [default] }`,
    `    ${SECOND}: { name: team, roles: [default] }`,
  ]);
  ({ served, log } = front);
});
afterAll(() => front.stop());

const request = (key: string, method: string, body?: unknown, session?: string) =>
  rawRequest(`${served.url}/recorder`, {
    method,
    headers: { ...MCP_HEADERS, "x-api-key": key, ...(session ? { "mcp-session-id": session } : {}) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
const call = (key: string, session: string, marker: string) =>
  request(
    key,
    "POST",
    { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: { marker } } },
    session,
  );
const serverSaw = (marker: string) =>
  recorded(log).some(
    (m) => typeof m === "object" && m.method === "tools/call" && JSON.stringify(m.params).includes(marker),
  );

async function open(key: string): Promise<string> {
  const init = await request(key, "POST", INITIALIZE);
  const session = init.headers["mcp-session-id"];
  expect(init.status).toBe(200);
  expect(typeof session).toBe("string");
  await request(key, "POST", { jsonrpc: "2.0", method: "notifications/initialized" }, session as string);
  return session as string;
}

describe("two API keys under one name", () => {
  it("are two owners: neither calls in nor ends the other's session", async () => {
    const session = await open(FIRST);
    await call(FIRST, session, "marker-own-call");
    expect(serverSaw("marker-own-call")).toBe(true);

    const reached: string[] = [];
    const intruding = await call(SECOND, session, "marker-other-key");
    if (serverSaw("marker-other-key")) reached.push("a call with the other key");
    const ended = await request(SECOND, "DELETE", undefined, session);
    await call(FIRST, session, "marker-after-delete");
    if (!serverSaw("marker-after-delete")) reached.push("a DELETE with the other key");
    expect(reached).toEqual([]);
    expect([intruding.status, ended.status]).toEqual([404, 404]);

    // The second key has sessions of its own.
    const own = await open(SECOND);
    await call(SECOND, own, "marker-second-own");
    expect(serverSaw("marker-second-own")).toBe(true);
  });
});
