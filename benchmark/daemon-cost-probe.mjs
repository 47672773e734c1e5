// Loaded into the daemon by pnpm bench:daemon-cpu (node --import): on SIGUSR2 it writes the daemon's CPU
// time and the bytes V8 has allocated so far to the file named by MCP_GUARD_BENCH_PROBE. Allocation is
// counted with V8's GC profiler: what the heap holds now, plus everything each collection freed.
import { renameSync, writeFileSync } from "node:fs";
import { GCProfiler, getHeapStatistics } from "node:v8";

const out = process.env.MCP_GUARD_BENCH_PROBE;
if (out) {
  let profiler = new GCProfiler();
  profiler.start();
  let freed = 0;
  const startUsed = getHeapStatistics().used_heap_size;
  process.on("SIGUSR2", () => {
    // The profiler returns its collections only when stopped: restart it so each report stays small.
    for (const gc of profiler.stop()?.statistics ?? [])
      freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    profiler = new GCProfiler();
    profiler.start();
    const { user, system } = process.cpuUsage();
    const allocated = getHeapStatistics().used_heap_size - startUsed + freed;
    // Written aside and renamed, so the benchmark never reads half a file.
    writeFileSync(`${out}.tmp`, JSON.stringify({ cpuUs: user + system, allocated }));
    renameSync(`${out}.tmp`, out);
  });
}
