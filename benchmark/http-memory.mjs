// pnpm bench:http-memory — the daemon's resident memory under sustained Streamable HTTP load, through
// `mcp-guard serve` (with the V8 flags an auto-started daemon gets), in three phases:
//   1. sustained: one session, BENCH_HTTP_MEMORY_CALLS `echo` calls on server-everything (stdio), 16 in flight;
//      RSS after every quarter;
//   2. churn: 50 sessions each opened, called once and ended with DELETE, then 50 abandoned without DELETE
//      (left to expire after daemon.http.session_idle_seconds); RSS once they are gone;
//   3. a stalled client: a POST calling the flood fixture (BENCH_FLOOD_COUNT progress notifications of 1 KiB)
//      whose response is never read; the highest RSS over the following BENCH_STALL_SECONDS (60).
// BENCH_HTTP_MEMORY_PHASES picks phases (default "sustained,churn,stalled").
import { connect } from "node:net";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import {
  EVERYTHING,
  FLOOD,
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  serveHttp,
} from "../packages/e2e/dist/index.js";
import { DAEMON_NODE_FLAGS } from "../packages/cli/dist/daemon-process.js";
import { benchDaemonEnv, daemonRssMb } from "./daemon-bench.mjs";

const CALLS = Number(process.env.BENCH_HTTP_MEMORY_CALLS ?? 40000);
const CHURN = Number(process.env.BENCH_HTTP_MEMORY_SESSIONS ?? 50);
const FLOOD_COUNT = Number(process.env.BENCH_FLOOD_COUNT ?? 60000);
const STALL_SECONDS = Number(process.env.BENCH_STALL_SECONDS ?? 60);
const PHASES = (process.env.BENCH_HTTP_MEMORY_PHASES ?? "sustained,churn,stalled").split(",");
const IN_FLIGHT = 16;
const IDLE_SECONDS = 3;

const floodLog = join(tmpdir(), `mcpg-flood-${process.pid}.log`);
const home = makeGuardedHome(
  [
    "  bench:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(EVERYTHING)}, "stdio"]`,
    "  flood:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FLOOD)}]`,
    `    env: { FLOOD_LOG: ${JSON.stringify(floodLog)} }`,
  ].join("\n"),
  ["  http:", "    port: 0", "    allow_anonymous: true", `    session_idle_seconds: ${IDLE_SECONDS}`].join(
    "\n",
  ),
);
const served = await serveHttp(home, DAEMON_NODE_FLAGS, benchDaemonEnv(home.env));
const pid = served.child.pid;
const rssMb = () => daemonRssMb(pid);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rows = [];
const note = (phase, what) => {
  const row = { phase, what, rss: rssMb() };
  rows.push(row);
  console.error(`${phase.padEnd(10)} ${what.padEnd(44)} ${row.rss.toFixed(0)} MB`);
};

async function open(server) {
  const transport = new StreamableHTTPClientTransport(new URL(`${served.url}/${server}`));
  const client = new Client({ name: "bench-http-memory", version: "1" });
  await client.connect(transport);
  return { client, transport };
}
let retried = 0;
/** One call; a connection the daemon closed as it was reused (keep-alive timing, on a loaded machine) is retried once. */
async function echo(client, i) {
  const call = () => client.callTool({ name: "echo", arguments: { message: `bench ${i}` } });
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    retried++;
    return call();
  }
}

async function sessionCount() {
  return JSON.parse((await home.cli(["status", "--json"])).stdout).sessions.length;
}

/** A POST that calls the flood tool and never reads its answer: the socket stays open, paused. */
async function stalledFlood() {
  const init = await rawRequest(`${served.url}/flood`, {
    method: "POST",
    headers: MCP_HEADERS,
    body: INITIALIZE,
  });
  const session = String(init.headers["mcp-session-id"]);
  const headers = { ...MCP_HEADERS, "mcp-session-id": session, "mcp-protocol-version": "2025-06-18" };
  const initialized = JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" });
  await rawRequest(`${served.url}/flood`, { method: "POST", headers, body: initialized });
  // A tool is usable once listed (and pinned).
  const list = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" });
  const listed = await rawRequest(`${served.url}/flood`, { method: "POST", headers, body: list });
  if (!listed.body.includes('"flood"')) throw new Error(`the flood tool is not listed: ${listed.body}`);
  const body = JSON.stringify({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "flood", arguments: { count: FLOOD_COUNT, size: 1024 }, _meta: { progressToken: "p" } },
  });
  const url = new URL(`${served.url}/flood`);
  const socket = connect(Number(url.port), url.hostname);
  socket.pause();
  socket.write(
    [
      `POST ${url.pathname} HTTP/1.1`,
      `Host: ${url.host}`,
      "Content-Type: application/json",
      "Accept: application/json, text/event-stream",
      `Mcp-Session-Id: ${session}`,
      "Mcp-Protocol-Version: 2025-06-18",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "",
      body,
    ].join("\r\n"),
  );
  return socket;
}

try {
  note("start", "serving, no session");
  if (PHASES.includes("sustained")) {
    const { client, transport } = await open("bench");
    let next = 0;
    for (let quarter = 1; quarter <= 4; quarter++) {
      const until = (CALLS * quarter) / 4;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (next < until) await echo(client, next++);
        }),
      );
      note("sustained", `${until} calls in one session`);
    }
    await transport.terminateSession();
    await client.close();
  }
  if (PHASES.includes("churn")) {
    for (let i = 0; i < CHURN; i++) {
      const s = await open("bench");
      await echo(s.client, i);
      await s.transport.terminateSession();
      await s.client.close();
    }
    note("churn", `${CHURN} sessions ended with DELETE`);
    for (let i = 0; i < CHURN; i++) {
      const s = await open("bench");
      await echo(s.client, i);
      await s.client.close();
    }
    note("churn", `${CHURN} abandoned sessions, still open`);
    await sleep((IDLE_SECONDS + 2) * 1000);
    note("churn", `after idle expiry (${await sessionCount()} sessions left)`);
  }
  if (PHASES.includes("stalled")) {
    const socket = await stalledFlood();
    let peak = 0;
    for (let i = 0; i < STALL_SECONDS; i++) {
      await sleep(1000);
      peak = Math.max(peak, rssMb());
    }
    rows.push({ phase: "stalled", what: "peak", rss: peak });
    console.error(
      `stalled    peak RSS over ${STALL_SECONDS} s, ${FLOOD_COUNT} x 1 KiB unread        ${peak.toFixed(0)} MB`,
    );
    const held = existsSync(floodLog) ? readFileSync(floodLog, "utf8").split("\n")[0] : "";
    console.error(
      `stalled    the flood server was ${held ? `first held back after ${held} notifications` : "never held back"}`,
    );
    rows.push({ phase: "stalled", what: "server first held back after", rss: held ? Number(held) : null });
    socket.destroy();
    await sleep(1000);
    note("stalled", "client gone");
  }
} finally {
  await served.stop();
  await home.cleanup();
  rmSync(floodLog, { force: true });
}
console.error(`calls retried after a closed connection: ${retried}`);
console.log(JSON.stringify(rows.map((r) => ({ ...r, rss: r.rss === null ? null : Math.round(r.rss) }))));
