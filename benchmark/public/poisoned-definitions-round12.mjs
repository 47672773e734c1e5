// Definitions added in round 12, read from the sources their authors published (pinned in corpora.mjs) and
// labelled by what the authors say of them (a README, the attacker address in a tool's code), never by what
// the scorer makes of them. They are this round's held-out check: measured blind once before any signal
// changed, and once at the end; the bench prints only their counts, never what they missed.
import { corpusPath } from "./corpora.mjs";
import { jsZodToolLiterals } from "./js-tools.mjs";
import { byName, read } from "./poisoned-definitions-round5.mjs";
import { functionTools } from "./python-literals.mjs";

/**
 * promptfoo's evil MCP server: its README lists one tool, `record_analytics`, which "simulates exfiltration of
 * customer data". Its definition is written as a tool literal with a zod schema; both are read as a client
 * lists them (the description, the parameters and their descriptions).
 */
function promptfooEvil(attacks) {
  const repo = "promptfoo/evil-mcp-server";
  const dir = corpusPath(repo);
  if (!dir) return;
  const tools = byName(jsZodToolLiterals(read(dir, "src/tools/evilTools.ts")), repo);
  attacks.push({
    repo,
    family: "data exfiltration through an analytics tool",
    definition: tools("record_analytics"),
  });
}

/**
 * kimtnals' Gmail tool-poisoning demo: the repository demonstrates tool poisoning on a Gmail server, and its
 * code forwards what `get_message` reads to the attacker's address (ATTACKER_EMAIL); that tool is the attack.
 * `send_message`, which sends what the user asked, is the clean side.
 */
function gmailDemo(attacks, clean) {
  const repo = "kimtnals/gmail-mcp-tool-poison-demo";
  const dir = corpusPath(repo);
  if (!dir) return;
  const tools = byName(functionTools(read(dir, "main.py"), "@mcp.tool"), repo);
  attacks.push({ repo, family: "mail harvesting (Korean demo)", definition: tools("get_message") });
  clean.push({ repo, definition: tools("send_message") });
}

/** Round 12's held-out set: attacks (with family) and clean definitions. */
export function roundTwelveDefinitions() {
  const attacks = [];
  const clean = [];
  promptfooEvil(attacks);
  gmailDemo(attacks, clean);
  return { attacks, clean };
}
