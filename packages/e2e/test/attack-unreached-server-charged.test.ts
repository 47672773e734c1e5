// Attack (round 40, lead): a paid call that never reaches its server keeps its charge. The spend step charges
// a call (the ledger's row) as the chain passes it, before it is sent; round 39 took the charge back for a held
// call refused as it leaves, but not for a call the guard then cannot deliver. A Streamable HTTP server that
// went away (a crash, a redeploy: the port no longer listening) is noticed only when the next request is
// sent: the call is answered upstream_unavailable, and its cost stays in the day's spend. A person approves a
// held payment of 60 while the server is down; nothing is paid, yet once the server is back the next payment
// of 50, within a day's cap of 100, is refused spend_cap_exceeded with `spent` counting the 60. A correct
// guard charges only calls that reach the server: one it could not send is no money spent, and a call that
// was sent keeps its charge (the control below: two payments of 50 received, the third refused).
// Through the real bridge, `approvals approve` and a Streamable HTTP server stopped and started again.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heldCalls, makeGuardedHome, RawBridge, refusal, type GuardedHome } from "../src/index.js";

let home: GuardedHome;
let server: Server | undefined;
let port = 0;
/** The payments the server received. */
const paid: number[] = [];

async function body(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
}

function json(id: unknown, result: unknown): string {
  return JSON.stringify({ jsonrpc: "2.0", id, result });
}

/** A Streamable HTTP server (JSON answers) with one paid tool, listening on `port` (any, the first time). */
async function up(): Promise<void> {
  const http = createServer((req, res) => {
    if (req.method !== "POST") return void res.writeHead(405).end();
    void body(req).then((m) => {
      const ok = (result: unknown) =>
        res
          .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" })
          .end(json(m?.id, result));
      if (m?.id === undefined) return void res.writeHead(202).end();
      if (m.method === "initialize")
        return ok({
          protocolVersion: "2025-06-18",
          capabilities: { tools: {} },
          serverInfo: { name: "pay", version: "1" },
        });
      if (m.method === "tools/list")
        return ok({
          tools: [
            {
              name: "create_payment",
              description: "Pays.",
              inputSchema: { type: "object", properties: { amount: { type: "number" } } },
            },
          ],
        });
      if (m.method === "tools/call") {
        paid.push((m.params as { arguments: { amount: number } }).arguments.amount);
        return ok({ content: [{ type: "text", text: "paid" }] });
      }
      ok({});
    });
  });
  await new Promise<void>((r) => http.listen(port, "127.0.0.1", r));
  port = (http.address() as AddressInfo).port;
  server = http;
}

async function down(): Promise<void> {
  const http = server;
  server = undefined;
  if (!http) return;
  http.closeAllConnections();
  await new Promise<void>((r) => http.close(() => r()));
}

beforeAll(async () => {
  await up();
  home = makeGuardedHome(
    [
      "  pay:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      "    policy:",
      "      spend:",
      "        tools:",
      "          create_payment: { cost_from: amount }",
      "        caps: { per_day: 100 }",
      "        require_approval_above: 50",
      "        wait_for_approval_seconds: 60",
    ].join("\n"),
  );
});
afterAll(async () => {
  await home?.cleanup();
  await down();
});

let nextId = 10;
function call(bridge: RawBridge, amount: number): number {
  const id = nextId++;
  bridge.send({
    jsonrpc: "2.0",
    id,
    method: "tools/call",
    params: { name: "create_payment", arguments: { amount, to: "acme" } },
  });
  return id;
}

const pending = async (): Promise<string> => (await heldCalls(home, "pay"))[0]!;

/** What the last spend_cap_exceeded said was spent. */
let spentWhenRefused: unknown;

/** A session that pays each of `amounts` in turn: what the guard answered each. */
async function pay(...amounts: number[]): Promise<unknown[]> {
  const bridge = new RawBridge(home, "pay");
  await bridge.initialize();
  const outcomes: unknown[] = [];
  for (const amount of amounts) {
    const answer = await bridge.answerTo(call(bridge, amount), 20_000);
    outcomes.push(refusal(answer));
    const data = (answer.error as { data?: { spent?: unknown } } | undefined)?.data;
    if (refusal(answer) === "spend_cap_exceeded") spentWhenRefused = data?.spent;
  }
  bridge.close();
  await bridge.exited;
  return outcomes;
}

describe("a paid call the guard could not send to its server", () => {
  it("is answered upstream_unavailable (the set-up: a payment of 40 sent while the server is down)", async () => {
    const bridge = new RawBridge(home, "pay");
    await bridge.initialize();
    await down();
    expect(refusal(await bridge.answerTo(call(bridge, 40), 20_000))).toBe("upstream_unavailable");
    bridge.close();
    await bridge.exited;
    await up();
  });

  it("held, approved while the server was down, is answered upstream_unavailable", async () => {
    const bridge = new RawBridge(home, "pay");
    await bridge.initialize();
    const id = call(bridge, 60);
    const approval = await pending();
    await down();
    expect((await home.cli(["approvals", "approve", approval])).code).toBe(0);
    expect(refusal(await bridge.answerTo(id, 20_000))).toBe("upstream_unavailable");
    bridge.close();
    await bridge.exited;
    expect(paid).toEqual([]);
    await up();
  });

  it("is not counted as money spent, while a call that reached the server is", async () => {
    // Nothing was paid today: 50 fits the cap of 100, and so does 50 more; the third is refused, counting
    // exactly the two payments the server received.
    const outcomes = await pay(50, 50, 50);
    expect(outcomes).toEqual(["forwarded", "forwarded", "spend_cap_exceeded"]);
    expect(paid).toEqual([50, 50]);
    expect(spentWhenRefused).toBe(100);
  });
});
