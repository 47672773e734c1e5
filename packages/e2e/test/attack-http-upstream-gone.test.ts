// Attack (round 27, found from outside): a stdio server that dies during a call ends its session, and every request in
// flight is answered upstream_unavailable at once (router.ts, upstreamDown; the control below); round 27 also
// ended a session whose stdio server stopped reading (492f5ff). An HTTP server that goes away during a call
// (a crash, a redeploy: every connection closed, the port no longer listening) is never noticed: the MCP SDK's
// transports report the dropped stream through onerror only (the legacy SSE one reconnects for ever), the
// upstream records it as its last error and nothing ends the session, so the call in flight is never answered
// and keeps its place among the session's max_requests_in_flight. Proved through the real bridge for a
// Streamable HTTP and a legacy SSE upstream.
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml, type GuardedHome } from "../src/index.js";

interface Upstream {
  http: HttpServer;
  /** Resolves when the `die` call has arrived. */
  dying: Promise<void>;
}

let home: GuardedHome;
const upstreams: Record<string, Upstream> = {};

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
}

/** An MCP server over HTTP whose `die` tool stops the whole server (as a crash or a redeploy would). */
async function start(): Promise<Upstream> {
  let died!: () => void;
  const dying = new Promise<void>((r) => (died = r));
  const stop = () => {
    http.close();
    http.closeAllConnections();
    died();
  };
  const mcp = () => {
    const server = new Server({ name: "mortal", version: "1.0.0" }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: [{ name: "die", description: "Stops the server.", inputSchema: { type: "object" } }],
    }));
    server.setRequestHandler(CallToolRequestSchema, () => {
      setTimeout(stop, 100);
      return new Promise(() => {}); // never answers: the process is going away
    });
    return server;
  };
  const streamable = new Map<string, StreamableHTTPServerTransport>();
  const sse = new Map<string, SSEServerTransport>();
  const http = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/sse" && req.method === "GET") {
        const transport = new SSEServerTransport("/messages", res);
        sse.set(transport.sessionId, transport);
        await mcp().connect(transport);
        return;
      }
      const parsed = req.method === "POST" ? await body(req) : undefined;
      if (url.pathname === "/messages") {
        const transport = sse.get(url.searchParams.get("sessionId") ?? "");
        if (!transport) return void res.writeHead(404).end();
        await transport.handlePostMessage(req, res, parsed);
        return;
      }
      const id = req.headers["mcp-session-id"];
      let transport = typeof id === "string" ? streamable.get(id) : undefined;
      if (!transport) {
        const made = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (sid) => void streamable.set(sid, made),
        });
        transport = made;
        await mcp().connect(made);
      }
      await transport.handleRequest(req, res, parsed);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  return { http, dying };
}

beforeAll(async () => {
  upstreams.remote = await start();
  upstreams.legacy = await start();
  const port = (name: string) => (upstreams[name]!.http.address() as AddressInfo).port;
  // The control: a stdio server that dies during the call.
  const log = join(makeGuardedHome().dir, "stdio.log");
  writeFileSync(
    `${log}.definitions.json`,
    JSON.stringify({
      tools: [{ name: "die", description: "Stops the server.", inputSchema: { type: "object" } }],
      crashes: { die: "going away" },
    }),
  );
  home = makeGuardedHome(
    [
      recorderServerYaml("local", log),
      "  remote:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port("remote")}/mcp`,
      "  legacy:",
      "    transport: sse",
      `    url: http://127.0.0.1:${port("legacy")}/sse`,
    ].join("\n"),
  );
});
afterAll(async () => {
  await home?.cleanup();
  for (const u of Object.values(upstreams)) {
    u.http.closeAllConnections();
    u.http.close();
  }
});

describe("an HTTP server that goes away during a call", () => {
  it("answers the call in flight on a stdio server that dies (control)", async () => {
    const bridge = new RawBridge(home, "local");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "die", arguments: {} } });
    const answer = await bridge.answerTo(5, 20_000);
    bridge.close();
    await bridge.exited;
    expect((answer.error as { data?: { reason?: string } } | undefined)?.data?.reason).toBe(
      "upstream_unavailable",
    );
  });

  for (const server of ["remote", "legacy"]) {
    it(`answers the call in flight on ${server} rather than leaving it waiting`, async () => {
      const bridge = new RawBridge(home, server);
      await bridge.initialize();
      bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "die", arguments: {} } });
      await upstreams[server]!.dying;
      let answer: Record<string, unknown> | undefined;
      try {
        answer = await bridge.answerTo(5, 20_000);
      } catch {
        answer = undefined;
      }
      bridge.close();
      await bridge.exited;
      expect(answer, "no answer 20 s after the server went away").toBeDefined();
      expect((answer?.error as { data?: { reason?: string } } | undefined)?.data?.reason).toBe(
        "upstream_unavailable",
      );
    });
  }
});
