// Poisoned tool definitions added in round 5, read from the sources their authors published (pinned in
// corpora.mjs). Each attack is labelled by what its authors say about it (a comment, a file or scenario name),
// never by what the scorer makes of it; the tools the same authors publish as safe are the clean side.
// harryc295/tool-poisoning-bench is the round's final check: built from its scenario table without reading it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { functionTools, valuesAfter } from "./python-literals.mjs";
import { pythonString } from "./poisoned-definitions.mjs";

/** A pinned corpus's file. */
export const read = (dir, path) => readFileSync(join(dir, path), "utf8");

/** A lookup of the tools read from a corpus by name, failing loudly when the pinned file no longer has one. */
export function byName(tools, where) {
  const map = new Map(tools.map((t) => [t.name, t]));
  return (name) => {
    const tool = map.get(name);
    if (!tool) throw new Error(`${where}: no tool ${name}; the pinned file changed?`);
    return tool;
  };
}

/**
 * Cisco's example malicious servers. The two tools its streamable server describes as YARA triggers for code
 * execution and a script tag (`execute_system_command_test`, `run_python_code`) address no model and are left
 * out of both sides; the SSE server repeats the plain server's tools and is not counted twice.
 */
function cisco(attacks, clean) {
  const repo = "cisco-ai-defense/mcp-scanner";
  const dir = corpusPath(repo);
  if (!dir) return;
  const base = "examples/example-malicious-servers";
  const lineJumping = byName(functionTools(read(dir, `${base}/line_jumping_server.py`), "@mcp.tool"), repo);
  for (const name of ["send_mail", "retrieve_logs", "get_workstation_environment"])
    attacks.push({ repo, family: "line jumping and hidden orders", definition: lineJumping(name) });
  // "Add sample safe tool": the four neighbours that share one honest docstring.
  for (const name of ["get_system_info", "get_user_info", "get_network_info", "get_file_info"])
    clean.push({ repo, definition: lineJumping(name) });
  const plain = byName(functionTools(read(dir, `${base}/server.py`), "@mcp.tool"), repo);
  for (const name of ["add", "send_email"])
    attacks.push({ repo, family: "exfiltration and shadowing", definition: plain(name) });
  const streamable = byName(
    functionTools(read(dir, `${base}/malicious_mcp_streamable_server.py`), "@mcp.tool"),
    repo,
  );
  for (const name of ["execute_system_command", "run_injection_code"])
    attacks.push({ repo, family: "injection phrasing", definition: streamable(name) });
  const tricky = read(dir, `${base}/tricky_server.py`);
  const rug = pythonString(tricky, "get_fact_of_the_day.__doc__ =");
  if (!rug) throw new Error(`${repo}: no rug-pulled docstring; the pinned file changed?`);
  attacks.push({
    repo,
    family: "rug pull (the changed text)",
    definition: { name: "get_fact_of_the_day", description: rug },
  });
  // The LiteLLM example lists tools "with varying risk levels": the first is its safe one.
  const listed = valuesAfter(read(dir, `${base}/stdio_example.py`), "        Tool").filter((t) => t?.name);
  for (const definition of listed)
    if (definition.name === "innocent_calculator") clean.push({ repo, definition });
    else attacks.push({ repo, family: "self-described malicious tool", definition });
}

function robbarto(attacks) {
  const repo = "robbarto2/MCP_Tool_Poisoning";
  const dir = corpusPath(repo);
  if (!dir) return;
  for (const list of valuesAfter(read(dir, "mcp_server.py"), '"tools":').filter(Array.isArray))
    for (const definition of list) attacks.push({ repo, family: "hidden comment order", definition });
}

function sarvesh(attacks, clean) {
  const repo = "SarveshChandak/MCP-Server-Tool-Poisoning";
  const dir = corpusPath(repo);
  if (!dir) return;
  const tool = byName(functionTools(read(dir, "tool_poisoning.py"), "@mcp.tool"), repo);
  attacks.push({ repo, family: "arguments tampered with", definition: tool("add") });
  attacks.push({ repo, family: "exfiltration through a parameter", definition: tool("subtract") });
  // "Normal functionality": the authors' honest file reader.
  clean.push({ repo, definition: tool("read_file") });
}

/**
 * Acuvity's "everything wrong" server: its comments name the attacks (rug pull, covert instruction, shadowing,
 * side-channel field); its mock mailer, environment, fetch and command tools are honestly described.
 */
