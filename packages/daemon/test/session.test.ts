// In-process: a real SDK Client -> the bridge relay -> a real Daemon session -> an in-memory McpServer.
// Test interceptors exercise every verdict in both directions, including the fail-closed paths.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { runBridge } from "@mcp-guard/bridge";
import { configSchema } from "@mcp-guard/config";
import { decodeTrace, type Interceptor, type MessageContext, type Verdict } from "@mcp-guard/core";
import { AuditRepository, openDatabase, type AuditRow } from "@mcp-guard/store";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { Daemon, TransportUpstream } from "../src/index.js";

const toolName = (ctx: MessageContext) =>
  ctx.message.kind === "request" && ctx.message.method === "tools/call"
    ? String(ctx.message.params?.name)
    : undefined;

const toServer: Interceptor[] = [
  {
    name: "test-deny",
    inspect: (ctx): Verdict =>
      toolName(ctx) === "forbidden"
        ? { action: "block", reason: "invalid_request", data: { tool: "forbidden" } }
        : { action: "pass" },
  },
  {
    name: "test-throw",
    inspect: (ctx): Verdict => {
      if (toolName(ctx) === "explode") throw new Error("boom");
      return { action: "pass" };
    },
  },
  {
    name: "test-hang",
    inspect: (ctx) => (toolName(ctx) === "hang" ? new Promise<Verdict>(() => {}) : { action: "pass" }),
  },
  {
    name: "test-rewrite",
    inspect: (ctx): Verdict => {
      if (toolName(ctx) !== "echo" || ctx.message.kind !== "request") return { action: "pass" };
      const params = ctx.message.params!;
      const args = params.arguments as { text: string };
      if (!args.text.includes("secret")) return { action: "pass" };
      return {
        action: "modify",
        message: {
          ...ctx.message.raw,
          params: { ...params, arguments: { text: args.text.replace("secret", "[gone]") } },
        },
      };
    },
  },
  {
    name: "test-drop-notification",
    inspect: (ctx): Verdict =>
      ctx.message.kind === "notification" && ctx.message.method === "notifications/roots/list_changed"
        ? { action: "block", reason: "invalid_request" }
        : { action: "pass" },
  },
];

const toClient: Interceptor[] = [
  {
    name: "test-withhold-result",
    inspect: (ctx): Verdict =>
      ctx.message.kind === "response" && ctx.request?.params?.name === "leaky"
        ? { action: "block", reason: "invalid_request" }
        : { action: "pass" },
  },
];

let dir: string;
let daemon: Daemon;
let client: Client;
let serverCalls: string[];
let rootsChanged = 0;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mcpg-session-"));
  serverCalls = [];
  rootsChanged = 0;
  const config = configSchema.parse({
    servers: { mem: { command: "unused" } },
    daemon: { home: join(dir, "home") },
  });
  daemon = new Daemon({
    config,
    configPath: join(dir, "mcp-guard.yaml"),
    interceptors: { to_server: toServer, to_client: toClient },
    interceptorTimeoutMs: 100,
    createUpstream: () => {
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      const server = new McpServer({ name: "in-memory", version: "1.0.0" });
      for (const name of ["echo", "forbidden", "explode", "hang", "leaky"]) {
        server.registerTool(name, { inputSchema: { text: z.string().optional() } }, async ({ text }) => {
          serverCalls.push(`${name}:${text ?? ""}`);
          return { content: [{ type: "text", text: `${name} said ${text ?? ""}` }] };
        });
      }
      server.server.setNotificationHandler(
        z.object({ method: z.literal("notifications/roots/list_changed") }),
        async () => {
          rootsChanged++;
        },
      );
      void server.connect(serverSide);
      return new TransportUpstream(clientSide, "in-memory server");
    },
  });
  await daemon.start();
  const bridgeIn = new PassThrough();
  const bridgeOut = new PassThrough();
  void runBridge({
    server: "mem",
    paths: resolveDaemonPaths({ home: join(dir, "home") }),
    startDaemon: () => {
      throw new Error("the daemon is already running");
    },
    stdin: bridgeIn,
    stdout: bridgeOut,
    stderr: new PassThrough(),
  });
  client = new Client(
    { name: "in-process", version: "1" },
    { capabilities: { roots: { listChanged: true } } },
  );
  await client.connect(new StdioServerTransport(bridgeOut, bridgeIn));
});

