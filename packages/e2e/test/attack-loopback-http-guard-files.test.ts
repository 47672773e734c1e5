// Attack (round 27, found from outside): "mcp-guard's own files are always protected from local servers: its home (the
// daemon key, the secrets init moved out of client configs, the audit database) and its config file, which a
// server that could write it would use to rewrite the policy the daemon reloads" (docs/tool-integrity.md,
// sensitive resources; guard-home.test.ts). The guard's paths are given to a server's checks only when its
// entry has a `command` (server-places.ts: "a remote server's paths are on another machine"). A server behind
// Streamable HTTP or SSE on this machine's loopback address (a filesystem server run behind supergateway or
// mcp-proxy, or any server that serves HTTP locally) reads and writes this machine's files like a stdio one,
// and is not given them: a call naming the daemon key or the config by its absolute path reaches it. Proved
// through the real bridge with a recording server over each HTTP transport on 127.0.0.1, and the same calls
// to a stdio recording server as the control.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, type GuardedHome } from "../src/index.js";

let http: HttpServer;
let home: GuardedHome;
let stdioLog: string;
/** The tool calls the HTTP server received, by path. */
const received: Array<{ path: string; name: string; args: unknown }> = [];

const TOOLS = [
  { name: "read_text_file", description: "Reads a file.", inputSchema: { type: "object" } },
  { name: "write_file", description: "Writes a file.", inputSchema: { type: "object" } },
];

function mcpServer(path: string): Server {
  const server = new Server({ name: "local-fs", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: TOOLS }));
  server.setRequestHandler(CallToolRequestSchema, (req) => {
    received.push({ path, name: req.params.name, args: req.params.arguments });
    return { content: [{ type: "text", text: "done" }] };
  });
  return server;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
}

beforeAll(async () => {
  const streamable = new Map<string, StreamableHTTPServerTransport>();
  const sse = new Map<string, SSEServerTransport>();
  http = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/sse" && req.method === "GET") {
        const transport = new SSEServerTransport("/messages", res);
        sse.set(transport.sessionId, transport);
        await mcpServer("sse").connect(transport);
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
        await mcpServer("mcp").connect(made);
      }
      await transport.handleRequest(req, res, parsed);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;
  stdioLog = join(makeGuardedHome().dir, "stdio.log");
  home = makeGuardedHome(
    [
      recorderServerYaml("local", stdioLog),
      "  remote:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      "  legacy:",
      "    transport: sse",
      `    url: http://localhost:${port}/sse`,
    ].join("\n"),
  );
});
afterAll(async () => {
  await home?.cleanup();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
});

/** The calls the guard must refuse: the daemon's key read, the policy file rewritten. */
function forbidden(): Array<[string, Record<string, unknown>]> {
  return [
    ["read_text_file", { path: join(home.home, "daemon.key") }],
    ["read_text_file", { path: join(home.home, "secrets.env") }],
    ["write_file", { path: home.configPath, content: "servers: {}\n" }],
    ["read_text_file", { path: "~/.ssh/id_rsa" }],
    ["read_text_file", { path: join(process.env.HOME ?? "/root", ".ssh", "id_rsa") }],
  ];
}

async function calls(server: string): Promise<Array<Record<string, unknown>>> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  const answers: Array<Record<string, unknown>> = [];
  let id = 10;
  for (const [name, args] of forbidden()) {
    bridge.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: args } });
    answers.push(await bridge.answerTo(id++));
  }
  bridge.close();
  await bridge.exited;
  return answers;
}

const reasons = (answers: Array<Record<string, unknown>>) =>
  answers.map((a) => (a.error as { data?: { reason?: string } } | undefined)?.data?.reason ?? "forwarded");

describe("the guard's own files and a server on this machine's loopback over HTTP", () => {
  it("are kept from a stdio server (control)", async () => {
    expect(reasons(await calls("local"))).toEqual(forbidden().map(() => "sensitive_resource"));
    expect(recorded(stdioLog).filter((m) => typeof m !== "string" && m.method === "tools/call")).toEqual([]);
  });

  for (const [server, path] of [
    ["remote", "mcp"],
    ["legacy", "sse"],
  ]) {
    it(`are kept from a ${server === "remote" ? "Streamable HTTP" : "legacy SSE"} server on loopback`, async () => {
      const answers = await calls(server!);
      expect(
        received.filter((r) => r.path === path).map((r) => JSON.stringify(r.args)),
        "the server received these calls",
      ).toEqual([]);
      expect(reasons(answers)).toEqual(forbidden().map(() => "sensitive_resource"));
    });
  }
});
