// node benchmark/latency-stages.mjs — where the time of one guarded call goes, one call in flight: the
// median of each stage inside the daemon (stamped by latency-stages-probe.mjs, which wraps the daemon's
// prototypes, so the daemon carries no instrumentation), beside the p50 of the same calls seen by the client
// and of direct calls to the same server, alternated in the same minutes. Run after `pnpm build`.
// BENCH_STAGES_CALLS sets the calls per round (2,000), BENCH_STAGES_ROUNDS the rounds (3).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { directTransport, EVERYTHING, guardedTransport } from "../packages/e2e/dist/index.js";
import { DAEMON_NODE_FLAGS } from "../packages/cli/dist/daemon-process.js";
import { benchHome, echoCall, startDaemon } from "./daemon-bench.mjs";

const CALLS = Number(process.env.BENCH_STAGES_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_STAGES_ROUNDS ?? 3);
const home = benchHome();
const out = join(home.dir, "stages.json");
const probe = fileURLToPath(new URL("./latency-stages-probe.mjs", import.meta.url));
const daemon = await startDaemon([...DAEMON_NODE_FLAGS, "--import", probe], {
  ...home.env,
  MCP_GUARD_STAGES_OUT: out,
});

/** p50 in µs of `calls` sequential echo calls. */
async function p50(client) {
  const times = [];
  for (let i = 0; i < CALLS; i++) {
    const t0 = process.hrtime.bigint();
    await echoCall(client, i);
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

/** The probe's medians since the last report. */
async function stages() {
  const before = readSafe();
  daemon.kill("SIGUSR2");
  for (;;) {
    await new Promise((r) => setTimeout(r, 20));
    const now = readSafe();
    if (now !== undefined && now !== before) return JSON.parse(now);
  }
}
function readSafe() {
  try {
    return readFileSync(out, "utf8");
  } catch {
    return undefined;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
try {
  const guarded = new Client({ name: "bench-stages", version: "1" });
  await guarded.connect(guardedTransport(home, "bench"));
  const direct = new Client({ name: "bench-stages-direct", version: "1" });
  await direct.connect(directTransport(EVERYTHING, ["stdio"]));
  await p50(guarded);
  await p50(direct);
  await stages(); // the warm-up's stamps are dropped
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const direct50 = await p50(direct);
    const guard50 = await p50(guarded);
    rounds.push({ direct50, guard50, stages: await stages() });
    console.log(
      `round ${round + 1}: direct p50 ${direct50.toFixed(0)} µs, guard p50 ${guard50.toFixed(0)} µs, added ${(guard50 - direct50).toFixed(0)} µs`,
    );
  }
  await guarded.close();
  await direct.close();
  console.log(`\nmedian over ${ROUNDS} rounds of ${CALLS} sequential calls, µs (stages inside the daemon):`);
  const keys = Object.keys(rounds[0].stages);
  let inside = 0;
  for (const key of keys) {
    const us = median(rounds.map((r) => r.stages[key]?.median ?? NaN));
    if (!key.startsWith("server")) inside += us;
    console.log(`  ${key.padEnd(58)} ${us.toFixed(1).padStart(7)}`);
  }
  const direct50 = median(rounds.map((r) => r.direct50));
  const guard50 = median(rounds.map((r) => r.guard50));
  console.log(`  ${"sum of the daemon's stages".padEnd(58)} ${inside.toFixed(1).padStart(7)}`);
  console.log(
    `client p50: direct ${direct50.toFixed(0)} µs, guard ${guard50.toFixed(0)} µs, added ${(guard50 - direct50).toFixed(0)} µs; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
  );
} finally {
  const exited = new Promise((r) => daemon.once("exit", r));
  daemon.kill("SIGTERM");
  await exited;
  await home.cleanup();
}
