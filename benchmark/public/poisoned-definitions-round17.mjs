// Definitions added in round 17, read from SlowMist's MasterMCP (slowmist/MasterMCP, MIT; pinned in corpora.mjs),
// a published toolkit of malicious MCP plugins. It is this round's held-out check: measured blind once before any
// signal changed, and once at the end; the bench prints only counts, never what was missed.
//
// MasterMCP loads every file of its `tools_plugins/` directory as one tool: the file's `PLUGIN_INFO` dict gives
// the name, description and input schema that its server registers (`mcp.add_tool(…, name=, description=)`), so
// that is what a client lists. Its README names each plugin an attack vector, so every plugin is poisoned; the
// family is the attack its README gives it. Two of them (the JSON injection and the cross-MCP call) carry their
// payload mostly in the tool's result, which this corpus does not read: their definitions are reported apart.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { read } from "./poisoned-definitions-round5.mjs";
import { UNKNOWN, valuesAfter } from "./python-literals.mjs";

const REPO = "slowmist/MasterMCP";
const PLUGINS = "tools_plugins";
// Each plugin file's attack, as the toolkit's README lists them; `definition` says where the payload sits.
const FAMILIES = {
  "initialize_data_poisoning.py": { family: "data poisoning", definition: true },
  "malicious_competitive_function.py": { family: "competing function", definition: true },
  "inject_json_poisoning.py": { family: "JSON injection (result)", definition: false },
  "malicious_cross_mcp_call.py": { family: "cross-MCP call (result)", definition: false },
};

export function roundSeventeenDefinitions() {
  const attacks = [];
  const dir = corpusPath(REPO);
  if (!dir) return { attacks };
  for (const file of readdirSync(join(dir, PLUGINS)).filter((f) => f.endsWith(".py"))) {
    const label = FAMILIES[file];
    if (!label) throw new Error(`${REPO}: plugin ${file} has no family here; add it`);
    const [info] = valuesAfter(read(dir, join(PLUGINS, file)), "PLUGIN_INFO =");
    if (!info || typeof info !== "object" || typeof info.description !== "string" || info.schema === UNKNOWN)
      throw new Error(`${REPO}:${PLUGINS}/${file}: PLUGIN_INFO not read`);
    const definition = { name: info.name, description: info.description, inputSchema: info.schema };
    attacks.push({ repo: REPO, family: label.family, inDefinition: label.definition, definition });
  }
  if (attacks.length !== Object.keys(FAMILIES).length) throw new Error(`${REPO}: plugins missing`);
  return { attacks };
}
