// HTTP sessions do not outlive their use: a DELETE, or idleness past session_idle_seconds, ends the session,
// closes its upstream, and leaves nothing that keeps it in memory (the upstream server object of the session
// is garbage-collected). In process: a real Daemon with its HTTP endpoint, the SDK's Streamable HTTP client,
// and an in-memory McpServer per session.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { configSchema } from "@mcp-guard/config";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Daemon, TransportUpstream } from "../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let dir: string;
let daemon: Daemon;
/** The upstream of each session, weakly: collected once nothing holds the session. */
let upstreams: Array<{ upstream?: WeakRef<TransportUpstream>; closed: boolean }>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mcpg-http-life-"));
  upstreams = [];
  const config = configSchema.parse({
    servers: { mem: { command: "unused" } },
    daemon: {
      home: join(dir, "home"),
      dashboard_port: 0,
      http: { port: 0, allow_anonymous: true, session_idle_seconds: 1 },
    },
  });
  daemon = new Daemon({
    config,
    configPath: join(dir, "mcp-guard.yaml"),
    watch: false,
    createUpstream: () => {
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      const server = new McpServer({ name: "in-memory", version: "1.0.0" });
      server.registerTool("hello", {}, async () => ({ content: [{ type: "text", text: "hi" }] }));
      const upstream = new TransportUpstream(clientSide, "in-memory server");
      const record = { upstream: new WeakRef(upstream), closed: false };
      upstreams.push(record);
      server.server.onclose = () => (record.closed = true);
      void server.connect(serverSide);
      return upstream;
    },
  });
  await daemon.start();
});

afterEach(async () => {
  await daemon.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(`${daemon.httpUrl}/mem`));
  const client = new Client({ name: "lifetime", version: "1" });
  await client.connect(transport);
  expect((await client.callTool({ name: "hello", arguments: {} })).content).toEqual([
    { type: "text", text: "hi" },
  ]);
  return { client, transport };
}

async function until(what: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!what()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** True once every session's upstream object has been garbage-collected. */
async function collected(): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
    if (upstreams.every((u) => u.upstream?.deref() === undefined)) return true;
  }
  return false;
}

describe("HTTP session lifetime", () => {
  it("frees a session ended with DELETE: its upstream is closed and nothing holds it", async () => {
    const sessions = [];
    for (let i = 0; i < 3; i++) sessions.push(await open());
    expect(daemon.status().sessions).toHaveLength(3);
    for (const { client, transport } of sessions) {
      await transport.terminateSession();
      await client.close();
    }
    await until(() => daemon.status().sessions.length === 0);
    expect(upstreams.map((u) => u.closed)).toEqual([true, true, true]);
    sessions.length = 0;
    expect(await collected()).toBe(true);
  });

  it("frees a session left idle past session_idle_seconds", async () => {
    const { client } = await open();
    // The client goes away without DELETE: only the idle timer can end the session.
    await client.close();
    expect(daemon.status().sessions).toHaveLength(1);
    await until(() => daemon.status().sessions.length === 0, 5000);
    expect(upstreams[0]!.closed).toBe(true);
    expect(await collected()).toBe(true);
  });
});
