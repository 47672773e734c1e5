// Attack (round 28; left open in round 27): an HTTP upstream's single huge answer was read whole into the
// daemon's memory before the session refused it. The MCP SDK's client transports read a JSON answer whole
// and an SSE event whole, with no bound, so a server that answered one call with a 96 MB event took the
// daemon's peak memory (VmHWM) up by about that much, per call and per session, before the message was
// refused as over daemon.max_message_bytes. What a user expects: a message over the limit is dropped as it
// arrives, never held, and the call is answered upstream_message_too_large, as a stdio server's is
// (bounded-body.test.ts checks the events around it still pass).
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hostileUpstream,
  type HostileUpstream,
  hostileServerLines,
  jsonBody,
  RawBridge,
} from "../src/index.js";

const LIMIT = 65_536;
const HUGE_MB = 96;
let hostile: HostileUpstream;

/** Writes `count` megabytes of filler, waiting for the socket to drain (the server never holds it all). */
async function filler(res: ServerResponse, count: number): Promise<void> {
  const mb = Buffer.alloc(1 << 20, "y");
  for (let i = 0; i < count; i++) if (!res.write(mb)) await new Promise((r) => res.once("drain", r));
}

/** A hand-written Streamable HTTP server: JSON for the handshake, one huge SSE event (or JSON) per call. */
async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") return void res.writeHead(405).end();
  const message = await jsonBody(req);
  const id = message.id;
  if (id === undefined) return void res.writeHead(202).end();
  const json = (result: unknown): void =>
    void res
      .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
      .end(JSON.stringify({ jsonrpc: "2.0", id, result }));
  if (message.method === "initialize")
    return json({
      protocolVersion: "2025-06-18",
      capabilities: { tools: {} },
      serverInfo: { name: "huge", version: "1" },
    });
  if (message.method === "tools/list")
    return json({
      tools: [{ name: "huge", description: "Returns a report.", inputSchema: { type: "object" } }],
    });
  const shape = (message.params as { arguments?: { shape?: string } }).arguments?.shape;
  const head = `{"jsonrpc":"2.0","result":{"content":[{"type":"text","text":"marker-huge `;
  const tail = `"}]},"id":${JSON.stringify(id)}}`; // the id last, as the SDK's own server writes it
  if (shape === "json") {
    res.writeHead(200, { "content-type": "application/json" });
    res.write(head);
    await filler(res, HUGE_MB);
    return void res.end(tail);
  }
  res.writeHead(200, { "content-type": "text/event-stream" });
  res.write(`event: message\ndata: ${head}`);
  await filler(res, HUGE_MB);
  res.end(`${tail}\n\n`);
}

beforeAll(async () => {
  hostile = await hostileUpstream(
    answer,
    (port) => hostileServerLines("huge", "streamable-http", port),
    `  max_message_bytes: ${LIMIT}`,
  );
});
afterAll(() => hostile?.close());

/** The daemon's peak resident memory so far, in MB (Linux). */
async function daemonPeakMb(): Promise<number> {
  const status = await hostile.home.status();
  if (!status.running) throw new Error("the daemon is not running");
  const line = readFileSync(`/proc/${status.pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB$/m);
  return Number(line?.[1]) / 1024;
}

describe("an HTTP upstream's answer far over daemon.max_message_bytes", () => {
  it("is dropped as it arrives: the call is refused and the daemon's memory never holds it", async () => {
    const bridge = new RawBridge(hostile.home, "huge");
    await bridge.initialize();
    const before = await daemonPeakMb();
    for (const [id, shape] of [
      [5, "events"],
      [6, "json"],
    ] as const) {
      bridge.send({
        jsonrpc: "2.0",
        id,
        method: "tools/call",
        params: { name: "huge", arguments: { shape } },
      });
      const reply = await bridge.answerTo(id, 60_000);
      expect(JSON.stringify(reply).includes("marker-huge"), shape).toBe(false);
      expect((reply.error as { data?: { reason?: string } } | undefined)?.data?.reason, shape).toBe(
        "upstream_message_too_large",
      );
    }
    const grew = (await daemonPeakMb()) - before;
    bridge.close();
    await bridge.exited;
    // Holding the event would take at least its own size (before the fix: 412 MB for two); reading it
    // through 64 KB buffers the collector frees later leaves tens of MB on a busy machine (45 in one CI run).
    expect(grew, `the daemon's peak memory grew by ${grew.toFixed(0)} MB`).toBeLessThan(HUGE_MB);
  });
});
