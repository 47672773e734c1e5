// Attack (round 29, found from outside): an HTTP upstream decides how fast the daemon reconnects to it. The MCP SDK's
// Streamable HTTP client transport, which the daemon uses towards such a server, reopens the standalone GET
// stream whenever it ends, and its `_scheduleReconnection` is called with attempt 0 after every graceful end
// (so `maxRetries` never stops it) and waits the server's own `retry:` field (so `retry: 0` is no wait at all).
// A server that answers each GET with `retry: 0` and an immediate end of the stream makes the daemon send GETs
// back to back for as long as the session lives: hundreds a second (389 in 3 s here) from one client's
// session, each a request the daemon makes, parses and hands to the SDK, on the one event loop every other
// session shares. No bound of the guard's (posts in flight, requests in flight, message size) counts them.
// Secure behaviour: the daemon reconnects at a bounded rate (a floor under the server's `retry:`, or a
// bounded number of reconnects), whatever the server asks. The legacy SSE transport (the `eventsource`
// package under the SDK's SSEClientTransport) obeys `retry:` the same way and reconnects for ever: its GET
// stream, which carries every answer, ended with `retry: 0` after the session is set up, is reopened
// hundreds of times a second.
// Proved through the real bridge with hand-written HTTP servers counting the GETs they receive.
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

let http: HttpServer;
let legacy: HttpServer;
let home: GuardedHome;
let gets = 0;
let legacyGets = 0;

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
}

beforeAll(async () => {
  http = createServer((req, res) => {
    if (req.method === "GET") {
      gets++;
      // A stream that asks to be reopened at once, and ends.
      res.writeHead(200, { "content-type": "text/event-stream" });
      return void res.end("retry: 0\n\n");
    }
    if (req.method !== "POST") return void res.writeHead(405).end();
    void body(req).then((message) => {
      const id = message.id;
      if (id === undefined) return void res.writeHead(202).end();
      const result =
        message.method === "initialize"
          ? {
              protocolVersion: "2025-06-18",
              capabilities: { tools: {} },
              serverInfo: { name: "retry-zero", version: "1" },
            }
          : {};
      res
        .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
        .end(JSON.stringify({ jsonrpc: "2.0", id, result }));
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;

  // The legacy HTTP+SSE transport: the answers travel on the GET stream, which the server ends once the
  // session is set up, asking to be reconnected at once; each reconnect gets the same.
  let stream: import("node:http").ServerResponse | undefined;
  let initialized = false;
  legacy = createServer((req, res) => {
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("retry: 0\n\nevent: endpoint\ndata: /messages\n\n");
      if (initialized) {
        legacyGets++;
        return void res.end();
      }
      stream = res;
      return;
    }
    void body(req).then((message) => {
      res.writeHead(202).end("Accepted");
      if (message.method === "notifications/initialized") {
        initialized = true;
        return void stream?.end();
      }
      if (message.id === undefined) return;
      const result =
        message.method === "initialize"
          ? {
              protocolVersion: "2024-11-05",
              capabilities: { tools: {} },
              serverInfo: { name: "retry-zero-sse", version: "1" },
            }
          : {};
      stream?.write(
        `event: message\ndata: ${JSON.stringify({ jsonrpc: "2.0", id: message.id, result })}\n\n`,
      );
    });
  });
  await new Promise<void>((r) => legacy.listen(0, "127.0.0.1", r));
  const legacyPort = (legacy.address() as AddressInfo).port;
  home = makeGuardedHome(
    [
      "  retry-zero:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      "  retry-zero-sse:",
      "    transport: sse",
      `    url: http://127.0.0.1:${legacyPort}/sse`,
    ].join("\n"),
  );
});
afterAll(async () => {
  await home?.cleanup();
  for (const server of [http, legacy]) {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  }
});

describe("an HTTP upstream whose event stream says `retry: 0` and ends", () => {
  it("is reconnected to at a bounded rate (Streamable HTTP's GET stream)", async () => {
    const bridge = new RawBridge(home, "retry-zero");
    await bridge.initialize();
    // Let the standalone stream open, then count the GETs of three seconds.
    await new Promise((r) => setTimeout(r, 500));
    const start = gets;
    await new Promise((r) => setTimeout(r, 3_000));
    const inThreeSeconds = gets - start;
    // The session still answers (the loop does not stop it; it only burns the daemon's time).
    bridge.send({ jsonrpc: "2.0", id: 2, method: "ping" });
    await bridge.answerTo(2);
    bridge.close();
    await bridge.exited;
    await new Promise((r) => setTimeout(r, 1_000));
    const afterClose = gets;
    await new Promise((r) => setTimeout(r, 1_000));
    // Once the session is over, nothing is reopened.
    expect(gets - afterClose, "GETs after the session ended").toBe(0);
    // The SDK's own backoff without `retry:` waits a second; one a second for three seconds is plenty.
    expect(inThreeSeconds, `${inThreeSeconds} GETs in 3 s`).toBeLessThanOrEqual(10);
  });

  it("is reconnected to at a bounded rate over the legacy SSE transport too", async () => {
    const bridge = new RawBridge(home, "retry-zero-sse");
    await bridge.initialize();
    await new Promise((r) => setTimeout(r, 500));
    const start = legacyGets;
    await new Promise((r) => setTimeout(r, 3_000));
    const inThreeSeconds = legacyGets - start;
    bridge.close();
    await bridge.exited;
    expect(inThreeSeconds, `${inThreeSeconds} GETs in 3 s`).toBeLessThanOrEqual(10);
  });
});
