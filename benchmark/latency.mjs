// pnpm bench:latency — a real SDK client calls server-everything's `echo` over stdio, directly and through
// the full guarded path (bridge process + daemon process + pipeline + audit), in one run, and prints
// latency percentiles, throughput with 16 calls in flight, and the ratios. The client runs in this
// process; the daemon and the servers are separate processes, as in real use.
//
// A "bare relay" row puts two plain Node processes that only copy bytes (stdio -> Unix socket -> server
// stdio) where the bridge and the daemon are: the floor that a relaying bridge costs on this machine before
// mcp-guard parses, checks or audits anything. mcp-guard itself is measured twice: with the bridge relaying
// (MCP_GUARD_RELAY=1) and with the bridge handing the client's stdio to the daemon (the default).
// Then the HTTP path: the same calls over Streamable HTTP, directly to server-everything's HTTP transport and
// through the daemon's HTTP endpoint (to the stdio server, and to that same HTTP server as its upstream).
// Memory: the daemon's resident set fresh (idle, and with 10 sessions open), once all of the above has gone
// through it (with 10 and with 100 sessions open at once: right after the calls, and again once the daemon
// has been idle long enough for its idle collector to run), and the highest seen in between.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createServer } from "node:net";
import {
  directTransport,
  EVERYTHING,
  guardedTransport,
  makeGuardedHome,
  serveHttp,
} from "../packages/e2e/dist/index.js";
import { DAEMON_NODE_FLAGS } from "../packages/cli/dist/daemon-process.js";
import { IDLE_COLLECTOR_DEFAULTS } from "../packages/daemon/dist/idle-collector.js";
import { BENCH_POLICY, benchDaemonEnv, daemonRssMb } from "./daemon-bench.mjs";

const RELAY_DAEMON = `
  const net = require("node:net"), { spawn } = require("node:child_process");
  const [sock, entry] = process.argv.slice(1);
  net.createServer((s) => {
    const c = spawn(process.execPath, [entry, "stdio"], { stdio: ["pipe", "pipe", "ignore"] });
    s.pipe(c.stdin); c.stdout.pipe(s); s.on("close", () => c.kill());
  }).listen(sock, () => process.stdout.write("ready\\n"));`;
const RELAY_BRIDGE = `
  const s = require("node:net").connect(process.argv[1]); process.stdin.pipe(s); s.pipe(process.stdout);
  s.on("close", () => process.exit(0));`;

async function startBareRelay() {
  const socket = join(tmpdir(), `mcpg-bench-relay-${process.pid}.sock`);
  rmSync(socket, { force: true });
  const daemon = spawn(process.execPath, ["-e", RELAY_DAEMON, socket, EVERYTHING], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => daemon.stdout.once("data", resolve));
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["-e", RELAY_BRIDGE, socket],
  });
  return { transport, stop: () => (daemon.kill(), rmSync(socket, { force: true })) };
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** server-everything over its own Streamable HTTP transport, on a free port. */
async function startHttpEverything() {
  const port = await freePort();
  const child = spawn(process.execPath, [EVERYTHING, "streamableHttp"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise((resolve) =>
    child.stderr.on("data", (t) => String(t).includes("listening") && resolve()),
  );
  return { url: `http://127.0.0.1:${port}/mcp`, stop: () => child.kill() };
}
const httpEverything = await startHttpEverything();
// The SDK's HTTP client hands every fetch its transport's one AbortSignal, and undici keeps a listener on it
// per request until the response is read through: thousands of them over a run, each warned about. This
// client (the benchmark's, not the daemon's) never aborts a call, so it sends none; every row is the same.
const fetchWithoutSignal = (url, init) => fetch(url, { ...init, signal: undefined });
const http = (url) => new StreamableHTTPClientTransport(new URL(url), { fetch: fetchWithoutSignal });

const SEQUENTIAL = Number(process.env.BENCH_CALLS ?? 3000);
const CONCURRENT_TOTAL = Number(process.env.BENCH_CONCURRENT_CALLS ?? 20000);
const IN_FLIGHT = 16;
const WARMUP = 500;
const COUNTS = { WARMUP, SEQUENTIAL, CONCURRENT_TOTAL };
// An HTTP call costs a request and an SSE response each: fewer calls keep the run short.
const HTTP_COUNTS = {
  WARMUP: 100,
  SEQUENTIAL: Number(process.env.BENCH_HTTP_CALLS ?? 1000),
  CONCURRENT_TOTAL: Number(process.env.BENCH_HTTP_CONCURRENT_CALLS ?? 4000),
};

// The idle collector looks every interval and collects at the first look after a wholly idle interval, so
// within two intervals of the last call; the rest is margin for a loaded machine.
const SETTLE_SECONDS = Number(
  process.env.BENCH_SETTLE_SECONDS ?? (2 * IDLE_COLLECTOR_DEFAULTS.intervalMs) / 1000 + 10,
);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const call = (client, i) => client.callTool({ name: "echo", arguments: { message: `bench ${i}` } });

async function measure(label, transport, counts = {}) {
  const { WARMUP, SEQUENTIAL, CONCURRENT_TOTAL } = { ...COUNTS, ...counts };
  const client = new Client({ name: "bench", version: "1" });
  await client.connect(transport);
  for (let i = 0; i < WARMUP; i++) await call(client, i);

  const samples = [];
  const sequentialStart = process.hrtime.bigint();
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t0 = process.hrtime.bigint();
    await call(client, i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const sequentialSeconds = Number(process.hrtime.bigint() - sequentialStart) / 1e9;
  samples.sort((a, b) => a - b);

  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < CONCURRENT_TOTAL) await call(client, next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // An HTTP session outlives its client's close unless ended (DELETE): end it, so it leaves the memory figures.
  if (transport instanceof StreamableHTTPClientTransport) await transport.terminateSession().catch(() => {});
  await client.close();
  return {
    label,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    p99: percentile(samples, 0.99),
    throughput1: SEQUENTIAL / sequentialSeconds,
    throughput: CONCURRENT_TOTAL / seconds,
  };
}

/** The highest RSS seen while sampling (every 100 ms) between start() and stop(). */
function peakSampler(pid) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, daemonRssMb(pid))), 100);
  return { stop: () => (clearInterval(timer), peak) };
}

