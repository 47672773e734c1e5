// Loaded into the daemon by pnpm bench:daemon-cpu (node --import): on SIGUSR2 it writes the daemon's CPU
// time, the bytes V8 has allocated so far, the time its collections took and its read and write system calls to the file named by MCP_GUARD_BENCH_PROBE. Allocation is
// counted with V8's GC profiler: what the heap holds now, plus everything each collection freed.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { GCProfiler, getHeapStatistics } from "node:v8";

const out = process.env.MCP_GUARD_BENCH_PROBE;
if (out) {
  let profiler = new GCProfiler();
  profiler.start();
  let freed = 0;
  let gcUs = 0;
  /** Collections of the old generation (mark-compact), which the garbage that lives long enough costs. */
  let major = 0;
  /** Bytes young collections moved into the old generation: what lived long enough to cost more. */
  let promoted = 0;
  const startUsed = getHeapStatistics().used_heap_size;
  process.on("SIGUSR2", () => {
    // The profiler returns its collections only when stopped: restart it so each report stays small.
    for (const gc of profiler.stop()?.statistics ?? []) {
      freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
      gcUs += gc.cost;
      if (gc.gcType === "MarkSweepCompact") major++;
      if (gc.gcType === "Scavenge") promoted += oldSpaceUsed(gc.afterGC) - oldSpaceUsed(gc.beforeGC);
    }
    profiler = new GCProfiler();
    profiler.start();
    const { user, system } = process.cpuUsage();
    const allocated = getHeapStatistics().used_heap_size - startUsed + freed;
    // Written aside and renamed, so the benchmark never reads half a file.
    const { reads, writes } = syscalls();
    writeFileSync(
      `${out}.tmp`,
      JSON.stringify({
        cpuUs: user + system,
        systemUs: system,
        allocated,
        gcUs,
        major,
        promoted,
        reads,
        writes,
      }),
    );
    renameSync(`${out}.tmp`, out);
  });
}

/** The read and write system calls the daemon has made so far (Linux; NaN elsewhere). */
function syscalls() {
  try {
    const io = readFileSync("/proc/self/io", "utf8");
    const count = (name) => Number(new RegExp(`^${name}: (\\d+)$`, "m").exec(io)?.[1] ?? NaN);
    return { reads: count("syscr"), writes: count("syscw") };
  } catch {
    return { reads: NaN, writes: NaN };
  }
}

function oldSpaceUsed(sample) {
  return sample.heapSpaceStatistics.find((s) => s.spaceName === "old_space")?.spaceUsedSize ?? 0;
}
