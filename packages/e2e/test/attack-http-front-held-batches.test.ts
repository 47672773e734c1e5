// Attack (round 36): the descriptor reserve (descriptor-reserve.ts) keeps a quarter of the daemon's
// descriptors from the TCP connections the front door accepts, but not from the connections the daemon opens
// to a Streamable HTTP server on a client's behalf: each request in flight there is its own POST on its own
// connection, and a session may have 512 requests in flight. Another local user, on a front door that takes
// anonymous clients, opens a few sessions of a server whose tools take their time and sends each a batch of
// requests in one POST: a handful of accepted connections, and hundreds of the daemon's own. Under a limit of
// 400 descriptors the owner's next bridge session, to another server, is refused. A correct guard keeps
// descriptors for the owner: the connections it opens for a client count against what that client may hold,
// and the owner's new session is served.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bridgeClient, CLI, echoOutcome, makeGuardedHome, type GuardedHome } from "../src/index.js";

let home: GuardedHome;
let serve: ChildProcess | undefined;
let intruder: ChildProcess | undefined;
const held: ServerResponse[] = [];
let server: ReturnType<typeof createServer>;

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  // A Streamable HTTP server whose every request after initialize takes a long time (here: for ever).
  server = createServer((req, res) => {
    if (req.method !== "POST") return void res.writeHead(405).end();
    void body(req).then((raw) => {
      const m = raw as { id?: unknown; method?: string } | undefined;
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
    ["  http:", "    port: 0", "    allow_anonymous: true"].join("\n"),
  );
});
afterAll(async () => {
  intruder?.kill("SIGKILL");
  if (serve && serve.exitCode === null) {
    const exited = new Promise((resolve) => serve!.once("exit", resolve));
    serve.kill("SIGTERM");
    await exited;
  }
  for (const res of held) res.destroy();
  server.closeAllConnections();
  server.close();
  await home.cleanup();
});

/** `mcp-guard serve` under `ulimit -n 400`, and where its front door listens. */
function serveLimited(): Promise<URL> {
  const child = spawn(
    "sh",
    ["-c", `ulimit -n 400 && exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} serve`],
    { env: home.env, stdio: ["ignore", "ignore", "pipe"] },
  );
  serve = child;
  let said = "";
  return new Promise((resolve, reject) => {
    child.stderr?.setEncoding("utf8").on("data", (text: string) => {
      said += text;
      const match = /HTTP (\S+)\/<server>/.exec(said);
      if (match?.[1]) resolve(new URL(match[1]));
    });
    child.once("exit", () => reject(new Error(`serve exited: ${said}`)));
  });
}

/**
 * Another local user (uid 65534): `sessions` anonymous sessions of `slow`, each sent one POST holding a batch
 * of `perSession` pings. Resolves once the batches are sent (their answers never come).
 */
function sendBatches(url: URL, sessions: number, perSession: number): Promise<void> {
  const script = `
const http = require("node:http");
const target = ${JSON.stringify(`${url.href}/slow`)};
const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
const post = (body, session, wait) => new Promise((resolve) => {
  const req = http.request(target, { method: "POST", headers: session ? { ...headers, "mcp-session-id": session } : headers }, (res) => {
    if (!wait) return resolve(undefined);
    res.resume(); res.on("end", () => resolve(res.headers["mcp-session-id"]));
  });
  req.on("error", () => resolve(undefined));
  req.end(JSON.stringify(body));
  if (!wait) setTimeout(resolve, 200);
});
(async () => {
  for (let s = 0; s < ${sessions}; s++) {
    const session = await post({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "other-user", version: "1" } } }, undefined, true);
    if (typeof session !== "string") continue;
    await post({ jsonrpc: "2.0", method: "notifications/initialized" }, session, true);
    await post(Array.from({ length: ${perSession} }, (_, i) => ({ jsonrpc: "2.0", id: i + 10, method: "ping" })), session, false);
  }
  process.stdout.write("sent\\n");
  setTimeout(() => {}, 120000);
})();`;
  const child = spawn(process.execPath, ["-e", script], {
    uid: 65534,
    gid: 65534,
    stdio: ["ignore", "pipe", "inherit"],
  });
  intruder = child;
  return new Promise((resolve) => child.stdout?.once("data", () => resolve()));
}

describe("batches of requests a Streamable HTTP server holds, from another local user", () => {
  it("do not keep the owner from opening a guarded session", async () => {
    const url = await serveLimited();
    expect(await echoOutcome(() => bridgeClient(home))).toBe("served"); // control
    await sendBatches(url, 6, 80);
    // Until the server holds what reached it (the batches' requests, as the daemon opens connections for them).
    let last = -1;
    for (let i = 0; i < 30 && held.length !== last; i++) {
      last = held.length;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const session = await echoOutcome(() => bridgeClient(home));
    expect(session, `requests held by the server: ${held.length}`).toBe("served");
  });
});
