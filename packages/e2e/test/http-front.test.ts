// The daemon's Streamable HTTP endpoint (`mcp-guard serve`): the SDK's HTTP client through the gateway to
// server-everything gives the same transcript as a direct stdio session (tools, sampling, elicitation,
// roots, progress, notifications); sessions end with DELETE, expire, and are capped; foreign Hosts and
// Origins are refused; and the pipeline applies: a denied tool never reaches the recording server.
import { request } from "node:http";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  directTransport,
  EVERYTHING,
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  recorderServerYaml,
  runScenario,
  serveHttp,
  serverSaw,
  type Served,
} from "../src/index.js";

const logDir = makeGuardedHome().dir;
const log = join(logDir, "recorder.log");
const home = makeGuardedHome(
  recorderServerYaml(
    "recorder",
    log,
    undefined,
    ["    policy:", "      permissions:", '        denied_tools: ["write_file"]'].join("\n"),
  ),
  ["  http:", "    port: 0", "    allow_anonymous: true", "    session_idle_seconds: 2"].join("\n"),
);
let served: Served;

beforeAll(async () => {
  served = await serveHttp(home);
});
afterAll(async () => {
  await served.stop();
  await home.cleanup();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function connect(
  server: string,
): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const client = new Client({ name: "http-test", version: "1" });
  const transport = new StreamableHTTPClientTransport(new URL(`${served.url}/${server}`));
  await client.connect(transport);
  return { client, transport };
}

describe("Streamable HTTP front door", () => {
  it("gives the same transcript through the gateway over HTTP as directly over stdio", async () => {
    const direct = await runScenario(directTransport(EVERYTHING, ["stdio"]));
    const proxied = await runScenario(new StreamableHTTPClientTransport(new URL(`${served.url}/everything`)));
    // The scenario really exercised server-to-client requests and notifications.
    expect(JSON.stringify(direct.sampling)).toContain("scripted-model");
    expect(JSON.stringify(direct.elicitation)).toContain("Ada Lovelace");
    expect(direct.updateReceived).toBe(true);
    expect(direct.logReceived).toBe(true);
    // As over stdio, the one place a policy acts: a tool the server never listed is refused by the guard.
    const { unknownTool: answered, ...directRest } = direct;
    const { unknownTool: refused, ...proxiedRest } = proxied;
    expect(answered).toMatchObject({ resolved: { isError: true } });
    expect(refused).toMatchObject({ code: -32600 });
    expect(proxiedRest).toEqual(directRest);
  });

  it("never forwards a denied tool call to the server, and answers it with the policy's error", async () => {
    const { client } = await connect("recorder");
    const allowed = await client.callTool({ name: "echo", arguments: { a: 1 } });
    expect(allowed.isError).toBeFalsy();
    await expect(client.callTool({ name: "write_file", arguments: { path: "/etc/x" } })).rejects.toThrow(
      /not permitted/i,
    );
    await client.close();
    expect(serverSaw(log, "tools/call", "echo")).toBe(true);
    expect(serverSaw(log, "tools/call", "write_file")).toBe(false);
  });

  it("ends a session on DELETE: its server process is reaped and its id is then unknown", async () => {
    const httpPids = async () =>
      (
        (await home.status()) as {
          sessions: Array<{ client_io: string; upstream_pid: number | null }>;
        }
      ).sessions
        .filter((s) => s.client_io === "http")
        .map((s) => s.upstream_pid);
    const before = await httpPids();
    const { client, transport } = await connect("everything");
    const sessionId = transport.sessionId!;
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const started = (await httpPids()).filter((p) => !before.includes(p));
    expect(started).toHaveLength(1);
    const pid = started[0]!;
    expect(alive(pid)).toBe(true);
    await transport.terminateSession();
    await client.close();
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);
    const after = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "mcp-session-id": sessionId, "mcp-protocol-version": "2025-06-18" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping" }),
    });
    expect(after.status).toBe(404);
  });

  it("refuses a foreign Host or Origin with 403 before anything else (DNS rebinding)", async () => {
    const host = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, host: "attacker.example:80" },
      body: INITIALIZE,
    });
    expect(host.status).toBe(403);
    expect(JSON.parse(host.body).error.data.reason).toBe("forbidden_host");
    const origin = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, origin: "https://attacker.example" },
      body: INITIALIZE,
    });
    expect(origin.status).toBe(403);
    // An allowed host name is not enough: another program's page on this machine (another port) or a page
    // of another scheme is another origin. Only the listener's own scheme, host and port pass.
    const port = new URL(served.url).port;
    const withOrigin = (origin: string) =>
      rawRequest(`${served.url}/everything`, {
        method: "POST",
        headers: { ...MCP_HEADERS, origin },
        body: INITIALIZE,
      });
    const otherPort = await withOrigin("http://localhost:3000");
    expect(otherPort.status).toBe(403);
    expect(JSON.parse(otherPort.body).error.data.reason).toBe("forbidden_host");
    expect((await withOrigin(`https://localhost:${port}`)).status).toBe(403);
    expect((await withOrigin(`http://localhost:${port}`)).status).toBe(200);
  });

  it("answers an unknown server with 404 naming the configured ones", async () => {
    const r = await rawRequest(`${served.url}/nope`, {
      method: "POST",
      headers: MCP_HEADERS,
      body: INITIALIZE,
    });
    expect(r.status).toBe(404);
    const body = JSON.parse(r.body);
    expect(body.error.data.reason).toBe("unknown_server");
    expect(body.error.data.servers).toEqual(expect.arrayContaining(["everything", "recorder"]));
  });

  it("refuses a body larger than daemon.http.max_body_bytes with 413", async () => {
    const r = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: MCP_HEADERS,
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { pad: "x".repeat(5 * 1024 * 1024) },
      }),
    });
    expect(r.status).toBe(413);
  });

  it("shows HTTP sessions in status with their identity", async () => {
    const { client } = await connect("everything");
    const { stdout } = await home.cli(["status", "--json"]);
    const sessions = (JSON.parse(stdout) as { sessions: Array<{ client_io: string; identity: string }> })
      .sessions;
    expect(sessions.some((s) => s.client_io === "http" && s.identity === "anonymous:http")).toBe(true);
    await client.close();
  });
});

