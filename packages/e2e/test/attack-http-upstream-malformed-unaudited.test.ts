// Attack (round 40, found from outside): the audit log has "one row per message in either direction, blocked
// and malformed ones included" (README), and a stdio server's line that is not JSON-RPC is recorded as an
// `invalid` row (parse_error, invalid_request). An SSE or Streamable HTTP server's messages are parsed by the
// MCP SDK's client transport, which drops one that is not JSON, or not a JSON-RPC message by its schema, and
// only calls onerror: the guard keeps the text as "the last error" and writes no row. A hostile HTTP server
// can so send what it likes (a garbled answer, a notification the schema refuses) with no trace in the log.
// A correct guard records each such message, as it does a stdio server's. Through the real bridge and a
// hand-written Streamable HTTP server; the rows are read with `mcp-guard logs --json`.
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

/** Three malformed messages on the call's event stream, then its real answer. */
const MALFORMED = [
  // not JSON at all
  '{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"half',
  // JSON, but "result" must be an object
  (id: unknown) => JSON.stringify({ jsonrpc: "2.0", id, result: "a string" }),
  // JSON, but not JSON-RPC 2.0
  JSON.stringify({ jsonrpc: "1.0", method: "notifications/message", params: { level: "info", data: "x" } }),
];

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") return void res.writeHead(405).end();
  const message = await jsonBody(req);
  const id = message.id;
  // Tightened by the fixer: a notification answered 200 with a message in the body (MCP has 202 and no
  // body), which the SDK discards unread: one more malformed message.
  if (id === undefined)
    return void res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        jsonrpc: "2.0",
        method: "notifications/message",
        params: { level: "info", data: "unread" },
      }),
    );
  const json = (result: unknown): void =>
    void res
      .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
      .end(JSON.stringify({ jsonrpc: "2.0", id, result }));
  if (message.method === "initialize")
    return json({
      protocolVersion: "2025-06-18",
      capabilities: { tools: {} },
      serverInfo: { name: "garbled", version: "1" },
    });
  if (message.method === "tools/list")
    return json({
      tools: [{ name: "report", description: "Returns a report.", inputSchema: { type: "object" } }],
    });
  res.writeHead(200, { "content-type": "text/event-stream" });
  for (const m of MALFORMED) res.write(`event: message\ndata: ${typeof m === "string" ? m : m(id)}\n\n`);
  const result = { content: [{ type: "text", text: "the report" }] };
  res.end(`event: message\ndata: ${JSON.stringify({ jsonrpc: "2.0", id, result })}\n\n`);
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => hostileServerLines("garbled", "streamable-http", port));
});
afterAll(() => hostile?.close());

describe("an HTTP upstream's malformed messages", () => {
  it("are each recorded in the audit log, as a stdio server's are", async () => {
    const bridge = new RawBridge(hostile.home, "garbled");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "report", arguments: {} } });
    const reply = await bridge.answerTo(5, 30_000);
    // The control: the real answer after them passes.
    expect(JSON.stringify(reply)).toContain("the report");
    bridge.close();
    await bridge.exited;
    const { stdout } = await hostile.home.cli(["logs", "--json", "--limit", "1000", "-s", "garbled"]);
    const rows = stdout
      .split("\n")
      .filter((l) => l.trim().startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const fromServer = rows.filter((r) => r.direction === "to_client");
    // The control: the session's rows are there (initialize, tools/list, the call's answer).
    expect(fromServer.some((r) => r.method === "tools/call")).toBe(true);
    const invalid = fromServer.filter((r) => r.kind === "invalid");
    expect(
      invalid.length,
      `rows of the server's ${MALFORMED.length} malformed messages and its unread body; the server's rows were ${JSON.stringify(fromServer.map((r) => [r.kind, r.method, r.reason]))}`,
    ).toBeGreaterThanOrEqual(MALFORMED.length + 1);
  });
});
