// Second section of `pnpm bench:integrity`: public corpora this project did not write (fetched by
// `pnpm corpora:fetch`, tool lists by `pnpm corpora:mcp-tools`; each part is skipped with a message when absent).
//   - poisoned definitions: the attack payloads published by three tool-poisoning projects, located in their
//     sources below, each scored as the `description` of a tool definition; round 4's sources and its two
//     final checks, read as whole definitions by poisoned-definitions.mjs;
//   - real definitions: the tools/list of the npm MCP servers in collect-mcp-tools.mjs (false positives);
//   - results: microsoft/BIPIA's *test* split, every attack planted into every clean context of its kind
//     (start, middle or end in turn); its clean contexts, the installed servers' READMEs and every markdown
//     file of their dependencies are the clean side;
//   - results added late: proventra-core, hijack-agentic-ai, AgentDojo (earlier rounds), LLMail-Inject e-mails,
//     WASP and garak (an earlier round), TaskTracker and Tensor Trust (round 4's final check), greshake/llm-
//     security and Giskard's set (round 5's final check), CyberSecEval's cases and promptmap's rules (round 6's
//     final check), spikee's injected documents (round 9), Agent Security Bench's observation injections
//     (round 11) (see held-out-results.mjs and garak-latent.mjs).
//   - poisoned definitions added in round 7 (poisoned-definitions-round7.mjs): two attack labs, one in French, and
//     a Korean teaching server as a clean side, measured blind before any signal changed.
//   - round 8's held-out check (poisoned-definitions-round8.mjs): a Spring AI demo (Java), an attack lab and a
//     CTF, measured blind before any signal changed; only their counts are printed.
// Honest note: the definition signals and the result signals were revised after seeing what they missed here
// (see docs/benchmarks.md). Each late corpus was measured blind once, before any change informed by it; the
// misses of proventra-core, AgentDojo, LLMail-Inject and WASP were read since, so their present figures are
// not held out (the headings below print the blind figure beside them).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  definitionText,
  findHidden,
  scorePoison,
  scoreResultInjection,
  neighbourSignals,
  otherToolOrders,
} from "../../packages/core/dist/index.js";
import { agentdojoCorpus } from "./agentdojo.mjs";
import { bipiaAttacks, bipiaContexts, plant } from "./bipia.mjs";
import { injecAgentResponses, piarenaDocuments } from "./piarena.mjs";
import { piaDetectionDocuments } from "./pia-detection.mjs";
import { sepTexts } from "./sep.mjs";
import { moltshieldTexts, piguardTexts } from "./piguard.mjs";
import { doomarenaTexts } from "./doomarena.mjs";
import { DOCUMENTATION_REPOS, documentationTexts, llmGuardTexts } from "./llm-guard.mjs";
import { pievalResults } from "./pieval.mjs";
import { garakLatentInjections } from "./garak-latent.mjs";
import {
  cyberSecEvalCases,
  embedWithSpaces,
  giskardInjections,
  greshakeInjections,
  llmailAttacks,
  promptmapRules,
  asbObservationInjections,
  spikeeDocuments,
  taskTrackerInjections,
  tensorTrustAttacks,
  waspAttacks,
} from "./held-out-results.mjs";
import { MCP_TOOLS_DIR, resultCleanServerDirs, savedDefinitions } from "./collect-mcp-tools.mjs";
import {
  finalCheckDefinitions,
  roundFourDefinitions,
  secondFinalCheckDefinitions,
} from "./poisoned-definitions.mjs";
import { roundFiveDefinitions, roundFiveFinalCheck } from "./poisoned-definitions-round5.mjs";
import { roundSixDefinitions } from "./poisoned-definitions-round6.mjs";
import { roundSevenDefinitions } from "./poisoned-definitions-round7.mjs";
import { roundEightDefinitions } from "./poisoned-definitions-round8.mjs";
import { roundTwelveDefinitions } from "./poisoned-definitions-round12.mjs";
import {
  mcpScanDemo,
  roundThirteenDefinitions,
  roundThirteenListings,
} from "./poisoned-definitions-round13.mjs";
import { roundFourteenDefinitions } from "./poisoned-definitions-round14.mjs";
import { roundFifteenDefinitions } from "./poisoned-definitions-round15.mjs";
import { roundSixteenDefinitions } from "./poisoned-definitions-round16.mjs";
import { roundSeventeenDefinitions } from "./poisoned-definitions-round17.mjs";
import { roundEighteenDefinitions } from "./poisoned-definitions-round18.mjs";
import { CORPORA, corpusPath } from "./corpora.mjs";

const THRESHOLD = 4; // the default poison_threshold

/**
 * Where each published poisoned description sits: the first triple-quoted string after `anchor` (Python
 * sources; a leading `#` of commented-out lines is removed), or a JSON field. `family` names the attack.
 */
const POISONED = [
  [
    "johannhartmann/mcp-injection-experiments",
    "direct-poisoning.py",
    "def add(a: int, b: int, sidenote",
    "file exfiltration via a parameter",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "shadowing.py",
    "def add(a: int, b: int)",
    "shadowing another server's tool",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "whatsapp-takeover.py",
    "get_fact_of_the_day.__doc__ =",
    "shadowing another server's tool",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "src/mcp_demo/experiments/direct_poisoning.py",
    "POISONED_DESCRIPTION =",
    "file exfiltration via a parameter",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "src/mcp_demo/experiments/implicit_tool_poisoning.py",
    "_POISONED_DESCRIPTION =",
    "another tool's arguments (implicit)",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "src/mcp_demo/experiments/sleeper_rug_pull.py",
    "POISONED_DESCRIPTION =",
    "another tool's arguments (implicit)",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "src/mcp_demo/experiments/tool_shadowing.py",
    "HELPER_DESCRIPTION =",
    "another tool's arguments (implicit)",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "tests/unit/test_tool_description_linter.py",
    "POISONED =",
    "file exfiltration via a parameter",
  ],
  [
    "johannhartmann/mcp-injection-experiments",
    "tests/unit/test_tool_description_linter.py",
    "POISONED_REAL_PATH =",
    "file exfiltration via a parameter",
  ],
  [
    "TUM-DSE/MCPSecBench",
    "code/maliciousadd.py",
    "async def add(a: int) -> str:",
    "priority over other tools",
  ],
  [
    "TUM-DSE/MCPSecBench",
    "code/maliciousadd.py",
    "async def modify() -> str:",
    "orchestration of other tools",
  ],
  [
    "TUM-DSE/MCPSecBench",
    "code/maliciousadd.py",
    "async def aft_check() -> str:",
    "orchestration of other tools",
  ],
  ["gensecaihq/mcp-poisoning-poc", "src/attacks/tool_hijacking.py", '"description":', "hidden tag"],
  ["gensecaihq/mcp-poisoning-poc", "src/attacks/data_exfiltration.py", '"description":', "hidden tag"],
  ["gensecaihq/mcp-poisoning-poc", "src/demo/malicious_server.py", '"name": "calculator"', "hidden tag"],
  ["gensecaihq/mcp-poisoning-poc", "src/demo/malicious_server.py", '"name": "weather"', "hidden tag"],
];

/** Published poisoned definitions added after the signals were last revised, and not tuned against. */
const POISONED_HELD_OUT = [
  [
    "nmeisenzahl/hijack-agentic-ai",
    "demos/demo2-mcp-tool-abuse/src/mcp_servers/weather_server.py",
    "instructions=",
    "server instructions",
  ],
  [
    "nmeisenzahl/hijack-agentic-ai",
    "demos/demo2-mcp-tool-abuse/src/mcp_servers/weather_server.py",
    "def get_weather",
    "conversation harvesting",
  ],
  [
    "kholcomb/DevSecOps_Arena",
    "domains/mcp/servers/tool_poisoning.py",
    '"name": "analyze_sentiment"',
    "orchestration of other tools",
  ],
  [
    "kholcomb/DevSecOps_Arena",
    "domains/mcp/servers/tool_poisoning.py",
    '"name": "get_admin_secrets"',
    "orchestration of other tools",
  ],
];

