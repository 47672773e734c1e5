// Attack (round 28, found from outside): towards a Streamable HTTP server each message the client sends is
// its own POST, sent at once (TransportUpstream.send was not awaited by the session and nothing counted what
// was outstanding), and only requests were bounded (max_requests_in_flight). A client that sends
// notifications (or responses) to a server that accepts the connections but does not answer them made the
// daemon open one connection per message, without end. Each holds a file descriptor of the daemon, which
// every session shares: at a common descriptor limit (1,024, Linux's default soft limit; macOS's is 256) the
// daemon could no longer accept another session, open a server for it or write its files. A user expects one
// session to hold a bounded number of connections to its server, and the daemon to go on serving others.
// Proved with a Streamable HTTP server on loopback that answers initialize and then holds every POST, 3,000
// notifications/roots/list_changed from one raw bridge session: the daemon held 3,000 more descriptors
// (under `ulimit -n 1024`, a second client of another server was then refused); now at most 64 such POSTs
// are in flight per session, and the client is no longer read while they are.
import { readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

let home: GuardedHome;
const held: ServerResponse[] = [];
let server: ReturnType<typeof createServer>;

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
              capabilities: {},
              serverInfo: { name: "holding", version: "1" },
            },
          }),
        );
      if (m?.method === "notifications/initialized") return void res.writeHead(202).end();
      held.push(res); // busy for ever: the connection stays open, unanswered
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  home = makeGuardedHome(
    ["  holding:", "    transport: streamable-http", `    url: http://127.0.0.1:${port}/mcp`].join("\n"),
  );
});
afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  server.close();
  await home.cleanup();
});

/** One session of the stdio fixture server: "served" when it initialized and answered a ping. */
async function servedOther(): Promise<string> {
  const other = new RawBridge(home, "fixture");
  try {
    const init = await other.initialize();
    other.send({ jsonrpc: "2.0", id: 2, method: "ping" });
    const pong = await other.answerTo(2);
    return init.result && pong.result ? "served" : JSON.stringify({ init, pong });
  } catch (err) {
    return String(err).slice(0, 300);
  } finally {
    other.child.kill("SIGKILL");
  }
}

describe("notifications to a Streamable HTTP server that does not answer them", () => {
  it("leave the daemon able to serve another session", async () => {
    expect(await servedOther()).toBe("served"); // control: before the flood
    const flooding = new RawBridge(home, "holding");
    await flooding.initialize();
    const status = await home.status();
    const pid = status.running ? status.pid : 0;
    const descriptors = () => readdirSync(`/proc/${pid}/fd`).length;
    const before = descriptors();
    for (let i = 0; i < 3000; i++)
      flooding.send({ jsonrpc: "2.0", method: "notifications/roots/list_changed" });
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

    // Another client, another server: it must be served as before.
    const after = await servedOther();
    flooding.child.kill("SIGKILL");
    expect(after, JSON.stringify({ descriptors: { before, during } })).toBe("served");
    // What one session holds is bounded, whatever the daemon's limit: 64 POSTs, and a few of the bridge's.
    expect(during - before, JSON.stringify({ before, during })).toBeLessThan(100);
  });
});
