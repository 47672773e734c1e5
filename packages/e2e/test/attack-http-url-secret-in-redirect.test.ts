// Attack (round 52, atk52a): the secret in a Streamable HTTP server's configured URL reaches the client in the
// guard's own words. Hosted MCP servers put the account's key in the URL's path (Zapier's
// `https://mcp.zapier.com/api/mcp/s/<secret>/mcp`, others alike): whoever holds the URL uses the account without
// the guard. The daemon's HTTP client follows no redirect off the configured origin and says so in the call's
// error, "Redirect to <origin><path> not followed", keeping the path when it is the configured URL's own (a
// server whose TLS proxy redirects to plain http, or moved to another host, keeps its path). So the model
// reads the configured path, secret and all. Expected: the error names where the server redirected without
// the configured URL's secret path.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileUpstream, type HostileUpstream, jsonBody, RawBridge } from "../src/index.js";

const SECRET = "Zx9kQ2mV7pL4wR8tY1nB";
const PATH = `/api/mcp/s/${SECRET}/mcp`;

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
      result: { tools: [{ name: "search", description: "Searches.", inputSchema: { type: "object" } }] },
    });
  // The service moved its endpoint to another host, keeping the path.
  res.writeHead(308, { location: `https://mcp.example.net${PATH}` }).end();
}

beforeAll(async () => {
  hostile = await hostileUpstream(answer, (port) => [
    "  hosted:",
    "    transport: streamable-http",
    `    url: http://127.0.0.1:${port}${PATH}`,
  ]);
});
afterAll(() => hostile?.close());

describe("a hosted server's secret URL path in a redirect the guard did not follow", () => {
  it("never reaches the client in the error the model reads", async () => {
    const bridge = new RawBridge(hostile.home, "hosted");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "search", arguments: {} } });
    const answered = await bridge.answerTo(5, 30_000);
    bridge.close();
    await bridge.exited;
    expect(answered.error, JSON.stringify(answered)).toBeDefined();
    // The guard still says what happened.
    expect(JSON.stringify(answered)).toContain("not followed");
    expect(JSON.stringify(answered)).not.toContain(SECRET);
  });
});
