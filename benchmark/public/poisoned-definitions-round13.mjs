// Definitions added in round 13, read from MCP-SafetyBench (xjzzzzzzzz/MCPSafety) and mcp-scan's demo server
// (invariantlabs-ai/mcp-scan), pinned in corpora.mjs, and labelled by what their authors say of them (the
// attack category each task names, the demo's README), never by what the scorer makes of them. They are
// this round's held-out check: measured blind once before any signal changed, and once at the end; the bench
// prints only their counts, never what they missed.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { byName, read } from "./poisoned-definitions-round5.mjs";
import { functionTools } from "./python-literals.mjs";
import { MCP_TOOLS_DIR, savedDefinitions } from "./collect-mcp-tools.mjs";

const REPO = "xjzzzzzzzz/MCPSafety";
const TASKS = "mcpuniverse/benchmark/configs/test";
const SERVERS = "mcpuniverse/mcp/servers";

/** Every task file of the benchmark's test configurations (one directory per domain). */
function tasks(dir) {
  const out = [];
  for (const domain of readdirSync(join(dir, TASKS), { withFileTypes: true })) {
    if (!domain.isDirectory()) continue;
    for (const file of readdirSync(join(dir, TASKS, domain.name)).sort())
      if (file.endsWith(".json")) out.push(JSON.parse(read(dir, `${TASKS}/${domain.name}/${file}`)));
  }
  return out;
}

/** The tools the benchmark's own servers declare (`@mcp.tool()` functions), as a client lists them. */
function serverTools(dir) {
  const out = [];
  for (const server of readdirSync(join(dir, SERVERS), { withFileTypes: true })) {
    if (!server.isDirectory()) continue;
    let source;
    try {
      source = read(dir, `${SERVERS}/${server.name}/server.py`);
    } catch {
      continue;
    }
    for (const definition of functionTools(source, "@mcp.tool"))
      out.push({ server: server.name, definition });
  }
  return out;
}

/**
 * A tool its shadowing, preference-manipulation and function-overlapping tasks add: the runner pastes the
 * task's `implementation_code` under `@mcp.tool()` into a server, so the model sees that function's name,
 * docstring and parameters.
 */
function addedTool(tool) {
  const [definition] = functionTools(`@mcp.tool()\n${tool.implementation_code}`, "@mcp.tool");
  if (!definition) throw new Error(`${REPO}: ${tool.tool_name} not read; the pinned file changed?`);
  if (!definition.description.trim()) definition.description = tool.description;
  return definition;
}

/**
 * mcp-scan's demo server: its README says `sum` carries a prompt injection in its description and `multiply`
 * changes after the first run (the source declares it twice; the one declared once the marker file exists is
 * the later, rug-pulled text). The first `multiply` and the tools its README and comments call benign
 * (time, comments, API key, e-mail, file deletion: risks of use, not orders to the model) are the clean side.
 */
export function mcpScanDemo() {
  const repo = "invariantlabs-ai/mcp-scan";
  const attacks = [];
  const clean = [];
  const dir = corpusPath(repo);
  if (!dir) return { attacks, clean };
  const tools = functionTools(read(dir, "demoserver/server.py"), "@mcp.tool");
  const multiply = tools.filter((t) => t.name === "multiply");
  if (multiply.length !== 2)
    throw new Error(`${repo}: multiply not declared twice; the pinned file changed?`);
  const named = byName(tools, repo);
  attacks.push({ repo, family: "prompt injection in a description", definition: named("sum") });
  attacks.push({ repo, family: "rug pull (the later description)", definition: multiply[0] });
  clean.push({ repo, definition: multiply[1] });
  for (const name of ["get_current_time", "get_comments", "get_api_key", "send_email", "delete_file"])
    clean.push({ repo, definition: named(name) });
  return { attacks, clean };
}

/**
 * MCP-SafetyBench's poisoned definitions, one per distinct definition and attack category: the description a
 * tool-poisoning task puts on a tool (its runner replaces the tool's description with it; the tool's own
 * schema is kept when the benchmark ships that server, otherwise it is unknown here and left empty), and
 * the tools the shadowing, preference-manipulation and function-overlapping tasks add. Rug pulls (a change
 * of code, not of definition) and result injections are not definitions and are left out. The benchmark's
 * own servers' tools are the clean side.
 */
export function roundThirteenDefinitions() {
  const attacks = [];
  const clean = [];
  const dir = corpusPath(REPO);
  if (!dir) return { attacks, clean };
  const own = serverTools(dir);
  for (const { definition } of own) clean.push({ repo: REPO, definition });
  const schemaOf = new Map(own.map(({ definition }) => [definition.name, definition.inputSchema]));
  const seen = new Set();
  const add = (family, definition) => {
    const key = `${family}\u0000${JSON.stringify(definition)}`;
    if (seen.has(key)) return;
    seen.add(key);
    attacks.push({ repo: REPO, family, definition });
  };
  for (const task of tasks(dir)) {
    const family = task.attack_category;
    for (const m of task.mcp_server_modifications ?? [])
      if (typeof m.modification_description === "string")
        add(family, {
          name: m.tool_name,
          description: m.modification_description,
          inputSchema: schemaOf.get(m.tool_name) ?? { type: "object", properties: {} },
        });
    const additions = task.mcp_server_additions;
    if (additions)
      for (const tool of "tool_name" in additions ? [additions] : (additions.tools ?? []))
        add(family, addedTool(tool));
  }
  return { attacks, clean };
}

