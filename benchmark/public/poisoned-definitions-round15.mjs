// Definitions added in round 15, read from an MCP attack-evaluation set (ashengstd/mcp-attack-analysis, pinned
// in corpora.mjs): a Hugging Face dataset saved as Arrow, each row a tool offered to the model (the server it
// joins, its name, the description text) and the set's own `is_attack` label. Its servers are those of the
// MCPTox benchmark (45 real MCP servers). It is this round's held-out check: measured blind once before any
// signal changed, and once at the end; the bench prints only counts, never what was missed.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readArrowStream } from "./arrow-stream.mjs";
import { corpusPath } from "./corpora.mjs";

const REPO = "ashengstd/mcp-attack-analysis";
const SPLITS = ["train", "test"];
// Written with a real line break or an escaped one ("\\n"), as the rows vary.
const NO_ARGUMENTS = /Arguments:(?:\\n|\s)*-\s*No arguments/i;

/**
 * Every distinct tool (name and description) of both splits, labelled by the row's `is_attack`: true rows are
 * the poisoned side, false rows the clean side (this commit has none). `family` is the split; `server` the
 * server the tool is offered beside. A tool that appears in both splits is counted once, in the first.
 */
export function roundFifteenDefinitions() {
  const attacks = [];
  const clean = [];
  const dir = corpusPath(REPO);
  if (!dir) return { attacks, clean };
  const seen = new Set();
  for (const split of SPLITS) {
    const file = join(dir, "data", "attacks", split, "data-00000-of-00001.arrow");
    if (!existsSync(file)) throw new Error(`${REPO}: ${split} split missing at ${file}`);
    for (const row of readArrowStream(file)) {
      const key = `${row.tool_name}\u0000${row.tool_content}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const definition = { name: row.tool_name, description: row.tool_content };
      // The set renders each tool's schema into its text; "Arguments: - No arguments" is a tool whose listing
      // holds an empty input schema, which a client would receive beside the text.
      if (NO_ARGUMENTS.test(row.tool_content)) definition.inputSchema = { type: "object", properties: {} };
      const entry = { repo: REPO, family: `${split} split`, server: row.server_name, definition };
      if (row.is_attack === true) attacks.push(entry);
      else if (row.is_attack === false) clean.push(entry);
      else throw new Error(`${REPO}: a row of the ${split} split has no is_attack label`);
    }
  }
  return { attacks, clean };
}
