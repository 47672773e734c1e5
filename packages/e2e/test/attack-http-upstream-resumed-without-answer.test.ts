// Round 43 (left by round 42): a Streamable HTTP server's event stream that ends before the call's answer is
// resumed with a GET carrying Last-Event-ID, and round 42 gave a call up once its resumptions brought nothing
// new twice. A server that gives every resumed stream a new event id (a priming event, a notification) and
// ends it at once, never sending the answer, counted as progress each time: the call was resumed for ever and
// never answered, holding its place among max_requests_in_flight. A correct guard bounds such resumptions and
// answers the call upstream_unavailable, as it does a stream that cannot be resumed. Through the real bridge
// and a hand-written server.
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
let resumptions = 0;

/** One event with a new id (and a notification, as a working server's progress would be), then the end. */
function endWithNewEvent(res: ServerResponse, id: string): void {
  res.writeHead(200, { "content-type": "text/event-stream" });
  const note = {
    jsonrpc: "2.0",
    method: "notifications/message",
    params: { level: "info", data: "working" },
  };
  res.end(`id: ${id}\ndata: ${JSON.stringify(note)}\n\n`);
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === "GET") {
    const last = req.headers["last-event-id"];
    // No standalone stream; every resumption of the call's stream gets a new event, never the answer.
    if (typeof last !== "string") return void res.writeHead(405).end();
    resumptions++;
    return endWithNewEvent(res, `call-${resumptions + 1}`);
  }
  if (req.method !== "POST") return void res.writeHead(405).end();
  const message = await jsonBody(req);
  const id = message.id;
  if (id === undefined) return void res.writeHead(202).end();
  const json = (payload: object): void =>
    void res
      .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
      .end(JSON.stringify({ jsonrpc: "2.0", id, ...payload }));
  if (message.method === "initialize")
    return json({
      result: {
        protocolVersion: "2025-06-18",
        capabilities: { tools: {} },
        serverInfo: { name: "endless", version: "1" },
      },
    });
  if (message.method === "tools/list")
    return json({
      result: {
        tools: [{ name: "report", description: "Returns a report.", inputSchema: { type: "object" } }],
      },
    });
  endWithNewEvent(res, "call-1");
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => hostileServerLines("endless", "streamable-http", port));
});
afterAll(() => hostile?.close());

describe("a Streamable HTTP call whose resumed streams bring new events but never the answer", () => {
  it("is answered with an error after a bounded number of resumptions", async () => {
    const bridge = new RawBridge(hostile.home, "endless");
    await bridge.initialize();
    const started = Date.now();
    bridge.send({ jsonrpc: "2.0", id: 10, method: "tools/call", params: { name: "report", arguments: {} } });
    // The reopenings are paced (1, 2, 4, 8, 16 s …): a minute and a half holds far more than the bound.
    const reply = await bridge.answerTo(10, 90_000).catch(() => undefined);
    const waited = Math.round((Date.now() - started) / 1000);
    bridge.close();
    expect(resumptions, "the control: the guard did resume the stream").toBeGreaterThan(1);
    const data = (reply?.error as { data?: { reason?: string } } | undefined)?.data;
    expect(
      reply === undefined
        ? `no answer after ${waited} s, ${resumptions} resumptions`
        : (data?.reason ?? "result"),
      "the call's outcome at the client",
    ).toBe("upstream_unavailable");
  });
});
