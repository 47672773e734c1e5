// Definitions added in round 6, read from the sources their authors published (pinned in corpora.mjs) and
// labelled by what the authors say of them. riseandignite's example server was measured blind, before any
// signal or model changed; Kyze-Labs' lab lists only honest descriptions (its flaws are in the code), so its
// tools are a clean side written by people who write attacks.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { jsServerTools } from "./js-tools.mjs";
import { functionTools, valuesAfter } from "./python-literals.mjs";

const read = (dir, path) => readFileSync(join(dir, path), "utf8");

/**
 * riseandignite/mcp-shield: every tool of `bad-mcp-server.js` (its header: "examples of various security
 * vulnerabilities"; each tool is an "Example N" with its vulnerability named), the rug-pulled fact tool as the
 * text listed after its trigger; the WhatsApp server's `send_message`, the honest tool the shadowing targets.
 */
function riseandignite(attacks, clean) {
  const repo = "riseandignite/mcp-shield";
  const dir = corpusPath(repo);
  if (!dir) return;
  const families = {
    calculateSum: "hidden instructions in a tag",
    sendEmail: "tool shadowing",
    fetchWeather: "suspicious parameter names",
    readFile: "sensitive file access",
    getFactOfTheDay: "rug pull (the changed text)",
  };
  for (const definition of jsServerTools(read(dir, "mcp-servers-example/bad-mcp-server.js"))) {
    const family = families[definition.name];
    if (!family) throw new Error(`${repo}: an unexpected tool ${definition.name}; the pinned file changed?`);
    attacks.push({ repo, family, definition });
  }
  for (const definition of jsServerTools(read(dir, "mcp-servers-example/mcp-whatsapp.js")))
    clean.push({ repo, definition });
}

/** Kyze-Labs' lab: every tool it lists (its `hidden=True` shadow tool is never listed, so never shown). */
function kyze(clean) {
  const repo = "Kyze-Labs/damn-vulnerable-MCP-Server";
  const dir = corpusPath(repo);
  if (!dir) return;
  const base = "src/dvmcp/departments";
  for (const department of readdirSync(join(dir, base)).sort()) {
    for (const call of valuesAfter(read(dir, `${base}/${department}/tools.py`), "register_tool")) {
      if (!call || typeof call.name !== "string") continue;
      if (call.hidden === true) continue;
      if (typeof call.description !== "string" || typeof call.input_schema !== "object")
        throw new Error(`${repo}: ${call.name} is not readable; the pinned file changed?`);
      clean.push({
        repo,
        definition: { name: call.name, description: call.description, inputSchema: call.input_schema },
      });
    }
  }
}

/**
 * AgentDojo's tools: every function its four suites list in `TOOLS`, read from the tool modules as a client
 * lists them (name, docstring, parameters). Short, honest descriptions of e-mail, banking and file tools, the
 * demonstration topics of published attacks: the clean side that keeps a model from learning the topic.
 */
function agentdojoTools(clean) {
  const repo = "sequrity-ai/agentdojo";
  const dir = corpusPath(repo);
  if (!dir) return;
  const base = "src/agentdojo/default_suites/v1";
  const listed = new Set();
  for (const suite of ["banking", "slack", "travel", "workspace"]) {
    const tools = /\bTOOLS = \[([^\]]*)\]/.exec(read(dir, `${base}/${suite}/task_suite.py`))?.[1];
    if (!tools) throw new Error(`${repo}: no TOOLS in the ${suite} suite; the pinned file changed?`);
    for (const name of tools
      .replace(/#.*$/gm, "")
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean))
      listed.add(name);
  }
  const seen = new Set();
  for (const file of readdirSync(join(dir, `${base}/tools`))
    .filter((f) => f.endsWith(".py"))
    .sort()) {
    // Every top-level function, read like a decorated tool; only those a suite lists count.
    const source = read(dir, `${base}/tools/${file}`).replace(/^def /gm, "@listed\ndef ");
    for (const definition of functionTools(source, "@listed"))
      if (listed.has(definition.name) && !seen.has(definition.name)) {
        seen.add(definition.name);
        clean.push({ repo: `${repo} (tools)`, definition });
      }
  }
  const missing = [...listed].filter((n) => !seen.has(n));
  if (missing.length) throw new Error(`${repo}: tools not found: ${missing.join(", ")}`);
}

/** Round 6's set: attacks (with family) and clean definitions. */
export function roundSixDefinitions() {
  const attacks = [];
  const clean = [];
  riseandignite(attacks, clean);
  kyze(clean);
  agentdojoTools(clean);
  return { attacks, clean };
}
