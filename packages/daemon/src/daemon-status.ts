// What `mcp-guard status` and `mcp-guard health` (and the dashboard) report, from the daemon's parts.
import { configuredServer, type Config } from "@mcp-guard/config/runtime";
import { effectivePolicy } from "@mcp-guard/core";
import type { HealthReply, StatusReply } from "@mcp-guard/wire";
import type { DaemonStores } from "./daemon-stores.js";
import type { SessionRegistry } from "./session-registry.js";
import { withheldDefinitions } from "./withheld.js";

export interface StatusSources {
  version: string;
  startedAt: number;
  configPath: string;
  config: Config;
  loadedAt: number;
  /** Why the last edit was not applied, or null. */
  reloadError: string | null;
  /** Which API keys are refused since a reload found the config holding them readable by others, or null. */
  withheldKeys: string | null;
  home: string;
  registry: SessionRegistry;
  /** Absent until the daemon has started (or once starting failed). */
  stores: DaemonStores | undefined;
  dashboard: string | null;
  /** The HTTP endpoint's base URL (sessions at <url>/<server>), and why it is not listening. */
  http: { url: string | null; error: string | null };
}

export function daemonStatus(s: StatusSources): StatusReply {
  const servers: StatusReply["servers"] = {};
  for (const [name, state] of s.registry.serverStates()) {
    const server = configuredServer(s.config.servers, name);
    if (server === undefined) continue; // removed from the config: no longer a server to report on
    const rules = effectivePolicy(server.policy, [], s.config.auth.roles).integrity;
    const withheld = s.stores ? withheldDefinitions(s.stores.pins, name, rules) : [];
    servers[name] = { transport: server.transport, ...state, withheld };
  }
  const audit = s.stores?.audit;
  return {
    type: "status",
    pid: process.pid,
    version: s.version,
    started_at: new Date(s.startedAt).toISOString(),
    config: s.configPath,
    config_loaded_at: new Date(s.loadedAt).toISOString(),
    config_error: s.reloadError,
    api_keys_withheld: s.withheldKeys,
    home: s.home,
    servers,
    sessions: s.registry.summaries(),
    pending: pendingCounts(s.stores),
    dashboard: s.dashboard,
    http: s.http,
    audit: {
      queued: audit?.depth ?? 0,
      written: audit?.written ?? 0,
      last_write_at: audit?.lastWriteAt ? new Date(audit.lastWriteAt).toISOString() : null,
      last_error: audit?.lastError ?? null,
    },
  };
}

function pendingCounts(stores: DaemonStores | undefined): StatusReply["pending"] {
  try {
    return {
      approvals: stores?.spend.list(false, Date.now()).length ?? 0,
      definition_changes: stores?.pins.changes().length ?? 0,
    };
  } catch {
    return { approvals: 0, definition_changes: 0 }; // a closed database while stopping: nothing to show
  }
}

/** Healthy when the database answers and the audit is keeping up. */
export function daemonHealth(stores: DaemonStores | undefined, sessions: number): HealthReply {
  const problems: string[] = [];
  try {
    stores?.db.prepare("SELECT 1").get();
  } catch (err) {
    problems.push(`database: ${(err as Error).message}`);
  }
  const audit = stores?.audit;
  if (audit?.lastError) problems.push(`audit: ${audit.lastError}`);
  if (audit && !audit.accepting)
    problems.push(audit.lastError ? "audit: traffic refused" : "audit: queue full, traffic refused");
  return { type: "health", healthy: problems.length === 0, problems, pid: process.pid, sessions };
}
