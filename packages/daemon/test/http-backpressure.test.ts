// Flow control on the HTTP endpoint, in process: a real HTTP server and raw sockets in front of an
// HttpEndpoint, with a stand-in for the session that floods progress notifications the way a session relays
// a talkative server. A client that reads slowly gets everything, in order, while what waits for it stays
// bounded and the producer is held back; a client that stops reading has its stream ended (after
// stalled_stream_seconds, or at once when more than max_buffered_bytes wait) and resumes with Last-Event-ID
// from the event store without a gap.
import { BodyBudget } from "../src/http/body-budget.js";
import { createServer, request, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_EVENT_STORE_LIMITS } from "../src/http/event-store.js";
import { HttpEndpoint, type HttpEndpointOptions } from "../src/http/http-endpoint.js";

const KIB = 1024;
const FILLER = "x".repeat(KIB);
const PROTOCOL = "2025-11-25";

interface Rig {
  endpoint: HttpEndpoint;
  url: URL;
  ended: string[];
  /** Highest bufferedBytes seen after each write. */
  peak: { buffered: number };
  /** How many notifications the producer has written so far, and had written when a stream was ended. */
  produced: { count: number; atEnd: number };
  server: Server;
}

const rigs: Rig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) {
    await rig.endpoint.close();
    rig.server.closeAllConnections();
    await new Promise((r) => rig.server.close(r));
  }
});

/**
 * An endpoint whose "session" answers initialize, and answers a tools/call with `count` progress
 * notifications of 1 KiB, then its result. `honour`: wait while the endpoint reports back-pressure (a stdio
 * server the session can pause), or keep sending (an upstream that cannot be paused).
 */
async function rig(count: number, honour: boolean, options: Partial<HttpEndpointOptions> = {}): Promise<Rig> {
  const ended: string[] = [];
  const peak = { buffered: 0 };
  const produced = { count: 0, atEnd: 0 };
  const endpoint = new HttpEndpoint({
    maxBodyBytes: 1024 * KIB,
    bodies: {
      claim: () => new BodyBudget(() => ({ perIdentity: Infinity, total: Infinity })).claim("t"),
      stallMs: 10_000,
      refused: () => {},
    },
    bufferBytes: 1024 * KIB,
    stallMs: 60_000,
    onInitialized: () => {},
    onEnded: () => {},
    onError: () => {},
    refusedWithoutSession: () => {},
    onStreamEnded: (why) => {
      produced.atEnd = produced.count;
      ended.push(why);
    },
    ...options,
  });
  // No session here to judge a replay again (replayed-answer.ts): every stored event is replayed as it was.
  endpoint.onreplay = (message) => message;
  let backedUp = false;
  let drained: (() => void) | undefined;
  endpoint.onbackpressure = (now) => {
    backedUp = now;
    if (!now) drained?.();
  };
  const send = async (message: Record<string, unknown>) => {
    endpoint.send(message);
    peak.buffered = Math.max(peak.buffered, endpoint.bufferedBytes);
    if (backedUp && honour) await new Promise<void>((resolve) => (drained = resolve));
  };
  endpoint.onmessage = (received) => {
    const message = received as {
      id?: number;
      method: string;
      params?: { _meta?: { progressToken?: string } };
    };
    if (message.method === "initialize")
      void send({
        jsonrpc: "2.0",
        id: message.id,
        result: { protocolVersion: PROTOCOL, capabilities: {}, serverInfo: { name: "s", version: "1" } },
      });
    else if (message.method === "tools/call")
      void (async () => {
        const progressToken = message.params?._meta?.progressToken;
        for (let i = 1; i <= count; i++) {
          await send({
            jsonrpc: "2.0",
            method: "notifications/progress",
            params: { progressToken, progress: i, message: FILLER },
          });
          produced.count = i;
          // Messages arrive from a server in chunks, between which other I/O runs.
          if (i % 64 === 0) await new Promise((r) => setImmediate(r));
        }
        await send({ jsonrpc: "2.0", id: message.id, result: { content: [] } });
      })();
  };
  const server = createServer((req, res) => void endpoint.handle(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
  const made = { endpoint, url, ended, peak, produced, server };
  rigs.push(made);
  return made;
}

const HEADERS = { "content-type": "application/json", accept: "application/json, text/event-stream" };

async function initialize(url: URL): Promise<string> {
  const body = JSON.stringify({
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: { protocolVersion: PROTOCOL, capabilities: {}, clientInfo: { name: "t", version: "1" } },
  });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: HEADERS }, (res) => {
      res.resume();
      res.on("end", () => resolve(String(res.headers["mcp-session-id"])));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Parses SSE events out of a growing text buffer; returns the events and what is left. */
function events(buffer: string): { parsed: Array<{ id?: string; data: string }>; rest: string } {
  const parsed = [];
  let end: number;
  while ((end = buffer.indexOf("\n\n")) >= 0) {
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    const id = /^id: (.*)$/m.exec(block)?.[1];
    const data = /^data: ?(.*)$/m.exec(block)?.[1];
    if (data !== undefined) parsed.push({ id, data });
  }
  return { parsed, rest: buffer };
}

/** A raw HTTP request on its own socket, so the test decides when (and whether) to read. */
function rawCall(url: URL, session: string, method: string, body?: object, extra: string[] = []): Socket {
  const text = body ? JSON.stringify(body) : "";
  const socket = connect(Number(url.port), url.hostname);
  socket.write(
    [
      `${method} ${url.pathname} HTTP/1.1`,
      `Host: ${url.host}`,
      "Content-Type: application/json",
      "Accept: application/json, text/event-stream",
      `Mcp-Session-Id: ${session}`,
      `Mcp-Protocol-Version: ${PROTOCOL}`,
      `Content-Length: ${Buffer.byteLength(text)}`,
      ...extra,
      "",
      text,
    ].join("\r\n"),
  );
  return socket;
}

const call = (id: number) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name: "flood", arguments: {}, _meta: { progressToken: "p" } },
});

