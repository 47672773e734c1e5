// Attack (round 42, found from outside): a legacy SSE server (MCP 2024-11-05's HTTP+SSE) answers every request on
// its one event stream. The daemon's own SSE client (round 41, sse-client.ts) reopens that stream when it ends,
// but gives up for good at the first reopening refused with another status than 200 (a 503 from the proxy
// while the server restarts, say), and only tells onerror. The stream ended cleanly, so no answer "broke off"
// (round 27's brokeOff is never called) and the session is not ended either: the call in flight when the
// stream ended is never answered, and every later call is POSTed (202), but its answer has nowhere to come, so
// it waits for ever too, each holding a place among the session's max_requests_in_flight. A correct guard
// answers the calls it can no longer get answers for with an error (upstream_unavailable), and answers a
// later call too (reopening the stream, or refusing the call at once). Through the real bridge and a
// hand-written legacy SSE server.
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
let stream: ServerResponse | undefined;
let gets = 0;
let refusedOnce = false;

const send = (message: object): void =>
  void stream?.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/sse") {
    gets++;
    // The stream's first reopening meets the restarting server's proxy; later ones are served again.
    if (gets === 2 && !refusedOnce) {
      refusedOnce = true;
      return void res.writeHead(503, { "retry-after": "1" }).end("restarting");
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    res.write(`event: endpoint\ndata: /messages?session=${gets}\n\n`);
    stream = res;
    return;
  }
  if (req.method !== "POST" || url.pathname !== "/messages") return void res.writeHead(404).end();
  const message = await jsonBody(req);
  res.writeHead(202).end("Accepted");
  const id = message.id;
  if (id === undefined) return;
  if (message.method === "initialize")
    return send({
      jsonrpc: "2.0",
      id,
      result: {
        protocolVersion: "2024-11-05",
        capabilities: { tools: {} },
        serverInfo: { name: "legacy", version: "1" },
      },
    });
  if (message.method === "tools/list")
    return send({
      jsonrpc: "2.0",
      id,
      result: {
        tools: ["restart", "report"].map((name) => ({
          name,
          description: "Returns a report.",
          inputSchema: { type: "object" },
        })),
      },
    });
  const name = (message.params as { name?: string } | undefined)?.name;
  // The server restarts: its stream ends cleanly before it answers.
  if (name === "restart") return void stream?.end();
  send({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: "the report" }] } });
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => hostileServerLines("legacy", "sse", port));
});
afterAll(() => hostile?.close());

describe("a legacy SSE server's stream that ends and is refused once when reopened", () => {
  it("leaves no call waiting for ever", async () => {
    const bridge = new RawBridge(hostile.home, "legacy");
    await bridge.initialize();
    const call = async (id: number, name: string): Promise<string> => {
      bridge.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: {} } });
      const reply = await bridge.answerTo(id, 15_000).catch(() => undefined);
      return reply === undefined ? "no answer within 15 s" : reply.error ? "error" : "result";
    };
    // The control: a call is answered while the stream is open.
    expect(await call(5, "report")).toBe("result");
    const inFlight = await call(6, "restart");
    const later = await call(7, "report");
    bridge.close();
    await bridge.exited;
    expect(refusedOnce, "the stream was reopened and refused").toBe(true);
    expect({ inFlight, later }, "the calls' outcomes at the client").toEqual({
      inFlight: "error",
      later: expect.stringMatching(/^(error|result)$/),
    });
  });
});
