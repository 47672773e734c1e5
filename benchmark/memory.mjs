// pnpm bench:memory — the daemon's resident memory under sustained load, against the budget of ≤ 80 MB with
// 10 open sessions and no growth over 100,000 calls. One daemon (with the V8 flags every started daemon
// gets) guards server-everything over stdio with the same policy as pnpm bench:latency; a real SDK client
// calls `echo` with 16 calls in flight: first 100,000 calls in one session, then 100 sessions one after
// another with 1,000 calls each. RSS is read from /proc after each step; "peak" is the highest RSS sampled
// every 100 ms during that step.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { guardedTransport } from "../packages/e2e/dist/index.js";
import { DAEMON_NODE_FLAGS } from "../packages/cli/dist/daemon-process.js";
import { benchHome, daemonRssMb, startDaemon } from "./daemon-bench.mjs";

const CALLS = Number(process.env.BENCH_MEMORY_CALLS ?? 100_000);
const SESSIONS = Number(process.env.BENCH_MEMORY_SESSIONS ?? 100);
const STEPS = 5;
const IN_FLIGHT = 16;

const home = benchHome();

const daemon = await startDaemon(DAEMON_NODE_FLAGS, home.env);

const rss = () => daemonRssMb(daemon.pid);
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, rss())), 100);
const rows = [];
function report(step) {
  const now = rss();
  rows.push({ step, rss: now, peak: Math.max(peak, now) });
  console.log(
    `${step.padEnd(44)} ${now.toFixed(1).padStart(6)} MB   peak ${Math.max(peak, now).toFixed(1)} MB`,
  );
  peak = 0;
}

const call = (client, i) => client.callTool({ name: "echo", arguments: { message: `bench ${i}` } });
async function open() {
  const client = new Client({ name: "bench-memory", version: "1" });
  await client.connect(guardedTransport(home, "bench"));
  await call(client, 0);
  return client;
}
async function load(client, calls) {
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < calls) await call(client, next++);
    }),
  );
}

try {
  await new Promise((r) => setTimeout(r, 1000));
  report("fresh, idle");
  const ten = [];
  for (let i = 0; i < 10; i++) ten.push(await open());
  report("10 sessions open");

  const [first] = ten;
  for (let step = 1; step <= STEPS; step++) {
    await load(first, CALLS / STEPS);
    report(`one session: ${(step * CALLS) / STEPS} calls (10 open)`);
  }
  await Promise.all(ten.map((c) => c.close()));

  for (let step = 1; step <= STEPS; step++) {
    for (let i = 0; i < SESSIONS / STEPS; i++) {
      const client = await open();
      await load(client, CALLS / SESSIONS);
      await client.close();
    }
    report(`${(step * SESSIONS) / STEPS} sessions in turn, ${(step * CALLS) / STEPS} calls`);
  }

  const many = [];
  for (let i = 0; i < 100; i++) many.push(await open());
  report("100 sessions open");
  await Promise.all(many.map((c) => c.close()));
  const again = [];
  for (let i = 0; i < 10; i++) again.push(await open());
  report(`10 sessions open, after ${2 * CALLS} calls`);
  await Promise.all(again.map((c) => c.close()));

  const one = rows.find((r) => r.step === `one session: ${CALLS / STEPS} calls (10 open)`);
  const last = rows.find((r) => r.step === `one session: ${CALLS} calls (10 open)`);
  const tenOpen = rows.find((r) => r.step === "10 sessions open");
  console.log(
    `\n10 open sessions: ${tenOpen.rss.toFixed(1)} MB (budget ≤ 80 MB: ${tenOpen.rss <= 80 ? "met" : "NOT met"}); ` +
      `one session from ${CALLS / STEPS} to ${CALLS} calls: ${(last.rss - one.rss).toFixed(1)} MB ` +
      `(highest ${Math.max(...rows.map((r) => r.peak)).toFixed(1)} MB over the whole run)`,
  );
} finally {
  clearInterval(sampler);
  daemon.kill("SIGTERM");
  await new Promise((r) => daemon.once("exit", r));
  await home.cleanup();
}
