// Attack (round 13): calls the HTTP front door refuses before any session, unaudited. A bridge session
// without a valid key is refused through the pipeline, one audit row per message; over Streamable HTTP a
// `tools/call` with no key, a wrong key, or another key's session id was answered 401/404 and nothing was
// written, so guessing keys or sessions left no trace in the audit log (the dashboard and `logs` showed
// nothing). What a user expects: every refused call is in the audit. Through the real HTTP front door and
// the recording server, before the fix: 0 rows for 4 of 4 refused requests. The server never sees them
// (before and after). Negative: an accepted call is audited as before, and a refusal row holds no value the
// client chose (not the wrong key, not the session id it tried).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  type GuardedHome,
  type Served,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const KEY = "refusals-audited-key-0123456789abcdef";
const OTHER = "refusals-audited-other-0123456789abcd";
const WRONG = "refusals-audited-wrong-0123456789abcd";
let home: GuardedHome;
let served: Served;
let log: string;
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  api_keys:",
    `    ${KEY}: { name: owner, roles: [default] }`,
    `    ${OTHER}: { name: other, roles: [default] }`,
  ]);
  ({ home, served, log } = front);
});
afterAll(() => front.stop());

const request = (key: string | undefined, body: unknown, session?: string, host?: string) =>
  rawRequest(`${served.url}/recorder`, {
    method: "POST",
    headers: {
      ...MCP_HEADERS,
      ...(key ? { "x-api-key": key } : {}),
      ...(session ? { "mcp-session-id": session } : {}),
      ...(host ? { host } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const call = (marker: string) => ({
  jsonrpc: "2.0",
  id: 2,
  method: "tools/call",
  params: { name: "echo", arguments: { marker } },
});

interface Row {
  session_id: string;
  server: string;
  decision: string;
  reason: string | null;
  identity: string;
}
async function rows(): Promise<Row[]> {
  const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
  return stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Row);
}

describe("requests the HTTP front door refuses", () => {
  it("are each in the audit, and never reach the server", async () => {
    const init = await request(KEY, INITIALIZE);
    const session = init.headers["mcp-session-id"] as string;
    expect(init.status).toBe(200);
    await request(KEY, { jsonrpc: "2.0", method: "notifications/initialized" }, session);
    const before = (await rows()).filter((r) => r.decision === "block").length;

    expect((await request(undefined, call("marker-no-key"))).status).toBe(401);
    expect((await request(WRONG, call("marker-wrong-key"))).status).toBe(401);
    expect((await request(OTHER, call("marker-other-session"), session)).status).toBe(404);
    const rebinding = await request(KEY, call("marker-rebinding"), session, "attacker.example:80");
    expect(rebinding.status).toBe(403);

    const refused = (await rows()).filter((r) => r.decision === "block");
    expect(refused.length - before).toBe(4);
    expect(refused.map((r) => r.reason)).toEqual(
      // The reason each answer gave (a wrong API key is answered auth_required, as a missing one).
      expect.arrayContaining(["auth_required", "session_not_found", "forbidden_host"]),
    );
    // The identity of the other key's attempt is known and recorded; nothing the client chose is.
    expect(refused.some((r) => r.reason === "session_not_found" && r.identity === "api_key:other")).toBe(
      true,
    );
    const everything = JSON.stringify(await rows());
    for (const chosen of [WRONG, session, "attacker.example"]) expect(everything).not.toContain(chosen);
    expect(recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call")).toEqual([]);
  });

  it("negative: an accepted call is audited and reaches the server", async () => {
    const init = await request(KEY, INITIALIZE);
    const session = init.headers["mcp-session-id"] as string;
    await request(KEY, { jsonrpc: "2.0", method: "notifications/initialized" }, session);
    expect((await request(KEY, call("marker-accepted"), session)).status).toBe(200);
    expect(
      (await rows()).some(
        (r) => r.decision === "allow" && r.server === "recorder" && r.identity === "api_key:owner",
      ),
    ).toBe(true);
    expect(
      recorded(log).some(
        (m) =>
          typeof m === "object" &&
          m.method === "tools/call" &&
          JSON.stringify(m.params).includes("marker-accepted"),
      ),
    ).toBe(true);
  });
});
