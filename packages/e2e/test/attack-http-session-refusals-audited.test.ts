// Attack (round 32, found from outside): requests the Streamable HTTP transport refuses inside an
// authenticated session left no audit row. Over the bridge a malformed line or a message that is not JSON-RPC
// gets its row (bad-input.ts); over HTTP, inside a session opened with a valid API key, the transport itself
// (streamable-http.ts) refused a body that is not JSON (400 -32700), a message that is not JSON-RPC (400), a
// batch of 101 tools/call (400) and a tools/call under an MCP-Protocol-Version the endpoint does not serve
// (400) before the session saw them, and wrote only a debug log line: `mcp-guard logs` and the dashboard
// showed that the proven identity sent nothing.
// What a user expects: each refused request of the session leaves one block row under the session's
// identity, saying why it was refused, with nothing of the body (the marker the calls carry is nowhere).
// Through the real HTTP front door (`mcp-guard serve`) and the recording server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const KEY = "a32b-session-refusals-key-0123456789abcdef";
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  api_keys:",
    `    ${KEY}: { name: owner, roles: [default] }`,
  ]);
});
afterAll(() => front.stop());

const post = (body: string, session: string, extra: Record<string, string> = {}) =>
  rawRequest(`${front.served.url}/recorder`, {
    method: "POST",
    headers: { ...MCP_HEADERS, "x-api-key": KEY, "mcp-session-id": session, ...extra },
    body,
  });
const call = (id: number, marker: string) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name: "echo", arguments: { marker } },
});

interface Row {
  decision: string;
  reason: string | null;
  identity: string;
  session_id: string;
}
async function blockRows(): Promise<Row[]> {
  const { stdout } = await front.home.cli(["logs", "--json", "--limit", "1000", "--decision", "block"]);
  return stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Row);
}

describe("requests refused by the Streamable HTTP transport inside an authenticated session", () => {
  it("each leave an audit row with the session's identity", async () => {
    const init = await rawRequest(`${front.served.url}/recorder`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": KEY },
      body: INITIALIZE,
    });
    expect(init.status).toBe(200);
    const session = init.headers["mcp-session-id"] as string;
    await post(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }), session);
    const before = (await blockRows()).length;

    const statuses = [
      // Not JSON (a call cut off mid-body).
      (await post('{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo"', session)).status,
      // JSON, but not a JSON-RPC message.
      (await post(JSON.stringify({ jsonrpc: "2.0", id: 3, method: 42 }), session)).status,
      // A batch one over the limit.
      (
        await post(
          JSON.stringify(Array.from({ length: 101 }, (_, i) => call(100 + i, `marker-batch-${i}`))),
          session,
        )
      ).status,
      // A call under a protocol revision the endpoint does not serve.
      (
        await post(JSON.stringify(call(4, "marker-version")), session, {
          "mcp-protocol-version": "1999-01-01",
        })
      ).status,
    ];
    expect(statuses).toEqual([400, 400, 400, 400]); // refused, as the SDK's transport does (the control)
    expect(recorded(front.log).filter((m) => typeof m === "object" && m.method === "tools/call")).toEqual([]);

    // The control: a request the session's pipeline refuses (a method outside the specification) is audited.
    await post(JSON.stringify({ jsonrpc: "2.0", id: 5, method: "admin/exec", params: {} }), session);
    let after = await blockRows();
    for (let i = 0; i < 50 && after.length === before; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await blockRows();
    }
    const added = after.slice(0, after.length - before);
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect({
      rows: added.length - 1,
      identities: [...new Set(added.map((r) => r.identity))],
    }).toEqual({ rows: 4, identities: ["api_key:owner"] });
    // Each says why, in the session's own rows (`logs --session` lists them with its calls).
    expect(added.map((r) => r.reason).sort()).toEqual(
      [
        "method_not_allowed",
        "parse_error",
        "invalid_request",
        "batch_too_large",
        "unsupported_protocol_version",
      ].sort(),
    );
    expect(new Set(added.map((r) => r.session_id)).size).toBe(1);
    expect(JSON.stringify(added)).not.toContain("marker-");
  });
});
