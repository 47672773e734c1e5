// node benchmark/audit-cpu.mjs — what the audit costs per proxied call, alone in one process: the audit
// writer driven as sessions drive it (two rows per call, a request's and its answer's, each with an
// eight-step trace, and a message waiting on each; 16 calls per event-loop turn), through the real journal
// file and SQLite batches. Prints CPU time (user + system, this process: collections included), bytes
// allocated and bytes promoted per call. Without the daemon's pipes, servers and other processes in the
// measurement it moves far less with the load on the machine than bench:daemon-cpu does, so small changes
// to the audit path show. Run after `pnpm build`, with the daemon's V8 flags for like figures:
// node --optimize-for-size benchmark/audit-cpu.mjs
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GCProfiler, getHeapStatistics } from "node:v8";
import { INTERCEPTOR_ORDER } from "../packages/core/dist/index.js";
import { AuditJournal } from "../packages/daemon/dist/audit-journal.js";
import { AuditWriter } from "../packages/daemon/dist/audit-writer.js";
import { DurableBatchRepository, openDatabase } from "../packages/store/dist/index.js";

const CALLS = Number(process.env.BENCH_AUDIT_CALLS ?? 40_000);
const ROUNDS = Number(process.env.BENCH_AUDIT_ROUNDS ?? 3);
const PER_TURN = 16;
const STEPS = INTERCEPTOR_ORDER;

const dir = mkdtempSync(join(tmpdir(), "mcpg-audit-cpu-"));
const db = openDatabase(join(dir, "audit.db"));
const quiet = { error() {}, warn() {}, info() {} };
const writer = new AuditWriter(
  new DurableBatchRepository(db),
  new AuditJournal(join(dir, "audit.journal")),
  quiet,
);

const row = (i, direction) => ({
  ts: Date.now(),
  session_id: "3f9a1c2b7d4e5f60a1b2c3d4",
  server: "bench",
  direction,
  kind: direction === "to_server" ? "request" : "response",
  method: "tools/call",
  target: "echo",
  rpc_id: String(i),
  identity: "os:bench",
  decision: "allow",
  reason: null,
  trace: STEPS.map((interceptor) => ({
    interceptor,
    action: "pass",
    ms: Math.round(Math.random() * 30) / 1000,
  })),
  latency_ms: Math.round(Math.random() * 300) / 1000,
  bytes: 120,
});
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const forwarded = () => {};

async function load(calls) {
  for (let i = 0; i < calls; i += PER_TURN) {
    for (const direction of ["to_server", "to_client"]) {
      for (let k = 0; k < PER_TURN; k++) {
        writer.record(row(i + k, direction));
        writer.afterDurable(forwarded, forwarded);
      }
      await nextTurn();
    }
    // Let the batch timer fire now and then, as it does between reads.
    if (i % 1024 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const oldSpace = (s) =>
  s.heapSpaceStatistics.find((space) => space.spaceName === "old_space")?.spaceUsedSize ?? 0;
await load(CALLS / 2); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  const profiler = new GCProfiler();
  profiler.start();
  const used = getHeapStatistics().used_heap_size;
  const cpu = process.cpuUsage();
  await load(CALLS);
  const spent = process.cpuUsage(cpu);
  let freed = 0;
  let promoted = 0;
  for (const gc of profiler.stop().statistics) {
    freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    if (gc.gcType === "Scavenge") promoted += oldSpace(gc.afterGC) - oldSpace(gc.beforeGC);
  }
  const allocated = getHeapStatistics().used_heap_size - used + freed;
  console.log(
    `round ${round + 1}: ${((spent.user + spent.system) / CALLS).toFixed(1)} µs CPU per call, ${(allocated / CALLS / 1024).toFixed(2)} KB allocated, ${Math.round(promoted / CALLS)} B promoted`,
  );
}
writer.flush();
db.close();
rmSync(dir, { recursive: true, force: true });
