// Poisoned tool definitions added in round 4, read from the sources their authors published (pinned in
// corpora.mjs): each entry is the whole definition a client would list (name, description, and every title,
// annotation and schema string the author wrote), labelled with the attack family its authors describe.
// The first four sources were measured once, blind, before any signal was changed (docs/benchmarks.md gives
// that figure); beejak/Vulnerable-MCP-Server is the final check, never read while the signals were written.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { functionTools, UNKNOWN, valuesAfter } from "./python-literals.mjs";

/** The first triple-quoted string after `anchor` (a docstring), or undefined. */
export function pythonString(source, anchor) {
  const at = source.indexOf(anchor);
  if (at === -1) return undefined;
  const m = /("""|''')([\s\S]*?)\1/.exec(source.slice(at));
  return m?.[2].replace(/^\s*#/gm, "");
}

const read = (dir, path) => readFileSync(join(dir, path), "utf8");

/** A literal the reader could not evaluate would make a weaker attack than published: refuse it. */
function literalDefinition(repo, path, value) {
  const json = JSON.stringify(value, (_k, v) => (v === UNKNOWN ? "\u0000unknown" : v));
  if (json.includes("\\u0000unknown")) throw new Error(`${repo}:${path}: a part of a tool is not a literal`);
  return value;
}

/** The tools declared by `anchor` calls (decorators such as `@mcp.tool`), by name. */
function decoratedTools(repo, dir, path, anchor) {
  const tools = new Map();
  for (const value of valuesAfter(read(dir, path), anchor))
    if (value && typeof value.name === "string") tools.set(value.name, literalDefinition(repo, path, value));
  return tools;
}

function pick(tools, names, where) {
  return names.map((name) => {
    const tool = tools.get(name);
    if (!tool) throw new Error(`${where}: no tool ${name}; the pinned file changed?`);
    return tool;
  });
}

// Damn Vulnerable MCP Server: tools defined by docstrings; `anchor` finds the poisoned one.
const DVMCP = [
  ["challenges/easy/challenge2/server.py", "def get_company_data", "hidden instructions in a tag"],
  ["challenges/easy/challenge2/server.py", "def search_company_database", "hidden instructions in a tag"],
  ["challenges/medium/challenge4/server.py", "get_weather_forecast.__doc__ =", "rug pull (the changed text)"],
  ["challenges/medium/challenge5/server.py", "@malicious_server.tool()", "shadowing another server's tool"],
  ["challenges/medium/challenge5/server.py", "def enhanced_calculate", "shadowing another server's tool"],
  ["challenges/hard/challenge10/server.py", "def get_user_profile", "hidden instructions in a tag"],
];

function dvmcp() {
  const repo = "harishsg993010/damn-vulnerable-MCP-server";
  const dir = corpusPath(repo);
  if (!dir) return [];
  return DVMCP.map(([path, anchor, family]) => {
    const text = pythonString(read(dir, path), anchor);
    if (!text) throw new Error(`${repo}:${path}: nothing after ${anchor}; the pinned file changed?`);
    return { repo, family, definition: { name: "tool", description: text } };
  });
}

function enkrypt() {
  const repo = "enkryptai/secure-mcp-gateway";
  const dir = corpusPath(repo);
  if (!dir) return [];
  const base = "src/secure_mcp_gateway/bad_mcps";
  // Every tool of each server but its `list_tools` helper, which lists the others.
  const out = [];
  for (const [file, family] of [
    ["tool_poisoning_mcp.py", "orders in titles, annotations, schemas"],
    ["mpma_mcp.py", "preference manipulation"],
  ]) {
    const tools = decoratedTools(repo, dir, `${base}/${file}`, "@mcp.tool");
    for (const [name, definition] of tools) if (name !== "list_tools") out.push({ repo, family, definition });
  }
  return out;
}

function mcpHacking() {
  const repo = "tristanhausermannpernet/mcp-hacking";
  const dir = corpusPath(repo);
  if (!dir) return [];
  const out = [];
  for (const [path, family] of [
    ["tool-poisoning-attack/poisoning-server.py", "file exfiltration via a parameter"],
    ["tool-shadowing-attack/poisoning-server.py", "shadowing another server's tool"],
  ]) {
    const lists = valuesAfter(read(dir, path), '"tools":').filter(Array.isArray);
    for (const tool of lists.flat())
      out.push({ repo, family, definition: literalDefinition(repo, path, tool) });
  }
  return out;
}

/**
 * SAFE-MCP's test logs for tool-description techniques: T1001's labels come from its detection test; T1008
 * labels by group (its "tool impersonation" group is left out: those descriptions are honest and the attack is
 * in what the tool does); T1402's one description without an order is its clean case.
 */
function safeMcp() {
  const repo = "SAFE-MCP/safe-mcp";
  const dir = corpusPath(repo);
  if (!dir) return { attacks: [], clean: [] };
  const attacks = [];
  const clean = [];
  const t = "techniques";
  const expected = valuesAfter(
    read(dir, `${t}/SAFE-T1001/test_detection_rule.py`),
    "expected_detections =",
  )[0];
  for (const line of read(dir, `${t}/SAFE-T1001/test-logs.json`).split("\n").filter(Boolean)) {
    const e = JSON.parse(line);
    if (typeof expected?.[e.tool_name] !== "boolean")
      throw new Error(`${repo}: no label for ${e.tool_name} in SAFE-T1001`);
    const definition = { name: e.tool_name, description: e.tool_description };
    if (expected[e.tool_name]) attacks.push({ repo, family: "injection markup (T1001)", definition });
    else clean.push({ repo, definition });
  }
  const groups = JSON.parse(read(dir, `${t}/SAFE-T1008/test-logs.json`));
  for (const [group, entries] of Object.entries(groups)) {
    if (group === "tool_impersonation") continue;
    for (const e of entries) {
      const definition = { name: e.tool_name, description: e.tool_description };
      if (e.parameters) definition.inputSchema = { properties: e.parameters };
      if (group === "legitimate_tools") clean.push({ repo, definition });
      else attacks.push({ repo, family: `shadowing: ${group.replace(/_/g, " ")} (T1008)`, definition });
    }
  }
  for (const e of JSON.parse(read(dir, `${t}/SAFE-T1402/test-logs.json`))) {
    const definition = { name: e.tool_name, description: e.metadata.description };
    if (e.tool_id.startsWith("legit-")) clean.push({ repo, definition });
    else attacks.push({ repo, family: "instruction steganography (T1402)", definition });
  }
  return { attacks, clean };
}

/** Round 4's set: attacks (with family) and the clean definitions the same sources publish beside them. */
export function roundFourDefinitions() {
  const safe = safeMcp();
  return { attacks: [...dvmcp(), ...enkrypt(), ...mcpHacking(), ...safe.attacks], clean: safe.clean };
}

/** The final check: beejak's poisoning and shadowing tools (and the shadowing step of its chained attack). */
export function finalCheckDefinitions() {
  const repo = "beejak/Vulnerable-MCP-Server";
  const dir = corpusPath(repo);
  if (!dir) return [];
  const out = [];
  for (const [path, names, family] of [
    [
      "vulnerabilities/tool_poisoning.py",
      ["analyze_code", "security_scan", "log_analytics"],
      "tool poisoning",
    ],
    ["vulnerabilities/tool_shadowing.py", ["send_email", "search_and_summarise"], "tool shadowing"],
    ["vulnerabilities/multi_vector.py", ["forward_report"], "tool shadowing"],
  ]) {
    const tools = decoratedTools(repo, dir, path, "@app.tool");
    for (const definition of pick(tools, names, `${repo}:${path}`)) out.push({ repo, family, definition });
  }
  return out;
}

/**
 * The second final check, added after the first was spent: measured once with the round-4 scorer. Every tool
 * of each attack server counts (the authors' file names say the server is the attack), except in the first
 * lab file, whose attack is its `add` tool (its `multiply` is the honest neighbour).
 */
export function secondFinalCheckDefinitions() {
  const out = [];
  const labs = "aminrj-labs/mcp-attack-labs";
  const labsDir = corpusPath(labs);
  if (labsDir) {
    const base = "labs/01-mcp-tool-poisoning";
    const direct = functionTools(read(labsDir, `${base}/attack1_direct_poison.py`), "@mcp.tool");
    out.push(
      ...pick(new Map(direct.map((t) => [t.name, t])), ["add"], labs).map((definition) => ({
        repo: labs,
        family: "direct poisoning",
        definition,
      })),
    );
    const rug = pythonString(read(labsDir, `${base}/attack2_rugpull.py`), "get_fact_of_the_day.__doc__ =");
    if (!rug) throw new Error(`${labs}: no rug-pulled docstring; the pinned file changed?`);
    out.push({
      repo: labs,
      family: "rug pull (the changed text)",
      definition: { name: "get_fact_of_the_day", description: rug },
    });
    for (const definition of functionTools(
      read(labsDir, `${base}/attack3_full_schema_poisoning.py`),
      "@mcp.tool",
    ))
      out.push({ repo: labs, family: "full-schema poisoning", definition });
  }
  const suite = "Wapiti08/mcp-attack-suite";
  const suiteDir = corpusPath(suite);
  if (suiteDir)
    for (const task of [1, 2, 3])
      for (const definition of functionTools(
        read(suiteDir, `artifacts/Task${task}/PoisonAttack/weather_attack${task}.py`),
        "@mcp.tool",
      ))
        out.push({ repo: suite, family: "poisoned weather server", definition });
  return out;
}
