// Attack (round 37, found from outside): a tool's result fetched through another identity's task. A client may
// run `tools/call` as a task (MCP 2025-11-25) and fetch its result later with `tasks/result`; the server lists
// its tasks with `tasks/list`. The specification makes the server bind each task to the authorization context
// that created it, and a Streamable HTTP server behind the guard does: but the guard presents one credential
// (`upstream_auth_token`) for every identity it serves, so every identity's tasks are bound to one context.
// The guard judges `tools/call` by the identity's roles and never looks at which session a task came from, so
// a key whose role denies `export_customers` lists the tasks of another key's call to it and reads its result
// with `tasks/result`. (The guard already keeps a server from asking about the client's tasks it did not run
// for it, client-tasks.ts; nothing keeps a client from the server's tasks it did not create.) Through the real
// bridge in api_key mode against a stateless Streamable HTTP server that binds tasks to the Authorization
// header: the restricted key must see neither the other key's task nor the tool's result.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

const ADMIN_KEY = "mcpg_attack_tasks_admin_0123456789abcdef01";
const RESTRICTED_KEY = "mcpg_attack_tasks_restricted_fedcba987654";
const UPSTREAM_TOKEN = "upstream-shared-bearer-for-the-guard-0001";
/** What only the denied tool returns. */
const EXPORT_MARKER = "EXPORT-ROWS-7f3c91";

interface Task {
  taskId: string;
  status: "completed";
  createdAt: string;
  lastUpdatedAt: string;
  ttl: number;
}

let http: HttpServer;
let home: GuardedHome;
/** The server's tasks per authorization context (its Authorization header), as the specification requires. */
const tasksByContext = new Map<string, Map<string, { task: Task; result: unknown }>>();

const TOOLS = [
  {
    name: "export_customers",
    description: "Exports the customer table.",
    inputSchema: { type: "object" },
    execution: { taskSupport: "optional" },
  },
  {
    name: "echo",
    description: "Returns its arguments.",
    inputSchema: { type: "object" },
    execution: { taskSupport: "optional" },
  },
];

function answer(message: { method?: string; params?: Record<string, unknown> }, context: string): unknown {
  const tasks = tasksByContext.get(context) ?? new Map<string, { task: Task; result: unknown }>();
  tasksByContext.set(context, tasks);
  switch (message.method) {
    case "initialize":
      return {
        protocolVersion: (message.params?.protocolVersion as string | undefined) ?? "2025-11-25",
        capabilities: { tools: {}, tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } } },
        serverInfo: { name: "task-server", version: "1.0.0" },
      };
    case "tools/list":
      return { tools: TOOLS };
    case "tools/call": {
      const name = message.params?.name;
      const result = {
        content: [{ type: "text", text: name === "export_customers" ? EXPORT_MARKER : "echoed" }],
      };
      if (message.params?.task === undefined) return result;
      const now = new Date().toISOString();
      const task: Task = {
        taskId: randomUUID(),
        status: "completed",
        createdAt: now,
        lastUpdatedAt: now,
        ttl: 60_000,
      };
      tasks.set(task.taskId, { task, result });
      return { task };
    }
    case "tasks/list":
      return { tasks: [...tasks.values()].map((t) => t.task) };
    case "tasks/get":
      return tasks.get(message.params?.taskId as string)?.task ?? null;
    case "tasks/result":
      return tasks.get(message.params?.taskId as string)?.result ?? null;
    default:
      return {};
  }
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
}

beforeAll(async () => {
  http = createServer((req, res) => {
    void (async () => {
      if (req.method !== "POST") return void res.writeHead(405).end();
      const message = (await body(req)) as {
        id?: unknown;
        method?: string;
        params?: Record<string, unknown>;
      };
      if (message.id === undefined || message.method === undefined) return void res.writeHead(202).end();
      const context = req.headers.authorization ?? "";
      const result = answer(message, context);
      const reply =
        result === null
          ? { jsonrpc: "2.0", id: message.id, error: { code: -32602, message: "Unknown task" } }
          : { jsonrpc: "2.0", id: message.id, result };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;
  home = makeGuardedHome(
    [
      "  tasks:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      `    upstream_auth_token: ${UPSTREAM_TOKEN}`,
    ].join("\n"),
    [
      "auth:",
      "  mode: api_key",
      "  api_keys:",
      `    ${ADMIN_KEY}: { name: admin }`,
      `    ${RESTRICTED_KEY}: { name: support, roles: [support] }`,
      "  roles:",
      "    support:",
      "      permissions:",
      '        denied_tools: ["export_customers"]',
    ].join("\n"),
  );
});
afterAll(async () => {
  await home?.cleanup();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
});

/** A bridge session of the key's identity. */
async function sessionOf(key: string): Promise<RawBridge> {
  home.env.MCP_GUARD_API_KEY = key;
  const bridge = new RawBridge(home, "tasks");
  await bridge.initialize();
  return bridge;
}

async function request(bridge: RawBridge, id: number, method: string, params: object) {
  bridge.send({ jsonrpc: "2.0", id, method, params });
  return bridge.answerTo(id);
}

describe("a server's tasks, through one upstream credential for every identity", () => {
  it("the restricted key reads neither the other key's task nor the denied tool's result", async () => {
    const admin = await sessionOf(ADMIN_KEY);
    const created = await request(admin, 1, "tools/call", {
      name: "export_customers",
      arguments: {},
      task: { ttl: 60_000 },
    });
    const taskId = (created.result as { task?: { taskId?: string } } | undefined)?.task?.taskId;
    // Control: the admin key may run the tool as a task.
    expect(taskId, JSON.stringify(created)).toEqual(expect.any(String));

    const support = await sessionOf(RESTRICTED_KEY);
    // Control: the tool itself is denied to this key.
    const denied = await request(support, 1, "tools/call", { name: "export_customers", arguments: {} });
    expect((denied.error as { data?: { reason?: string } } | undefined)?.data?.reason).toBe("tool_denied");

    const listed = await request(support, 2, "tasks/list", {});
    const fetched = await request(support, 3, "tasks/result", { taskId });
    const got = await request(support, 4, "tasks/get", { taskId });
    const cancelled = await request(support, 5, "tasks/cancel", { taskId });
    support.close();
    admin.close();
    await Promise.all([support.exited, admin.exited]);

    expect(JSON.stringify(fetched), "tasks/result").not.toContain(EXPORT_MARKER);
    expect(JSON.stringify(got), "tasks/get").not.toContain("completed");
    expect(JSON.stringify(listed), "tasks/list").not.toContain(String(taskId));
    // Answered as an unknown task is (the specification's -32602), not with the task's state.
    for (const [answer, method] of [
      [fetched, "tasks/result"],
      [got, "tasks/get"],
      [cancelled, "tasks/cancel"],
    ] as const)
      expect((answer.error as { code?: number } | undefined)?.code, method).toBe(-32602);
  });

  it("negative: a key reads the result of its own task", async () => {
    const support = await sessionOf(RESTRICTED_KEY);
    const created = await request(support, 1, "tools/call", {
      name: "echo",
      arguments: {},
      task: { ttl: 60_000 },
    });
    const taskId = (created.result as { task?: { taskId?: string } } | undefined)?.task?.taskId;
    const fetched = await request(support, 2, "tasks/result", { taskId });
    support.close();
    await support.exited;
    expect(JSON.stringify(fetched)).toContain("echoed");
  });
});
