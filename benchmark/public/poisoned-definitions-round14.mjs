// Definitions added in round 14, read from a scanner's published example of a poisoned server
// (alexandriashai/mcp-guardian, pinned in corpora.mjs) and labelled by what its README says of each tool, never
// by what the scorer makes of them. They are this round's held-out check: measured blind once before any
// signal changed, and once at the end; the bench prints only their counts, never what they missed.
import { corpusPath } from "./corpora.mjs";
import { jsServerTools } from "./js-tools.mjs";
import { byName, read } from "./poisoned-definitions-round5.mjs";

const REPO = "alexandriashai/mcp-guardian";
const SERVER = "examples/poisoned-server/index.js";

/**
 * The example's README names three tools with attacks (`add`, `format_text`, `search_docs`: cross-tool orders,
 * sensitive paths, a fake system tag, a URL to send data to, encoded text) and calls `calculator` clean, there
 * for contrast. They are registered with `server.tool(name, description, shape, handler)`, read as a client
 * lists them. The whole listing is returned too, for the bench's server-context mode.
 */
export function roundFourteenDefinitions() {
  const attacks = [];
  const clean = [];
  const dir = corpusPath(REPO);
  if (!dir) return { attacks, clean, listing: [] };
  const listing = jsServerTools(read(dir, SERVER));
  const tools = byName(listing, REPO);
  for (const name of ["add", "format_text", "search_docs"])
    attacks.push({ repo: REPO, family: "README: attack patterns", definition: tools(name) });
  clean.push({ repo: REPO, definition: tools("calculator") });
  return { attacks, clean, listing };
}
