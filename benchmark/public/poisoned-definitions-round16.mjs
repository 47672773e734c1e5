// Definitions added in round 16, read from MCP Security Bench (dongsenzhang/MSB, ICLR 2026, MIT; pinned in
// corpora.mjs). It is this round's held-out check: measured blind once before any signal changed, and once at
// the end; the bench prints only counts, never what was missed.
//
// MSB attacks a tool listing in two ways this reads:
// - its attack servers (`data/tools/attack_tools/<agent>/<server>/`): a clean server file and, beside it, one
//   file per attack (`<server>-preference_manipulation.py`, `-out_of_scope_parameter.py`, …) that its runner
//   starts instead. Labels come from the files, never from the scorer: a tool of an attack file whose
//   definition (name, description, parameters as a client lists them) differs from the clean file's tool of
//   that name, or that the clean file lacks, is poisoned with that attack's name; an unchanged one is the same
//   clean tool again and is skipped. The clean files' tools are the clean side.
// - its prompt injection (`prompt_injection`): the runner appends `PROMPT_INJECTION_TEMPLATE` with each attack
//   task's goal to the tool descriptions it shows the model; each such text is one poisoned description.
// Tool transfer (an attack on the tool's response) and name collision (a second tool of the same name) are
// attacks on the response or on the name: their files are read, and count only where the definition changed.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { read } from "./poisoned-definitions-round5.mjs";
import { functionTools, valuesAfter } from "./python-literals.mjs";

const REPO = "dongsenzhang/MSB";
const ATTACK_TOOLS = "data/tools/attack_tools";
// The attacks that change what a tool's definition says (the paper's tool-signature and tool-parameter attacks).
const DEFINITION_ATTACKS = [
  "preference_manipulation-out_of_scope_parameter",
  "preference_manipulation",
  "out_of_scope_parameter",
  "name_overlap",
];

const key = (t) => JSON.stringify([t.name, t.description.trim(), t.inputSchema]);

/**
 * The part of a server file that one attack registers: the Word server keeps every attack's tools in one file,
 * each in its own `def register_tools_<attack>():`; the others have one file per attack, all of it.
 */
function attackSection(source, attack) {
  const start = source.indexOf(`def register_tools_${attack.replaceAll("-", "_")}():`);
  if (start === -1) return source;
  const end = source.indexOf("\ndef ", start + 1);
  return source.slice(start, end === -1 ? undefined : end);
}

/** Each attack server directory: its clean file and its attack files, by the runner's naming. */
function serverFiles(dir) {
  const out = [];
  for (const agent of readdirSync(join(dir, ATTACK_TOOLS), { withFileTypes: true })) {
    if (!agent.isDirectory()) continue;
    for (const server of readdirSync(join(dir, ATTACK_TOOLS, agent.name), { withFileTypes: true })) {
      if (!server.isDirectory()) continue;
      const path = join(ATTACK_TOOLS, agent.name, server.name);
      const files = readdirSync(join(dir, path)).filter((f) => f.endsWith(".py"));
      // The runner names each attack file `<clean stem>-<attack>.py`; a clean file's name has no dash.
      for (const clean of files.filter((f) => !f.includes("-"))) {
        const stem = clean.slice(0, -3);
        const attacks = files.filter((f) => f.startsWith(`${stem}-`));
        if (attacks.length) out.push({ path, clean, attacks, stem });
      }
    }
  }
  return out;
}

/** The prompt-injection texts the runner shows the model: its template with each attack task's goal. */
function injectionTexts(dir) {
  const [template] = valuesAfter(read(dir, "data/prompt_template.py"), "\nPROMPT_INJECTION_TEMPLATE =");
  if (typeof template !== "string") throw new Error(`${REPO}: PROMPT_INJECTION_TEMPLATE not read`);
  const tasks = read(dir, "data/attack_task.jsonl").split("\n").filter(Boolean).map(JSON.parse);
  // The runner puts its own log file name and a process id where the goal says `file_name` and `{pid}`.
  return tasks.map((t) => ({
    task: t.attack_task,
    text: template.replace(
      "{goal}",
      t.implementation.replace("file_name", "output_file").replace("{pid}", "4242"),
    ),
  }));
}

export function roundSixteenDefinitions() {
  const attacks = [];
  const clean = [];
  const dir = corpusPath(REPO);
  if (!dir) return { attacks, clean };
  for (const { path, clean: cleanFile, attacks: attackFiles, stem } of serverFiles(dir)) {
    const cleanTools = functionTools(read(dir, join(path, cleanFile)), "@mcp.tool");
    if (!cleanTools.length) throw new Error(`${REPO}:${path}/${cleanFile}: no tools read`);
    const cleanKeys = new Set(cleanTools.map(key));
    for (const definition of cleanTools) clean.push({ repo: REPO, family: "clean server", definition });
    for (const file of attackFiles) {
      const attack = file.slice(stem.length + 1, -3);
      if (!DEFINITION_ATTACKS.includes(attack)) continue;
      const tools = functionTools(attackSection(read(dir, join(path, file)), attack), "@mcp.tool");
      if (!tools.length) throw new Error(`${REPO}:${path}/${file}: no tools read`);
      for (const definition of tools)
        if (!cleanKeys.has(key(definition))) attacks.push({ repo: REPO, family: attack, definition });
    }
  }
  for (const { text } of injectionTexts(dir))
    attacks.push({ repo: REPO, family: "prompt_injection", definition: { name: "tool", description: text } });
  return { attacks, clean };
}
