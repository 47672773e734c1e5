// Attack (round 27, found from outside): round 27 bounded `daemon.max_message_bytes` for what an HTTP upstream
// answers (a569398) and redacted the body of its HTTP error status before it reaches the client (abfb2de).
// The neighbouring shape: the error body itself is not bounded. The MCP SDK's client transports read a failed
// POST's body whole (`response.text()`) into their error, and the session repeats that text to the client in
// upstream_unavailable's `data.detail`. A stdio server's words outside its messages (its stderr) reach the
// client as at most 20 lines of 500 characters; an HTTP server's 500 carries any size it likes, and the
// guard's own answer then exceeds the limit the README says holds "in either direction". Proved through the
// real bridge against Streamable HTTP and legacy SSE upstreams.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

const LIMIT = 4096;
// Twenty times the limit, as the server's words in a 500: plain text, nothing any detector would redact.
const BODY = `marker-error-body ${"lorem ipsum dolor sit amet ".repeat(Math.ceil((LIMIT * 20) / 27))}`;

let http: HttpServer;
let home: GuardedHome;

function mcpServer(): Server {
  const server = new Server({ name: "err-size", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      { name: "fail", description: "Fails.", inputSchema: { type: "object" } },
      { name: "big", description: "Returns a long report.", inputSchema: { type: "object" } },
    ],
  }));
  // `big` answers with a result over the limit (the door round 27 closed for Streamable HTTP, here over SSE).
  server.setRequestHandler(CallToolRequestSchema, () => ({ content: [{ type: "text", text: BODY }] }));
  return server;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
}

const isFailCall = (m: unknown) => {
  const message = m as { method?: string; params?: { name?: string } } | undefined;
  return message?.method === "tools/call" && message.params?.name === "fail";
};

beforeAll(async () => {
  const streamable = new Map<string, StreamableHTTPServerTransport>();
  const sse = new Map<string, SSEServerTransport>();
  http = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/sse" && req.method === "GET") {
        const transport = new SSEServerTransport("/messages", res);
        sse.set(transport.sessionId, transport);
        await mcpServer().connect(transport);
        return;
      }
      const parsed = req.method === "POST" ? await body(req) : undefined;
      if (isFailCall(parsed)) {
        res.writeHead(500, { "content-type": "text/plain" }).end(BODY);
        return;
      }
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
        await mcpServer().connect(made);
      }
      await transport.handleRequest(req, res, parsed);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;
  home = makeGuardedHome(
    [
      "  remote:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      "  legacy:",
      "    transport: sse",
      `    url: http://127.0.0.1:${port}/sse`,
    ].join("\n"),
    `  max_message_bytes: ${LIMIT}`,
  );
});
afterAll(async () => {
  await home?.cleanup();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
});

/** The raw line the client receives for a call to `tool`, and that line's size in bytes. */
async function failedCall(
  server: string,
  tool = "fail",
): Promise<{ answer: Record<string, unknown>; bytes: number }> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: tool, arguments: {} } });
  const answer = await bridge.answerTo(5);
  bridge.close();
  await bridge.exited;
  return { answer, bytes: Buffer.byteLength(JSON.stringify(answer)) };
}

describe("an HTTP upstream's error body and daemon.max_message_bytes", () => {
  it("refuses a legacy SSE server's answer above the limit (held: the same check as Streamable HTTP's)", async () => {
    const { answer } = await failedCall("legacy", "big");
    expect(JSON.stringify(answer).includes("marker-error-body")).toBe(false);
    expect((answer.error as { data?: { reason?: string } } | undefined)?.data?.reason).toBe(
      "upstream_message_too_large",
    );
  });

  for (const server of ["remote", "legacy"]) {
    it(`the guard's answer to a failed call on ${server} stays within the limit`, async () => {
      const { answer, bytes } = await failedCall(server);
      expect(answer.error, JSON.stringify(answer).slice(0, 300)).toBeDefined();
      // The call failed; the server's 80 KB of words must not ride on the guard's answer.
      expect(bytes, `answer of ${bytes} bytes`).toBeLessThanOrEqual(LIMIT);
    });
  }
});
