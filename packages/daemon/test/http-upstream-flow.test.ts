// An HTTP upstream that streams to a client that has stopped reading: the session pauses its upstream, and
// for an SSE or Streamable HTTP server that now stops the reading of its answers (flow-gate.ts), so TCP holds
// the server back as a pipe holds a stdio server, instead of the daemon buffering what it sends (pause() was a
// no-op for these upstreams). A real HTTP server speaking the SSE transport, writing only as fast as it may.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpTransport } from "../src/upstream/http-transport.js";
import { TransportUpstream } from "../src/upstream/transport-upstream.js";

const PAD = "x".repeat(16 * 1024);
let server: Server | undefined;
let upstream: TransportUpstream | undefined;

afterEach(async () => {
  await upstream?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** An SSE server that, once connected, sends 16 KB notifications for as long as its socket takes them. */
async function floodingServer(): Promise<{ url: string; written: () => number }> {
  let written = 0;
  server = createServer((req, res) => {
    if (req.method !== "GET") {
      res.writeHead(202).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    res.write("event: endpoint\ndata: /messages\n\n");
    const flood = (out: ServerResponse) => {
      while (!out.destroyed) {
        const data = {
          jsonrpc: "2.0",
          method: "notifications/message",
          params: { level: "info", data: PAD },
        };
        written++;
        if (!out.write(`event: message\ndata: ${JSON.stringify(data)}\n\n`)) {
          out.once("drain", () => flood(out));
          return;
        }
      }
    };
    setImmediate(() => flood(res));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/sse`, written: () => written };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("an HTTP upstream paused by its session", () => {
  it("is not read while paused, so the server is held back, and is read again on resume", async () => {
    const { url, written } = await floodingServer();
    let received = 0;
    upstream = new TransportUpstream(async (gate) =>
      httpTransport({ transport: "sse", url, maxMessageBytes: 4 << 20 }, gate),
    );
    upstream.onmessage = () => received++;
    await upstream.start();
    while (received < 20) await wait(5);
    upstream.pause();
    await wait(300); // what was already on its way arrives
    const [receivedPaused, writtenPaused] = [received, written()];
    await wait(500);
    expect(received).toBe(receivedPaused);
    // The server could write only what the sockets hold: it is held back, not buffered by the daemon.
    expect(written()).toBe(writtenPaused);
    upstream.resume();
    // What the sockets held is read, and the server writes again.
    while (written() <= writtenPaused) await wait(5);
    expect(received).toBeGreaterThan(receivedPaused);
  });
});
