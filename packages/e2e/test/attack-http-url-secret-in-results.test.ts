// Attack (round 52, atk52a): the key in a Streamable HTTP server's configured URL reaches the client in the
// server's results. Hosted MCP servers take the account's key in the URL (a path segment,
// `/api/mcp/s/<secret>/mcp`, or a query parameter, `?api_key=<key>`): it is a credential the guard hands the
// server as surely as an `env` variable or `upstream_auth_token`, and whoever holds it uses the account without
// the guard. Round 51 withholds those from what a server sends the client, but not the URL's: a server that
// echoes the request it was sent (a debugging tool, an error naming the URL) handed both to the client.
// Expected: neither reaches the client; the rest of the result does.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileUpstream, type HostileUpstream, jsonBody, RawBridge } from "../src/index.js";

const PATH_KEY = "Zx9kQ2mV7pL4wR8tY1nB";
const QUERY_KEY = "q7-Lm4-Ws2-Ty8-Pa1";

let hostile: HostileUpstream;

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
        serverInfo: { name: "hosted", version: "1" },
      },
    });
  if (message.method === "tools/list")
    return json({
      result: {
        tools: [
          { name: "whoami", description: "Describes the connection.", inputSchema: { type: "object" } },
        ],
      },
    });
  // The server echoes the request line it was sent, as a debugging tool or an error message does.
  return json({ result: { content: [{ type: "text", text: `connected: POST ${req.url ?? ""} (ok)` }] } });
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => [
    "  hosted:",
    "    transport: streamable-http",
    `    url: http://127.0.0.1:${port}/api/mcp/s/${PATH_KEY}/mcp?api_key=${QUERY_KEY}`,
  ]);
});
afterAll(() => hostile?.close());

describe("a hosted server's URL keys in its results", () => {
  it("never reach the client", async () => {
    const bridge = new RawBridge(hostile.home, "hosted");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "whoami", arguments: {} } });
    const said = JSON.stringify(await bridge.answerTo(5, 30_000));
    bridge.close();
    await bridge.exited;
    expect(said).toContain("(ok)");
    expect({ path: said.includes(PATH_KEY), query: said.includes(QUERY_KEY) }).toEqual({
      path: false,
      query: false,
    });
  });
});
