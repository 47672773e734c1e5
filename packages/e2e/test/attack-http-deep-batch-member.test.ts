// Attack (audit, HTTP front door): a batch whose second member is nested deeply (20,000 arrays; the same
// message sent alone, or over the bridge, is refused as attack-json-shapes shows) makes the transport throw
// while it measures that member for the audit (sizeOf's JSON.stringify overflows the stack), after it has
// already handed the first member to the session. The first call reaches the server and is answered there, but the front door answers the POST by
// dropping the connection ("socket hang up"): the client is told its request failed and may send the payment
// again, and the deep member gets no answer and no audit row at all (`logs` shows only the first call).
// Why it matters: a request the guard took in must either reach its client's answer or be refused, and every
// message it refuses must leave a row; here an authenticated client can make both fail at will.
// Fixed behaviour: a batch member too deep to measure or judge is refused on its own (an error answer on the
// stream and a block row), or the whole batch is refused before any member
// is forwarded; either way no member reaches the server without its answer reaching the client.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const KEY = "deep-batch-key-0123456789abcdef";
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => ["auth:", "  api_keys:", `    ${KEY}: { name: agent }`]);
});
afterAll(() => front.stop());

const post = (body: string, session?: string) =>
  rawRequest(`${front.served.url}/recorder`, {
    method: "POST",
    headers: { ...MCP_HEADERS, "x-api-key": KEY, ...(session ? { "mcp-session-id": session } : {}) },
    body,
  }).catch((err: Error) => ({
    status: 0,
    body: `connection failed: ${err.message}`,
    headers: {} as Record<string, string | string[] | undefined>,
  }));

const call = (id: number, args: string) =>
  `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"echo","arguments":${args}}}`;

describe("a batch with one member nested too deep", () => {
  it("answers what it forwarded and audits what it refused", async () => {
    const init = await post(INITIALIZE);
    const session = init.headers["mcp-session-id"] as string;
    await post(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }), session);
    const depth = 20_000;
    const nested = `${"[".repeat(depth)}1${"]".repeat(depth)}`;
    const reply = await post(`[${call(2, '{"order":"ord-7731"}')},${call(3, `{"x":${nested}}`)}]`, session);
    // A ping after it: once answered, the session has routed everything sent before.
    await post(JSON.stringify({ jsonrpc: "2.0", id: 9, method: "ping" }), session);
    const serverSawFirst = recorded(front.log).some(
      (m) => typeof m === "object" && JSON.stringify(m).includes("ord-7731"),
    );
    const clientGotFirst = reply.body.includes('"id":2,"result"');
    const { stdout } = await front.home.cli(["logs", "--json", "--limit", "50"]);
    const rows = stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { rpc_id: string | null; kind: string; decision: string });
    const deepAudited = rows.some(
      (r) => r.rpc_id === "3" || (r.kind === "invalid" && r.decision === "block"),
    );
    expect({
      forwardedButUnanswered: serverSawFirst && !clientGotFirst,
      deepAudited,
      status: reply.status,
    }).toEqual({ forwardedButUnanswered: false, deepAudited: true, status: expect.any(Number) });
    expect(reply.status).not.toBe(0);
  });

  // The same member sent alone is refused as the bridge refuses such a line (endpoint.ts): measured on the
  // text, before anything recurses into it, answered invalid_request and audited; the server never sees it.
  it("refuses a message nested too deep when it comes alone", async () => {
    const init = await post(INITIALIZE);
    const session = init.headers["mcp-session-id"] as string;
    await post(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }), session);
    const depth = 20_000;
    const nested = `${"[".repeat(depth)}"ord-deep-alone"${"]".repeat(depth)}`;
    const reply = await post(call(4, `{"x":${nested}}`), session);
    await post(JSON.stringify({ jsonrpc: "2.0", id: 10, method: "ping" }), session);
    const serverSawIt = recorded(front.log).some(
      (m) => typeof m === "object" && JSON.stringify(m).includes("ord-deep-alone"),
    );
    const { stdout } = await front.home.cli(["logs", "--json", "--limit", "50"]);
    const audited = stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { rpc_id: string | null; decision: string; reason: string | null })
      .some((r) => r.rpc_id === "4" && r.decision === "block" && r.reason === "invalid_request");
    expect({
      status: reply.status,
      nestingNamed: reply.body.includes("nested more than 1000 levels deep"),
      serverSawIt,
      audited,
    }).toEqual({
      status: 400,
      nestingNamed: true,
      serverSawIt: false,
      audited: true,
    });
  });
});
