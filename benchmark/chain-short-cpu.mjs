// node benchmark/chain-short-cpu.mjs — the CPU the two costliest checks spend on bench:daemon-cpu's messages,
// alone in one process (where CPU time repeats within a few per cent, unlike the whole daemon's on a loaded
// machine): detection (Scanner.scan of an echo call's params and its result, the default detectors) and the
// result review (scoreResultInjection of the echo text, with its call). Run after `pnpm build`; with the
// daemon's V8 flags for like figures: node --optimize-for-size --regexp-tier-up-ticks=1000 benchmark/...
import { scoreResultInjection } from "../packages/core/dist/integrity/result-injection.js";
import { defaultPiiConfig } from "../packages/config/dist/pii-defaults.js";
import { detectionFromConfig } from "../packages/daemon/dist/detection.js";

const TEXTS = 1000;
const REPEATS = 20;
const ROUNDS = 5;
const { scanner } = detectionFromConfig({ ...defaultPiiConfig(), enabled: true });
const calls = Array.from({ length: TEXTS }, (_, i) => ({
  name: "echo",
  arguments: { message: `bench ${i}` },
}));
const results = calls.map((c) => ({ content: [{ type: "text", text: `Echo: ${c.arguments.message}` }] }));

/** Median CPU µs per item of `work(i)` over ROUNDS rounds (after one warm-up round). */
function cpuPerItem(work) {
  const rounds = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const start = process.cpuUsage();
    for (let r = 0; r < REPEATS; r++) for (let i = 0; i < TEXTS; i++) work(i);
    const used = process.cpuUsage(start);
    if (round > 0) rounds.push((used.user + used.system) / (REPEATS * TEXTS));
  }
  return rounds.sort((a, b) => a - b)[Math.floor(rounds.length / 2)].toFixed(2);
}

const never = () => false;
console.log(
  `detection, an echo call's params and its result: ${cpuPerItem((i) => {
    scanner.scan(calls[i], "params", never);
    scanner.scan(results[i], "result", never);
  })} µs CPU`,
);
console.log(
  `result review of the echo text, with its call: ${cpuPerItem((i) =>
    scoreResultInjection(results[i].content[0].text, calls[i]),
  )} µs CPU`,
);
