// node benchmark/scan-ab.mjs <before-checkout> <after-checkout> [rounds] — scan speed of two builds, compared
// where a loaded machine still tells them apart: both builds' scanners (each checkout's packages/core/dist,
// built) in one process, scanning the same four 1 MB payloads of bench:detection in turn, and the CPU time
// (process.cpuUsage, not the clock) of each scan; the best of `rounds` (default 15) per build and payload.
// SCAN_AB_ORDER=after-first runs the second build first in each round (run both orders: the first to run
// can pay for the machine's state). The first checkout's payloads are used for both.
import { resolve } from "node:path";

const [before, after, roundsArg] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: node benchmark/scan-ab.mjs <before-checkout> <after-checkout> [rounds]");
  process.exit(2);
}
const rounds = Number(roundsArg ?? 15);
const { payloads } = await import(resolve(before, "benchmark/detection-corpus.mjs"));

async function scannerOf(checkout) {
  const { builtInDetectors, Scanner } = await import(resolve(checkout, "packages/core/dist/index.js"));
  return new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
}
const builds = { before: await scannerOf(before), after: await scannerOf(after) };
const order = process.env.SCAN_AB_ORDER === "after-first" ? ["after", "before"] : ["before", "after"];

console.log(`CPU time per 1 MB scan, best of ${rounds}; ${order[0]} build first in each round\n`);
for (const [label, text] of Object.entries(payloads())) {
  const value = { content: [{ type: "text", text }] };
  const best = { before: Infinity, after: Infinity };
  for (let round = 0; round < rounds; round++)
    for (const build of order) {
      const start = process.cpuUsage();
      builds[build].scan(value, "result");
      const spent = process.cpuUsage(start);
      best[build] = Math.min(best[build], (spent.user + spent.system) / 1000);
    }
  const mbps = (ms) => (text.length / (1 << 20) / (ms / 1000)).toFixed(1);
  console.log(
    `  ${label.padEnd(38)} ${mbps(best.before)} -> ${mbps(best.after)} MB/s` +
      `  (${best.before.toFixed(1)} -> ${best.after.toFixed(1)} ms)`,
  );
}
