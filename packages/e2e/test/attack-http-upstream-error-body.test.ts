// Attack (round 27, found from outside): what a Streamable HTTP server answers reaches the client only through the
// pipeline (detection, in results and errors alike), and what a stdio server writes to stderr, which the
// guard repeats to the client in upstream_unavailable, is redacted first (stderr-scrub.ts). A Streamable HTTP
// server has a third voice: the body of an HTTP error status. The MCP SDK's client transport puts that body in
// its error ("Error POSTing to endpoint: <body>"), the session answers the call upstream_unavailable with it as
// `data.detail`, and nothing scans it: a token (or any text the server chooses) that detection keeps out of a
// result reaches the client whole. Proved through the real bridge against a real SDK server.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

// Built at run time so that no scanner reading this file meets a whole token.
const TOKEN = `ghp_${"Q8wLm2Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7Rk9"}`;
const LEAK = `upstream auth failed for token ${TOKEN}`;

let http: HttpServer;
let home: GuardedHome;

function mcpServer(): Server {
  const server = new Server({ name: "err-http", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      { name: "report", description: "Returns a report.", inputSchema: { type: "object" } },
      { name: "fail", description: "Fails.", inputSchema: { type: "object" } },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, () => ({ content: [{ type: "text", text: LEAK }] }));
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
      const message = parsed as { method?: string; params?: { name?: string } } | undefined;
      const broken = req.url === "/broken";
      if (broken || (message?.method === "tools/call" && message.params?.name === "fail")) {
        // The server's own words, as an HTTP error instead of a JSON-RPC answer.
        res.writeHead(500, { "content-type": "text/plain" }).end(LEAK);
        return;
      }
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
    [
      "  remote:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      // A server that refuses every POST, initialize included, with the same words.
      "  broken:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/broken`,
    ].join("\n"),
  );
});
afterAll(async () => {
  await home?.cleanup();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
});

async function call(tool: string, server = "remote"): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: tool, arguments: {} } });
  const answer = await bridge.answerTo(5);
  bridge.close();
  await bridge.exited;
  return answer;
}

const leaked = (text: string) => [TOKEN, TOKEN.slice(4, 24)].filter((s) => text.includes(s));

describe("a Streamable HTTP server's error body", () => {
  it("keeps the credentials out of a result (control)", async () => {
    expect(leaked(JSON.stringify(await call("report")))).toEqual([]);
  });

  it("keeps them out of the guard's upstream_unavailable answer too", async () => {
    const answer = await call("fail");
    expect(answer.error).toBeDefined();
    expect(leaked(JSON.stringify(answer)), JSON.stringify(answer)).toEqual([]);
  });

  it("keeps them out of the answers of a server that cannot be reached", async () => {
    const bridge = new RawBridge(home, "broken");
    const answer = await bridge.initialize();
    bridge.close();
    await bridge.exited;
    expect(answer.error).toBeDefined();
    expect(leaked(JSON.stringify(answer)), JSON.stringify(answer)).toEqual([]);
  });

  it("keeps them out of `status`, `logs` and the daemon's log file", async () => {
    const status = await home.cli(["status", "--json"]);
    const logs = await home.cli(["logs", "--json", "--limit", "100"]);
    const daemonLog = readFileSync(join(home.home, "daemon.log"), "utf8");
    expect(leaked(status.stdout + logs.stdout), status.stdout).toEqual([]);
    expect(leaked(daemonLog)).toEqual([]);
  });
});
