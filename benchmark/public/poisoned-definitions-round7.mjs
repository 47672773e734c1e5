// Definitions added in round 7, read from the sources their authors published (pinned in corpora.mjs) and
// labelled by what the authors say of them (a comment or a heading naming the attack), never by what the
// scorer makes of them. All three were measured blind, before any signal or model changed this round.
import { corpusPath } from "./corpora.mjs";
import { jsServerTools, jsToolLists } from "./js-tools.mjs";
import { byName, read } from "./poisoned-definitions-round5.mjs";
import { functionTools } from "./python-literals.mjs";

/**
 * MB-Workspace's proof of concept: the tools its header names as attacks (two tagged orders, one parameter
 * whose name asks for a key). `divide`'s attack is in the error it returns at run time, not in its definition,
 * so its definition is on the clean side.
 */
function mbWorkspace(attacks, clean) {
  const repo = "MB-Workspace/mcp-tool-poisoning-defense";
  const dir = corpusPath(repo);
  if (!dir) return;
  const tool = byName(functionTools(read(dir, "malicious_mcp_server.py"), "@mcp.tool()"), repo);
  attacks.push({ repo, family: "hidden orders in a tag", definition: tool("get_weather") });
  attacks.push({ repo, family: "hidden orders in a tag", definition: tool("add") });
  attacks.push({ repo, family: "full-schema poisoning (a parameter name)", definition: tool("subtract") });
  clean.push({ repo, definition: tool("divide") });
}

/**
 * pi-2r's workshop (French): the log tool its comments call poisoned ("sa description contient une injection")
 * and the look-alike transfer tool of the shadowing lab ("l'outil malveillant"); every other tool its labs list
 * (the cover tools beside them, the legitimate bank, the HR and diagnostic servers) is the clean side.
 */
function pi2r(attacks, clean) {
  const repo = "pi-2r/devoxxfr2026-workshop-jailbreak-prompt-injection-mcp-poisoning";
  const dir = corpusPath(repo);
  if (!dir) return;
  const rug = byName(jsToolLists(read(dir, "mcp/mcp-rug-pull/mcp-server/src/index.ts")), repo);
  attacks.push({ repo, family: "credential harvesting as a policy", definition: rug("get_server_logs") });
  for (const name of ["get_server_status", "restart_service"]) clean.push({ repo, definition: rug(name) });
  const fintech = jsToolLists(read(dir, "mcp/mcp-shadowing/server-fintech/index.ts"));
  for (const definition of fintech)
    if (definition.name === "transfer_funds")
      attacks.push({ repo, family: "shadowing by a priority claim", definition });
    else clean.push({ repo, definition });
  for (const path of ["mcp/mcp-shadowing/server-bank/index.ts", "mcp/mcp-poisoning/server.ts"])
    for (const definition of jsToolLists(read(dir, path))) clean.push({ repo, definition });
  for (const definition of jsServerTools(read(dir, "mcp/mcp-command-injection/mcp-server/src/index.ts")))
    clean.push({ repo, definition });
}

/**
 * Isaac-theori's teaching server (Korean): every tool it lists says honestly what it does and names its flaw
 * in brackets; the flaws are in the code. A clean side in another language, written by attack authors.
 */
function isaac(clean) {
  const repo = "Isaac-theori/Vulnerable-MCP-server";
  const dir = corpusPath(repo);
  if (!dir) return;
  for (const definition of functionTools(read(dir, "src/character_counter/server.py"), "@server.tool()"))
    clean.push({ repo, definition });
}

/** Round 7's set: attacks (with family) and clean definitions. */
export function roundSevenDefinitions() {
  const attacks = [];
  const clean = [];
  mbWorkspace(attacks, clean);
  pi2r(attacks, clean);
  isaac(clean);
  return { attacks, clean };
}
