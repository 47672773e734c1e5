// Loaded into a benchmarked daemon with --import (benchmark/memory-breakdown.mjs only, never in a real
// daemon): on SIGUSR2 it writes where the daemon's memory is (V8 spaces, process.memoryUsage, the kernel's
// file-backed vs anonymous split) to the file named by MCP_GUARD_MEMORY_PROBE, optionally after a full
// collection, and a heap snapshot beside it when MCP_GUARD_MEMORY_PROBE_SNAPSHOT is set.
import { readFileSync, writeFileSync } from "node:fs";
import v8 from "node:v8";

const out = process.env.MCP_GUARD_MEMORY_PROBE;
let count = 0;
if (out) {
  process.on("SIGUSR2", () => {
    const rollup = Object.fromEntries(
      readFileSync("/proc/self/smaps_rollup", "utf8")
        .split("\n")
        .map((l) => /^(\w+):\s+(\d+) kB/.exec(l))
        .filter(Boolean)
        .map((m) => [m[1], Number(m[2]) / 1024]),
    );
    const before = process.memoryUsage();
    if (process.env.MCP_GUARD_MEMORY_PROBE_GC && globalThis.gc) globalThis.gc();
    const spaces = Object.fromEntries(
      v8
        .getHeapSpaceStatistics()
        .map((s) => [s.space_name, { size: s.space_size / 2 ** 20, used: s.space_used_size / 2 ** 20 }]),
    );
    const after = process.memoryUsage();
    const n = count++;
    if (process.env.MCP_GUARD_MEMORY_PROBE_SNAPSHOT) v8.writeHeapSnapshot(`${out}.${n}.heapsnapshot`);
    writeFileSync(
      `${out}.${n}.json`,
      JSON.stringify({ before, after, spaces, rollup, heap: v8.getHeapStatistics() }),
    );
  });
}
