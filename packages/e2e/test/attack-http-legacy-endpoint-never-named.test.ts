// Attack (round 42, found from outside): a legacy SSE server (MCP 2024-11-05's HTTP+SSE) names where messages
// are POSTed in the first `endpoint` event of its stream; the daemon's own SSE client (round 41,
// sse-client.ts) starts the session's upstream only once that event has come. A server that opens the stream
// and keeps it alive but never finishes that event (a drip of comment lines, as a proxy's keep-alives or a
// hostile server would send) leaves start() pending for ever, and with it the client's initialize: no
// answer, no error, the bridge waits as long as the client does and the daemon holds the session and its
// connection. Every other wait of the guard on a server is bounded (its own requests get 30 s,
// own-requests.ts; the standalone stream 5 s). A correct guard gives up connecting after a bounded time and
// answers initialize with upstream_unavailable. Through the real bridge and a hand-written server.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileServerLines, hostileUpstream, type HostileUpstream, RawBridge } from "../src/index.js";

let hostile: HostileUpstream;
const streams: ServerResponse[] = [];
let drip: NodeJS.Timeout | undefined;

beforeAll(async () => {
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== "GET") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    // The endpoint event starts, and is never finished: only comment lines follow, never the blank line.
    res.write("event: endpoint\ndata: /messages\n");
    streams.push(res);
  };
  drip = setInterval(() => {
    for (const res of streams) res.write(": keep-alive\n");
  }, 500);
  // The guard's wait for the endpoint (daemon.server_answer_timeout, 30 s by default) cut short: what is
  // proved is that the wait ends, with an error, whatever the bound; the drip outlasts it either way.
  hostile = await hostileUpstream(
    answer,
    (port) => hostileServerLines("dripping", "sse", port),
    "  server_answer_timeout: 3",
  );
});
afterAll(async () => {
  clearInterval(drip);
  await hostile?.close();
});

describe("a legacy SSE server that never finishes naming its endpoint", () => {
  it("gets the client's initialize answered with an error, not left waiting", async () => {
    const bridge = new RawBridge(hostile.home, "dripping");
    const started = Date.now();
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: { protocolVersion: "2024-11-05", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
    });
    const reply = await bridge.answerTo("init", 90_000).catch(() => undefined);
    const waited = Math.round((Date.now() - started) / 1000);
    bridge.close();
    expect(streams.length, "the control: the guard opened the stream").toBeGreaterThan(0);
    expect(
      reply === undefined ? `no answer after ${waited} s` : reply.error ? "error" : "result",
      "the client's initialize",
    ).toBe("error");
    const error = reply?.error as { message?: string } | undefined;
    expect(error?.message, "given up after this home's bound").toMatch(/endpoint within 3 s/);
  });
});
