// node benchmark/scan-views.mjs — what a page with whole-length views costs against prose of its length. A man
// page as `man -P cat` prints it (options spelled with U+2010, curly quotes, URLs with %20) has a look-alike
// view and an escape view of its whole length, and both composed; prose has none. Round 45 took such a page
// from forty times prose to about fourteen. CPU time, best of `RUNS`, each text 240,000 characters; the test
// (man-page-speed.test.ts) counts the characters read, which a shared machine cannot disturb.
import { builtInDetectors, Scanner } from "../packages/core/dist/index.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const RUNS = 15;
const LENGTH = 240_000;
const WORDS =
  "the of transfer server option request header file data will with when this that which output".split(" ");

function prose(length) {
  let text = "";
  for (let i = 0; text.length < length; i++)
    text += WORDS[(i * 7 + (i >> 3)) % WORDS.length] + (i % 13 === 12 ? ".\n" : " ");
  return text;
}

function manPage(length) {
  let text = "";
  for (let i = 0; text.length < length; i++) {
    text += `       \u2010\u2010opt\u2010name${i}, \u2010o${i % 10} <value>\n`;
    text += `              Use \u201cvalue\u201d for the transfer ${i}; see --max-time${i} and --retry.\n`;
    text += `              Example:\n               curl -u user${i}:passw0rd${i} https://example.com/a%20b/${i}\n\n`;
  }
  return text;
}

function bestCpuMs(text) {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const started = process.cpuUsage();
    scanner.scan(text, "result");
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const shapes = [
  ["prose", prose(LENGTH)],
  ["man page", manPage(LENGTH)],
  ["prose with one curly quote", `\u201cquoted\u201d ${prose(LENGTH)}`],
];
const times = shapes.map(([name, text]) => [name, text, bestCpuMs(text)]);
const proseMs = times[0][2];
for (const [name, text, ms] of times)
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  ${(text.length / 1e6 / (ms / 1000)).toFixed(2).padStart(6)} MB/s  ${(ms / proseMs).toFixed(1).padStart(5)}x prose`,
  );
