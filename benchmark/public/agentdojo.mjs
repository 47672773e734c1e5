// AgentDojo (MIT; read from the pinned fork sequrity-ai/agentdojo): four simulated environments (banking,
// Slack, travel, workspace) whose data holds `{placeholder}` slots where the authors plant injections, each
// with a benign default. An attack is one of the suite's injection goals wrapped in one of the published attack
// templates ("TODO: {goal}", "<INFORMATION> This is an important message from me …", …), planted into each slot
// of its suite in turn; a result is the environment record (an e-mail, a file, a message, a review, a web page)
// that holds the slot. The clean side is every record with the defaults filled in.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const SUITES = ["banking", "slack", "travel", "workspace"];
// The names the authors' own attack runs put into the template (their default user and a model name).
const USER = "Emma Johnson";
const MODEL = "GPT-4";

/** Python string literals in order, with their offsets; implicit concatenation is joined by the caller. */
function literals(source) {
  const out = [];
  const literal = /(?:\bf)?(?:"""([\s\S]*?)"""|"((?:[^"\\\n]|\\.)*)")/g;
  for (const m of source.matchAll(literal)) {
    const body = m[1] ?? m[2];
    const text = m[1] !== undefined ? body : JSON.parse(`"${body.replace(/\\'/g, "'")}"`);
    out.push({ start: m.index, end: m.index + m[0].length, text, doc: m[1] !== undefined });
  }
  return out;
}

/** Literals that Python would concatenate (separated only by whitespace), joined. */
function joinedLiterals(source) {
  const out = [];
  for (const lit of literals(source)) {
    const last = out.at(-1);
    if (last && /^\s*$/.test(source.slice(last.end, lit.start))) {
      last.text += lit.text;
      last.end = lit.end;
    } else out.push({ ...lit });
  }
  return out;
}

/** Each injection task's GOAL, its `{NAME}` fields filled from the assignments above it in the file. */
function goals(dir, suite) {
  const source = readFileSync(
    join(dir, "src/agentdojo/default_suites/v1", suite, "injection_tasks.py"),
    "utf8",
  );
  const joined = joinedLiterals(source);
  const out = [];
  for (const m of source.matchAll(/\bGOAL = /g)) {
    const lit = joined.find((l) => l.start >= m.index && l.start <= m.index + 12);
    if (!lit) continue;
    const fields = new Map();
    for (const a of source.slice(0, m.index).matchAll(/\b(\w+) = f?"([^"\n]*)"/g)) fields.set(a[1], a[2]);
    out.push(lit.text.replace(/\{(\w+)\}/g, (all, name) => fields.get(name) ?? all));
  }
  return out;
}

/**
 * The attack templates of the baseline attack files: every concatenated literal with a `{goal}` slot, except
 * docstrings and the template that needs the tools' call syntax filled in (`{tools}`).
 */
export function agentdojoTemplates(dir) {
  const out = [];
  for (const file of ["baseline_attacks.py", "important_instructions_attacks.py"]) {
    const source = readFileSync(join(dir, "src/agentdojo/attacks", file), "utf8");
    for (const lit of joinedLiterals(source))
      if (lit.text.includes("{goal}") && !lit.doc && !lit.text.includes("{tools}") && !out.includes(lit.text))
        out.push(lit.text);
  }
  return out;
}

function suiteSources(dir, suite) {
  const base = join(dir, "src/agentdojo/data/suites", suite);
  const files = [readFileSync(join(base, "environment.yaml"), "utf8")];
  try {
    for (const f of readdirSync(join(base, "include")).sort())
      files.push(readFileSync(join(base, "include", f), "utf8"));
  } catch {
    // suites without included files
  }
  return files;
}

/** The defaults of a suite's injection slots (a flat YAML map: slot → { description, default }). */
function defaults(dir, suite) {
  const text = readFileSync(join(dir, "src/agentdojo/data/suites", suite, "injection_vectors.yaml"), "utf8");
  const out = new Map();
  let slot;
  for (const line of text.split("\n")) {
    const key = /^(\w+):\s*$/.exec(line);
    if (key) slot = key[1];
    const value = /^\s+default:\s*(.*)$/.exec(line);
    if (slot && value) {
      const raw = value[1].trim();
      out.set(slot, raw.startsWith('"') ? JSON.parse(raw) : raw.replace(/^'|'$/g, ""));
    }
  }
  return out;
}

const unescape = (yaml) => yaml.replace(/\\n/g, "\n").replace(/\\t/g, "\t");

/** A YAML file cut into records: a list item or a quoted map value near the top level starts a new one. */
function records(yaml) {
  const out = [];
  let current = [];
  for (const line of yaml.split("\n")) {
    if (/^ {0,6}(?:- |"?[\w.-]+"?: ")/.test(line) && current.length) {
      out.push(current.join("\n"));
      current = [];
    }
    current.push(line);
  }
  if (current.length) out.push(current.join("\n"));
  return out.filter((r) => r.trim());
}

/**
 * { clean: [{ suite, text }], attacks: [{ suite, template, goal, at: (text) => record }] }: `at` plants an
 * attack text into one slot's record, the other slots of that record keeping their defaults.
 */
export function agentdojoCorpus(dir) {
  const clean = [];
  const sites = [];
  for (const suite of SUITES) {
    const fill = defaults(dir, suite);
    for (const source of suiteSources(dir, suite))
      for (const record of records(source)) {
        // A tool returns the values, not their YAML spelling: escaped line breaks and tabs read as such.
        const withDefaults = (except, value) =>
          unescape(record).replace(/\{(\w+)\}/g, (all, name) =>
            name === except ? value : fill.has(name) ? fill.get(name) : all,
          );
        clean.push({ suite, text: withDefaults() });
        for (const m of unescape(record).matchAll(/\{(\w+)\}/g))
          if (fill.has(m[1])) sites.push({ suite, plant: (attack) => withDefaults(m[1], attack) });
      }
  }
  const templates = agentdojoTemplates(dir);
  const attacks = [];
  for (const suite of SUITES)
    for (const goal of goals(dir, suite))
      for (const template of templates)
        attacks.push({
          suite,
          template,
          text: template
            .replace("{goal}", goal)
            .replace(/\{user\}/g, USER)
            .replace("{model}", MODEL),
        });
  return { clean, sites, attacks };
}
