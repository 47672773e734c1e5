// Upstream servers through the guard: pagination, crashes, large results, environment isolation,
// process reaping, graceful drain, HTTP transports, and the filesystem and memory reference servers.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { CreateMessageRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  directTransport,
  EVERYTHING,
  FIXTURE,
  freePort,
  guardedTransport,
  makeGuardedHome,
  RawBridge,
} from "../src/index.js";

const home = makeGuardedHome(
  [
    "  with-env:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FIXTURE)}]`,
    "    env:",
    "      CONFIGURED_VALUE: from-config",
  ].join("\n"),
);
afterAll(() => home.cleanup());

async function guardedClient(server: string): Promise<Client> {
  const client = new Client({ name: "upstreams", version: "1" });
  await client.connect(guardedTransport(home, server));
  return client;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

async function collect<T>(
  fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string | undefined }>,
) {
  const all: T[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    all.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { all, pages };
}

describe("upstream servers", () => {
  it("passes paginated tools, prompts and resources exactly as the server sends them", async () => {
    const run = async (client: Client) => ({
      tools: await collect(async (c) => {
        const r = await client.listTools(c ? { cursor: c } : {});
        return { items: r.tools.map((t) => t.name), nextCursor: r.nextCursor };
      }),
      prompts: await collect(async (c) => {
        const r = await client.listPrompts(c ? { cursor: c } : {});
        return { items: r.prompts.map((p) => p.name), nextCursor: r.nextCursor };
      }),
      resources: await collect(async (c) => {
        const r = await client.listResources(c ? { cursor: c } : {});
        return { items: r.resources.map((p) => p.uri), nextCursor: r.nextCursor };
      }),
    });
    const direct = new Client({ name: "direct", version: "1" });
    await direct.connect(directTransport(FIXTURE));
    const proxied = await guardedClient("fixture");
    const expected = await run(direct);
    expect(expected.tools.pages).toBe(5);
    expect(await run(proxied)).toEqual(expected);
    await Promise.all([direct.close(), proxied.close()]);
  });

  it("fails the pending request and ends the session when the server dies mid-request", async () => {
    const bridge = new RawBridge(home, "fixture");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "crash", arguments: {} } });
    const reply = await bridge.next();
    expect(reply).toMatchObject({ id: 5, error: { code: -32603, data: { reason: "upstream_unavailable" } } });
    expect(String((reply.error as { message: string }).message)).toContain("exited with code 3");
    const why = "fixture: cannot open /var/lib/fixture/state.db: permission denied";
    expect((reply.error as { data: { stderr: string[] } }).data.stderr).toContain(why);
    const { code, stderr } = await bridge.exited;
    expect(code).toBe(1);
    expect(stderr).toContain('server "fixture": the server process exited with code 3');
    const status = await home.cli(["status"]);
    expect(status.stdout).toContain(`stderr: ${why}`);
  });

  it("relays a 5 MB result intact", async () => {
    const client = await guardedClient("fixture");
    const result = await client.callTool({ name: "big", arguments: { bytes: 5_000_000 } });
    expect((result.content as { text: string }[])[0]!.text).toHaveLength(5_000_000);
    await client.close();
  });

  it("gives a stdio server its configured env and the safe set, not the daemon's environment", async () => {
    const client = await guardedClient("with-env");
    const result = await client.callTool({ name: "env", arguments: {} });
    const env = JSON.parse((result.content as { text: string }[])[0]!.text) as Record<string, string>;
    expect(env.CONFIGURED_VALUE).toBe("from-config");
    expect(env.PATH).toBe(process.env.PATH);
    // The daemon was started with these; a server must not see them.
    expect(env.MCP_GUARD_CONFIG).toBeUndefined();
    expect(env.MCP_GUARD_HOME).toBeUndefined();
    await client.close();
  });

  it("reaps the server and its children when the client disappears without a goodbye", async () => {
    const bridge = new RawBridge(home, "fixture");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: "spawn-child", arguments: {} },
    });
    const grandchild = Number(
      ((await bridge.next()).result as { content: { text: string }[] }).content[0]!.text,
    );
    const status = (await home.status()) as {
      sessions: { upstream_pid: number }[];
    };
    const serverPid = status.sessions.map((s) => s.upstream_pid).find((p) => p && alive(p))!;
    expect(alive(grandchild)).toBe(true);
    bridge.child.kill("SIGKILL");
    expect(await eventually(() => !alive(serverPid) && !alive(grandchild))).toBe(true);
  });

  it("stops waiting for a request the client cancelled", async () => {
    const transport = guardedTransport(home, "fixture");
    const client = new Client({ name: "upstreams", version: "1" });
    await client.connect(transport);
    const controller = new AbortController();
    const call = client.callTool({ name: "slow", arguments: { ms: 5000 } }, undefined, {
      signal: controller.signal,
    });
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await expect(call).rejects.toThrow();
    const status = (await home.status()) as {
      sessions: { pending_requests: number }[];
    };
    expect(status.sessions.map((s) => s.pending_requests)).toEqual([0]);
    await client.close();
  });

  it("lets an in-flight request finish when the daemon stops, then reaps every server", async () => {
    const client = await guardedClient("fixture");
    const status = (await home.status()) as {
      sessions: { upstream_pid: number | null }[];
    };
    const slow = client.callTool({ name: "slow", arguments: { ms: 1500 } });
    await new Promise((r) => setTimeout(r, 200));
    const stopped = home.cli(["stop"]);
    expect(await slow).toMatchObject({ content: [{ type: "text", text: "slept 1500 ms" }] });
    expect((await stopped).code).toBe(0);
    for (const s of status.sessions) if (s.upstream_pid) expect(alive(s.upstream_pid)).toBe(false);
    const logs = await home.cli(["logs", "--tool", "slow", "--json"]);
    expect(logs.stdout).toContain('"direction":"to_client"');
  });

  it("proxies Streamable HTTP and SSE servers through the daemon's own client transports", async () => {
    for (const [transport, mode, path] of [
      ["streamable-http", "streamableHttp", "/mcp"],
      ["sse", "sse", "/sse"],
    ] as const) {
      const port = await freePort();
      const server = spawn(process.execPath, [EVERYTHING, mode], {
        env: { ...process.env, PORT: String(port) },
        stdio: "ignore",
      });
      try {
        await waitForPort(port);
        const httpHome = makeGuardedHome(
          [`  remote:`, `    transport: ${transport}`, `    url: http://127.0.0.1:${port}${path}`].join("\n"),
        );
        try {
          const client = new Client({ name: "http", version: "1" }, { capabilities: { sampling: {} } });
          await client.connect(guardedTransport(httpHome, "remote"));
          expect(client.getServerVersion()?.name).toBe("mcp-servers/everything");
          const echo = await client.callTool({ name: "echo", arguments: { message: `via ${transport}` } });
          expect(echo.content).toEqual([{ type: "text", text: `Echo: via ${transport}` }]);
          await client.close();
        } finally {
          await httpHome.cleanup();
        }
      } finally {
        await stopProcess(server);
      }
    }
  });

  it("delivers what a Streamable HTTP server sends on its own right after initialisation, in every session", async () => {
    const port = await freePort();
    const pushServer = fileURLToPath(new URL("../dist/fixtures/http-push-server.js", import.meta.url));
    const server = spawn(process.execPath, [pushServer, String(port)], { stdio: "ignore" });
    const httpHome = makeGuardedHome(
      [
        "  pushing:",
        "    transport: streamable-http",
        `    url: http://127.0.0.1:${port}/mcp`,
        "    policy:",
        "      sampling: { enabled: true }",
      ].join("\n"),
    );
    try {
      await waitForPort(port);
      let sampled = 0;
      for (let i = 0; i < 10; i++) {
        const client = new Client({ name: "push", version: "1" }, { capabilities: { sampling: {} } });
        client.setRequestHandler(CreateMessageRequestSchema, () => {
          sampled++;
          return { role: "assistant", content: { type: "text", text: "ok" }, model: "fixture" };
        });
        await client.connect(guardedTransport(httpHome, "pushing"));
        // The first call right after initialisation: the server's request travels on the standalone stream.
        const result = await client.callTool({ name: "ask", arguments: {} });
        expect(JSON.stringify(result.content)).toContain("model said");
        await client.close();
      }
      expect(sampled).toBe(10);
    } finally {
      await httpHome.cleanup();
      await stopProcess(server);
    }
  });

  it("works with the filesystem and memory reference servers", async () => {
    mkdirSync(`${home.dir}/files`, { recursive: true });
    writeFileSync(`${home.dir}/files/notes.txt`, "guarded file contents\n");
    const fs = await guardedClient("filesystem");
    const read = await fs.callTool({
      name: "read_text_file",
      arguments: { path: `${home.dir}/files/notes.txt` },
    });
    expect(JSON.stringify(read.content)).toContain("guarded file contents");
    const outside = await fs.callTool({ name: "read_text_file", arguments: { path: "/etc/hostname" } });
    expect(outside.isError).toBe(true);
    await fs.close();

    const memory = await guardedClient("memory");
    await memory.callTool({
      name: "create_entities",
      arguments: {
        entities: [{ name: "mcp-guard", entityType: "project", observations: ["guards MCP servers"] }],
      },
    });
    const graph = await memory.callTool({ name: "read_graph", arguments: {} });
    expect(JSON.stringify(graph)).toContain("guards MCP servers");
    await memory.close();
  });
});

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import("node:net");
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.once("connect", () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on ${port}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("close", () => resolve());
    child.kill("SIGTERM");
  });
}