/** Opens a session's GET stream; returns how to close it. */
function getStream(url: string, sessionId: string): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "GET",
        headers: {
          accept: "text/event-stream",
          "mcp-session-id": sessionId,
          "mcp-protocol-version": "2025-06-18",
        },
      },
      (res) => {
        expect(res.statusCode).toBe(200);
        resolve(() => req.destroy());
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** Reads SSE events from a response until `enough` says so, then returns them (and leaves the socket open). */
function sseEvents(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  enough: (events: Array<{ id?: string; data: string }>) => boolean,
): Promise<{
  events: Array<{ id?: string; data: string }>;
  abort: () => void;
  headers: Record<string, unknown>;
}> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const events: Array<{ id?: string; data: string }> = [];
      let buffer = "";
      res.setEncoding("utf8").on("data", (text: string) => {
        buffer += text;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) events.push({ id, data });
        }
        if (enough(events)) resolve({ events, abort: () => req.destroy(), headers: res.headers });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("session cap and expiry", () => {
  // Its own daemon: the cap counts every HTTP session of the daemon.
  const cappedHome = makeGuardedHome(
    "",
    [
      "  http:",
      "    port: 0",
      "    allow_anonymous: true",
      "    max_sessions: 3",
      // One identity (anonymous) fills the endpoint here: its own bound is the endpoint's.
      "    max_sessions_per_identity: 3",
      "    session_idle_seconds: 2",
    ].join("\n"),
  );
  let capped: Served;
  beforeAll(async () => {
    capped = await serveHttp(cappedHome);
  });
  afterAll(async () => {
    await capped.stop();
    await cappedHome.cleanup();
  });

  it("refuses a session beyond daemon.http.max_sessions with 503, and expires idle ones", async () => {
    const open = [];
    const streams: Array<() => void> = [];
    for (let i = 0; i < 3; i++) {
      const r = await rawRequest(`${capped.url}/everything`, {
        method: "POST",
        headers: MCP_HEADERS,
        body: INITIALIZE,
      });
      expect(r.status).toBe(200);
      open.push(r.headers["mcp-session-id"]);
      // An open GET stream keeps the session in use however slowly the next ones start.
      streams.push(await getStream(`${capped.url}/everything`, String(r.headers["mcp-session-id"])));
    }
    const refused = await rawRequest(`${capped.url}/everything`, {
      method: "POST",
      headers: MCP_HEADERS,
      body: INITIALIZE,
    });
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body).error.data).toMatchObject({ reason: "too_many_sessions", limit: 3 });
    // session_idle_seconds is 2: with their streams closed, the three sessions expire and make room.
    for (const close of streams) close();
    await new Promise((r) => setTimeout(r, 3000));
    const stale = await rawRequest(`${capped.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "mcp-session-id": String(open[0]) },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping" }),
    });
    expect(stale.status).toBe(404);
    const again = await rawRequest(`${capped.url}/everything`, {
      method: "POST",
      headers: MCP_HEADERS,
      body: INITIALIZE,
    });
    expect(again.status).toBe(200);
    const deleted = await rawRequest(`${capped.url}/everything`, {
      method: "DELETE",
      headers: { "mcp-session-id": String(again.headers["mcp-session-id"]) },
    });
    expect(deleted.status).toBe(200);
  });
});

describe("resumption", () => {
  it("replays what a dropped POST stream missed when the client comes back with Last-Event-ID", async () => {
    const url = `${served.url}/everything`;
    const init = await sseEvents(url, "POST", MCP_HEADERS, INITIALIZE, (e) => e.length >= 1);
    init.abort();
    const session = {
      ...MCP_HEADERS,
      "mcp-session-id": String(init.headers["mcp-session-id"]),
      "mcp-protocol-version": "2025-06-18",
    };
    await rawRequest(url, {
      method: "POST",
      headers: session,
      body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
    });
    const call = JSON.stringify({
      jsonrpc: "2.0",
      id: 7,
      method: "tools/call",
      params: {
        name: "trigger-long-running-operation",
        arguments: { duration: 1, steps: 4 },
        _meta: { progressToken: "resume-me" },
      },
    });
    // Read the first progress notification, then drop the connection.
    const first = await sseEvents(url, "POST", session, call, (e) =>
      e.some((x) => x.data.includes("progress")),
    );
    first.abort();
    const lastSeen = first.events.at(-1)!.id!;
    expect(lastSeen).toBeTruthy();
    const resumed = await sseEvents(
      url,
      "GET",
      { ...session, accept: "text/event-stream", "last-event-id": lastSeen },
      undefined,
      (e) => e.some((x) => x.data.includes('"id":7')),
    );
    resumed.abort();
    const replayed = resumed.events.map((e) => JSON.parse(e.data) as Record<string, unknown>);
    // Everything after the last event seen, and nothing before it: the remaining progress and the result.
    expect(replayed.at(-1)).toMatchObject({ id: 7, result: { content: expect.any(Array) } });
    const steps = replayed
      .filter((m) => m.method === "notifications/progress")
      .map((m) => (m.params as { progress: number }).progress);
    const firstStep = first.events
      .map((e) => JSON.parse(e.data) as { params?: { progress?: number } })
      .filter((m) => m.params?.progress !== undefined)
      .map((m) => m.params!.progress!);
    expect([...firstStep, ...steps]).toEqual([1, 2, 3, 4].slice(0, firstStep.length + steps.length));
    expect(steps.length).toBeGreaterThan(0);
  });
});