const until = async (what: () => boolean, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!what()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("SSE flow control on the HTTP endpoint", () => {
  it("delivers everything, in order, to a client that reads slowly, holding the producer back", async () => {
    const count = 30_000; // 30 MiB: far beyond what the sockets hold
    const { endpoint, url, ended, peak, produced } = await rig(count, true);
    const session = await initialize(url);
    const socket = rawCall(url, session, "POST", call(2));
    let buffer = "";
    let progress = 0;
    let outOfOrder = 0;
    let done = false;
    socket.setEncoding("utf8").on("data", (text: string) => {
      const { parsed, rest } = events(buffer + text);
      buffer = rest;
      for (const e of parsed) {
        if (!e.data) continue;
        const m = JSON.parse(e.data) as { id?: number; params?: { progress: number } };
        if (m.params) outOfOrder += m.params.progress === progress + 1 ? 0 : 1;
        if (m.params) progress = m.params.progress;
        if (m.id === 2) done = true;
      }
      // A slow reader: pause a little every so often.
      socket.pause();
      setTimeout(() => socket.resume(), 1);
    });
    await until(() => done, 50_000);
    socket.destroy();
    expect(progress).toBe(count);
    expect(outOfOrder).toBe(0);
    expect(ended).toEqual([]);
    expect(produced.count).toBe(count);
    // What waited in the daemon stayed near the back-pressure mark, far below what was sent.
    expect(peak.buffered).toBeLessThan(4 * 1024 * KIB);
    expect(endpoint.bufferedBytes).toBe(0);
  }, 60_000);

  it("holds back the producer of a client that stops reading, then ends its stream; the client resumes without a gap", async () => {
    const count = 20_000;
    const { endpoint, url, ended, peak, produced } = await rig(count, true, {
      stallMs: 1500,
      eventStore: {
        ...DEFAULT_EVENT_STORE_LIMITS,
        streamEvents: 50_000,
        streamBytes: 64 * 1024 * KIB,
        sessionEvents: 50_000,
        sessionBytes: 64 * 1024 * KIB,
      },
    });
    const session = await initialize(url);
    const socket = rawCall(url, session, "POST", call(2));
    // Read up to the first event with an id (the priming event), then stop reading for good.
    let buffer = "";
    const lastId = await new Promise<string>((resolve) => {
      const onData = (text: string) => {
        const { parsed, rest } = events(buffer + text);
        buffer = rest;
        const withId = parsed.find((e) => e.id);
        if (withId) {
          socket.pause();
          socket.off("data", onData);
          resolve(withId.id!);
        }
      };
      socket.setEncoding("utf8").on("data", onData);
    });
    await until(() => ended.length > 0);
    expect(ended).toEqual(["stalled"]);
    // Until then the producer was held: it had not written everything.
    expect(produced.atEnd).toBeLessThan(count);
    expect(peak.buffered).toBeLessThan(4 * 1024 * KIB);
    socket.destroy();
    // The rest is in the event store: a GET with Last-Event-ID replays everything after the last event read.
    await until(() => produced.count === count);
    const resumed = rawCall(url, session, "GET", undefined, [`Last-Event-ID: ${lastId}`]);
    let progress = 0;
    let gaps = 0;
    let done = false;
    let rest = "";
    resumed.setEncoding("utf8").on("data", (text: string) => {
      const out = events(rest + text);
      rest = out.rest;
      for (const e of out.parsed) {
        if (!e.data) continue;
        const m = JSON.parse(e.data) as { id?: number; params?: { progress: number } };
        if (m.params) gaps += m.params.progress === progress + 1 ? 0 : 1;
        if (m.params) progress = m.params.progress;
        if (m.id === 2) done = true;
      }
    });
    await until(() => done, 30_000);
    resumed.destroy();
    expect(progress).toBe(count);
    expect(gaps).toBe(0);
    expect(endpoint.eventStore.heldBytes).toBeLessThanOrEqual(64 * 1024 * KIB);
  }, 60_000);

  it("ends at once the stream of a client that stops reading when more than max_buffered_bytes wait for it", async () => {
    // An upstream that cannot be paused keeps writing: the cap, not the stall timer, ends the stream.
    const { endpoint, url, ended, peak } = await rig(20_000, false, { bufferBytes: 1024 * KIB });
    const session = await initialize(url);
    const socket = rawCall(url, session, "POST", call(2));
    socket.pause();
    await until(() => ended.length > 0);
    expect(ended[0]).toBe("buffer_full");
    // Never more than the cap plus what the response itself holds.
    expect(peak.buffered).toBeLessThan(4 * 1024 * KIB);
    socket.destroy();
    // What followed went to the bounded event store, not to memory without end.
    await until(() => endpoint.bufferedBytes === 0);
    expect(endpoint.eventStore.heldBytes).toBeLessThanOrEqual(DEFAULT_EVENT_STORE_LIMITS.sessionBytes);
  }, 60_000);

  it("holds a POST unread while the session has stopped reading this client, then delivers it", async () => {
    const { endpoint, url } = await rig(1, true);
    const session = await initialize(url);
    const delivered: string[] = [];
    const deliver = endpoint.onmessage;
    endpoint.onmessage = (message, size) => {
      delivered.push(String((message as { method?: unknown }).method));
      deliver(message, size);
    };
    endpoint.pause();
    const socket = rawCall(url, session, "POST", call(2));
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(delivered).toEqual([]);
    expect(text).toBe("");
    endpoint.resume();
    await until(() => text.includes('"result"'));
    expect(delivered).toEqual(["tools/call"]);
    socket.destroy();
  });
});
