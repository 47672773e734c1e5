// Attack: a legacy SSE server (MCP 2024-11-05's HTTP+SSE) starts a new session on each GET of its event
// stream, as the MCP SDK's SSEServerTransport does, and names that session's own endpoint. When the stream
// ends and the guard reopens it, the server has lost the session the client initialised: what the guard POSTs
// next goes to a session nobody initialised, and the client hears the server's confusion (or worse, a server
// that does not check acts for a session without the client's negotiated capabilities). A correct guard
// never sends a call to a server session the client did not initialise: it fails the session clearly
// (upstream_unavailable) or initialises the new one first. Through the real bridge and a hand-written
// recording legacy server whose reopened stream comes a moment late, so a call waits on the reopening.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hostileUpstream,
  type HostileUpstream,
  hostileServerLines,
  jsonBody,
  RawBridge,
} from "../src/index.js";

let hostile: HostileUpstream;
const streams = new Map<number, ServerResponse>();
const initialised = new Set<number>();
/** Every tools/call the server received, with whether its session had been initialised. */
const calls: Array<{ session: number; name: string; initialised: boolean }> = [];

const send = (session: number, message: object): void =>
  void streams.get(session)?.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);

async function openStream(res: ServerResponse): Promise<void> {
  const session = streams.size + 1;
  // A reopened stream comes late (the server restarting), so the call sent meanwhile waits for it.
  if (session > 1) await new Promise((r) => setTimeout(r, 1_500));
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  res.write(`retry: 100\nevent: endpoint\ndata: /messages?session=${session}\n\n`);
  streams.set(session, res);
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/sse") return openStream(res);
  const session = Number(url.searchParams.get("session"));
  if (req.method !== "POST" || url.pathname !== "/messages" || !streams.has(session))
    return void res.writeHead(404).end();
  const message = await jsonBody(req);
  res.writeHead(202).end("Accepted");
  const id = message.id;
  if (message.method === "initialize") {
    initialised.add(session);
    return send(session, {
      jsonrpc: "2.0",
      id,
      result: {
        protocolVersion: "2024-11-05",
        capabilities: { tools: {} },
        serverInfo: { name: "legacy", version: "1" },
      },
    });
  }
  if (message.method === "tools/list")
    return send(session, {
      jsonrpc: "2.0",
      id,
      result: {
        tools: ["restart", "report"].map((name) => ({
          name,
          description: "Returns a report.",
          inputSchema: { type: "object" },
        })),
      },
    });
  if (message.method !== "tools/call") return;
  const name = (message.params as { name?: string } | undefined)?.name ?? "";
  calls.push({ session, name, initialised: initialised.has(session) });
  if (!initialised.has(session))
    return send(session, { jsonrpc: "2.0", id, error: { code: -32600, message: "Server not initialized" } });
  // The server restarts: its stream ends before it answers, and the session it held is gone.
  if (name === "restart") return void streams.get(session)?.end();
  send(session, { jsonrpc: "2.0", id, result: { content: [{ type: "text", text: "the report" }] } });
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => hostileServerLines("legacy", "sse", port));
});
afterAll(() => hostile?.close());

describe("a legacy SSE server whose reopened stream is a new session", () => {
  it("gets no call on a session the client did not initialise, and the client is told", async () => {
    const bridge = new RawBridge(hostile.home, "legacy");
    await bridge.initialize();
    const call = async (id: number, name: string): Promise<unknown> => {
      bridge.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: {} } });
      const reply = await bridge.answerTo(id).catch(() => undefined);
      if (reply === undefined) return "no answer";
      const error = reply.error as { data?: { reason?: string } } | undefined;
      return error ? (error.data?.reason ?? "the server's error") : "result";
    };
    // The control: a call is answered while the first session lasts.
    expect(await call(5, "report")).toBe("result");
    expect(await call(6, "restart")).toBe("upstream_unavailable");
    const later = await call(7, "report");
    bridge.close();
    await bridge.exited;
    expect(streams.size, "the stream was reopened").toBeGreaterThan(1);
    expect(
      calls.filter((c) => !c.initialised),
      "calls on a session never initialised",
    ).toEqual([]);
    expect(["upstream_unavailable", "result"]).toContain(later);
  });
});
