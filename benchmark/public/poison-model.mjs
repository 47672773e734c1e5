// Trains and measures the poisoned-definition model (packages/core/src/integrity/poison-model.ts): a logistic
// regression over the register of a definition, on the public poisoned definitions of every source read so far
// against the real definitions of the npm MCP servers (and the clean definitions the sources publish).
//
//   node benchmark/public/poison-model.mjs            measure: npm servers five-fold, sources left out one by one
//   node benchmark/public/poison-model.mjs --write    also train on everything and write the weights
//   node benchmark/public/poison-model.mjs --final    also score the final checks (never trained on, never read)
//   node benchmark/public/poison-model.mjs --union    round 18's experiment: also train on the development
//                                                     corpora read since (MCP-SafetyBench, MCPTox's train
//                                                     split), each poisoned source weighted equally; not shipped
//                                                     (see NOTES, round 18: the never-read final check lost one)
//
// What the figures mean. Thresholds come from the clean sides only: the logits of npm definitions scored by
// models that never saw their server (five folds by server), and of the clean definitions published beside the
// attacks scored with their source left out; the model withholds alone where at most 0.1 % of the first and
// 1 % of the second reach, and never below ALONE_FLOOR. Recall is measured leaving one source out: the model
// that scores a source's attacks was trained without that source, so its figure is what carries to a source
// nobody here has seen (the phrasing signals were written after reading these sources: their column is not
// blind).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  definitionText,
  findHidden,
  MODEL_FEATURE_FLOOR,
  modelFeatures,
  poisonModelText,
  scorePoison,
} from "../../packages/core/dist/index.js";
import { MCP_TOOLS_DIR, savedDefinitions } from "./collect-mcp-tools.mjs";
import { heldOutDefinitions, poisonedDefinitions } from "./integrity.mjs";
import {
  finalCheckDefinitions,
  roundFourDefinitions,
  secondFinalCheckDefinitions,
} from "./poisoned-definitions.mjs";
import { roundFiveDefinitions, roundFiveFinalCheck } from "./poisoned-definitions-round5.mjs";
import { roundSixDefinitions } from "./poisoned-definitions-round6.mjs";
import { roundThirteenDefinitions } from "./poisoned-definitions-round13.mjs";
import { roundFifteenDefinitions } from "./poisoned-definitions-round15.mjs";

const THRESHOLD = 4; // the default poison_threshold
const MIN_DOCUMENTS = 3; // a feature seen in fewer training definitions is a quirk of one author
const L2 = 1e-3;
const EPOCHS = 60;
// The share of real definitions (scored without their server) the model may reach.
const ALONE_SHARE = 0.001;
// The project's own honest near-misses (the honest cases of families.test.ts and poison-intent.test.ts: "This
// tool is deprecated; use search_code instead", "Always prefer this tool over many single clicks …") reached
// logits up to 2.7 with the thresholds above; the model counts only from 3. As a partner of weaker signals
// (2 points at 2 % of the npm definitions) it pushed six of those cases over the threshold, so it has none.
const ALONE_FLOOR = 3;
// The clean definitions published beside attacks are short demonstration tools, nearer the attacks' register
// than the npm servers' are: the model may reach at most 1 % of them alone, scored with their source left out.
const ALONE_SHARE_PUBLIC_CLEAN = 0.01;
const UNION = process.argv.includes("--union");
const WEIGHTS_FILE = join(import.meta.dirname, "../../packages/core/src/integrity/poison-model-weights.ts");

/** One definition, read once: its features (as the core model reads them) and the signals' verdict. */
function item(definition, label, source) {
  const raw = definitionText(definition);
  // The signals alone: the model's own points are what this script measures beside them.
  const report = scorePoison(raw, { model: false });
  return {
    definition,
    label,
    source,
    features: [...modelFeatures(poisonModelText(raw))],
    signalScore: report.score,
    hidden: findHidden(raw) !== undefined,
  };
}

