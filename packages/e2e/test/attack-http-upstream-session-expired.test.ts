// Attack (round 42, found from outside): a Streamable HTTP server ends idle sessions (the guard's own front door
// does, after daemon.http.session_idle_seconds; so do hosted servers and ones that restart) and then answers
// that session's id with 404, after which MCP says the client MUST start a new session with a new
// initialize. The daemon's own client transport (round 41) keeps the dead id: the call that met the 404 is
// answered upstream_unavailable, and so is every later call, for as long as the client's session lasts, with
// no session_ended to tell the client to start over: an agent left idle over lunch has a guarded server that
// fails every call until the user restarts it. A correct guard, after its session id is answered 404, does
// not send that id again: it starts a new upstream session, or ends the client's session (session_ended) so
// the client starts a new one. Through the real bridge and a hand-written server.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hostileUpstream,
  type HostileUpstream,
  hostileServerLines,
  jsonBody,
  RawBridge,
} from "../src/index.js";

let hostile: HostileUpstream;
let sessions = 0;
const live = new Set<string>();
/** What the guard sent with a session id after the server had answered it 404. */
const toExpired: string[] = [];
const expired = new Set<string>();

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const session = req.headers["mcp-session-id"];
  if (req.method === "GET" || req.method === "DELETE") return void res.writeHead(405).end();
  const message = await jsonBody(req);
  const id = message.id;
  if (message.method === "initialize") {
    const fresh = `session-${++sessions}`;
    live.add(fresh);
    return void res.writeHead(200, { "content-type": "application/json", "mcp-session-id": fresh }).end(
      JSON.stringify({
        jsonrpc: "2.0",
        id,
        result: {
          protocolVersion: "2025-06-18",
          capabilities: { tools: {} },
          serverInfo: { name: "expiring", version: "1" },
        },
      }),
    );
  }
  if (typeof session !== "string" || !live.has(session)) {
    if (typeof session === "string" && expired.has(session)) toExpired.push(String(message.method));
    if (typeof session === "string") expired.add(session);
    return void res
      .writeHead(404, { "content-type": "application/json" })
      .end(
        JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32001, message: "Session not found" } }),
      );
  }
  if (id === undefined) return void res.writeHead(202).end();
  const json = (result: object): void =>
    void res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ jsonrpc: "2.0", id, result }));
  if (message.method === "tools/list")
    return json({
      tools: [{ name: "report", description: "Returns a report.", inputSchema: { type: "object" } }],
    });
  json({ content: [{ type: "text", text: "the report" }] });
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => hostileServerLines("expiring", "streamable-http", port));
});
afterAll(() => hostile?.close());

describe("a Streamable HTTP server that expires the guard's session", () => {
  it("never gets the dead session id again", async () => {
    const bridge = new RawBridge(hostile.home, "expiring");
    await bridge.initialize();
    const call = async (id: number): Promise<Record<string, unknown> | undefined> => {
      bridge.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "report", arguments: {} } });
      return bridge.answerTo(id, 15_000).catch(() => undefined);
    };
    // The control: served while the session lives.
    expect(JSON.stringify(await call(5))).toContain("the report");
    live.clear(); // idle expiry at the server
    const met = await call(6);
    expect(met?.error, "the call that met the 404 is answered with an error").toBeDefined();
    for (let id = 7; id < 10; id++) await call(id);
    bridge.close();
    await bridge.exited;
    expect(toExpired, "messages the guard sent with the session id the server had answered 404").toEqual([]);
  });
});