afterEach(async () => {
  await client.close();
  await daemon.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function auditRows(): Promise<AuditRow[]> {
  await daemon.stop();
  const db = openDatabase(join(dir, "home", "mcp-guard.db"), { readonly: true });
  try {
    return new AuditRepository(db).query({ limit: 1000 });
  } finally {
    db.close();
  }
}

const callError = async (name: string) => {
  try {
    await client.callTool({ name, arguments: { text: "x" } });
    return undefined;
  } catch (err) {
    return err as { code: number; data: { reason: string } };
  }
};

describe("a daemon session with interceptors", () => {
  it("forwards what passes and audits both directions with the trace", async () => {
    const result = await client.callTool({ name: "echo", arguments: { text: "hello" } });
    expect(result.content).toEqual([{ type: "text", text: "echo said hello" }]);
    const rows = await auditRows();
    const call = rows.find((r) => r.direction === "to_server" && r.method === "tools/call")!;
    expect(call).toMatchObject({
      target: "echo",
      decision: "allow",
      identity: expect.stringMatching(/^os:/),
    });
    expect(decodeTrace(call.trace)?.map((t) => t.interceptor)).toEqual(toServer.map((i) => i.name));
    expect(rows.find((r) => r.direction === "to_client" && r.method === "tools/call")).toMatchObject({
      kind: "response",
      decision: "allow",
    });
  });

  it("answers a blocked request with an error on the same id and never forwards it", async () => {
    expect(await callError("forbidden")).toMatchObject({
      code: -32600,
      data: { reason: "invalid_request", tool: "forbidden" },
    });
    expect(serverCalls).toEqual([]);
    const rows = await auditRows();
    expect(rows.find((r) => r.target === "forbidden")).toMatchObject({
      decision: "block",
      reason: "invalid_request",
    });
  });

  it("blocks when an interceptor throws (fail-closed)", async () => {
    expect(await callError("explode")).toMatchObject({
      code: -32603,
      data: { reason: "interceptor_failed", interceptor: "test-throw", cause: "error" },
    });
    expect(serverCalls).toEqual([]);
  });

  it("blocks when an interceptor exceeds its time budget (fail-closed)", async () => {
    expect(await callError("hang")).toMatchObject({
      code: -32603,
      data: { reason: "interceptor_failed", interceptor: "test-hang", cause: "timeout" },
    });
    expect(serverCalls).toEqual([]);
    // The session is still usable after a timed-out check.
    expect((await client.callTool({ name: "echo", arguments: { text: "after" } })).content).toEqual([
      { type: "text", text: "echo said after" },
    ]);
  });

  it("forwards a modified message and records the modification", async () => {
    await client.callTool({ name: "echo", arguments: { text: "my secret" } });
    expect(serverCalls).toEqual(["echo:my [gone]"]);
    const rows = await auditRows();
    expect(rows.find((r) => r.direction === "to_server" && r.target === "echo")).toMatchObject({
      decision: "modify",
    });
  });

  it("drops a blocked notification without a reply and audits it", async () => {
    await client.sendRootsListChanged();
    await client.ping(); // a round trip after the notification proves it was processed
    expect(rootsChanged).toBe(0);
    const rows = await auditRows();
    expect(rows.find((r) => r.method === "notifications/roots/list_changed")).toMatchObject({
      kind: "notification",
      decision: "block",
    });
  });

  it("replaces a blocked response with an error for the requester", async () => {
    expect(await callError("leaky")).toMatchObject({ code: -32600, data: { reason: "invalid_request" } });
    expect(serverCalls).toEqual(["leaky:x"]); // the server ran it; the result was withheld
    const rows = await auditRows();
    expect(rows.find((r) => r.direction === "to_client" && r.target === "leaky")).toMatchObject({
      decision: "block",
    });
  });
});
