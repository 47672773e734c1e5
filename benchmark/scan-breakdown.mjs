// pnpm bench:scan-breakdown — where the scan of each 1 MB payload of bench:detection spends its CPU time:
// each detector as the scanner calls it, and the rest (decoded views, merging spans, walking the value). The
// card detector is the first to ask for the shared digit chains, so their cost is counted in its share. Best
// of 7 per payload; the detectors are timed inside the same scans, so the shares add up to the whole.
import { builtInDetectors, Scanner } from "../packages/core/dist/index.js";
import { payloads } from "./detection-corpus.mjs";

const detectors = builtInDetectors();
// The keyword-prefiltered rule table is the detector of many secret types (named by its first one).
const ruleTable = detectors.reduce((most, d) =>
  (d.types?.length ?? 0) > (most?.types?.length ?? 0) ? d : most,
);
const spent = new Map();
for (const detector of detectors) {
  const find = detector.find.bind(detector);
  detector.find = (...args) => {
    const c0 = process.cpuUsage();
    const spans = find(...args);
    const c = process.cpuUsage(c0);
    spent.set(detector.type, (spent.get(detector.type) ?? 0) + (c.user + c.system) / 1000);
    return spans;
  };
}
const scanner = new Scanner(detectors, { threshold: 0.8, disabled: new Set(["ip_address"]) });

console.log(
  "CPU ms per 1 MB payload (best of 7); 'secrets' is the keyword-prefiltered rule table, 'credit_card' includes the digit chains\n",
);
for (const [label, text] of Object.entries(payloads())) {
  const value = { content: [{ type: "text", text }] };
  let best;
  for (let i = 0; i < 7; i++) {
    spent.clear();
    const c0 = process.cpuUsage();
    scanner.scan(value, "result");
    const c = process.cpuUsage(c0);
    const total = (c.user + c.system) / 1000;
    if (best === undefined || total < best.total) best = { total, parts: new Map(spent) };
  }
  const named = [...best.parts]
    .map(([type, ms]) => [type === ruleTable?.type ? "secrets" : type, ms])
    .filter(([, ms]) => ms >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  const inDetectors = [...best.parts.values()].reduce((a, b) => a + b, 0);
  const mbps = text.length / (1 << 20) / (best.total / 1000);
  console.log(`  ${label} — ${best.total.toFixed(1)} ms, ${mbps.toFixed(0)} MB/s`);
  console.log(
    `    ${named.map(([type, ms]) => `${type} ${ms.toFixed(1)}`).join(", ")}; views and the rest ${(best.total - inDetectors).toFixed(1)}`,
  );
}