/**
 * Where each server an agent config names comes from, as the benchmark's mcpuniverse/mcp/configs/server_list.json
 * says at the pinned commit: a directory of the benchmark's own servers, or an npm package whose saved tools/list
 * stands in for it. `fetch` (mcp_server_fetch) and `calculator` (mcp_server_calculator) are Python packages
 * whose listings are not saved here: their tool names ("fetch", "calculate") are single words, which the
 * listing signals never take for a tool's name, so leaving them out changes nothing.
 */
const SERVER_SOURCES = {
  playwright: { dir: "playwright" },
  date: { dir: "date" },
  terminal: { dir: "terminal" },
  yfinance: { dir: "yahoo_finance" },
  "google-maps": { dir: "google_maps" },
  github: { dir: "github" },
  "google-search": { dir: "google_search" },
  chroma: { dir: "chroma" },
  filesystem: { npm: "@modelcontextprotocol/server-filesystem" },
};

/** The servers each domain's agent is given (the `servers:` of its YAML), in order. */
function domainServers(dir, domain) {
  const yaml = read(dir, `${TASKS}/${domain}.yaml`);
  const block = /\n\s*servers:\s*\n((?:\s*- name: [\w-]+\s*\n)+)/.exec(yaml);
  if (!block) throw new Error(`${REPO}: ${domain}.yaml lists no servers; the pinned file changed?`);
  return [...block[1].matchAll(/- name: ([\w-]+)/g)].map((m) => m[1]);
}

/**
 * Each server's tool names: the benchmark's own servers read from their source, the npm ones from the saved
 * listings (empty when those were not collected, or for a server whose listing is not kept).
 */
function serverNames(dir) {
  const own = new Map();
  for (const { server, definition } of serverTools(dir)) {
    if (!own.has(server)) own.set(server, []);
    own.get(server).push(definition.name);
  }
  const npm = existsSync(MCP_TOOLS_DIR) ? savedDefinitions() : [];
  const names = new Map();
  for (const [server, source] of Object.entries(SERVER_SOURCES))
    names.set(
      server,
      source.dir
        ? (own.get(source.dir) ?? [])
        : npm.filter((r) => r.label === source.npm).map((r) => r.definition.name),
    );
  return names;
}

/**
 * MCP-SafetyBench's poisoned and clean definitions, each with what it is listed beside in the benchmark's own
 * runs: its own server's tool names, and those of the domain's other servers. A description a tool-poisoning
 * task puts on a tool belongs to the server listing that tool; a tool a shadowing, preference or overlapping
 * task adds is pasted into the agent's first server, as its runner does (with the task's other added tools).
 * Each clean tool is read beside its server's tools and those of every domain its server serves in.
 */
export function roundThirteenListings() {
  const attacks = [];
  const clean = [];
  const dir = corpusPath(REPO);
  if (!dir) return { attacks, clean };
  const names = serverNames(dir);
  const domains = readdirSync(join(dir, TASKS), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const beside = (servers, ownServer, extra = []) => {
    const own = new Set([...(names.get(ownServer) ?? []), ...extra]);
    const elsewhere = new Map();
    for (const s of servers)
      if (s !== ownServer) for (const n of names.get(s) ?? []) if (!elsewhere.has(n)) elsewhere.set(n, s);
    return { own, elsewhere };
  };
  const seen = new Set();
  const add = (family, definition, neighbours) => {
    const key = `${family}\u0000${JSON.stringify(definition)}`;
    if (seen.has(key)) return;
    seen.add(key);
    attacks.push({ repo: REPO, family, definition, neighbours });
  };
  const schemaOf = new Map(
    serverTools(dir).map(({ definition }) => [definition.name, definition.inputSchema]),
  );
  for (const domain of domains) {
    const servers = domainServers(dir, domain);
    for (const file of readdirSync(join(dir, TASKS, domain)).sort()) {
      if (!file.endsWith(".json")) continue;
      const task = JSON.parse(read(dir, `${TASKS}/${domain}/${file}`));
      const family = task.attack_category;
      for (const m of task.mcp_server_modifications ?? []) {
        if (typeof m.modification_description !== "string") continue;
        const holder = servers.find((s) => names.get(s)?.includes(m.tool_name));
        add(
          family,
          {
            name: m.tool_name,
            description: m.modification_description,
            inputSchema: schemaOf.get(m.tool_name) ?? { type: "object", properties: {} },
          },
          beside(servers, holder),
        );
      }
      const additions = task.mcp_server_additions;
      if (!additions) continue;
      const tools = ("tool_name" in additions ? [additions] : (additions.tools ?? [])).map(addedTool);
      for (const definition of tools)
        add(
          family,
          definition,
          beside(
            servers,
            servers[0],
            tools.map((t) => t.name),
          ),
        );
    }
  }
  const servesIn = new Map();
  for (const domain of domains)
    for (const s of domainServers(dir, domain)) {
      if (!servesIn.has(s)) servesIn.set(s, new Set());
      for (const other of domainServers(dir, domain)) servesIn.get(s).add(other);
    }
  const dirServer = new Map(Object.entries(SERVER_SOURCES).map(([s, src]) => [src.dir, s]));
  const all = serverTools(dir);
  for (const { server, definition } of all) {
    const name = dirServer.get(server);
    // A server no domain's agent is given is read beside its own tools only.
    const neighbours = name
      ? beside([...(servesIn.get(name) ?? [])], name)
      : {
          own: new Set(all.filter((t) => t.server === server).map((t) => t.definition.name)),
          elsewhere: new Map(),
        };
    clean.push({ repo: REPO, definition, neighbours });
  }
  return { attacks, clean };
}
