// Definitions added in round 8, read from the sources their authors published (pinned in corpora.mjs) and
// labelled by what the authors say of them (a README table, a module docstring naming the attack), never by
// what the scorer makes of them. They are this round's held-out check: measured blind once before any signal
// changed, and once at the end; the bench prints only their counts, never what they missed.
import { corpusPath } from "./corpora.mjs";
import { javaTools } from "./java-tools.mjs";
import { byName, read } from "./poisoned-definitions-round5.mjs";
import { valuesAfter } from "./python-literals.mjs";

/**
 * mdatikshahriar's Spring AI demo: its README names `searchLocation` as the poisoned tool; the other weather
 * tools and the math tools beside it are the clean side.
 */
function springDemo(attacks, clean) {
  const repo = "mdatikshahriar/mcp-attack-demo-spring";
  const dir = corpusPath(repo);
  if (!dir) return;
  const base = "server/src/main/java/com/example/server";
  for (const definition of javaTools(read(dir, `${base}/service/WeatherService.java`)))
    if (definition.name === "searchLocation")
      attacks.push({ repo, family: "conversation harvesting in a hidden comment", definition });
    else clean.push({ repo, definition });
  for (const definition of javaTools(read(dir, `${base}/tools/MathTools.java`)))
    clean.push({ repo, definition });
}

/** A tool registered by `mcp.add_tool(fn, name="…", description=…)`: its name, description and fn's parameters. */
function addedTool(source, description) {
  const call = /mcp\.add_tool\(\s*(\w+)\s*,\s*name\s*=\s*"([^"]+)"/.exec(source);
  if (!call) throw new Error("rafsan-huseynov/evil-mcp-lab: no add_tool call; the pinned file changed?");
  const params = new RegExp(`def\\s+${call[1]}\\s*\\(([^)]*)\\)`).exec(source)?.[1] ?? "";
  const properties = {};
  for (const p of params.split(",")) {
    const name = /^\s*(\w+)/.exec(p)?.[1];
    if (name) properties[name] = {};
  }
  return { name: call[2], description, inputSchema: { type: "object", properties } };
}

/**
 * rafsan-huseynov's lab: its README's table says which tools carry orders in their description (poisoning,
 * shadowing, the rug pull's later description). Fetch_notes (the attack is in its result), repeat (a schema
 * mismatch) and the rug pull's first description are the clean side. Three tools are on neither side: the
 * table says their descriptions advertise what the code does (credential paths, traversal, a diagnostics
 * upload), which is no order to the model but is not an honest tool either.
 */
function evilLab(attacks, clean) {
  const repo = "rafsan-huseynov/evil-mcp-lab";
  const dir = corpusPath(repo);
  if (!dir) return;
  const module = (name) => read(dir, `server/attacks/${name}.py`);
  const description = (source) => {
    const [value] = valuesAfter(source, "description=");
    if (typeof value !== "string") throw new Error(`${repo}: description not read; the pinned file changed?`);
    return value;
  };
  for (const [name, family] of [
    ["tool_poisoning", "hidden orders to read a secret file"],
    ["tool_shadowing", "shadowing another tool's arguments"],
  ]) {
    const source = module(name);
    attacks.push({ repo, family, definition: addedTool(source, description(source)) });
  }
  const rug = module("rug_pull");
  const first = description(rug);
  const [added] = valuesAfter(rug, "_EVIL = _CLEAN +");
  if (typeof added !== "string") throw new Error(`${repo}: rug pull not read; the pinned file changed?`);
  attacks.push({
    repo,
    family: "rug pull (the later description)",
    definition: addedTool(rug, first + added),
  });
  clean.push({ repo, definition: addedTool(rug, first) });
  for (const name of ["injection_relay", "schema_mismatch"]) {
    const source = module(name);
    clean.push({ repo, definition: addedTool(source, description(source)) });
  }
}

/**
 * aganita's CTF: the challenge its docstring calls tool description poisoning (`help_system`); its neighbour
 * and every other challenge's tools (path traversal, exposed tokens, runtime shadowing, privilege escalation:
 * flaws in the code) are the clean side.
 */
function ctf(attacks, clean) {
  const repo = "aganita/mcp-ctf-challenge";
  const dir = corpusPath(repo);
  if (!dir) return;
  const tools = (path) => {
    const [list] = valuesAfter(read(dir, `src/challenges/${path}.py`), "self.tools =");
    if (!Array.isArray(list)) throw new Error(`${repo}: ${path} not read; the pinned file changed?`);
    return list;
  };
  const poisoning = byName(tools("easy/tool_poisoning"), repo);
  attacks.push({ repo, family: "hidden orders in a help tool", definition: poisoning("help_system") });
  clean.push({ repo, definition: poisoning("system_status") });
  for (const path of [
    "easy/file_access",
    "easy/prompt_injection",
    "easy/token_exposure",
    "medium/indirect_injection",
    "medium/privilege_escalation",
    "medium/tool_shadowing",
  ])
    for (const definition of tools(path)) clean.push({ repo, definition });
}

/** Round 8's held-out set: attacks (with family) and clean definitions. */
export function roundEightDefinitions() {
  const attacks = [];
  const clean = [];
  springDemo(attacks, clean);
  evilLab(attacks, clean);
  ctf(attacks, clean);
  return { attacks, clean };
}
