// Experiment: does a linear model over hashed word n-grams add recall on held-out result corpora at ≤ 2 % of
// clean results touched, beside the signals? Trained on some corpora (BIPIA's train split, TaskTracker's
// train triggers; clean: BIPIA's train contexts, half of the dependency markdown by digest), evaluated on the
// others, which it never saw. A document is scored by its worst window of words (linear in its length).
// Run: pnpm build && L2=1e-4 node benchmark/public/result-model-experiment.mjs (L2 1e-3 and 1e-6 were tried too).
// Outcome (README, "Integrity benchmark"): not shipped; it adds recall only where its training data came from.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { scoreResultInjection, findHidden } from "../../packages/core/dist/index.js";
import { agentdojoCorpus } from "./agentdojo.mjs";
import { bipiaAttacks, bipiaContexts, plant } from "./bipia.mjs";
import { MCP_TOOLS_DIR } from "./collect-mcp-tools.mjs";
import { corpusPath } from "./corpora.mjs";
import { garakLatentInjections } from "./garak-latent.mjs";
import { embedWithSpaces, llmailAttacks, taskTrackerInjections, waspAttacks } from "./held-out-results.mjs";

const BITS = Number(process.env.BITS ?? 18);
const DIM = 1 << BITS;
const WINDOW = 32; // words
const STRIDE = 16;

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (DIM - 1);
}
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}']+|[<>[\]{}|#:]/gu) ?? [];
/** Feature indices of each word position: the word and the pair ending at it. */
function positionFeatures(ws) {
  return ws.map((w, i) => (i ? [hash(w), hash(`${ws[i - 1]} ${w}`)] : [hash(w)]));
}
/** Windows of WINDOW words every STRIDE words, each as its feature list. */
function windows(text) {
  const feats = positionFeatures(words(text));
  const out = [];
  for (let s = 0; s === 0 || s + STRIDE < feats.length; s += STRIDE)
    out.push(feats.slice(s, s + WINDOW).flat());
  return out;
}
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
function windowScore(w, feats) {
  let z = w[DIM];
  for (const f of feats) z += w[f];
  return z;
}
function docScore(w, text) {
  let best = -Infinity;
  for (const f of windows(text)) best = Math.max(best, windowScore(w, f));
  return best;
}

function train(examples, epochs = 6, l2 = Number(process.env.L2 ?? 1e-6)) {
  const w = new Float64Array(DIM + 1);
  const g2 = new Float64Array(DIM + 1).fill(1e-8);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { feats, label, weight } = examples[i];
      const p = sigmoid(windowScore(w, feats));
      const g = (p - label) * weight;
      for (const f of [...feats, DIM]) {
        const grad = g + l2 * w[f];
        g2[f] += grad * grad;
        w[f] -= (0.3 * grad) / Math.sqrt(g2[f]);
      }
    }
  }
  return w;
}
let seed = 7;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

const lines = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

function dependencyMarkdown() {
  const seen = new Set();
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        const size = statSync(path).size;
        if (size < 1024 || size > 200 * 1024) continue;
        const text = readFileSync(path, "utf8");
        const digest = createHash("sha256").update(text).digest("hex");
        if (seen.has(digest)) continue;
        seen.add(digest);
        out.push({ digest, text });
      }
    }
  };
  for (const entry of readdirSync(MCP_TOOLS_DIR).sort()) {
    const modules = join(MCP_TOOLS_DIR, entry, "node_modules");
    if (existsSync(modules)) walk(modules);
  }
  return out;
}
function readmes() {
  const out = [];
  for (const entry of readdirSync(MCP_TOOLS_DIR)) {
    const file = join(MCP_TOOLS_DIR, entry, "node_modules", entry.replace("+", "/"), "README.md");
    if (existsSync(file)) out.push(readFileSync(file, "utf8"));
  }
  return out;
}

// ---- training data
const bipia = corpusPath("microsoft/BIPIA");
const tt = corpusPath("microsoft/TaskTracker");
const trainPos = bipiaAttacks(bipia, "train").map((a) => a.text);
const trivia = lines(join(tt, "task_tracker/dataset_creation/datasets/trivia_pairs.txt")).map((l) =>
  l.replace(/^Question:\s*/, "").replace(/\s*Answer:.*$/, ""),
);
lines(join(tt, "task_tracker/dataset_creation/datasets/saved_injections.txt")).forEach((t, i) =>
  trainPos.push(`${t} ${trivia[i % trivia.length]}`),
);
const markdown = dependencyMarkdown();
const mdTrain = markdown.filter((d) => parseInt(d.digest[0], 16) < 8).map((d) => d.text);
// Half of the rest sets the threshold; the last quarter is the test.
const mdValid = markdown.filter((d) => /[89ab]/.test(d.digest[0])).map((d) => d.text);
const mdTest = markdown.filter((d) => /[c-f]/.test(d.digest[0])).map((d) => d.text);
const trainNegDocs = [...bipiaContexts(bipia, "train").map((c) => c.text), ...mdTrain];

