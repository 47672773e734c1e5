// Attack (round 42, found from outside): a Streamable HTTP server answers each request on the POST that
// carried it, as JSON or an event stream (MCP 2025-03-26 and later), and round 27 made the guard answer
// upstream_unavailable a request whose answer broke off with its connection ("no request is left without an
// answer", transport-upstream.ts). But an exchange that completes cleanly without the answer is never
// noticed: a request answered 202 with no body (what MCP has for notifications only), a JSON body that answers
// another id, or an event stream that ends, with no event id to resume from, before the answer. The daemon's
// own transport (round 41) returns from each of them with nothing to wait on, and the call waits for ever,
// holding one of the session's max_requests_in_flight. A correct guard answers such a call at once with an
// error (upstream_unavailable), as it does when the POST breaks off. Through the real bridge and a
// hand-written server.
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

const TOOLS = ["accepted_only", "answers_another_id", "stream_ends_unanswered"] as const;

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
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
        serverInfo: { name: "answerless", version: "1" },
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
  const name = (message.params as { name?: string } | undefined)?.name;
  const result = { content: [{ type: "text", text: "the report" }] };
  if (name === "accepted_only") return void res.writeHead(202).end();
  if (name === "answers_another_id")
    return void res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ jsonrpc: "2.0", id: 99_999, result }));
  // An event stream with a progress message, and no event id, that ends before the answer.
  res.writeHead(200, { "content-type": "text/event-stream" });
  res.end(
    `event: message\ndata: ${JSON.stringify({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "working" } })}\n\n`,
  );
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) =>
    hostileServerLines("answerless", "streamable-http", port),
  );
});
afterAll(() => hostile?.close());

describe("a Streamable HTTP server's POST that completes without the call's answer", () => {
  it("gets the call answered with an error, not left waiting for ever", async () => {
    const bridge = new RawBridge(hostile.home, "answerless");
    await bridge.initialize();
    const outcomes: Record<string, string> = {};
    for (const [i, name] of TOOLS.entries()) {
      const id = 10 + i;
      bridge.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: {} } });
      const reply = await bridge.answerTo(id, 10_000).catch(() => undefined);
      outcomes[name] = reply === undefined ? "no answer within 10 s" : reply.error ? "error" : "result";
    }
    bridge.close();
    await bridge.exited;
    expect(outcomes, "each call's outcome at the client").toEqual({
      accepted_only: "error",
      answers_another_id: "error",
      stream_ends_unanswered: "error",
    });
  });
});