/** The daemon's RSS with `count` sessions open at once (each initialized and one call made). */
async function memoryWith(count) {
  const clients = [];
  for (let i = 0; i < count; i++) {
    const client = new Client({ name: "bench-memory", version: "1" });
    await client.connect(guardedTransport(home, "bench"));
    await call(client, i);
    clients.push(client);
  }
  const { pid } = JSON.parse((await home.cli(["status", "--json"])).stdout);
  const rss = daemonRssMb(pid);
  await Promise.all(clients.map((c) => c.close()));
  return rss;
}

const home = makeGuardedHome(
  [
    "  bench:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(EVERYTHING)}, "stdio"]`,
    ...BENCH_POLICY,
    "  bench-http:",
    "    transport: streamable-http",
    `    url: ${httpEverything.url}`,
    ...BENCH_POLICY,
  ].join("\n"),
  ["  http:", "    port: 0", "    allow_anonymous: true"].join("\n"),
);
// The daemon in the foreground with its HTTP endpoint; the bridges below connect to it. It gets the V8 flags
// that `start -d` and the bridge's auto-start give it (packages/cli/src/daemon-process.ts).
const served = await serveHttp(home, DAEMON_NODE_FLAGS, benchDaemonEnv(home.env));
try {
  // Memory first, on the fresh daemon (its budget), then again once every row below has gone through it.
  const daemonPid = served.child.pid;
  const idleRss = daemonRssMb(daemonPid);
  const freshTen = await memoryWith(10);
  const peak = peakSampler(daemonPid);
  const direct = await measure("direct", directTransport(EVERYTHING, ["stdio"]));
  const relay = await startBareRelay();
  const bare = await measure("bare relay", relay.transport);
  relay.stop();
  const relayed = await measure("guard, relayed", guardedTransport(home, "bench", { MCP_GUARD_RELAY: "1" }));
  const guarded = await measure("guard, fds", guardedTransport(home, "bench"));
  const directHttp = await measure("HTTP direct", http(httpEverything.url), HTTP_COUNTS);
  const guardedHttp = await measure("HTTP guard→stdio", http(`${served.url}/bench`), HTTP_COUNTS);
  const guardedHttpHttp = await measure("HTTP guard→HTTP", http(`${served.url}/bench-http`), HTTP_COUNTS);
  const fmt = (ms) => `${ms.toFixed(3)} ms`;
  console.log(
    `echo on server-everything; stdio rows: ${SEQUENTIAL} sequential calls, then ${CONCURRENT_TOTAL} calls with ${IN_FLIGHT} in flight; HTTP rows: ${HTTP_COUNTS.SEQUENTIAL}, then ${HTTP_COUNTS.CONCURRENT_TOTAL}\n`,
  );
  console.log(
    "path              p50         p95         p99         calls/s (1 in flight)  calls/s (16 in flight)",
  );
  for (const r of [direct, bare, relayed, guarded, directHttp, guardedHttp, guardedHttpHttp]) {
    console.log(
      `${r.label.padEnd(17)} ${fmt(r.p50).padEnd(11)} ${fmt(r.p95).padEnd(11)} ${fmt(r.p99).padEnd(11)} ${String(Math.round(r.throughput1)).padEnd(22)} ${Math.round(r.throughput)}`,
    );
  }
  const added = guarded.p50 - direct.p50;
  const ratio = guarded.throughput / direct.throughput;
  console.log(
    `\nadded latency p50 (descriptors): ${fmt(added)} (budget ≤ 0.150 ms: ${added <= 0.15 ? "met" : "NOT met"})`,
  );
  console.log(
    `added latency p95: ${fmt(guarded.p95 - direct.p95)}, p99: ${fmt(guarded.p99 - direct.p99)} (p99 budget ≤ 2 ms)`,
  );
  console.log(
    `added latency p50 with the bridge relaying: ${fmt(relayed.p50 - direct.p50)}; bare relay alone: ${fmt(bare.p50 - direct.p50)}`,
  );
  console.log(
    `throughput at 16 in flight: ${(ratio * 100).toFixed(1)} % of direct (budget ≥ 60 %: ${ratio >= 0.6 ? "met" : "NOT met"}); relayed ${((relayed.throughput / direct.throughput) * 100).toFixed(1)} %, bare relay ${((bare.throughput / direct.throughput) * 100).toFixed(1)} %`,
  );
  console.log(
    `HTTP: added p50 ${fmt(guardedHttp.p50 - directHttp.p50)} (to stdio), ${fmt(guardedHttpHttp.p50 - directHttp.p50)} (to HTTP); p99 ${fmt(guardedHttp.p99 - directHttp.p99)}, ${fmt(guardedHttpHttp.p99 - directHttp.p99)}; throughput at 16 in flight ${((guardedHttp.throughput / directHttp.throughput) * 100).toFixed(1)} %, ${((guardedHttpHttp.throughput / directHttp.throughput) * 100).toFixed(1)} % of direct HTTP`,
  );
  const peakRss = peak.stop();
  const guardedCalls =
    2 * (WARMUP + SEQUENTIAL + CONCURRENT_TOTAL) +
    2 * (HTTP_COUNTS.WARMUP + HTTP_COUNTS.SEQUENTIAL + HTTP_COUNTS.CONCURRENT_TOTAL);
  const mb = (rss) => `${rss.toFixed(0)} MB`;
  console.log(
    `\ndaemon RSS, fresh: ${mb(idleRss)} idle, ${mb(freshTen)} with 10 open sessions (budget ≤ 80 MB: ${freshTen <= 80 ? "met" : "NOT met"})`,
  );
  const afterTen = await memoryWith(10);
  const afterHundred = await memoryWith(100);
  console.log(
    `daemon RSS right after the ${guardedCalls} calls above: ${mb(afterTen)} with 10 open sessions, ${mb(afterHundred)} with 100; highest while they ran: ${mb(peakRss)}`,
  );
  await new Promise((r) => setTimeout(r, SETTLE_SECONDS * 1000));
  const settledTen = await memoryWith(10);
  const settledHundred = await memoryWith(100);
  const collections = readFileSync(join(home.home, "daemon.log"), "utf8")
    .split("\n")
    .filter((line) => line.includes('"collected while idle"'))
    .map((line) => `${JSON.parse(line).pause_ms} ms`);
  console.log(
    `daemon RSS after them and ${SETTLE_SECONDS} s idle: ${mb(settledTen)} with 10 open sessions (budget ≤ 80 MB: ${settledTen <= 80 ? "met" : "NOT met"}), ${mb(settledHundred)} with 100; idle collections in the whole run: ${collections.length} (pauses ${collections.join(", ") || "none"})`,
  );
  const status = await home.cli(["status", "--json"]);
  console.log(`audit rows written during the run: ${JSON.parse(status.stdout).audit.written}`);
} finally {
  await served.stop();
  await home.cleanup();
  httpEverything.stop();
}
