// Definitions added in round 18, read from Cisco's MCP scanner (cisco-ai-defense/mcp-scanner, Apache-2.0; pinned
// in corpora.mjs): the evaluation servers of its remote scan (`evals/remote/`). It is this round's held-out
// check: measured blind once before any signal changed, and once at the end; the bench prints only counts.
//
// A remote scan sees only what a server lists (tools/list), never its code, so every tool of the malicious
// server is meant to be told apart by its definition; the three benign servers (GitHub-, Azure- and Discord-
// like tools) are the clean side. The malicious server groups its tools under `# CATEGORY n: NAME` headers:
// that header is each tool's family. Its tools describe a harmful capability openly ("exfiltrate data through
// DNS queries") rather than ordering the model about, which is a different question from a poisoned
// description: the bench reports them as their own family line, beside the clean servers.
import { corpusPath } from "./corpora.mjs";
import { read } from "./poisoned-definitions-round5.mjs";
import { functionTools } from "./python-literals.mjs";

const REPO = "cisco-ai-defense/mcp-scanner";
const MALICIOUS = "evals/remote/malicious/malicious_mcp_server.py";
const BENIGN = ["GitHub_tools.py", "azure_tools.py", "discord_tools.py"].map(
  (f) => `evals/remote/benign/${f}`,
);
const DECORATOR = "@mcp.tool";

/** The source cut at each `# CATEGORY n: NAME` header, with the name in lower case. */
function categories(source) {
  const out = [];
  const header = /^# CATEGORY \d+: ([^(\n]+)/gm;
  let m;
  while ((m = header.exec(source))) out.push({ at: m.index, family: m[1].trim().toLowerCase() });
  return out.map((c, i) => ({ family: c.family, text: source.slice(c.at, out[i + 1]?.at) }));
}

export function roundEighteenDefinitions() {
  const attacks = [];
  const clean = [];
  const dir = corpusPath(REPO);
  if (!dir) return { attacks, clean };
  const sections = categories(read(dir, MALICIOUS));
  if (sections.length < 2)
    throw new Error(`${REPO}:${MALICIOUS}: no category headers; the pinned file changed?`);
  for (const { family, text } of sections)
    for (const definition of functionTools(text, DECORATOR)) attacks.push({ repo: REPO, family, definition });
  for (const path of BENIGN)
    for (const definition of functionTools(read(dir, path), DECORATOR))
      clean.push({ repo: REPO, server: path.split("/").pop(), definition });
  if (!attacks.length || !clean.length) throw new Error(`${REPO}: evals/remote read no tools`);
  return { attacks, clean };
}
