// Attack (round 27, found from outside): `daemon.max_message_bytes` is "the largest single JSON-RPC message accepted
// in either direction"; a stdio server's larger answer is refused (upstream_message_too_large) and never
// reaches the client. A server behind Streamable HTTP (the MCP SDK's client transport, which reads whole SSE
// events with no bound) had no such limit: its answer of five times the limit reached the client whole,
// through the real bridge, under the same config.
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";
import { recorderWithDefinitions, toolDefinition } from "../src/recorder-session.js";

const LIMIT = 4096;
const BIG = `marker-big-answer ${"y".repeat(LIMIT * 5)}`;

let http: HttpServer;
let home: GuardedHome;
let stdioHome: GuardedHome;

function mcpServer(): Server {
  const server = new Server({ name: "big-http", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [{ name: "big", description: "Returns a long report.", inputSchema: { type: "object" } }],
  }));
  server.setRequestHandler(CallToolRequestSchema, () => ({ content: [{ type: "text", text: BIG }] }));
  return server;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
}

beforeAll(async () => {
  const transports = new Map<string, StreamableHTTPServerTransport>();
  http = createServer((req, res) => {
    void (async () => {
      const parsed = req.method === "POST" ? await body(req) : undefined;
      const id = req.headers["mcp-session-id"];
      let transport = typeof id === "string" ? transports.get(id) : undefined;
      if (!transport) {
        const made = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (sid) => void transports.set(sid, made),
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
    ["  remote:", "    transport: streamable-http", `    url: http://127.0.0.1:${port}/mcp`].join("\n"),
    `  max_message_bytes: ${LIMIT}`,
  );
  // The same answer from a stdio server, for the control.
  const stdio = recorderWithDefinitions("recorder", {
    tools: [toolDefinition("big", "Returns a long report.")],
    results: { big: { content: [{ type: "text", text: BIG }] } },
  });
  stdioHome = stdio.home;
  writeFileSync(
    stdioHome.configPath,
    readFileSync(stdioHome.configPath, "utf8").replace(
      "  dashboard_port: 0",
      `  dashboard_port: 0\n  max_message_bytes: ${LIMIT}`,
    ),
  );
});
afterAll(async () => {
  await home?.cleanup();
  await stdioHome?.cleanup();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
});

async function callBig(h: GuardedHome, server: string): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(h, server);
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "big", arguments: {} } });
  const answer = await bridge.answerTo(5);
  bridge.close();
  await bridge.exited;
  return answer;
}

describe("daemon.max_message_bytes for a server's answer", () => {
  it("refuses a stdio server's answer above the limit (control)", async () => {
    const answer = await callBig(stdioHome, "recorder");
    expect(JSON.stringify(answer).includes("marker-big-answer")).toBe(false);
    expect((answer.error as { data?: { reason?: string } }).data?.reason).toBe("upstream_message_too_large");
  });

  it("refuses a Streamable HTTP server's answer above the limit the same way", async () => {
    const answer = await callBig(home, "remote");
    expect(JSON.stringify(answer).includes("marker-big-answer")).toBe(false);
    expect((answer.error as { data?: { reason?: string } } | undefined)?.data?.reason).toBe(
      "upstream_message_too_large",
    );
  });
});
