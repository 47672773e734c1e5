// The daemon's own Streamable HTTP client transport (in place of the MCP SDK's) against a hand-written server:
// the session id and protocol version on every later request, the bearer token, the standalone GET stream
// opened after `notifications/initialized` and resumed with Last-Event-ID when it ends, an answer's stream that
// ends before its answer resumed from its priming event id, JSON answers, and DELETE on close.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpTransport } from "../src/upstream/http-transport.js";

interface Seen {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("the daemon's Streamable HTTP client transport", () => {
  it("keeps the session's headers, resumes streams with Last-Event-ID and ends the session with DELETE", async () => {
    const seen: Seen[] = [];
    let gets = 0;
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        seen.push({ method: req.method ?? "", headers: req.headers, body });
        const sse = { "content-type": "text/event-stream" };
        if (req.method === "DELETE") return void res.writeHead(200).end();
        if (req.method === "GET") {
          gets++;
          if (gets === 1) {
            // The server's own stream: one notification, then it ends (to be resumed after `s1`).
            const note = { jsonrpc: "2.0", method: "notifications/message", params: { level: "info" } };
            return void res.writeHead(200, sse).end(`retry: 10\nid: s1\ndata: ${JSON.stringify(note)}\n\n`);
          }
          if (req.headers["last-event-id"] === "p1") {
            const answer = { jsonrpc: "2.0", id: 2, result: { tools: [] } };
            return void res.writeHead(200, sse).end(`id: p2\ndata: ${JSON.stringify(answer)}\n\n`);
          }
          return void res.writeHead(405).end();
        }
        const message = JSON.parse(body) as { id?: number; method: string };
        if (message.method === "initialize") {
          const answer = { jsonrpc: "2.0", id: message.id, result: { protocolVersion: "2025-06-18" } };
          return void res
            .writeHead(200, { "content-type": "application/json", "mcp-session-id": "session-1" })
            .end(JSON.stringify(answer));
        }
        if (message.id === undefined) return void res.writeHead(202).end();
        // An answer's stream that ends after its priming event, before the answer.
        res.writeHead(200, sse).end("id: p1\ndata:\n\n");
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;

    const connection = httpTransport({
      transport: "streamable-http",
      url,
      bearerToken: "tok",
      maxMessageBytes: 1 << 20,
    });
    const { transport, standaloneStream } = connection;
    const received: unknown[] = [];
    transport.onmessage = (message) => void received.push(message);
    await transport.start();
    await transport.send({ jsonrpc: "2.0", id: 1, method: "initialize", params: {} });
    expect(received).toEqual([{ jsonrpc: "2.0", id: 1, result: { protocolVersion: "2025-06-18" } }]);
    transport.setProtocolVersion?.("2025-06-18");
    await transport.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    await standaloneStream;
    await until(() => gets >= 2); // the server's stream ended and was resumed (405 the second time)
    const [first, resumed] = seen.filter((s) => s.method === "GET");
    expect(first?.headers["last-event-id"]).toBeUndefined();
    expect(resumed?.headers["last-event-id"]).toBe("s1");

    await transport.send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    await until(() => received.length === 3);
    expect(received.slice(1)).toEqual([
      { jsonrpc: "2.0", method: "notifications/message", params: { level: "info" } },
      { jsonrpc: "2.0", id: 2, result: { tools: [] } },
    ]);
    await transport.close();
    await until(() => seen.some((s) => s.method === "DELETE"));

    for (const request of seen) expect(request.headers.authorization).toBe("Bearer tok");
    const later = seen.slice(1);
    for (const request of later) expect(request.headers["mcp-session-id"]).toBe("session-1");
    for (const request of later) expect(request.headers["mcp-protocol-version"]).toBe("2025-06-18");
    expect(seen.map((s) => s.method)).toEqual(["POST", "POST", "GET", "GET", "POST", "GET", "DELETE"]);
  });
});
