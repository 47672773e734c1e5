// Experiment: does a linear model over hashed words and word pairs add recall on result corpora it never saw,
// at ≤ 2 % of clean results touched, beside the signals? Leave one corpus out: the model is trained on the
// attack texts of every other corpus (BIPIA's and TaskTracker's train splits always) against clean windows
// (BIPIA's train contexts, half of the dependency markdown by digest, the other corpora's clean sides), its
// threshold set at 1 % of another quarter of the markdown, and it is measured on the corpus left out and that
// corpus's own clean side. A document scores as its worst window of 32 words (linear in its length).
// Run: pnpm build && L2=1e-4 node benchmark/public/result-model-experiment.mjs (HOLD=garak,LLMail for some
// folds only; L2=1e-3 was tried too). Outcome in docs/benchmarks.md ("Integrity"): not shipped.
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
// ---- corpora: each attack corpus gives raw attack texts (training) and planted documents (evaluation); each
// clean domain gives documents. A fold leaves one attack corpus out, with the clean domain that comes with it.
const bipia = corpusPath("microsoft/BIPIA");
const tt = corpusPath("microsoft/TaskTracker");
const positions = ["start", "middle", "end"];
const emails = bipiaContexts(bipia, "test")
  .filter((c) => c.kind === "email")
  .map((c) => c.text);
const plantedInEmails = (texts) => {
  let n = 0;
  return texts.flatMap((t) => emails.map((e) => plant(e, t, positions[n++ % 3])));
};
const markdown = dependencyMarkdown();
const mdTrain = markdown.filter((d) => /[0-7]/.test(d.digest[0])).map((d) => d.text);
// A quarter of it sets the threshold; the last quarter is only evaluated.
const mdValid = markdown.filter((d) => /[89ab]/.test(d.digest[0])).map((d) => d.text);
const mdTest = markdown.filter((d) => /[c-f]/.test(d.digest[0])).map((d) => d.text);

const attackCorpora = {};
{
  const ctx = bipiaContexts(bipia, "test");
  const docs = [];
  let n = 0;
  for (const a of bipiaAttacks(bipia, "test"))
    for (const c of ctx)
      if ((a.kind === "code") === (c.kind === "code")) docs.push(plant(c.text, a.text, positions[n++ % 3]));
  attackCorpora.BIPIA = {
    train: bipiaAttacks(bipia, "train").map((a) => a.text),
    docs,
    clean: ctx.map((c) => c.text),
  };
}
{
  const trivia = lines(join(tt, "task_tracker/dataset_creation/datasets/trivia_pairs.txt")).map((l) =>
    l.replace(/^Question:\s*/, "").replace(/\s*Answer:.*$/, ""),
  );
  const train = lines(join(tt, "task_tracker/dataset_creation/datasets/saved_injections.txt")).map(
    (t, i) => `${t} ${trivia[i % trivia.length]}`,
  );
  const { triggers, tasks } = taskTrackerInjections(tt);
  const docs = [];
  let n = 0;
  for (const list of Object.values(tasks))
    triggers.forEach((t, i) => {
      for (const e of emails)
        docs.push(embedWithSpaces(e, `${t} ${list[i % list.length]}`, positions[n++ % 3]));
    });
  attackCorpora.TaskTracker = { train, docs, clean: [] };
}
{
  const { sites, attacks, clean } = agentdojoCorpus(corpusPath("sequrity-ai/agentdojo"));
  attackCorpora.AgentDojo = {
    train: attacks.map((a) => a.text),
    docs: attacks.flatMap((a) => sites.filter((s) => s.suite === a.suite).map((s) => s.plant(a.text))),
    clean: clean.map((c) => c.text),
  };
}
{
  const texts = llmailAttacks(corpusPath("yunwei37/satml-llmail-injection")).map((a) => a.text);
  attackCorpora.LLMail = { train: texts, docs: plantedInEmails(texts), clean: [] };
}
{
  const texts = waspAttacks(corpusPath("facebookresearch/wasp")).map((a) => a.text);
  attackCorpora.WASP = { train: texts, docs: plantedInEmails(texts), clean: [] };
}
{
  const source = readFileSync(
    join(corpusPath("proventra/proventra-core"), "benchmark/data/test_data.py"),
    "utf8",
  );
  const entry = /"text":\s*"((?:[^"\\]|\\.)*)",\s*"is_attack":\s*(True|False)/g;
  const rows = [...source.matchAll(entry)].map((m) => ({
    text: JSON.parse(`"${m[1].replace(/\\'/g, "'")}"`),
    attack: m[2] === "True",
  }));
  const attacks = rows.filter((r) => r.attack).map((r) => r.text);
  attackCorpora.proventra = {
    train: attacks,
    docs: plantedInEmails(attacks),
    clean: plantedInEmails(rows.filter((r) => !r.attack).map((r) => r.text)),
  };
}
{
  const probes = garakLatentInjections(corpusPath("NVIDIA/garak"));
  // Its attacks are whole documents with the instruction inside: not used as training texts.
  attackCorpora.garak = {
    train: [],
    docs: probes.flatMap((p) => p.attacks),
    clean: probes.flatMap((p) => p.clean),
  };
}

const signals = (t) => scoreResultInjection(t).score >= 4 || findHidden(t) !== undefined;
const pc = (x, n) => `${((x / n) * 100).toFixed(1).padStart(5)} %`;
const folds = process.env.HOLD ? process.env.HOLD.split(",") : Object.keys(attackCorpora);
for (const held of folds) {
  const pos = Object.entries(attackCorpora).flatMap(([k, c]) => (k === held ? [] : c.train));
  const neg = [
    ...bipiaContexts(bipia, "train").map((c) => c.text),
    ...mdTrain,
    ...Object.entries(attackCorpora).flatMap(([k, c]) => (k === held || k === "proventra" ? [] : c.clean)),
  ];
  const examples = [];
  for (const t of pos) for (const f of windows(t)) examples.push({ feats: f, label: 1, weight: 1 });
  const posCount = examples.length;
  for (const d of neg) for (const f of windows(d)) examples.push({ feats: f, label: 0, weight: 1 });
  for (const e of examples) if (e.label) e.weight = (examples.length - posCount) / posCount / 4;
  const w = train(examples);
  const valid = mdValid.map((d) => docScore(w, d)).sort((a, b) => b - a);
  const thr = valid[Math.floor(valid.length * 0.01)];
  const { docs, clean } = attackCorpora[held];
  let model = 0;
  let either = 0;
  let sig = 0;
  for (const d of docs) {
    const m = docScore(w, d) > thr;
    const s = signals(d);
    model += m;
    sig += s;
    either += m || s;
  }
  const cleanModel = clean.filter((d) => docScore(w, d) > thr).length;
  const mdModel = mdTest.filter((d) => docScore(w, d) > thr).length;
  console.log(
    `left out ${held.padEnd(12)} ${posCount} positive windows; caught: model ${pc(model, docs.length)}, signals ${pc(sig, docs.length)}, either ${pc(either, docs.length)} of ${docs.length}; its clean side touched by the model ${cleanModel}/${clean.length}; held-out markdown ${mdModel}/${mdTest.length}`,
  );
}
