// Round 43 (left by round 42): a Streamable HTTP server that takes the client's initialize POST and never
// answers it (no status, no headers: a hung instance behind a load balancer, or a hostile server) left the
// initialize waiting for ever, and with it the client and the session's connection. A legacy SSE server that
// never names its endpoint is given up after 30 s since round 42 (the guard's other waits on a server are
// bounded too). A correct guard answers the client's initialize with upstream_unavailable, saying why, after
// a bounded wait. Through the real bridge and a hand-written server.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileServerLines, hostileUpstream, type HostileUpstream, RawBridge } from "../src/index.js";

let hostile: HostileUpstream;
const held: ServerResponse[] = [];

beforeAll(async () => {
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    // Every POST is read and held unanswered; nothing else is offered.
    if (req.method !== "POST") return void res.writeHead(405).end();
    req.resume();
    held.push(res);
  };
  // The guard's wait for initialize's answer (daemon.server_answer_timeout, 30 s by default) cut short: what
  // is proved is that the wait ends in an error that names it, whatever the bound.
  hostile = await hostileUpstream(
    answer,
    (port) => hostileServerLines("silent", "streamable-http", port),
    "  server_answer_timeout: 3",
  );
});
afterAll(() => hostile?.close());

describe("a Streamable HTTP server that never answers initialize", () => {
  it("gets the client's initialize answered with an error, not left waiting", async () => {
    const bridge = new RawBridge(hostile.home, "silent");
    const started = Date.now();
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
    });
    const reply = await bridge.answerTo("init", 90_000).catch(() => undefined);
    const waited = Math.round((Date.now() - started) / 1000);
    bridge.close();
    expect(held.length, "the control: the guard did POST initialize").toBeGreaterThan(0);
    const error = reply?.error as { message?: string; data?: { reason?: string } } | undefined;
    expect(
      reply === undefined ? `no answer after ${waited} s` : (error?.data?.reason ?? "result"),
      "the client's initialize",
    ).toBe("upstream_unavailable");
    expect(error?.message, "the error says what the server did not do").toMatch(/initialize within 3 s/);
  });
});
