// node benchmark/phone-lines-ab.mjs <checkout> [<checkout> …] — the scan's CPU time per megabyte on lines of
// phone-like digits, the input where the phone detector's library parse dominates (round 18): the same line
// repeated, and lines of distinct seeded digits in the same shapes. Each checkout's built scanner
// (packages/core/dist) in one process, in turn on each input, best of 3 (CPU time, not the clock).
import { resolve } from "node:path";

const checkouts = process.argv.slice(2);
if (checkouts.length === 0) {
  console.error("usage: node benchmark/phone-lines-ab.mjs <checkout> [<checkout> …]");
  process.exit(2);
}
const scanners = [];
for (const checkout of checkouts) {
  const { builtInDetectors, Scanner } = await import(resolve(checkout, "packages/core/dist/index.js"));
  scanners.push(new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) }));
}

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const digits = (n) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join("");
const SIZE = 256 * 1024;
const lines = (line) => {
  let text = "";
  while (text.length < SIZE) text += line();
  return text.slice(0, SIZE);
};
const INPUTS = {
  "4111 1111\\n": lines(() => "4111 1111\n"),
  "411 111 1111\\n": lines(() => "411 111 1111\n"),
  "0111 1111\\n": lines(() => "0111 1111\n"),
  "041 111 1111\\n": lines(() => "041 111 1111\n"),
  "distinct dddd dddd\\n (first 2-9)": lines(
    () => `${2 + Math.floor(random() * 8)}${digits(3)} ${digits(4)}\n`,
  ),
  "distinct 0ddd dddd\\n": lines(() => `0${digits(3)} ${digits(4)}\n`),
  "distinct ddd ddd dddd\\n": lines(() => `${digits(3)} ${digits(3)} ${digits(4)}\n`),
  "distinct 0dd ddd dddd\\n": lines(() => `0${digits(2)} ${digits(3)} ${digits(4)}\n`),
};

console.log(`CPU ms per MB, best of 3: ${checkouts.join("  ->  ")}\n`);
for (const [label, text] of Object.entries(INPUTS)) {
  const best = scanners.map(() => Infinity);
  for (let round = 0; round < 3; round++)
    scanners.forEach((scanner, i) => {
      const start = process.cpuUsage();
      scanner.scan(text, "result");
      const spent = process.cpuUsage(start);
      best[i] = Math.min(best[i], (spent.user + spent.system) / 1000);
    });
  const perMb = best.map((ms) => `${((ms * (1 << 20)) / SIZE).toFixed(0)}`.padStart(6));
  console.log(`  ${label.padEnd(36)} ${perMb.join("  ->  ")}`);
}