/** Every training source (attacks and its clean side), the npm servers' definitions, and the final checks. */
function loadSets() {
  const sources = new Map();
  const add = (repo) => {
    if (!sources.has(repo)) sources.set(repo, []);
    return sources.get(repo);
  };
  const attack = (a) => add(a.repo).push(item(a.definition, 1, a.repo));
  const clean = (c) => add(c.repo).push(item(c.definition, 0, c.repo));
  for (const a of poisonedDefinitions() ?? []) attack(a);
  for (const a of heldOutDefinitions() ?? []) attack(a);
  const r4 = roundFourDefinitions();
  r4.attacks.forEach(attack);
  r4.clean.forEach(clean);
  secondFinalCheckDefinitions().forEach(attack);
  const r5 = roundFiveDefinitions();
  r5.attacks.forEach(attack);
  r5.clean.forEach(clean);
  const r6 = roundSixDefinitions();
  r6.attacks.forEach(attack);
  r6.clean.forEach(clean);
  if (UNION) {
    // Round 18's experiment: the development corpora whose misses were read (MCP-SafetyBench with its servers'
    // own tools, and MCPTox's train split). MCPTox's test split, MSB, MasterMCP, Cisco's remote-scan servers and
    // every other held-out check stay out of training.
    const r13 = roundThirteenDefinitions();
    r13.attacks.forEach(attack);
    r13.clean.forEach(clean);
    roundFifteenDefinitions()
      .attacks.filter((a) => a.family === "train split")
      .forEach(attack);
  }
  const npm = existsSync(MCP_TOOLS_DIR)
    ? savedDefinitions().map((r) => item(r.definition, 0, `npm:${r.label}`))
    : [];
  const finals = [];
  const beejak = finalCheckDefinitions();
  if (beejak.length)
    finals.push(["beejak (round 4's final check)", beejak.map((a) => item(a.definition, 1, a.repo))]);
  const r5final = roundFiveFinalCheck();
  if (r5final.attacks.length)
    finals.push([
      "harryc295 + SamsonCyber (round 5's final check)",
      [
        ...r5final.attacks.map((a) => item(a.definition, 1, a.repo)),
        ...r5final.clean.map((c) => item(c.definition, 0, c.repo)),
      ],
    ]);
  return { sources, npm, finals };
}

/**
 * A logistic regression fitted by stochastic gradient descent on binary features scaled by the root of their
 * number (as the core model scores them); the two classes weighted equally, whatever their sizes, and within
 * with --union, within the poisoned class every source weighted equally, whatever its size: MCPTox's 438
 * templated attacks would otherwise teach the model one benchmark's wording rather than the register the sources
 * share (trained on the union with plain class weights, the left-out recall of the older sources fell).
 */
function train(items) {
  const df = new Map();
  for (const it of items) for (const f of it.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocabulary = new Set([...df].filter(([, n]) => n >= MIN_DOCUMENTS).map(([f]) => f));
  const rows = items.map((it) => ({
    y: it.label,
    f: it.features.filter((f) => vocabulary.has(f)),
    scale: 1 / Math.sqrt(Math.max(MODEL_FEATURE_FLOOR, it.features.length)),
  }));
  const positives = rows.filter((r) => r.y === 1).length;
  const negatives = rows.length - positives;
  const classWeight = [rows.length / (2 * negatives), rows.length / (2 * positives)];
  const perSource = new Map();
  for (const it of items) if (it.label === 1) perSource.set(it.source, (perSource.get(it.source) ?? 0) + 1);
  // A poisoned row's share: its source's equal part of the class, spread over the source's rows.
  const sourceWeight = (it) =>
    UNION && it.label === 1 ? positives / perSource.size / perSource.get(it.source) : 1;
  rows.forEach((r, i) => (r.weight = classWeight[r.y] * sourceWeight(items[i])));
  const w = new Map();
  let bias = 0;
  // A fixed shuffle: the same data trains the same weights.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = 0.5 / (1 + epoch / 10);
    for (const i of order) {
      const r = rows[i];
      let z = bias;
      for (const f of r.f) z += (w.get(f) ?? 0) * r.scale;
      const p = 1 / (1 + Math.exp(-z));
      // Capped: a lone attack of a one-item source must not take steps dozens of times larger than the rest.
      const g = (p - r.y) * (UNION ? Math.min(r.weight, 10) : r.weight);
      bias -= rate * g;
      for (const f of r.f) {
        const old = w.get(f) ?? 0;
        w.set(f, old - rate * (g * r.scale + L2 * old));
      }
    }
  }
  return { bias, weights: Object.fromEntries(w) };
}