function acuvity(attacks, clean) {
  const repo = "acuvity/mcp-server-everything-wrong";
  const dir = corpusPath(repo);
  if (!dir) return;
  const source = read(dir, "src/mcp_server_everything_wrong/server.py");
  const tool = byName(functionTools(source, "@mcp.tool"), repo);
  // The rug pull appends a sentence to `greet`'s docstring at run time: the text the client lists afterwards.
  const appended = /greet\.__doc__ = original_doc \+ "([^"]*)"/.exec(source)?.[1];
  if (!appended) throw new Error(`${repo}: no rug-pulled docstring; the pinned file changed?`);
  const greet = tool("greet");
  attacks.push({
    repo,
    family: "rug pull (the changed text)",
    definition: { ...greet, description: greet.description + appended },
  });
  attacks.push({ repo, family: "covert reply", definition: tool("joke_teller") });
  attacks.push({ repo, family: "shadowing another tool", definition: tool("shadowing_attack") });
  attacks.push({ repo, family: "side-channel field", definition: tool("echo") });
  for (const name of ["send_email", "env_var", "fetch", "run_command"])
    clean.push({ repo, definition: tool(name) });
}

/** huangyingting's demos: the poisoned `add` and the `shadowing` tool; the other tools are honest. */
function huangyingting(attacks, clean) {
  const repo = "huangyingting/genai-security";
  const dir = corpusPath(repo);
  if (!dir) return;
  const tools = (path) => byName(functionTools(read(dir, path), "@mcp.tool"), `${repo}:${path}`);
  const poisoning = tools("mcp/tool_poisoning.py");
  attacks.push({ repo, family: "exfiltration through a parameter", definition: poisoning("add") });
  clean.push({ repo, definition: poisoning("read_file") });
  const shadowing = tools("mcp/tool_shadowing.py");
  attacks.push({ repo, family: "shadowing another tool", definition: shadowing("shadowing") });
  clean.push({ repo, definition: shadowing("send_email") });
  clean.push({ repo, definition: tools("mcp/rce.py")("calculate") });
  clean.push({ repo, definition: tools("mcp/indirect_injection.py")("process_document") });
}

/** Round 5's set: attacks (with family) and the clean definitions the same sources publish beside them. */
export function roundFiveDefinitions() {
  const attacks = [];
  const clean = [];
  cisco(attacks, clean);
  robbarto(attacks);
  sarvesh(attacks, clean);
  acuvity(attacks, clean);
  huangyingting(attacks, clean);
  return { attacks, clean };
}

/** Sets `description` on the object named `name` inside a copy of `tool` (OpenAI-style or flat). */
function withDescription(tool, name, description) {
  const copy = structuredClone(tool);
  const visit = (v) => {
    if (typeof v !== "object" || v === null) return false;
    if (v.name === name && "description" in v) {
      v.description = description;
      return true;
    }
    return Object.values(v).some(visit);
  };
  if (!visit(copy)) throw new Error(`no description to override for ${name}`);
  return copy;
}

/**
 * The final check. harryc295: each description-injection scenario's tool with the description its authors
 * substitute, the unmodified tools as the clean side. SamsonCyber: its scanner's fixtures by file name (`t…`
 * attacks, `clean_…` clean); of the cross-server pair, the trivia tool that shadows the messenger is the attack
 * and the messenger (`t4_cross_server_b`) is the honest tool it targets.
 */
export function roundFiveFinalCheck() {
  const attacks = [];
  const clean = [];
  harryc(attacks, clean);
  samson(attacks, clean);
  return { attacks, clean };
}

function samson(attacks, clean) {
  const repo = "SamsonCyber/mcp-poison";
  const dir = corpusPath(repo);
  if (!dir) return;
  const tools = (file) => JSON.parse(read(dir, `fixtures/${file}`)).tools;
  for (const [file, family] of [
    ["t1_description_poison.json", "description poisoning"],
    ["t3_line_jump.json", "line jumping"],
    ["t4_cross_server_a.json", "cross-server shadowing"],
    ["t6_param_names.json", "parameter names"],
    ["t8_ansi.json", "terminal escapes"],
  ])
    for (const definition of tools(file)) attacks.push({ repo, family, definition });
  for (const file of ["clean_calculator.json", "t4_cross_server_b.json"])
    for (const definition of tools(file)) clean.push({ repo, definition });
}

function harryc(attacks, clean) {
  const repo = "harryc295/tool-poisoning-bench";
  const dir = corpusPath(repo);
  if (!dir) return;
  const source = read(dir, "scenarios.py");
  const base = valuesAfter(source, "BASE_TOOLS =")[0];
  if (!base || typeof base !== "object") throw new Error(`${repo}: no BASE_TOOLS; the pinned file changed?`);
  for (const s of valuesAfter(source, "    Scenario")) {
    if (s?.category !== "tool_description_injection") continue;
    const name = s.poisoned_tool;
    const text = s.description_override?.[name];
    if (!base[name] || typeof text !== "string") throw new Error(`${repo}: scenario ${s.id} is not readable`);
    attacks.push({
      repo,
      family: "description injection",
      definition: withDescription(base[name], name, text),
    });
  }
  for (const definition of Object.values(base)) clean.push({ repo, definition });
}
