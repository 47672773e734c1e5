// node benchmark/scan-differential.mjs <checkout> <out-file> — a scan-speed change must not change what is
// found. Scans a fixed set of texts with the built scanner of <checkout> (its packages/core/dist) and writes
// one line per text: its spans (start, end, type) and the findings (type, path) of scanning it as a tool
// result, and as parsed JSON where it is JSON. Run it for two checkouts and compare the files (`cmp`); the
// first differing line names the text (`--show N` prints text N).
//
// The texts: every file of the public corpora fetched into benchmark/.corpora (whole up to 256 KB, then each
// of its distinct lines), the generated corpus's positives and negatives, the four 1 MB payloads cut into
// pieces, and seeded random strings over alphabets dense in what the detectors read (digits and joiners,
// keyword fragments, base64, escapes, separators, non-ASCII look-alikes).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { negatives, payloads, positives } from "./detection-corpus.mjs";
import { CORPUS_DIR } from "./public/corpora.mjs";

const [checkout, outFile, flag, which] = process.argv.slice(2);
if (!checkout || !outFile) {
  console.error("usage: node benchmark/scan-differential.mjs <checkout> <out-file> [--show N]");
  process.exit(2);
}
const { builtInDetectors, Scanner } = await import(resolve(checkout, "packages/core/dist/index.js"));

const MAX_WHOLE = 256 * 1024;
const MAX_LINE = 64 * 1024;

function* files(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* files(path);
    else if (e.isFile()) yield path;
  }
}

function corpusTexts() {
  const texts = [];
  const seen = new Set();
  const add = (t) => {
    if (t.length === 0 || seen.has(t)) return;
    seen.add(t);
    texts.push(t);
  };
  for (const path of files(CORPUS_DIR)) {
    if (statSync(path).size > 64 * 1024 * 1024) continue;
    let buffer = readFileSync(path);
    if (path.endsWith(".gz")) buffer = gunzipSync(buffer);
    // Binary files (a NUL in the first kilobyte) are left out.
    if (buffer.subarray(0, 1024).includes(0)) continue;
    const text = buffer.toString("utf8");
    if (text.length <= MAX_WHOLE) add(text);
    for (const line of text.split("\n")) if (line.length <= MAX_LINE) add(line);
  }
  return texts;
}

let seed = 16_2026;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const ALPHABETS = [
  "0123456789 -./()+\n\t",
  "0123456789abcdef-",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",
  "passwordtokenkeysecretapi_-=:\"' \n",
  "ghp_sk-xoxbAKIAglpat_ 0123456789abcdefXYZ\n-",
  "%\\uxX0123456789ABCDEFabcdef&#;",
  "eyJhbGciOi.0123456789_-",
  "@.abcdefghij (at) dot [dot] 0123",
  "zero one two three four five six seven eight nine oh ,-",
  "\u00a0\u2013\u200b\uff10\uff11\u0661\u2212 0123456789abc",
  "IBAN DE89 3704 0044 0532 0130 00 GB FR 12 ",
];
function randomTexts(count) {
  const texts = [];
  for (let i = 0; i < count; i++) {
    const alphabet = ALPHABETS[i % ALPHABETS.length];
    const length = 1 + Math.floor(random() ** 3 * 4000);
    let t = "";
    for (let j = 0; j < length; j++) t += alphabet[Math.floor(random() * alphabet.length)];
    texts.push(t);
  }
  return texts;
}

function payloadPieces() {
  const pieces = [];
  for (const text of Object.values(payloads())) {
    for (let at = 0; at < text.length;) {
      const length = 1 + Math.floor(random() ** 2 * 20_000);
      pieces.push(text.slice(at, at + length));
      at += length;
    }
  }
  return pieces;
}

const texts = [
  ...corpusTexts(),
  ...positives().map((p) => p.text ?? String(p.value ?? JSON.stringify(p))),
  ...negatives().map((n) => n.text),
  ...payloadPieces(),
  ...randomTexts(30_000),
];

if (flag === "--show") {
  console.log(JSON.stringify(texts[Number(which)]));
  process.exit(0);
}

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const lines = [];
const c0 = process.cpuUsage();
for (const [i, text] of texts.entries()) {
  const spans = scanner.spans(text).map((s) => `${s.start}-${s.end}:${s.type}`);
  const found = scanner.scan({ content: [{ type: "text", text }] }, "result").findings;
  let parsed = "";
  const first = text.trimStart()[0];
  if (first === "{" || first === "[") {
    try {
      parsed = scanner
        .scan(JSON.parse(text), "json")
        .findings.map((f) => `${f.type}@${f.path}`)
        .join(",");
    } catch {
      parsed = "not json";
    }
  }
  const record = `${spans.join(",")}|${found.map((f) => `${f.type}@${f.path}`).join(",")}|${parsed}`;
  lines.push(`${i} ${createHash("sha1").update(text).digest("hex").slice(0, 12)} ${record}`);
}
const c = process.cpuUsage(c0);
writeFileSync(outFile, `${lines.join("\n")}\n`);
const flagged = lines.filter((l) => !l.endsWith(" ||")).length;
console.log(
  `${texts.length} texts, ${flagged} with a finding, scan CPU ${((c.user + c.system) / 1e6).toFixed(1)} s -> ${outFile}`,
);
