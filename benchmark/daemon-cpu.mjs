// pnpm bench:daemon-cpu — what the daemon itself spends per proxied call: CPU time (user + system, the
// daemon process only) and bytes allocated on V8's heap, over a fixed number of `echo` calls to
// server-everything through the descriptor-passing path, 16 in flight, with the policy of pnpm
// bench:latency. CPU time per call depends far less on other work on the machine than wall-clock latency
// does, so it is the figure to compare before and after a change. Several rounds, after a warm-up; the
// median is the figure. BENCH_CPU_PROF=<dir> also writes a V8 CPU profile of the daemon there;
// BENCH_DAEMON_FLAGS="<node flags>" replaces the V8 flags a started daemon gets (to weigh them);
// BENCH_IN_FLIGHT sets the calls in flight (16). Beside CPU and allocation it prints the bytes young
// collections promoted to the old generation (what lives long enough to cost more), full collections, the
// read and write system calls (reads and writes of pipes, sockets and files alike), and the time the
// collections took; that last one is their pause time as V8 reports it, which includes time
// the daemon spent descheduled: on a loaded machine it varies several-fold and says little.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { guardedTransport } from "../packages/e2e/dist/index.js";
import { DAEMON_NODE_FLAGS } from "../packages/cli/dist/daemon-process.js";
import { benchHome, echoLoad, startDaemon } from "./daemon-bench.mjs";

const CALLS = Number(process.env.BENCH_CPU_CALLS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 5);
const WARMUP = Number(process.env.BENCH_CPU_WARMUP ?? 5_000);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 16);
const FLAGS = process.env.BENCH_DAEMON_FLAGS?.split(" ").filter(Boolean) ?? DAEMON_NODE_FLAGS;

const home = benchHome();
const probeOut = join(home.dir, "probe.json");
const probe = fileURLToPath(new URL("./daemon-cost-probe.mjs", import.meta.url));
const profile = process.env.BENCH_CPU_PROF
  ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
  : [];
const daemon = await startDaemon([...FLAGS, ...profile, "--import", probe], {
  ...home.env,
  MCP_GUARD_BENCH_PROBE: probeOut,
});

/** The daemon's CPU time and allocation so far. */
async function sample() {
  const before = readSafe();
  daemon.kill("SIGUSR2");
  for (;;) {
    await new Promise((r) => setTimeout(r, 20));
    const now = readSafe();
    if (now !== before && now !== undefined) return JSON.parse(now);
  }
}
function readSafe() {
  try {
    return readFileSync(probeOut, "utf8");
  } catch {
    return undefined;
  }
}

const load = (client, calls) => echoLoad(client, calls, IN_FLIGHT);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  const client = new Client({ name: "bench-cpu", version: "1" });
  await client.connect(guardedTransport(home, "bench"));
  await load(client, WARMUP);
  const cpu = [];
  const system = [];
  const alloc = [];
  const gc = [];
  const major = [];
  const promoted = [];
  const syscalls = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = await sample();
    const t0 = process.hrtime.bigint();
    await load(client, CALLS);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const end = await sample();
    cpu.push((end.cpuUs - start.cpuUs) / CALLS);
    system.push((end.systemUs - start.systemUs) / CALLS);
    alloc.push((end.allocated - start.allocated) / CALLS / 1024);
    gc.push((end.gcUs - start.gcUs) / CALLS);
    major.push(((end.major - start.major) * 10_000) / CALLS);
    promoted.push((end.promoted - start.promoted) / CALLS);
    syscalls.push([(end.reads - start.reads) / CALLS, (end.writes - start.writes) / CALLS]);
    console.log(
      `round ${round + 1}: ${cpu.at(-1).toFixed(1)} µs CPU per call (${system.at(-1).toFixed(1)} in the kernel), ${alloc.at(-1).toFixed(1)} KB allocated per call (${Math.round(promoted.at(-1))} B promoted), ${gc.at(-1).toFixed(1)} µs of it collecting, ${major.at(-1).toFixed(1)} full collections per 10,000 calls, ${syscalls.at(-1)[0].toFixed(2)} read and ${syscalls.at(-1)[1].toFixed(2)} write system calls per call, ${Math.round(CALLS / seconds)} calls/s`,
    );
  }
  await client.close();
  console.log(
    `\ndaemon, ${ROUNDS} rounds of ${CALLS} calls (${IN_FLIGHT} in flight, daemon flags ${FLAGS.join(" ") || "none"}): median ${median(cpu).toFixed(1)} µs CPU per call (min ${Math.min(...cpu).toFixed(1)}; ${median(system).toFixed(1)} in the kernel), ${median(alloc).toFixed(1)} KB allocated per call (${Math.round(median(promoted))} B promoted), ${median(gc).toFixed(1)} µs per call collecting, ${median(major).toFixed(1)} full collections per 10,000 calls, ${median(syscalls.map((s) => s[0])).toFixed(2)} read and ${median(syscalls.map((s) => s[1])).toFixed(2)} write system calls per call; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
  );
} finally {
  const exited = new Promise((r) => daemon.once("exit", r));
  daemon.kill("SIGTERM");
  await exited;
  await home.cleanup();
}