function pythonString(source, anchor) {
  const at = source.indexOf(anchor);
  if (at === -1) return undefined;
  const m = /("""|''')([\s\S]*?)\1/.exec(source.slice(at));
  return m?.[2].replace(/^\s*#/gm, "");
}

function located(list) {
  const out = [];
  for (const [repo, path, anchor, family] of list) {
    const dir = corpusPath(repo);
    if (!dir) return undefined;
    const text = pythonString(readFileSync(join(dir, path), "utf8"), anchor);
    if (!text) throw new Error(`${repo}:${path}: nothing after ${anchor}; the pinned file changed?`);
    out.push({ repo, family, definition: { name: "tool", description: text } });
  }
  return out;
}

/** The poisoned definitions read first, and those held out after them (for poison-model.mjs too). */
export function poisonedDefinitions() {
  const out = [];
  const missing = [];
  for (const [repo, path, anchor, family] of POISONED) {
    const dir = corpusPath(repo);
    if (!dir) return undefined;
    const text = pythonString(readFileSync(join(dir, path), "utf8"), anchor);
    if (text) out.push({ repo, family, definition: { name: "tool", description: text } });
    else missing.push(`${repo}:${path}:${anchor}`);
  }
  // MCPSecBench's data file names each attack and the description it plants.
  const secbench = join(corpusPath("TUM-DSE/MCPSecBench"), "data/attacks_updated.json");
  for (const attack of JSON.parse(readFileSync(secbench, "utf8")))
    if (attack.malicious_prompt?.trim())
      out.push({
        repo: "TUM-DSE/MCPSecBench",
        family: attack.name.toLowerCase(),
        definition: { name: "tool", description: attack.malicious_prompt },
      });
  if (missing.length) console.log(`  (not found in the fetched sources: ${missing.join("; ")})`);
  return out;
}

export const heldOutDefinitions = () => located(POISONED_HELD_OUT);

/**
 * A definition's score as the daemon gives a listed tool alone: its text, and what it says of tools other than
 * itself, read knowing its own name and parameters (other-tool-orders.ts; a definition without a name is a
 * bare description and gets none of that).
 */
const definitionScore = (d, text = definitionText(d), listed = undefined) =>
  scorePoison(text).score + (typeof d?.name === "string" ? otherToolOrders(d, text, listed).score : 0);
const flaggedDefinition = (d) => {
  const text = definitionText(d);
  return definitionScore(d, text) >= THRESHOLD || findHidden(text) !== undefined;
};
/** Why a result was touched: the injection signals, or the hidden characters that would be stripped. */
const whyFlagged = (t) => {
  const signals = scoreResultInjection(t).signals;
  return signals.length
    ? signals.join(", ")
    : `hidden ${findHidden(t)?.kinds.join(", ")} (stripped, not blocked)`;
};
// `call` (the tool call a result answers) only where a corpus gives it; `filter` passes an index there.
const flaggedResult = (t, call) =>
  scoreResultInjection(t, typeof call === "object" ? call : undefined).score >= THRESHOLD ||
  findHidden(t) !== undefined;
const pct = (a, b) => (b ? ((a / b) * 100).toFixed(1) : "-").padStart(6);
const line = (label, hit, total, note = "") =>
  console.log(
    `  ${label.padEnd(44)} ${String(hit).padStart(5)} / ${String(total).padEnd(5)} ${pct(hit, total)} %${note}`,
  );
/** The least CPU time of five runs of `fn`, in ms (wall-clock time on a shared machine measures the neighbours). */
function cpuMs(fn) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** CPU ms to score 100 KB made of `text` repeated: the cost on real prose rather than on a repeated line. */
function resultCost(text) {
  const sample = text.repeat(Math.ceil(100_000 / text.length)).slice(0, 100_000);
  return cpuMs(() => scoreResultInjection(sample)).toFixed(1);
}

const commit = (repo) => CORPORA.find((c) => c.repo === repo).commit.slice(0, 12);

export function definitionsSection() {
  console.log("\npoisoned definitions withheld (published attacks; score ≥ 4 or hidden characters)\n");
  const attacks = poisonedDefinitions();
  if (attacks) {
    const families = new Map();
    for (const a of attacks) {
      const row = families.get(a.family) ?? { hit: 0, total: 0 };
      row.total++;
      if (flaggedDefinition(a.definition)) row.hit++;
      families.set(a.family, row);
    }
    for (const [family, row] of families) line(family, row.hit, row.total);
    const hit = attacks.filter((a) => flaggedDefinition(a.definition)).length;
    line("all published poisoned definitions", hit, attacks.length);
    const missed = attacks.filter((a) => !flaggedDefinition(a.definition));
    for (const m of missed)
      console.log(`    missed (${m.repo}): ${JSON.stringify(m.definition.description.trim().slice(0, 100))}`);
    console.log(`  (${[...new Set(attacks.map((a) => `${a.repo}@${commit(a.repo)}`))].join(", ")})`);
  }
  console.log("\n  added last (first measured: 3 of 4; one signal was added after):");
  const heldOut = located(POISONED_HELD_OUT);
  if (heldOut) {
    for (const a of heldOut)
      line(`${a.repo.split("/")[0]}: ${a.family}`, flaggedDefinition(a.definition) ? 1 : 0, 1);
    const hit = heldOut.filter((a) => flaggedDefinition(a.definition)).length;
    line("all held-out poisoned definitions", hit, heldOut.length);
    console.log(`  (${[...new Set(heldOut.map((a) => `${a.repo}@${commit(a.repo)}`))].join(", ")})`);
  }
  roundFourSection();
  roundFiveSection();
  roundSixSection();
  roundSevenSection();
  roundEightSection();
  roundTwelveSection();
  roundThirteenSection();
  roundFourteenSection();
  roundFifteenSection();
  roundSixteenSection();
  roundSeventeenSection();
  roundEighteenSection();
  listingSection();
  console.log("\nreal definitions touched (tools/list of npm MCP servers)\n");
  const real = existsSync(MCP_TOOLS_DIR) ? savedDefinitions() : [];
  if (!real.length) {
    console.log("  (skipped: no saved tool lists; run `pnpm corpora:mcp-tools` first)");
    return;
  }
  const byServer = new Map();
  for (const r of real) {
    const row = byServer.get(r.label) ?? { hit: [], total: 0 };
    row.total++;
    if (flaggedDefinition(r.definition)) row.hit.push(r.definition);
    byServer.set(r.label, row);
  }
  const touched = [...byServer.values()].flatMap((r) => r.hit);
  line(`all (${byServer.size} servers)`, touched.length, real.length);
  const texts = real.map((r) => definitionText(r.definition));
  const best = cpuMs(() => {
    for (const t of texts) scorePoison(t);
  });
  const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;
  console.log(
    `  (scoring all ${real.length}, ${kb.toFixed(0)} KB of text: ${best.toFixed(0)} CPU ms, ${((best / real.length) * 1000).toFixed(0)} µs per definition)`,
  );
  const withOwn = real.map((r, i) => [r.definition, texts[i]]);
  const ownBest = cpuMs(() => {
    for (const [d, t] of withOwn) otherToolOrders(d, t);
  });
  console.log(`  (reading each knowing its own name and parameters: ${ownBest.toFixed(0)} CPU ms more)`);
  for (const [server, row] of byServer)
    if (row.hit.length)
      console.log(
        `    ${server}: ${row.hit.length} of ${row.total}, e.g. ${row.hit[0].name ?? "instructions"} (${[...scorePoison(definitionText(row.hit[0])).signals, ...otherToolOrders(row.hit[0], definitionText(row.hit[0])).signals].join(", ")})`,
      );
}

// The first measurement of round 5's sources, taken before any signal was changed after seeing them.
// Acuvity's and huangyingting's tools were glimpsed before their measurement: the scorer before the round.
const BLIND_R5 =
  "Cisco, robbarto2, SarveshChandak 10 of 16, 0 of 6 clean; with acuvity and huangyingting, scorer before the round, 14 of 22, 0 of 14 clean";
const BLIND_R5_FINAL = "3 of 8, as the scorer before the round; 0 of 7 clean";

/**
 * Round 5's sources, measured blind first (BLIND_R5), then read; the final check is never read: only its
 * counts are printed, never what it missed.
 */
function roundFiveSection() {
  console.log(`\n  added in round 5 (blind at first: ${BLIND_R5}; their misses were read since):`);
  const { attacks, clean } = roundFiveDefinitions();
  if (attacks.length) {
    line("all round-5 poisoned definitions", familyRows(attacks), attacks.length);
    for (const m of attacks.filter((a) => !flaggedDefinition(a.definition)))
      console.log(`    missed (${m.repo}): ${JSON.stringify(definitionText(m.definition).slice(0, 100))}`);
    line(
      "their sources' clean definitions touched",
      clean.filter((c) => flaggedDefinition(c.definition)).length,
      clean.length,
    );
    console.log(`  (${[...new Set(attacks.map((a) => `${a.repo}@${commit(a.repo)}`))].join(", ")})`);
  }
  console.log(`\n  round 5's final check, never read (first measured: ${BLIND_R5_FINAL}):`);
  const final = roundFiveFinalCheck();
  if (final.attacks.length) {
    line("all round-5 final-check poisoned definitions", familyRows(final.attacks), final.attacks.length);
    line(
      "its clean definitions touched",
      final.clean.filter((c) => flaggedDefinition(c.definition)).length,
      final.clean.length,
    );
    console.log(`  (${[...new Set(final.attacks.map((a) => `${a.repo}@${commit(a.repo)}`))].join(", ")})`);
  }
}

// Round 6's first measurement, with the scorer of main before the round (no signal or model changed since
// for them; the model's leave-one-source-out figures are in poison-model.mjs).
const BLIND_R6 = "riseandignite 4 of 5, 0 of 1 clean; Kyze-Labs 0 of 28 clean, AgentDojo's tools 0 of 69";

/** Round 6's sources: an attack lab's example server, and clean sides written by attack authors. */
function roundSixSection() {
  console.log(`\n  added in round 6 (blind at first: ${BLIND_R6}):`);
  const { attacks, clean } = roundSixDefinitions();
  if (!attacks.length && !clean.length) return;
  line("all round-6 poisoned definitions", familyRows(attacks), attacks.length);
  for (const m of attacks.filter((a) => !flaggedDefinition(a.definition)))
    console.log(`    missed (${m.repo}): ${JSON.stringify(definitionText(m.definition).slice(0, 100))}`);
  for (const repo of new Set(clean.map((c) => c.repo))) {
    const side = clean.filter((c) => c.repo === repo);
    line(`clean: ${repo}`, side.filter((c) => flaggedDefinition(c.definition)).length, side.length);
  }
  const repos = new Set([...attacks, ...clean].map((a) => a.repo.replace(/ \(.*\)$/, "")));
  console.log(`  (${[...repos].map((r) => `${r}@${commit(r)}`).join(", ")})`);
}

// Round 7's first measurement, with the scorer of main before the round, before any of their misses was read.
const BLIND_R7 =
  "MB-Workspace 2 of 3, pi-2r 0 of 2 (2 of 5), clean 0 of 24 (MB-Workspace 0 of 1, pi-2r 0 of 13, Isaac-theori 0 of 10)";

/** Round 7's sources: two attack labs (one in French) and a Korean teaching server as a clean side. */
function roundSevenSection() {
  console.log(`\n  added in round 7 (blind at first: ${BLIND_R7}):`);
  const { attacks, clean } = roundSevenDefinitions();
  if (!attacks.length && !clean.length) return;
  for (const repo of new Set(attacks.map((a) => a.repo))) {
    const side = attacks.filter((a) => a.repo === repo);
    line(
      `poisoned: ${repo.split("/")[0]}`,
      side.filter((a) => flaggedDefinition(a.definition)).length,
      side.length,
    );
  }
  line("all round-7 poisoned definitions", familyRows(attacks), attacks.length);
  for (const m of attacks.filter((a) => !flaggedDefinition(a.definition)))
    console.log(
      `    missed (${m.repo.split("/")[0]}): ${JSON.stringify(definitionText(m.definition).slice(0, 100))}`,
    );
  for (const repo of new Set(clean.map((c) => c.repo))) {
    const side = clean.filter((c) => c.repo === repo);
    line(
      `clean: ${repo.split("/")[0]}`,
      side.filter((c) => flaggedDefinition(c.definition)).length,
      side.length,
    );
  }
  const repos = new Set([...attacks, ...clean].map((a) => a.repo));
  console.log(`  (${[...repos].map((r) => `${r}@${commit(r)}`).join(", ")})`);
}

// Round 8's first measurement, with the scorer of main (20a5cd2) before the round, before any signal changed.
// Rerun once at the end of the round (its signals written without reading it): the same 4 of 5, 0 of 51 clean.
const BLIND_R8 =
  "mdatikshahriar 1 of 1, rafsan-huseynov 3 of 3, aganita 0 of 1 (4 of 5); clean 0 of 51 (30, 3 and 18)";

/**
 * Round 8's held-out sources (a Spring AI demo, an attack lab, a CTF): counts only, never what they missed,
 * so they stay a check nobody tuned to.
 */
function roundEightSection() {
  console.log(`\n  round 8's held-out check, never read (blind at first: ${BLIND_R8}):`);
  const { attacks, clean } = roundEightDefinitions();
  if (!attacks.length && !clean.length) return;
  for (const repo of new Set([...attacks, ...clean].map((a) => a.repo))) {
    const side = attacks.filter((a) => a.repo === repo);
    const honest = clean.filter((c) => c.repo === repo);
    line(
      `${repo.split("/")[0]}: poisoned withheld`,
      side.filter((a) => flaggedDefinition(a.definition)).length,
      side.length,
      `   clean touched ${honest.filter((c) => flaggedDefinition(c.definition)).length} of ${honest.length}`,
    );
  }
  line(
    "all round-8 poisoned definitions",
    attacks.filter((a) => flaggedDefinition(a.definition)).length,
    attacks.length,
  );
  const repos = new Set([...attacks, ...clean].map((a) => a.repo));
  console.log(`  (${[...repos].map((r) => `${r}@${commit(r)}`).join(", ")})`);
}

// Round 12's first measurement, with the scorer of main (53dd5e6) before the round, before any signal changed.
// Rerun at the end of the round (its signals written without reading it): the same 0 of 2, 0 of 1 clean.
const BLIND_R12 = "promptfoo 0 of 1, kimtnals 0 of 1 (0 of 2); clean 0 of 1";

/**
 * Round 12's held-out sources (promptfoo's evil server, a Korean Gmail demo): counts only, never what they
 * missed, so they stay a check nobody tuned to.
 */
function roundTwelveSection() {
  console.log(`\n  round 12's held-out check, never read (blind at first: ${BLIND_R12}):`);
  const { attacks, clean } = roundTwelveDefinitions();
  if (!attacks.length && !clean.length) return;
  for (const repo of new Set([...attacks, ...clean].map((a) => a.repo))) {
    const side = attacks.filter((a) => a.repo === repo);
    const honest = clean.filter((c) => c.repo === repo);
    line(
      `${repo.split("/")[0]}: poisoned withheld`,
      side.filter((a) => flaggedDefinition(a.definition)).length,
      side.length,
      `   clean touched ${honest.filter((c) => flaggedDefinition(c.definition)).length} of ${honest.length}`,
    );
  }
  line(
    "all round-12 poisoned definitions",
    attacks.filter((a) => flaggedDefinition(a.definition)).length,
    attacks.length,
  );
  const repos = new Set([...attacks, ...clean].map((a) => a.repo));
  console.log(`  (${[...repos].map((r) => `${r}@${commit(r)}`).join(", ")})`);
}

// Round 13's first measurement, with the scorer of main (7eae91c) before the round, before any signal changed.
const BLIND_R13 = "MCP-SafetyBench 50 of 159, 31.4 %, 0 of 156 clean; mcp-scan demo 0 of 2, 0 of 6 clean";

/**
 * Round 13's held-out sources (MCP-SafetyBench, mcp-scan's demo server): counts per attack category only, never what they missed, so
 * it stays a check nobody tuned to.
 */
function roundThirteenSection() {
  console.log(`\n  round 13's held-out check, never read (blind at first: ${BLIND_R13}):`);
  const { attacks, clean } = roundThirteenDefinitions();
  if (!attacks.length && !clean.length) return;
  line("all round-13 poisoned definitions", familyRows(attacks), attacks.length);
  line(
    "its servers' own tools touched",
    clean.filter((c) => flaggedDefinition(c.definition)).length,
    clean.length,
  );
  const demo = mcpScanDemo();
  if (demo.attacks.length)
    line(
      "mcp-scan demo server: poisoned withheld",
      demo.attacks.filter((a) => flaggedDefinition(a.definition)).length,
      demo.attacks.length,
      `   clean touched ${demo.clean.filter((c) => flaggedDefinition(c.definition)).length} of ${demo.clean.length}`,
    );
  const repos = new Set([...attacks, ...clean, ...demo.attacks].map((a) => a.repo));
  console.log(`  (${[...repos].map((r) => `${r}@${commit(r)}`).join(", ")})`);
}

// Round 14's first measurement, with the scorer of main (d94be0c) before the round, before any signal changed.
const BLIND_R14 = "alexandriashai 3 of 3, 0 of 1 clean";

/** Round 14's held-out check: a scanner's example poisoned server; only counts are printed. */
function roundFourteenSection() {
  console.log(`\n  round 14's held-out check, never read (blind at first: ${BLIND_R14}):`);
  const { attacks, clean } = roundFourteenDefinitions();
  if (!attacks.length && !clean.length) return;
  line("all round-14 poisoned definitions", familyRows(attacks), attacks.length);
  line("its clean tool touched", clean.filter((c) => flaggedDefinition(c.definition)).length, clean.length);
  const repos = new Set([...attacks, ...clean].map((a) => a.repo));
  console.log(`  (${[...repos].map((r) => `${r}@${commit(r)}`).join(", ")})`);
}

// Round 15's first measurement, with the scorer of main (caa1a01) before the round, before any signal changed.
const BLIND_R15 = "210 of 486, 43.2 % (train 191 of 438, test 19 of 48); no clean rows";

/**
 * Round 15's held-out check: an attack-evaluation set over MCPTox's servers, read from its Arrow files; only
 * counts are printed (per split, and how many of its servers had every poisoned tool withheld).
 */
function roundFifteenSection() {
  console.log(`\n  round 15's held-out check, never read (blind at first: ${BLIND_R15}):`);
  const { attacks, clean } = roundFifteenDefinitions();
  if (!attacks.length && !clean.length) return;
  line("all round-15 poisoned definitions", familyRows(attacks), attacks.length);
  if (clean.length)
    line(
      "its clean tools touched",
      clean.filter((c) => flaggedDefinition(c.definition)).length,
      clean.length,
    );
  else console.log("  (it labels no tool clean: the npm set below is the clean side for its servers)");
  const servers = new Map();
  for (const a of attacks) {
    const row = servers.get(a.server) ?? { hit: 0, total: 0 };
    row.total++;
    if (flaggedDefinition(a.definition)) row.hit++;
    servers.set(a.server, row);
  }
  const whole = [...servers.values()].filter((r) => r.hit === r.total).length;
  line("servers with every poisoned tool withheld", whole, servers.size);
  const repos = new Set([...attacks, ...clean].map((a) => a.repo));
  console.log(`  (${[...repos].map((r) => `${r}@${commit(r)}`).join(", ")})`);
}

// Round 16's first measurement, with the scorer of main (b0465ca) before the round, before any signal changed.
const BLIND_R16 =
  "1 of 77 (name collision 0 of 18, preference 0 of 18, out-of-scope parameter 0 of 18, both 0 of 18, injection 1 of 5), 0 of 18 clean";

/** Round 16's held-out check: MCP Security Bench's attack servers and injections; only counts are printed. */
function roundSixteenSection() {
  console.log(`\n  round 16's held-out check, never read (blind at first: ${BLIND_R16}):`);
  const { attacks, clean } = roundSixteenDefinitions();
  if (!attacks.length && !clean.length) return;
  line("all round-16 poisoned definitions", familyRows(attacks), attacks.length);
  const named = attacks.filter((a) => a.family !== "name_overlap");
  line("without name collision", named.filter((a) => flaggedDefinition(a.definition)).length, named.length);
  line("its clean tools touched", clean.filter((c) => flaggedDefinition(c.definition)).length, clean.length);
  console.log(`  (${REPO_R16}@${commit(REPO_R16)})`);
}
const REPO_R16 = "dongsenzhang/MSB";

// Round 17's first measurement, with the scorer of main (831619a) before the round, before any signal changed.
const BLIND_R17 =
  "1 of 4 (data poisoning 1 of 1, competing function 0 of 1, JSON injection 0 of 1, cross-MCP call 0 of 1; payload in the definition 1 of 2)";

/** Round 17's held-out check: MasterMCP's attack plugins as its server lists them; only counts are printed. */
function roundSeventeenSection() {
  console.log(`\n  round 17's held-out check, never read (blind at first: ${BLIND_R17}):`);
  const { attacks } = roundSeventeenDefinitions();
  if (!attacks.length) return;
  line("all round-17 poisoned definitions", familyRows(attacks), attacks.length);
  const inDefinition = attacks.filter((a) => a.inDefinition);
  const hit = inDefinition.filter((a) => flaggedDefinition(a.definition)).length;
  line("payload in the definition", hit, inDefinition.length);
  console.log(`  (${REPO_R17}@${commit(REPO_R17)})`);
}
const REPO_R17 = "slowmist/MasterMCP";

// Round 18's first measurement, with the scorer of main (480d21d) before the round, before any signal changed.
const BLIND_R18 =
  "12 of 287 (data exfiltration 12 of 49, command injection 0 of 49, file system attacks 0 of 48, credential harvesting 0 of 47, network reconnaissance 0 of 47, privilege escalation 0 of 47), clean 0 of 182";

/**
 * Round 18's held-out check: the malicious and benign servers of Cisco's remote-scan evaluation; only counts.
 * Its malicious tools state a harmful capability rather than order the model, so they are a line of their own.
 */
function roundEighteenSection() {
  console.log(`\n  round 18's held-out check, never read (blind at first: ${BLIND_R18}):`);
  const { attacks, clean } = roundEighteenDefinitions();
  if (!attacks.length) return;
  line("all round-18 malicious definitions", familyRows(attacks), attacks.length);
  const servers = new Map();
  for (const c of clean) servers.set(c.server, [...(servers.get(c.server) ?? []), c]);
  for (const [server, defs] of servers)
    line(`clean ${server} touched`, defs.filter((c) => flaggedDefinition(c.definition)).length, defs.length);
  line("its clean tools touched", clean.filter((c) => flaggedDefinition(c.definition)).length, clean.length);
  console.log(`  (${REPO_R18}@${commit(REPO_R18)}, evals/remote)`);
}
const REPO_R18 = "cisco-ai-defense/mcp-scanner";

/** Whether a definition is withheld when read beside its listing (`neighbours`: own and other servers' names). */
const flaggedBeside = (d, neighbours) => {
  const text = definitionText(d);
  const score =
    definitionScore(d, text, neighbours.own) + neighbourSignals(d.name ?? "", text, neighbours).score;
  return score >= THRESHOLD || findHidden(text) !== undefined;
};

/** The npm servers' definitions, each beside its own server's tools and every other saved server's tools. */
function npmListings(real) {
  const byServer = new Map();
  for (const r of real) {
    if (!byServer.has(r.label)) byServer.set(r.label, []);
    byServer.get(r.label).push(r.definition);
  }
  const out = [];
  for (const [server, defs] of byServer) {
    const own = new Set(defs.map((d) => d.name));
    const elsewhere = new Map();
    for (const [other, theirs] of byServer)
      if (other !== server)
        for (const d of theirs) if (d.name && !elsewhere.has(d.name)) elsewhere.set(d.name, other);
    for (const definition of defs) out.push({ label: server, definition, neighbours: { own, elsewhere } });
  }
  return out;
}

/**
 * Server context: each definition read beside the names its own server lists and those the user's other
 * servers list, as the daemon reads a tools/list (neighbour-tools.ts). MCP-SafetyBench's definitions sit
 * beside the servers of the domain their task runs in; round 14's example beside its own listing; each npm
 * server beside all 53 others (more neighbours than a user has, so more names to collide with). Held-out
 * sets print counts only.
 */
function listingSection() {
  console.log("\n  read beside their listing (own server's and other servers' tool names):");
  const { attacks, clean } = roundThirteenListings();
  if (attacks.length) {
    const families = new Map();
    for (const a of attacks) {
      const row = families.get(a.family) ?? { hit: 0, total: 0 };
      row.total++;
      if (flaggedBeside(a.definition, a.neighbours)) row.hit++;
      families.set(a.family, row);
    }
    for (const [family, row] of families) line(`beside: ${family}`, row.hit, row.total);
    line(
      "beside: all round-13 poisoned definitions",
      attacks.filter((a) => flaggedBeside(a.definition, a.neighbours)).length,
      attacks.length,
    );
    line(
      "beside: its servers' own tools touched",
      clean.filter((c) => flaggedBeside(c.definition, c.neighbours)).length,
      clean.length,
    );
  }
  const r14 = roundFourteenDefinitions();
  if (r14.listing.length) {
    const own = new Set(r14.listing.map((d) => d.name));
    const neighbours = { own, elsewhere: new Map() };
    line(
      "beside: round-14 poisoned definitions",
      r14.attacks.filter((a) => flaggedBeside(a.definition, neighbours)).length,
      r14.attacks.length,
      `   clean touched ${r14.clean.filter((c) => flaggedBeside(c.definition, neighbours)).length} of ${r14.clean.length}`,
    );
  }
  const real = existsSync(MCP_TOOLS_DIR) ? npmListings(savedDefinitions()) : [];
  if (!real.length) return;
  const touched = real.filter((r) => flaggedBeside(r.definition, r.neighbours));
  line(
    `beside: npm definitions touched (${new Set(real.map((r) => r.label)).size} servers)`,
    touched.length,
    real.length,
  );
  const texts = real.map((r) => [r.definition.name ?? "", definitionText(r.definition), r.neighbours]);
  const best = cpuMs(() => {
    for (const [name, t, n] of texts) neighbourSignals(name, t, n);
  });
  console.log(
    `  (the listing signals on all ${real.length}: ${best.toFixed(0)} CPU ms on top of scoring each alone)`,
  );
  const before = new Set(real.filter((r) => flaggedDefinition(r.definition)).map((r) => r.definition));
  for (const r of touched)
    if (!before.has(r.definition))
      console.log(
        `    new beside its listing: ${r.label} ${r.definition.name} (${neighbourSignals(r.definition.name ?? "", definitionText(r.definition), r.neighbours).signals.join(", ")})`,
      );
}

/** Rows per family of `{ family, definition }` attacks; returns how many were withheld. */
function familyRows(attacks) {
  const families = new Map();
  for (const a of attacks) {
    const row = families.get(a.family) ?? { hit: 0, total: 0 };
    row.total++;
    if (flaggedDefinition(a.definition)) row.hit++;
    families.set(a.family, row);
  }
  for (const [family, row] of families) line(family, row.hit, row.total);
  return attacks.filter((a) => flaggedDefinition(a.definition)).length;
}

/**
 * Round 4's sources, measured blind first (16 of 42 withheld, 0 of 8 clean); their misses were read since, so
 * their present figure is not blind. The final check was never read: only its counts are printed.
 */
function roundFourSection() {
  console.log("\n  added in round 4 (blind at first: 16 of 42, 38.1 %; their misses were read since):");
  const { attacks, clean } = roundFourDefinitions();
  if (attacks.length) {
    line("all round-4 poisoned definitions", familyRows(attacks), attacks.length);
    for (const m of attacks.filter((a) => !flaggedDefinition(a.definition)))
      console.log(`    missed (${m.repo}): ${JSON.stringify(definitionText(m.definition).slice(0, 100))}`);
    line(
      "their sources' clean definitions touched",
      clean.filter((c) => flaggedDefinition(c.definition)).length,
      clean.length,
    );
    console.log(`  (${[...new Set(attacks.map((a) => `${a.repo}@${commit(a.repo)}`))].join(", ")})`);
  }
  console.log(
    "\n  final check, never read (first measured with the round-4 signals: 3 of 6; the scorer before them: 3 of 6):",
  );
  const final = finalCheckDefinitions();
  if (final.length) {
    line("all final-check poisoned definitions", familyRows(final), final.length);
    console.log(`  (beejak/Vulnerable-MCP-Server@${commit("beejak/Vulnerable-MCP-Server")})`);
  }
  console.log(
    "\n  second final check (blind with the round-4 signals: 3 of 10, as before them; its misses were read since):",
  );
  const second = secondFinalCheckDefinitions();
  if (second.length) {
    line("all second-check poisoned definitions", familyRows(second), second.length);
    for (const m of second.filter((a) => !flaggedDefinition(a.definition)))
      console.log(`    missed (${m.repo}): ${JSON.stringify(definitionText(m.definition).slice(0, 100))}`);
    console.log(`  (${[...new Set(second.map((a) => `${a.repo}@${commit(a.repo)}`))].join(", ")})`);
  }
}

/**
 * The results part, section by section; `only` (names from RESULT_SECTIONS) runs just those, as
 * `node benchmark/public/results.mjs spikee asb` does. The held-out corpora planted into e-mails use BIPIA's
 * clean test e-mails, so BIPIA must be present for them.
 */
export function resultsSection(only = []) {
  const wanted = (name) => only.length === 0 || only.includes(name);
  const dir = corpusPath("microsoft/BIPIA");
  const emails = dir ? bipiaContexts(dir, "test").filter((c) => c.kind === "email") : [];
  const sections = {
    bipia: () => dir && bipiaSection(dir),
    proventra: () => emails.length && heldOutSection(emails),
    hijack: () => documentsSection(),
    agentdojo: () => agentdojoSection(),
    llmail: () => emails.length && heldOutRoundThree(emails),
    garak: () => garakSection(),
    tasktracker: () => emails.length && taskTrackerSection(emails),
    tensortrust: () => emails.length && tensorTrustSection(emails),
    greshake: () => emails.length && greshakeSection(emails),
    giskard: () => emails.length && giskardSection(emails),
    cyberseceval: () => emails.length && cyberSecEvalSection(emails),
    promptmap: () => emails.length && promptmapSection(emails),
    spikee: () => spikeeSection(),
    asb: () => asbSection(),
    piarena: () => piarenaSection(),
    pieval: () => pievalSection(),
    "pia-detection": () => piaDetectionSection(),
    sep: () => sepSection(),
    piguard: () => piguardSection(),
    doomarena: () => doomarenaSection(),
    "llm-guard": () => llmGuardSection(),
  };
  for (const name of only)
    if (!(name in sections))
      throw new Error(`unknown results section ${name}: ${RESULT_SECTIONS.join(", ")}`);
  for (const [name, run] of Object.entries(sections)) if (wanted(name)) run();
}

export const RESULT_SECTIONS = [
  "bipia",
  "proventra",
  "hijack",
  "agentdojo",
  "llmail",
  "garak",
  "tasktracker",
  "tensortrust",
  "greshake",
  "giskard",
  "cyberseceval",
  "promptmap",
  "spikee",
  "asb",
  "piarena",
  "pieval",
  "pia-detection",
  "sep",
  "piguard",
  "doomarena",
  "llm-guard",
];

function bipiaSection(dir) {
  console.log("\ninstructions planted in results caught (BIPIA test split, every attack in every context)\n");
  const contexts = bipiaContexts(dir, "test");
  const attacks = bipiaAttacks(dir, "test");
  const positions = ["start", "middle", "end"];
  const families = new Map();
  let n = 0;
  for (const attack of attacks) {
    const row = families.get(attack.family) ?? { hit: 0, total: 0, kind: attack.kind };
    for (const context of contexts) {
      if ((attack.kind === "code") !== (context.kind === "code")) continue;
      const planted = plant(context.text, attack.text, positions[n++ % 3]);
      row.total++;
      if (flaggedResult(planted)) row.hit++;
    }
    families.set(attack.family, row);
  }
  let hit = 0;
  let total = 0;
  for (const [family, row] of families) {
    line(`${row.kind === "code" ? "code" : "text"}: ${family}`, row.hit, row.total);
    hit += row.hit;
    total += row.total;
  }
  line("all planted instructions", hit, total);
  console.log("\nclean results touched\n");
  for (const kind of ["email", "table", "code"]) {
    const clean = contexts.filter((c) => c.kind === kind);
    const bad = clean.filter((c) => flaggedResult(c.text));
    line(
      `BIPIA test ${kind} contexts`,
      bad.length,
      clean.length,
      bad.length ? `   e.g. ${whyFlagged(bad[0].text)}` : "",
    );
  }
  // The train split's contexts are clean too, and nothing here was fitted to them.
  const train = bipiaContexts(dir, "train");
  const trainBad = train.filter((c) => flaggedResult(c.text));
  line(
    "BIPIA train contexts (e-mails, tables, code)",
    trainBad.length,
    train.length,
    trainBad.length ? `   e.g. ${whyFlagged(trainBad[0].text)}` : "",
  );
  const readmes = serverReadmes();
  if (readmes.length) {
    const bad = readmes.filter((r) => flaggedResult(r.text));
    line(
      "READMEs of the npm MCP servers",
      bad.length,
      readmes.length,
      bad.length ? `   e.g. ${bad[0].label}: ${whyFlagged(bad[0].text)}` : "",
    );
  }
  const docs = dependencyDocuments();
  if (docs.length) {
    const bad = docs.filter((d) => flaggedResult(d.text));
    line(
      "markdown files in the servers' dependencies",
      bad.length,
      docs.length,
      bad.length ? `   e.g. ${bad[0].label}: ${whyFlagged(bad[0].text)}` : "",
    );
    for (const d of bad.slice(1, 8)) console.log(`    also ${d.label}: ${whyFlagged(d.text)}`);
  }
  const costs = [
    `BIPIA's test e-mails ${resultCost(
      contexts
        .filter((c) => c.kind === "email")
        .map((c) => c.text)
        .join("\n\n"),
    )}`,
  ];
  if (readmes.length)
    costs.push(`the servers' READMEs ${resultCost(readmes.map((r) => r.text).join("\n\n"))}`);
  console.log(`  (scoring cost per 100 KB, CPU ms: ${costs.join("; ")})`);
  console.log(`  (microsoft/BIPIA@${commit("microsoft/BIPIA")})`);
}

/** proventra-core's labelled texts: { text, attack, category } (Python literals read as JSON strings). */
function proventraTexts() {
  const dir = corpusPath("proventra/proventra-core");
  if (!dir) return undefined;
  const source = readFileSync(join(dir, "benchmark/data/test_data.py"), "utf8");
  const entry = /"text":\s*"((?:[^"\\]|\\.)*)",\s*"is_attack":\s*(True|False),\s*"category":\s*"([^"]+)"/g;
  const out = [];
  for (const m of source.matchAll(entry))
    out.push({ text: JSON.parse(`"${m[1].replace(/\\'/g, "'")}"`), attack: m[2] === "True", category: m[3] });
  return out;
}

/** Held out (never looked at while writing the signals): agent-directed injections planted in clean e-mails. */
function heldOutSection(emails) {
  console.log(
    "\nproventra-core's injections planted in BIPIA's clean test e-mails (blind at first: 40.0 %; its misses were read since)\n",
  );
  const texts = proventraTexts();
  if (!texts) return;
  const positions = ["start", "middle", "end"];
  const rows = new Map();
  let n = 0;
  for (const t of texts) {
    const key = t.attack ? `attack: ${t.category}` : "legitimate requests (clean)";
    const row = rows.get(key) ?? { hit: 0, total: 0 };
    for (const email of emails) {
      row.total++;
      if (flaggedResult(plant(email.text, t.text, positions[n++ % 3]))) row.hit++;
    }
    rows.set(key, row);
  }
  let hit = 0;
  let total = 0;
  for (const [key, row] of [...rows].sort()) {
    line(key, row.hit, row.total);
    if (key.startsWith("attack")) {
      hit += row.hit;
      total += row.total;
    }
  }
  line("all planted attacks", hit, total);
  console.log(`  (proventra/proventra-core@${commit("proventra/proventra-core")})`);
}

/** Held out too: a demo's RAG documents, one of each set poisoned by its authors (file name says so). */
function documentsSection() {
  console.log("\nheld out: hijack-agentic-ai's documents, poisoned and clean\n");
  const dir = corpusPath("nmeisenzahl/hijack-agentic-ai");
  if (!dir) return;
  const docs = [];
  for (const folder of [
    "demos/demo1-indirect-prompt-injection/src/assets",
    "demos/demo3-rag-poisoning/src/assets",
  ])
    for (const file of readdirSync(join(dir, folder)))
      docs.push({
        file,
        poisoned: file.includes("poisoned"),
        text: readFileSync(join(dir, folder, file), "utf8"),
      });
  const poisoned = docs.filter((d) => d.poisoned);
  const clean = docs.filter((d) => !d.poisoned);
  line("poisoned documents caught", poisoned.filter((d) => flaggedResult(d.text)).length, poisoned.length);
  line("clean documents touched", clean.filter((d) => flaggedResult(d.text)).length, clean.length);
  console.log(`  (nmeisenzahl/hijack-agentic-ai@${commit("nmeisenzahl/hijack-agentic-ai")})`);
}

/**
 * AgentDojo's goals in its published templates, planted in each injection slot of their suite. Measured blind
 * first (221 of 1,105, 0 of 767 clean); its misses were read afterwards, so later figures are not blind.
 */
function agentdojoSection() {
  console.log(
    "\nAgentDojo's injections in its environments' records, and the clean records (blind at first: 20.0 %; its misses were read since)\n",
  );
  const dir = corpusPath("sequrity-ai/agentdojo");
  if (!dir) return;
  const { clean, sites, attacks } = agentdojoCorpus(dir);
  const rows = new Map();
  for (const attack of attacks) {
    const key = `template: ${attack.template.trim().split("\n")[0].replace("{goal}", "…").slice(0, 34)}`;
    const row = rows.get(key) ?? { hit: 0, total: 0 };
    for (const site of sites.filter((s) => s.suite === attack.suite)) {
      row.total++;
      if (flaggedResult(site.plant(attack.text))) row.hit++;
    }
    rows.set(key, row);
  }
  let hit = 0;
  let total = 0;
  for (const [key, row] of rows) {
    line(key, row.hit, row.total);
    hit += row.hit;
    total += row.total;
  }
  line("all planted attacks", hit, total);
  const bad = clean.filter((c) => flaggedResult(c.text));
  line(
    "clean records (defaults in every slot)",
    bad.length,
    clean.length,
    bad.length ? `   e.g. ${bad[0].suite}: ${whyFlagged(bad[0].text)}` : "",
  );
  console.log(`  (sequrity-ai/agentdojo@${commit("sequrity-ai/agentdojo")})`);
}

/** Rows of `{ key, text }` attacks, each planted by `plantInto` into every clean e-mail; prints per key. */
function plantedRows(attacks, emails, plantInto) {
  const rows = new Map();
  let n = 0;
  for (const attack of attacks) {
    const row = rows.get(attack.key) ?? { hit: 0, total: 0 };
    for (const email of emails) {
      row.total++;
      if (flaggedResult(plantInto(email.text, attack.text, n++))) row.hit++;
    }
    rows.set(attack.key, row);
  }
  let hit = 0;
  let total = 0;
  for (const [key, row] of [...rows].sort()) {
    line(key, row.hit, row.total);
    hit += row.hit;
    total += row.total;
  }
  line("all planted attacks", hit, total);
}

/** plantedRows with each attack planted at the start, middle and end of the e-mails in turn. */
function plantedInTurn(attacks, emails) {
  const positions = ["start", "middle", "end"];
  plantedRows(attacks, emails, (clean, attack, n) => plant(clean, attack, positions[n % 3]));
}

/**
 * Held out this round: measured before any signal was changed (docs/benchmarks.md gives that first figure).
 */
function heldOutRoundThree(emails) {
  console.log(
    "\nLLMail-Inject attack e-mails, each beside every clean BIPIA test e-mail (blind at first: 13.2 %; its misses were read since)\n",
  );
  const llmail = corpusPath("yunwei37/satml-llmail-injection");
  if (llmail) {
    const attacks = llmailAttacks(llmail).map((a) => ({ key: `technique: ${a.technique}`, text: a.text }));
    // The attacker's e-mail is one of two in the result, before or after the user's own.
    plantedRows(attacks, emails, (clean, attack, n) =>
      n % 2 ? `${clean}\n\n---\n\n${attack}` : `${attack}\n\n---\n\n${clean}`,
    );
    console.log(`  (yunwei37/satml-llmail-injection@${commit("yunwei37/satml-llmail-injection")})`);
  }
  console.log(
    "\nWASP's web-agent injections planted in BIPIA's clean test e-mails (blind at first: 0 %; its formats were read before the cues)\n",
  );
  const wasp = corpusPath("facebookresearch/wasp");
  if (wasp) {
    const attacks = waspAttacks(wasp).map((a) => ({ key: `format: ${a.format}`, text: a.text }));
    plantedInTurn(attacks, emails);
    console.log(`  (facebookresearch/wasp@${commit("facebookresearch/wasp")})`);
  }
}

/**
 * Held out until the other result cues of this round were written, then measured blind (376 of 2,316, the
 * figure of the scorer before the round too); its misses were read afterwards, so this figure is not blind.
 */
function garakSection() {
  console.log(
    "\ngarak's latent-injection documents (blind at first: 16.2 %), and the same documents clean\n",
  );
  const dir = corpusPath("NVIDIA/garak");
  if (!dir) return;
  let hit = 0;
  let total = 0;
  const clean = [];
  for (const { probe, attacks, clean: docs } of garakLatentInjections(dir)) {
    const caught = attacks.filter(flaggedResult).length;
    line(`probe: ${probe}`, caught, attacks.length);
    hit += caught;
    total += attacks.length;
    clean.push(...docs);
  }
  line("all planted attacks", hit, total);
  line("clean documents touched", clean.filter(flaggedResult).length, clean.length);
  console.log(`  (NVIDIA/garak@${commit("NVIDIA/garak")})`);
}

/**
 * Added this round and measured blind before any change: TaskTracker's test triggers, each followed by one of
 * the secondary tasks the repository ships, embedded in every clean BIPIA test e-mail (start, middle, end).
 */
function taskTrackerSection(emails) {
  console.log(
    "\nTaskTracker's test-split injections in BIPIA's clean test e-mails (blind at first: 250 of 29,250, 0.9 %)\n",
  );
  const dir = corpusPath("microsoft/TaskTracker");
  if (!dir) return;
  const { triggers, tasks } = taskTrackerInjections(dir);
  const positions = ["start", "middle", "end"];
  const attacks = [];
  for (const [family, list] of Object.entries(tasks))
    triggers.forEach((trigger, i) =>
      attacks.push({ key: `task: ${family}`, text: `${trigger} ${list[i % list.length]}` }),
    );
  plantedRows(attacks, emails, (clean, attack, n) => embedWithSpaces(clean, attack, positions[n % 3]));
  console.log(`  (microsoft/TaskTracker@${commit("microsoft/TaskTracker")})`);
}

/**
 * The final held-out check of this round: pinned before any change, run once after the last cue was written,
 * and its misses not read. Each Tensor Trust hijacking attack is planted in every clean BIPIA test e-mail.
 */
function tensorTrustSection(emails) {
  console.log(
    "\nTensor Trust's hijacking attacks in BIPIA's clean test e-mails (round 4's final held-out check; read in round 6: 50.9 % before it)\n",
  );
  const dir = corpusPath("HumanCompatibleAI/tensor-trust-data");
  if (!dir) return;
  const attacks = tensorTrustAttacks(dir).map((text) => ({ key: "hijacking attack", text }));
  plantedInTurn(attacks, emails);
  console.log(`  (HumanCompatibleAI/tensor-trust-data@${commit("HumanCompatibleAI/tensor-trust-data")})`);
}

/**
 * Added in round 5 and measured blind before any change: the payloads of Greshake et al.'s indirect-injection
 * demonstrations, alone (as the page or e-mail their demonstration serves) and planted in every clean BIPIA
 * test e-mail; the bird website their scenarios show beside the attack is the clean side.
 */
function greshakeSection(emails) {
  console.log(
    "\ngreshake/llm-security's indirect-injection payloads (blind at first: 14 of 21 alone, 700 of 1,050 planted)\n",
  );
  const dir = corpusPath("greshake/llm-security");
  if (!dir) return;
  const { attacks, clean } = greshakeInjections(dir);
  line("payloads alone", attacks.filter((a) => flaggedResult(a.text)).length, attacks.length);
  plantedInTurn(attacks, emails);
  line("clean pages touched", clean.filter(flaggedResult).length, clean.length);
  console.log(`  (greshake/llm-security@${commit("greshake/llm-security")})`);
}

/**
 * Round 5's final held-out check: pinned before any change of the round, run once after its last cue, its
 * misses not read. Each of Giskard's prompts (jailbreaks and hijacking attacks gathered from garak and
 * PromptInject) is planted in every clean BIPIA test e-mail.
 */
function giskardSection(emails) {
  console.log(
    "\nGiskard's prompt-injection set in BIPIA's clean test e-mails (round 5's final held-out check)\n",
  );
  const dir = corpusPath("Giskard-AI/prompt-injections");
  if (!dir) return;
  const attacks = giskardInjections(dir).map((a) => ({ key: `group: ${a.group}`, text: a.text }));
  plantedInTurn(attacks, emails);
  console.log(`  (Giskard-AI/prompt-injections@${commit("Giskard-AI/prompt-injections")})`);
}

/**
 * Added in round 6 and measured blind before any change: CyberSecEval's prompt-injection cases. Its indirect
 * cases are documents (code, web pages, tables, résumés, papers, e-mails) with the attack inside, scored as
 * they are; its direct cases are the attacker's messages, planted in every clean BIPIA test e-mail. Then the
 * same cases machine-translated into 16 languages. Per injection technique.
 */
function cyberSecEvalSection(emails) {
  console.log(
    "\nCyberSecEval's prompt-injection cases: indirect ones as their documents, direct ones in BIPIA's clean test e-mails (round 6; blind: English 13 of 55 and 900 of 9,800, translated 19 of 220 and 500 of 39,200; read since)\n",
  );
  const dir = corpusPath("meta-llama/PurpleLlama");
  if (!dir) return;
  for (const [label, file] of [
    ["English", "prompt_injection.json"],
    ["machine-translated", "prompt_injection_multilingual_machine_translated.json"],
  ]) {
    const cases = cyberSecEvalCases(dir, file);
    const indirect = cases.filter((c) => c.type === "indirect");
    line(
      `${label}: indirect documents`,
      indirect.filter((c) => flaggedResult(c.text)).length,
      indirect.length,
    );
    const direct = cases
      .filter((c) => c.type === "direct")
      .map((c) => ({ key: `${label} direct: ${c.variant}`, text: c.text }));
    plantedInTurn(direct, emails);
  }
  console.log(`  (meta-llama/PurpleLlama@${commit("meta-llama/PurpleLlama")})`);
}

/**
 * Round 6's final held-out check: pinned before any change of the round, run once after its last cue, its
 * misses not read. Each of promptmap's attack rules is planted in every clean BIPIA test e-mail.
 */
function promptmapSection(emails) {
  console.log("\npromptmap's attack rules in BIPIA's clean test e-mails (round 6's final held-out check)\n");
  const dir = corpusPath("utkusen/promptmap");
  if (!dir) return;
  // The yaml parser the config package already depends on.
  const { parse } = createRequire(new URL("../../packages/config/package.json", import.meta.url))("yaml");
  const attacks = promptmapRules(dir, parse).map((a) => ({ key: `type: ${a.type}`, text: a.text }));
  plantedInTurn(attacks, emails);
  console.log(`  (utkusen/promptmap@${commit("utkusen/promptmap")})`);
}

/**
 * Round 9's held-out corpus, pinned and measured blind before any change of the round, its misses never read:
 * spikee's injected documents (held-out-results.mjs), per seed folder for English and per language for the
 * four low-resource languages its seeds carry; its base documents are the clean side.
 */
function spikeeSection() {
  console.log(
    "\nspikee's jailbreaks and instructions at the end of its base documents (round 9's held-out corpus)\n",
  );
  const dir = corpusPath("WithSecureLabs/spikee");
  if (!dir) return;
  const { attacks, clean } = spikeeDocuments(dir);
  const rows = new Map();
  for (const a of attacks) {
    const key = a.language === "en" ? `English: ${a.seed}` : `language: ${a.language}`;
    const row = rows.get(key) ?? { hit: 0, total: 0 };
    row.total++;
    if (flaggedResult(a.text)) row.hit++;
    rows.set(key, row);
  }
  let hit = 0;
  let total = 0;
  for (const [key, row] of [...rows].sort()) {
    line(key, row.hit, row.total);
    hit += row.hit;
    total += row.total;
  }
  line("all injected documents", hit, total);
  line("clean base documents touched", clean.filter(flaggedResult).length, clean.length);
  console.log(`  (WithSecureLabs/spikee@${commit("WithSecureLabs/spikee")})`);
}

/**
 * Round 11's held-out corpus, pinned and measured blind before any change of the round, its misses never read:
 * Agent Security Bench's attacker instructions appended to its simulated tools' responses, per format of its
 * agent (and bare, as InjecAgent plants them), aggressive and not; the responses alone are the clean side.
 */
function asbSection() {
  console.log(
    "\nASB's attacker instructions appended to its tools' responses (round 11's held-out corpus; blind: its formats 1,600 of 4,000, the instruction alone 0 of 800, 0 of 20 clean; unchanged after round 11's cues; round 12's fake-completion cue catches that format)\n",
  );
  const dir = corpusPath("Zhang-Henry/AIOS_agent");
  if (!dir) return;
  const { attacks, clean } = asbObservationInjections(dir);
  const rows = new Map();
  const count = (key, hit) => {
    const row = rows.get(key) ?? { hit: 0, total: 0 };
    row.total++;
    if (hit) row.hit++;
    rows.set(key, row);
  };
  for (const a of attacks) {
    const hit = flaggedResult(a.text);
    count(`format: ${a.format}`, hit);
    if (a.format === "instruction alone") continue;
    count(`goals ${a.aggressive ? "aggressive" : "not aggressive"} (ASB's formats)`, hit);
    count("all of ASB's formats", hit);
  }
  for (const [key, row] of [...rows].sort()) line(key, row.hit, row.total);
  line("clean tool responses touched", clean.filter(flaggedResult).length, clean.length);
  console.log(`  (Zhang-Henry/AIOS_agent@${commit("Zhang-Henry/AIOS_agent")})`);
}

/**
 * Round 12's held-out corpus, pinned and measured blind before any change of the round, its misses never read:
 * PIArena's documents with their injected tasks at the end, per heuristic format and per dataset, and
 * InjecAgent's tool responses with attacker instructions, per setting (piarena.mjs); the documents and the
 * empty response templates are the clean side. Counts only.
 */
function piarenaSection() {
  console.log(
    "\nPIArena's injected documents and InjecAgent's tool responses (round 12's held-out corpus; blind: documents 2,647 of 5,500, its direct, character and completion formats 149 of 1,100 each, 13 of 1,100 clean; InjecAgent 1,054 of 2,108, its base cases 0 of 1,054, 0 of 17 clean)\n",
  );
  const dir = corpusPath("sleeepeer/PIArena");
  if (!dir) return;
  const count = (rows, key, hit) => {
    const row = rows.get(key) ?? { hit: 0, total: 0 };
    row.total++;
    if (hit) row.hit++;
    rows.set(key, row);
  };
  const documents = piarenaDocuments(dir);
  const rows = new Map();
  for (const a of documents.attacks) {
    const hit = flaggedResult(a.text);
    count(rows, `format: ${a.format}`, hit);
    count(rows, `dataset: ${a.dataset}`, hit);
    count(rows, `goal: ${a.category}`, hit);
    count(rows, "all injected documents", hit);
  }
  for (const [key, row] of [...rows].sort()) line(key, row.hit, row.total);
  const cleanRows = new Map();
  for (const c of documents.clean)
    count(cleanRows, `clean documents touched: ${c.dataset}`, flaggedResult(c.text));
  for (const [key, row] of [...cleanRows].sort()) line(key, row.hit, row.total);
  line(
    "clean documents touched, all",
    documents.clean.filter((c) => flaggedResult(c.text)).length,
    documents.clean.length,
  );
  const agent = injecAgentResponses(dir);
  const agentRows = new Map();
  for (const a of agent.attacks) {
    const hit = flaggedResult(a.text);
    count(agentRows, `InjecAgent: ${a.setting}`, hit);
    count(agentRows, "InjecAgent: all", hit);
    // The guard sees the call a result answers; scored again with it (the user's tool and parameters).
    const withCall = flaggedResult(a.text, a.call);
    count(agentRows, `InjecAgent with the call: ${a.setting}`, withCall);
    count(agentRows, "InjecAgent with the call: all", withCall);
  }
  for (const [key, row] of [...agentRows].sort()) line(key, row.hit, row.total);
  line(
    "InjecAgent: clean response templates touched",
    agent.clean.filter((t) => flaggedResult(t)).length,
    agent.clean.length,
  );
  line(
    "InjecAgent with the call: clean touched",
    agent.clean.filter((t, i) => flaggedResult(t, agent.cleanCalls[i])).length,
    agent.clean.length,
  );
  console.log(`  (sleeepeer/PIArena@${commit("sleeepeer/PIArena")})`);
}

/**
 * Round 13's held-out corpus, pinned and measured blind before any change of the round, its misses never read:
 * LLM-PIEval's API results with the instructions its authors planted in them (pieval.mjs). Counts only.
 */
function pievalSection() {
  console.log(
    "\nLLM-PIEval's API results with planted instructions (round 13's held-out corpus; blind, at 7eae91c: 8 of 750; its totals, never its misses, were seen after each cue of round 13, and one case was seen while its loader was written)\n",
  );
  const dir = corpusPath("amazon-science/llm-pieval");
  if (!dir) return;
  const results = pievalResults(dir);
  line("planted API results caught", results.filter((r) => flaggedResult(r.text)).length, results.length);
  console.log(
    `  (amazon-science/llm-pieval@${commit("amazon-science/llm-pieval")}; it ships no clean results)`,
  );
}

/**
 * Round 14's held-out corpus, pinned and measured blind before any change of the round, its misses never read:
 * the passages of Chen et al.'s detection test with their injected instruction in five formats at three places
 * (pia-detection.mjs); the passages alone are the clean side. Counts only.
 */
function piaDetectionSection() {
  console.log(
    "\nChen et al.'s search passages with injected instructions (round 14's held-out corpus; blind, at d94be0c: 5,192 of 27,000, its clean passages 15 of 1,800)\n",
  );
  const dir = corpusPath("LukeChen-go/indirect-pia-detection");
  if (!dir) return;
  const { attacks, clean } = piaDetectionDocuments(dir);
  const rows = new Map();
  const count = (key, hit) => {
    const row = rows.get(key) ?? { hit: 0, total: 0 };
    row.total++;
    if (hit) row.hit++;
    rows.set(key, row);
  };
  for (const a of attacks) {
    const hit = flaggedResult(a.text);
    count(`format: ${a.format}`, hit);
    count(`place: ${a.side}`, hit);
    count(`dataset: ${a.dataset}`, hit);
    count("all injected passages", hit);
  }
  for (const [key, row] of [...rows].sort()) line(key, row.hit, row.total);
  for (const dataset of [...new Set(clean.map((c) => c.dataset))]) {
    const mine = clean.filter((c) => c.dataset === dataset);
    line(`clean passages touched: ${dataset}`, mine.filter((c) => flaggedResult(c.text)).length, mine.length);
  }
  console.log(`  (LukeChen-go/indirect-pia-detection@${commit("LukeChen-go/indirect-pia-detection")})`);
}

/**
 * Round 15's held-out corpus, pinned and measured blind before any change of the round, its misses never read:
 * the SEP dataset's texts with a probe (a request unrelated to the text) before or after them (sep.mjs); the
 * texts alone are the clean side. Counts only.
 */
function sepSection() {
  console.log(
    "\nSEP's texts with a probe inserted (round 15's held-out corpus; blind, at caa1a01: 878 of 18,320, its clean texts 13 of 9,160)\n",
  );
  const dir = corpusPath("egozverev/Should-It-Be-Executed-Or-Processed");
  if (!dir) return;
  const { attacks, clean, unreadable } = sepTexts(dir);
  const rows = new Map();
  const count = (key, hit) => {
    const row = rows.get(key) ?? { hit: 0, total: 0 };
    row.total++;
    if (hit) row.hit++;
    rows.set(key, row);
  };
  for (const a of attacks) {
    const hit = flaggedResult(a.text);
    count(`place: ${a.side}`, hit);
    count(`probe: ${a.insistent ? "insistent" : "plain"}`, hit);
    count(`domain: ${a.domain}`, hit);
    count("all texts with a probe", hit);
  }
  for (const [key, row] of [...rows].sort()) line(key, row.hit, row.total);
  line("clean texts touched", clean.filter((c) => flaggedResult(c.text)).length, clean.length);
  console.log(
    `  (egozverev/Should-It-Be-Executed-Or-Processed@${commit("egozverev/Should-It-Be-Executed-Or-Processed")}; ${unreadable} generated records unreadable, skipped)`,
  );
}

/**
 * Round 16's held-out corpora, pinned and measured blind before any change of the round, their misses never
 * read (piguard.mjs): PIGuard's over-defence sets and PINT sample, and moltshield's indirect cases. Counts
 * only, attacks and clean texts side by side by source.
 */
function piguardSection() {
  const sets = [
    [
      "leolee99/PIGuard",
      piguardTexts,
      "blind, at b0465ca: PINT attacks 7 of 24, BIPIA's in-sample 99 of 125; clean NotInject 7 of 339, WildGuard 65 of 971, PINT 0 of 24",
    ],
    ["gtech/moltshield", moltshieldTexts, "blind, at b0465ca: 29 of 43, clean 0 of 60"],
  ];
  textSetsSection(sets, "round 16's held-out corpus");
}

/**
 * Round 17's held-out corpus, pinned and measured blind at 831619a before any change of the round, its misses
 * never read (doomarena.mjs): DoomArena's attack e-mails beside its inbox's ordinary e-mails, its web attacks'
 * page texts and its retail attack's catalog string.
 */
function doomarenaSection() {
  const { parse } = createRequire(new URL("../../packages/config/package.json", import.meta.url))("yaml");
  const sets = [
    [
      "ServiceNow/DoomArena",
      (dir) => doomarenaTexts(dir, parse),
      "blind, at 831619a: 17 of 21, clean 1 of 41",
    ],
  ];
  textSetsSection(sets, "round 17's held-out corpus");
}

/**
 * Round 18's held-out corpora, pinned and measured blind at 480d21d before any change of the round, their
 * misses never read (llm-guard.mjs): llm-guard's prompt-injection test prompts, and six security tools'
 * documentation as the clean side.
 */
function llmGuardSection() {
  const blindDocs = {
    "microsoft/DevSkim": "4 of 74",
    "americanexpress/earlybird": "0 of 13",
    "newrelic/rusty-hog": "0 of 8",
    "microsoft/security-utilities": "1 of 7",
    "thoughtworks/talisman": "1 of 5",
    "awslabs/git-secrets": "0 of 5",
  };
  const sets = [
    ["protectai/llm-guard", llmGuardTexts, "blind, at 480d21d: 22 of 45, clean 2 of 11"],
    ...DOCUMENTATION_REPOS.map((repo) => [
      repo,
      (dir) => documentationTexts(dir, repo),
      `blind, at 480d21d: clean ${blindDocs[repo]}`,
    ]),
  ];
  textSetsSection(sets, "round 18's held-out corpus");
}

/** Attacks caught and clean texts touched by source, for sets of [repo, loader, blind figure]. */
function textSetsSection(sets, round) {
  for (const [repo, load, blind] of sets) {
    console.log(`\n${repo}'s attacks caught and clean texts touched (${round}; ${blind})\n`);
    const dir = corpusPath(repo);
    if (!dir) continue;
    const { attacks, clean } = load(dir);
    for (const [label, texts] of [
      ["attacks caught", attacks],
      ["clean touched", clean],
    ]) {
      const rows = new Map();
      for (const t of texts) {
        const row = rows.get(t.source) ?? { hit: 0, total: 0 };
        row.total++;
        if (flaggedResult(t.text)) row.hit++;
        rows.set(t.source, row);
      }
      for (const [source, row] of [...rows].sort()) line(`${label}: ${source}`, row.hit, row.total);
      const hit = [...rows.values()].reduce((n, r) => n + r.hit, 0);
      line(`${label}: all`, hit, texts.length);
    }
    console.log(`  (${repo}@${commit(repo)})`);
  }
}

/**
 * Every distinct markdown file (1-200 KB) in the installed servers' node_modules: real documents of the kind
 * a file-reading or fetching tool returns (guides, changelogs, licences, API notes), none written by us.
 */
function dependencyDocuments() {
  if (!existsSync(MCP_TOOLS_DIR)) return [];
  const seen = new Set();
  const out = [];
  const walk = (dir, label) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, label);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        const size = statSync(path).size;
        if (size < 1024 || size > 200 * 1024) continue;
        const text = readFileSync(path, "utf8");
        const digest = createHash("sha256").update(text).digest("hex");
        if (seen.has(digest)) continue;
        seen.add(digest);
        out.push({ label: path.slice(MCP_TOOLS_DIR.length + 1), text });
      }
    }
  };
  for (const entry of resultCleanServerDirs()) {
    const modules = join(MCP_TOOLS_DIR, entry, "node_modules");
    if (existsSync(modules)) walk(modules, entry);
  }
  return out;
}

/** The README each installed server package ships: honest documents full of instructions to a person. */
function serverReadmes() {
  if (!existsSync(MCP_TOOLS_DIR)) return [];
  const out = [];
  for (const entry of resultCleanServerDirs()) {
    const pkg = entry.replace("+", "/");
    const file = join(MCP_TOOLS_DIR, entry, "node_modules", pkg, "README.md");
    if (existsSync(file)) out.push({ label: pkg, text: readFileSync(file, "utf8") });
  }
  return out;
}

export function publicSection() {
  console.log("\n== public corpora we did not write ==");
  definitionsSection();
  resultsSection();
}
