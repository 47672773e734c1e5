// One scripted MCP session that touches the whole protocol surface of server-everything. The differential
// test runs it directly and through mcp-guard and requires identical transcripts.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  LoggingMessageNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ToolListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";

export type Transcript = Record<string, unknown>;

/** A client that, like a full-featured host, answers sampling, elicitation and roots requests. */
export function capableClient(): {
  client: Client;
  seen: { logs: string[]; updates: string[]; listChanged: number };
} {
  const client = new Client(
    { name: "differential", version: "1.0.0" },
    { capabilities: { sampling: {}, elicitation: {}, roots: { listChanged: true } } },
  );
  const seen = { logs: [] as string[], updates: [] as string[], listChanged: 0 };
  client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
    const first = request.params.messages[0]?.content;
    const text = first && "text" in first ? String(first.text) : "";
    return {
      model: "scripted-model",
      role: "assistant",
      content: { type: "text", text: `sampled: ${text}` },
    };
  });
  client.setRequestHandler(ElicitRequestSchema, async () => ({
    action: "accept",
    content: {
      name: "Ada Lovelace",
      check: true,
      firstLine: "It began.",
      integer: 3,
      number: 2.5,
      untitledSingleSelectEnum: "option1",
    },
  }));
  client.setRequestHandler(ListRootsRequestSchema, async () => ({
    roots: [{ uri: "file:///tmp/project", name: "project" }],
  }));
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void seen.logs.push(n.params.level));
  client.setNotificationHandler(
    ResourceUpdatedNotificationSchema,
    (n) => void seen.updates.push(n.params.uri),
  );
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => void seen.listChanged++);
  return { client, seen };
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { resolved: await promise };
  } catch (err) {
    const e = err as { code?: unknown; message?: string; name?: string };
    return { code: e.code ?? null, name: e.name };
  }
}

export async function runScenario(transport: Transport): Promise<Transcript> {
  const { client, seen } = capableClient();
  const t: Transcript = {};
  await client.connect(transport);
  try {
    t.server = client.getServerVersion();
    t.capabilities = client.getServerCapabilities();
    t.instructions = client.getInstructions();
    t.ping = await client.ping();

    // The server registers capability-dependent tools after initialization and says so.
    await until(() => seen.listChanged > 0, 2000);
    const tools = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : {});
      tools.push(...page.tools);
      cursor = page.nextCursor;
    } while (cursor);
    t.tools = tools.map((x) => ({
      name: x.name,
      inputSchema: x.inputSchema,
      outputSchema: x.outputSchema,
      annotations: x.annotations,
    }));

    t.echo = await client.callTool({ name: "echo", arguments: { message: "hello through the guard" } });
    t.sum = await client.callTool({ name: "get-sum", arguments: { a: 19, b: 23 } });
    t.image = await client.callTool({ name: "get-tiny-image", arguments: {} });
    t.structured = await client.callTool({
      name: "get-structured-content",
      arguments: { location: "New York" },
    });
    t.annotated = await client.callTool({
      name: "get-annotated-message",
      arguments: { messageType: "success", includeImage: true },
    });
    t.badArguments = await errorOf(client.callTool({ name: "get-sum", arguments: { a: "x" } }));
    t.unknownTool = await errorOf(client.callTool({ name: "no-such-tool", arguments: {} }));

    const progress: number[] = [];
    t.longRunning = await client.callTool(
      { name: "trigger-long-running-operation", arguments: { duration: 1, steps: 4 } },
      undefined,
      { onprogress: (p) => void progress.push(p.progress) },
    );
    // The final progress notification and the result are written back to back. When they arrive in one read
    // (as they often do directly), the SDK client settles the call before it dispatches the notification and
    // drops it; through the guard they arrive in separate reads. Compare the steps before the last.
    t.progress = progress.filter((p) => p < 4);

    t.sampling = await client.callTool({
      name: "trigger-sampling-request",
      arguments: { prompt: "say hi", maxTokens: 20 },
    });
    t.elicitation = await client.callTool({ name: "trigger-elicitation-request", arguments: {} });
    // The server asks for roots shortly after initialization; give it time, then read back what it got.
    await new Promise((r) => setTimeout(r, 500));
    t.roots = await client.callTool({ name: "get-roots-list", arguments: {} });

    const resources = [];
    cursor = undefined;
    let pages = 0;
    do {
      const page = await client.listResources(cursor ? { cursor } : {});
      resources.push(...page.resources);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    t.resources = resources;
    t.resourcePages = pages;
    t.templates = await client.listResourceTemplates();
    t.readStatic = await client.readResource({ uri: resources[0]!.uri });
    t.readTemplate = await client.readResource({ uri: "demo://resource/dynamic/text/7" });

    const watched = "demo://resource/dynamic/text/1";
    t.subscribe = await client.subscribeResource({ uri: watched });
    await client.callTool({ name: "toggle-subscriber-updates", arguments: {} });
    t.updateReceived = await until(() => seen.updates.includes(watched), 3000);
    await client.callTool({ name: "toggle-subscriber-updates", arguments: {} });
    t.unsubscribe = await client.unsubscribeResource({ uri: watched });

    t.prompts = await client.listPrompts();
    t.simplePrompt = await client.getPrompt({ name: "simple-prompt" });
    t.argsPrompt = await client.getPrompt({
      name: "args-prompt",
      arguments: { city: "Lisbon", state: "Lisboa" },
    });
    t.completion = await client.complete({
      ref: { type: "ref/prompt", name: "completable-prompt" },
      argument: { name: "department", value: "E" },
    });

    t.setLevel = await client.setLoggingLevel("debug");
    await client.callTool({ name: "toggle-simulated-logging", arguments: {} });
    t.logReceived = await until(() => seen.logs.length > 0, 3000);
    await client.callTool({ name: "toggle-simulated-logging", arguments: {} });

    // Cancellation: the client gives up on a slow call; the session stays usable.
    const controller = new AbortController();
    const slow = client.callTool(
      { name: "trigger-long-running-operation", arguments: { duration: 5, steps: 5 } },
      undefined,
      {
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort("changed my mind"), 200);
    t.cancelled = await errorOf(slow);
    t.pingAfterCancel = await client.ping();
  } finally {
    await client.close();
  }
  return normaliseClock(t);
}

/** server-everything stamps generated resources with the wall-clock time; that is the only expected difference. */
function normaliseClock(t: Transcript): Transcript {
  return JSON.parse(JSON.stringify(t).replace(/\b\d{1,2}:\d{2}:\d{2}\s?[AP]M\b/g, "<time>")) as Transcript;
}
