// Attack (round 42, found from outside): the audit log has "one row per message in either direction, blocked
// and malformed ones included" (README), and round 40 made an HTTP server's malformed messages leave rows as a
// stdio server's do (attack-http-upstream-malformed-unaudited.test.ts). A Streamable HTTP server that answers
// a call with a deeply nested JSON value (20,000 levels, 120 KB, within daemon.max_message_bytes) makes the
// daemon's own transport throw while handing the message on (the upstream measures it with JSON.stringify,
// which overflows the stack, transport-upstream.ts): the call is answered upstream_unavailable "Maximum call
// stack size exceeded", but the server's message leaves no row at all, and on an event stream the throw ends
// the reading of the whole stream, so what the server sends after it (here the call's real answer) is
// lost too. A correct guard refuses such a message as it refuses any malformed one: one audit row for it,
// and the messages after it on the same stream still read and forwarded. Through the real bridge and a
// hand-written server; the rows are read with `mcp-guard logs --json`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hostileUpstream,
  type HostileUpstream,
  hostileServerLines,
  jsonBody,
  RawBridge,
} from "../src/index.js";

const DEPTH = 20_000;
let hostile: HostileUpstream;

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") return void res.writeHead(405).end();
  const message = await jsonBody(req);
  const id = message.id;
  if (id === undefined) return void res.writeHead(202).end();
  const json = (result: unknown): void =>
    void res
      .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
      .end(JSON.stringify({ jsonrpc: "2.0", id, result }));
  if (message.method === "initialize")
    return json({
      protocolVersion: "2025-06-18",
      capabilities: { tools: {} },
      serverInfo: { name: "deep", version: "1" },
    });
  if (message.method === "tools/list")
    return json({
      tools: [{ name: "report", description: "Returns a report.", inputSchema: { type: "object" } }],
    });
  // A log notification holding a deeply nested value, then the call's answer, on the call's event stream.
  const deep = `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`;
  res.writeHead(200, { "content-type": "text/event-stream" });
  res.write(
    `event: message\ndata: {"jsonrpc":"2.0","method":"notifications/message","params":{"level":"debug","data":${deep}}}\n\n`,
  );
  const result = { content: [{ type: "text", text: "the report" }] };
  res.end(`event: message\ndata: ${JSON.stringify({ jsonrpc: "2.0", id, result })}\n\n`);
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => hostileServerLines("deep", "streamable-http", port));
});
afterAll(() => hostile?.close());

describe("a Streamable HTTP server's deeply nested message", () => {
  it("is refused with an audit row, and the call's answer after it still arrives", async () => {
    const bridge = new RawBridge(hostile.home, "deep");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "report", arguments: {} } });
    const reply = await bridge.answerTo(5, 15_000).catch(() => undefined);
    bridge.close();
    await bridge.exited;
    const { stdout } = await hostile.home.cli(["logs", "--json", "--limit", "1000", "-s", "deep"]);
    const rows = stdout
      .split("\n")
      .filter((l) => l.trim().startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const fromServer = rows.filter((r) => r.direction === "to_client");
    const seen = {
      answer:
        reply === undefined
          ? "none within 15 s"
          : JSON.stringify(reply).includes("the report")
            ? "the report"
            : JSON.stringify(reply),
      rowForTheNestedMessage: fromServer.some(
        (r) => r.method === "notifications/message" || r.kind === "invalid",
      ),
    };
    expect(
      seen,
      `the call's answer and the server's rows ${JSON.stringify(fromServer.map((r) => [r.kind, r.method, r.reason]))}`,
    ).toEqual({
      answer: "the report",
      rowForTheNestedMessage: true,
    });
  });
});