const examples = [];
for (const t of trainPos) for (const f of windows(t)) examples.push({ feats: f, label: 1, weight: 1 });
let negWindows = 0;
for (const d of trainNegDocs)
  for (const f of windows(d)) (negWindows++, examples.push({ feats: f, label: 0, weight: 1 }));
const posCount = examples.length - negWindows;
for (const e of examples) if (e.label) e.weight = negWindows / posCount / 4;
console.log(`train: ${posCount} positive windows, ${negWindows} clean windows; ${BITS} bits`);
const w = train(examples);

// ---- evaluation sets (none seen in training)
const emails = bipiaContexts(bipia, "test")
  .filter((c) => c.kind === "email")
  .map((c) => c.text);
const positions = ["start", "middle", "end"];
const sets = {};
{
  const ctx = bipiaContexts(bipia, "test");
  const out = [];
  let n = 0;
  for (const a of bipiaAttacks(bipia, "test"))
    for (const c of ctx)
      if ((a.kind === "code") === (c.kind === "code")) out.push(plant(c.text, a.text, positions[n++ % 3]));
  sets["BIPIA test"] = out;
}
{
  const { triggers, tasks } = taskTrackerInjections(tt);
  const out = [];
  let n = 0;
  for (const list of Object.values(tasks))
    triggers.forEach((t, i) => {
      for (const e of emails)
        out.push(embedWithSpaces(e, `${t} ${list[i % list.length]}`, positions[n++ % 3]));
    });
  sets["TaskTracker test"] = out;
}
sets["garak"] = garakLatentInjections(corpusPath("NVIDIA/garak")).flatMap((p) => p.attacks);
{
  const { sites, attacks } = agentdojoCorpus(corpusPath("sequrity-ai/agentdojo"));
  sets["AgentDojo"] = attacks.flatMap((a) =>
    sites.filter((s) => s.suite === a.suite).map((s) => s.plant(a.text)),
  );
}
{
  let n = 0;
  sets["LLMail"] = llmailAttacks(corpusPath("yunwei37/satml-llmail-injection")).flatMap((a) =>
    emails.map((e) => (n++ % 2 ? `${e}\n\n---\n\n${a.text}` : `${a.text}\n\n---\n\n${e}`)),
  );
}
{
  let n = 0;
  sets["WASP"] = waspAttacks(corpusPath("facebookresearch/wasp")).flatMap((a) =>
    emails.map((e) => plant(e, a.text, positions[n++ % 3])),
  );
}
const clean = {
  "BIPIA test contexts": bipiaContexts(bipia, "test").map((c) => c.text),
  "dependency markdown (held-out half)": mdTest,
  "server READMEs": readmes(),
  "AgentDojo clean records": agentdojoCorpus(corpusPath("sequrity-ai/agentdojo")).clean.map((c) => c.text),
  "garak clean": garakLatentInjections(corpusPath("NVIDIA/garak")).flatMap((p) => p.clean),
};

const signals = (t) => scoreResultInjection(t).score >= 4 || findHidden(t) !== undefined;
// Threshold: the score above which a given share of validation documents (clean markdown never trained on) lie.
const trainClean = mdValid.map((d) => docScore(w, d)).sort((a, b) => b - a);
for (const q of [0.02, 0.01, 0.005]) {
  const thr = trainClean[Math.floor(trainClean.length * q)];
  console.log(`\nthreshold ${thr.toFixed(2)} (${q * 100} % of clean validation documents above)`);
  for (const [name, docs] of Object.entries(sets)) {
    let model = 0;
    let sig = 0;
    let both = 0;
    for (const d of docs) {
      const m = docScore(w, d) > thr;
      const s = signals(d);
      model += m;
      sig += s;
      both += m || s;
    }
    const pc = (x) => ((x / docs.length) * 100).toFixed(1).padStart(5);
    console.log(
      `  ${name.padEnd(40)} model ${pc(model)} %  signals ${pc(sig)} %  either ${pc(both)} %  (${docs.length})`,
    );
  }
  for (const [name, docs] of Object.entries(clean)) {
    const model = docs.filter((d) => docScore(w, d) > thr).length;
    const either = docs.filter((d) => docScore(w, d) > thr || signals(d)).length;
    console.log(`  clean: ${name.padEnd(33)} model ${model}/${docs.length}  either ${either}/${docs.length}`);
  }
}

// Cost: CPU ms to score 100 KB of the held-out markdown (least of five runs).
const sample = mdTest.join("\n\n").slice(0, 100_000);
let best = Infinity;
for (let i = 0; i < 5; i++) {
  const start = process.cpuUsage();
  docScore(w, sample);
  const used = process.cpuUsage(start);
  best = Math.min(best, (used.user + used.system) / 1000);
}
console.log(`\nscoring cost: ${best.toFixed(1)} CPU ms per 100 KB`);
