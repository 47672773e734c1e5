// Attack (round 42, a lead left in round 41): an HTTP upstream's `retry:` field was taken unclamped by the
// daemon's own client transports (sse-events.ts, sse-client.ts, streamable-http-client.ts). A value past
// 2^31 - 1 ms overflows Node's timer, which then fires after 1 ms (with a TimeoutOverflowWarning), so a server
// asking to be left alone for years ("retry: 99999999999") had its stream reopened at once, paced only by the
// ReconnectPacer (a second, two, four …), and one asking for no wait had none but the pacer's. Negative and
// non-integer values are ignored by the HTML standard's grammar (digits only) and must stay so.
// Secure behaviour: the reconnection time a server asks for is held between 100 ms and 60 s; a huge one waits
// 60 s, not 1 ms (docs/architecture.md, where reconnects are described).
// Proved through the real bridge with hand-written HTTP servers counting the GETs they receive.
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

/** Past the 32-bit signed range of Node's timers: a timer asked for this long fires after 1 ms. */
const HUGE = "retry: 99999999999\n\n";

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
      // A stream that asks to be reopened only after three years, and ends.
      res.writeHead(200, { "content-type": "text/event-stream" });
      return void res.end(HUGE);
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
              serverInfo: { name: "retry-huge", version: "1" },
            }
          : {};
      res
        .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
        .end(JSON.stringify({ jsonrpc: "2.0", id, result }));
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;

  // The legacy HTTP+SSE transport: the server ends its stream once the session is set up, asking for the same.
  let stream: import("node:http").ServerResponse | undefined;
  let initialized = false;
  legacy = createServer((req, res) => {
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`${HUGE}event: endpoint\ndata: /messages\n\n`);
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
              serverInfo: { name: "retry-huge-sse", version: "1" },
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
      "  retry-huge:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      "  retry-huge-sse:",
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

describe("an HTTP upstream whose event stream asks for a reconnection time past the timer's range", () => {
  it("is not reopened at once (Streamable HTTP's GET stream)", async () => {
    const bridge = new RawBridge(home, "retry-huge");
    await bridge.initialize();
    await new Promise((r) => setTimeout(r, 500));
    const first = gets;
    // The pacer alone would reopen it after 1 s and 3 s; the 60 s ceiling keeps it shut.
    await new Promise((r) => setTimeout(r, 3_500));
    const reopened = gets - first;
    bridge.send({ jsonrpc: "2.0", id: 2, method: "ping" });
    await bridge.answerTo(2);
    bridge.close();
    await bridge.exited;
    expect(first, "the standalone stream was opened").toBe(1);
    expect(reopened, `${reopened} GETs in 3.5 s`).toBe(0);
  });

  it("is not reopened at once over the legacy SSE transport either", async () => {
    const bridge = new RawBridge(home, "retry-huge-sse");
    await bridge.initialize();
    await new Promise((r) => setTimeout(r, 3_500));
    const reopened = legacyGets;
    bridge.close();
    await bridge.exited;
    expect(reopened, `${reopened} GETs in 3.5 s`).toBe(0);
  });
});