const logit = (model, it) => {
  let sum = 0;
  for (const f of it.features) sum += model.weights[f] ?? 0;
  return model.bias + sum / Math.sqrt(Math.max(MODEL_FEATURE_FLOOR, it.features.length));
};

// Within this many logits of its floor the model counts 3 (a partner), from there on 4 (alone): as scorePoison.
const MODEL_SURE_MARGIN = 1;

/** The signals' points plus the model's, as scorePoison adds them. */
function points(it, z, thresholds) {
  const model = z >= thresholds.alone + MODEL_SURE_MARGIN ? 4 : z >= thresholds.alone ? 3 : 0;
  return {
    signals: it.signalScore >= THRESHOLD || it.hidden,
    combined: it.signalScore + model >= THRESHOLD || it.hidden,
    model: model >= 4,
  };
}

/** The logit above which at most `share` of `values` lie. */
function quantile(values, share) {
  const sorted = [...values].sort((a, b) => b - a);
  const k = Math.floor(sorted.length * share);
  return sorted[k] + 1e-9;
}

const pad = (s, n) => String(s).padEnd(n);
const frac = (a, b) => `${a} / ${b}`.padStart(11) + ` ${(b ? (a / b) * 100 : 0).toFixed(1).padStart(5)} %`;

function main() {
  const { sources, npm, finals } = loadSets();
  if (!npm.length) {
    console.log("  (skipped: no saved npm tool lists; run `pnpm corpora:mcp-tools` first)");
    return;
  }
  const publicItems = [...sources.values()].flat();
  const servers = [...new Set(npm.map((it) => it.source))].sort();
  const fold = new Map(servers.map((s, i) => [s, i % 5]));

  // 1. The clean side, five folds by server: every npm definition scored by a model that never saw its server.
  const outOfFold = new Map();
  for (let k = 0; k < 5; k++) {
    const model = train([...publicItems, ...npm.filter((it) => fold.get(it.source) !== k)]);
    for (const it of npm.filter((it) => fold.get(it.source) === k)) outOfFold.set(it, logit(model, it));
  }
  // 2. Each source left out: its attacks and clean definitions scored by a model trained without it.
  const leftOut = new Map();
  for (const [source, items] of sources) {
    const model = train([...publicItems.filter((it) => it.source !== source), ...npm]);
    for (const it of items) leftOut.set(it, logit(model, it));
  }
  const publicClean = publicItems.filter((it) => it.label === 0).map((it) => leftOut.get(it));
  const thresholds = {
    alone: Math.max(
      quantile([...outOfFold.values()], ALONE_SHARE),
      quantile(publicClean, ALONE_SHARE_PUBLIC_CLEAN),
      ALONE_FLOOR,
    ),
  };
  console.log(
    `\nthreshold from the clean sides, each scored by a model that never saw it: the model alone at ≥ ${thresholds.alone.toFixed(3)}`,
  );
  let sig = 0;
  let comb = 0;
  const touched = [];
  for (const [it, z] of outOfFold) {
    const p = points(it, z, thresholds);
    if (p.signals) sig++;
    if (p.combined) {
      comb++;
      if (!p.signals) touched.push(`${it.source.slice(4)}: ${it.definition.name ?? "instructions"}`);
    }
  }
  console.log(`\nreal definitions touched (${servers.length} npm servers, out of fold)`);
  console.log(`  ${pad("signals alone", 28)}${frac(sig, npm.length)}`);
  console.log(`  ${pad("signals and model", 28)}${frac(comb, npm.length)}`);
  for (const t of touched) console.log(`    newly touched: ${t}`);

  console.log("\npublished poisoned definitions, each source scored by a model trained without it\n");
  console.log(
    `  ${pad("source", 44)}${pad("signals", 20)}${pad("model alone", 20)}${pad("signals and model", 20)}clean touched`,
  );
  const totals = { n: 0, sig: 0, model: 0, comb: 0, clean: 0, cleanHit: 0 };
  for (const [source, items] of sources) {
    const attacks = items.filter((it) => it.label === 1);
    const clean = items.filter((it) => it.label === 0);
    const row = { sig: 0, model: 0, comb: 0, cleanHit: 0 };
    for (const it of attacks) {
      const p = points(it, leftOut.get(it), thresholds);
      row.sig += p.signals ? 1 : 0;
      row.model += p.model ? 1 : 0;
      row.comb += p.combined ? 1 : 0;
    }
    const touched = [];
    for (const it of clean)
      if (points(it, leftOut.get(it), thresholds).combined) {
        row.cleanHit++;
        touched.push(it.definition.name ?? "instructions");
      }
    console.log(
      `  ${pad(source, 44)}${pad(`${row.sig} / ${attacks.length}`, 20)}${pad(`${row.model} / ${attacks.length}`, 20)}${pad(`${row.comb} / ${attacks.length}`, 20)}${clean.length ? `${row.cleanHit} / ${clean.length}` : ""}`,
    );
    if (touched.length) console.log(`    clean touched: ${touched.join(", ")}`);
    totals.n += attacks.length;
    totals.sig += row.sig;
    totals.model += row.model;
    totals.comb += row.comb;
    totals.clean += clean.length;
    totals.cleanHit += row.cleanHit;
  }
  console.log(
    `  ${pad("all", 44)}${pad(`${totals.sig} / ${totals.n}`, 20)}${pad(`${totals.model} / ${totals.n}`, 20)}${pad(`${totals.comb} / ${totals.n}`, 20)}${totals.cleanHit} / ${totals.clean}`,
  );

  const full = train([...publicItems, ...npm]);
  if (process.argv.includes("--final")) {
    console.log("\nfinal checks, never trained on (the shipped model: every source and every npm server)\n");
    for (const [name, items] of finals) {
      const attacks = items.filter((it) => it.label === 1);
      const clean = items.filter((it) => it.label === 0);
      const hit = (it, key) => points(it, logit(full, it), thresholds)[key];
      console.log(
        `  ${pad(name, 50)} signals ${attacks.filter((it) => hit(it, "signals")).length} / ${attacks.length}, signals and model ${attacks.filter((it) => hit(it, "combined")).length} / ${attacks.length}; clean touched ${clean.filter((it) => hit(it, "combined")).length} / ${clean.length}`,
      );
    }
  }
  if (process.argv.includes("--write")) writeWeights(full, thresholds);
}

/** The shipped weights: those that move a logit by at least 0.01, rounded to three decimals. */
function writeWeights(model, thresholds) {
  const kept = Object.entries(model.weights)
    .filter(([, v]) => Math.abs(v) >= 0.01)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([f, v]) => `    ${JSON.stringify(f)}: ${v.toFixed(3)},`);
  const round = (x) => Number(x.toFixed(3));
  writeFileSync(
    WEIGHTS_FILE,
    [
      "// Generated by benchmark/public/poison-model.mjs --write; do not edit by hand.",
      'import type { PoisonModel } from "./poison-model.js";',
      "",
      "export const POISON_MODEL: PoisonModel = {",
      `  bias: ${round(model.bias)},`,
      `  alone: ${round(thresholds.alone)},`,
      "  weights: {",
      ...kept,
      "  },",
      "};",
      "",
    ].join("\n"),
  );
  console.log(`\nwrote ${kept.length} weights to ${WEIGHTS_FILE}`);
}

main();
