// Attack (round 36): towards a Streamable HTTP server each request a session sends is its own POST, on its
// own connection, held until the server answers it (a long-running tool, a slow or hostile server). Round 28
// bounded the POSTs of notifications to 64 a session, but requests are bounded only by
// daemon.max_requests_in_flight (512 a session), and the descriptor reserve (descriptor-reserve.ts) counts
// only the TCP connections the dashboard and the front door accept, not the ones the daemon opens itself. One
// client session (a prompt-injected agent; any local user on a front door with allow_anonymous) that sends
// a few hundred requests to such a server uses up a daemon limited to 400 descriptors, and the owner's next
// guarded session, to another server, is refused. A correct guard keeps descriptors for the owner's other
// sessions: the owner's new bridge session is served while the requests are held.
import { readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bridgeClient,
  echoOutcome,
  makeGuardedHome,
  RawBridge,
  startLimited,
  type GuardedHome,
} from "../src/index.js";

let home: GuardedHome;
const held: ServerResponse[] = [];
let server: ReturnType<typeof createServer>;
let flooding: RawBridge | undefined;

async function body(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  // A Streamable HTTP server whose every request after initialize takes a long time (here: for ever).
  server = createServer((req, res) => {
    if (req.method !== "POST") return void res.writeHead(405).end();
    void body(req).then((m) => {
      if (m?.method === "initialize")
        return res.writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" }).end(
          JSON.stringify({
            jsonrpc: "2.0",
            id: m.id,
            result: {
              protocolVersion: "2025-06-18",
              capabilities: { tools: {} },
              serverInfo: { name: "slow", version: "1" },
            },
          }),
        );
      if (m?.id === undefined) return void res.writeHead(202).end();
      held.push(res); // still working: the connection stays open, unanswered
    });
  });
  server.maxConnections = 10_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  home = makeGuardedHome(
    ["  slow:", "    transport: streamable-http", `    url: http://127.0.0.1:${port}/mcp`].join("\n"),
  );
});
afterAll(async () => {
  flooding?.child.kill("SIGKILL");
  for (const res of held) res.destroy();
  server.closeAllConnections();
  server.close();
  await home.cleanup();
});

describe("requests held by a Streamable HTTP server", () => {
  it("do not keep the owner from opening another guarded session", async () => {
    expect(await startLimited(home)).toBe(0);
    expect(await echoOutcome(() => bridgeClient(home))).toBe("served"); // control
    const status = await home.status();
    const pid = status.running ? status.pid : 0;
    const descriptors = () => readdirSync(`/proc/${pid}/fd`).length;
    flooding = new RawBridge(home, "slow");
    await flooding.initialize();
    const before = descriptors();
    for (let i = 0; i < 450; i++) flooding.send({ jsonrpc: "2.0", id: i + 10, method: "ping" });
    // Until the daemon's descriptors have not changed for 1.5 s (at most 15 s).
    let last = -1;
    let steady = 0;
    for (let i = 0; i < 30 && steady < 3; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const now = descriptors();
      steady = now === last ? steady + 1 : 0;
      last = now;
    }
    const during = descriptors();
    const session = await echoOutcome(() => bridgeClient(home));
    expect(session, JSON.stringify({ before, during, held: held.length })).toBe("served");
    // Neither hung nor dropped: a request beyond what the session may hold is answered at once, saying why.
    const refused = await flooding.answerTo(459);
    expect(refused).toMatchObject({
      error: { code: -32600, message: expect.stringMatching(/^Too many requests in flight: .*connections/) },
    });
  });
});
