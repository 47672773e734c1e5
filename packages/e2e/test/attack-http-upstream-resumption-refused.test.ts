// Attack (round 42, found from outside): a Streamable HTTP server's event stream that ends before the call's
// answer, after giving an event id, is resumed with a GET carrying Last-Event-ID (the daemon's own transport
// since round 41, streamable-http-client.ts). When that resumption is refused (405: the server, or the
// instance behind the load balancer, offers no GET stream; or 5xx on every try until the transport gives up
// after its retries), the transport only reports it through onerror and the call is never answered: it waits
// for ever and keeps its place among the session's max_requests_in_flight, though nothing can answer it
// any more. Round 27 promised that a request whose answer broke off is answered upstream_unavailable
// (transport-upstream.ts, brokeOff). A correct guard answers the call with an error once its stream cannot be
// resumed. Through the real bridge and a hand-written server.
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
const resumptions: string[] = [];

const TOOLS = ["resumed_405", "resumed_503"] as const;

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === "GET") {
    const last = req.headers["last-event-id"];
    if (typeof last === "string") resumptions.push(last);
    // No standalone stream; a resumption of the second tool's stream fails as an overloaded instance would.
    return void res.writeHead(last?.toString().startsWith("resumed_503") ? 503 : 405).end();
  }
  if (req.method !== "POST") return void res.writeHead(405).end();
  const message = await jsonBody(req);
  const id = message.id;
  if (id === undefined) return void res.writeHead(202).end();
  const json = (payload: object): void =>
    void res
      .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
      .end(JSON.stringify({ jsonrpc: "2.0", id, ...payload }));
  if (message.method === "initialize")
    return json({
      result: {
        protocolVersion: "2025-06-18",
        capabilities: { tools: {} },
        serverInfo: { name: "resumable", version: "1" },
      },
    });
  if (message.method === "tools/list")
    return json({
      result: {
        tools: TOOLS.map((name) => ({
          name,
          description: "Returns a report.",
          inputSchema: { type: "object" },
        })),
      },
    });
  const name = (message.params as { name?: string } | undefined)?.name ?? "";
  // A priming event with an id (as MCP 2025-11-25 servers send), then the stream ends (the server closes
  // long-running streams and expects the client to resume).
  res.writeHead(200, { "content-type": "text/event-stream" });
  res.end(`id: ${name}-1\ndata: \n\n`);
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => hostileServerLines("resumable", "streamable-http", port));
});
afterAll(() => hostile?.close());

describe("a Streamable HTTP call whose stream cannot be resumed", () => {
  it("is answered with an error, not left waiting for ever", async () => {
    const bridge = new RawBridge(hostile.home, "resumable");
    await bridge.initialize();
    const outcomes: Record<string, string> = {};
    for (const [i, name] of TOOLS.entries()) {
      const id = 10 + i;
      bridge.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: {} } });
      const reply = await bridge.answerTo(id, 15_000).catch(() => undefined);
      outcomes[name] = reply === undefined ? "no answer within 15 s" : reply.error ? "error" : "result";
    }
    bridge.close();
    await bridge.exited;
    // The control: the guard did try to resume each stream.
    expect(resumptions).toEqual(expect.arrayContaining(["resumed_405-1", "resumed_503-1"]));
    expect(outcomes, "each call's outcome at the client").toEqual({
      resumed_405: "error",
      resumed_503: "error",
    });
  });
});
