// A server's entry for one session, from the loaded config: what the daemon does per session. It needs no
// YAML parser and no zod unless a server's entry uses ${VAR}s, whose filled-in entry is checked again by a
// ServerCheck the daemon loads (loadServerCheck) only for such a config.
import { configuredServer, ownEntry } from "./configured-server.js";
import { interpolate, type InterpolationError } from "./interpolate.js";
import { runsProgramOf } from "./personal-servers.js";
import type { Config, ServerConfig } from "./schema.js";

/**
 * Servers whose entries use ${VAR}: a variable is looked up in the session's environment (what the client's
 * entry gave the bridge) first, then in the secrets file, then in the daemon's environment. A variable
 * nobody supplies disables that server only, not the config.
 */
export interface ServerVariables {
  /** Entries as written (before interpolation), for resolving again per session. */
  raw: Record<string, unknown>;
  /** Variables that neither the secrets file nor the daemon's environment supplies, per server. */
  missing: Record<string, string[]>;
  secrets: Record<string, string>;
  secretsFile: string | undefined;
}

export type SessionServer = { ok: true; server: ServerConfig } | { ok: false; reason: string };

/** Checks an entry filled in for one session against the server schema. */
export type ServerCheck = (entry: unknown) => SessionServer;

/** The schema check of filled-in entries (it loads zod): needed only when `variables.raw` has entries. */
export async function loadServerCheck(): Promise<ServerCheck> {
  return (await import("./server-check.js")).checkServerEntry;
}

/**
 * A server's entry for one session: its ${VAR}s resolved from the session's environment first, then the
 * secrets file, then the daemon's. The policy stays the loaded one (an environment never changes policy).
 * Without `check`, a server whose entry has variables is refused: its filled-in entry cannot be checked.
 */
export function serverForSession(
  name: string,
  config: Config,
  variables: ServerVariables | undefined,
  sessionEnv: Record<string, string>,
  check: ServerCheck | undefined,
  daemonEnv: NodeJS.ProcessEnv = process.env,
): SessionServer {
  const loaded = configuredServer(config.servers, name);
  if (!loaded) return { ok: false, reason: `unknown server "${name}"` };
  const raw = ownEntry(variables?.raw, name);
  if (raw === undefined || variables === undefined) return { ok: true, server: loaded };
  if (!check) return { ok: false, reason: "its entry uses variables and cannot be checked here" };
  const errors: InterpolationError[] = [];
  const value = interpolate(raw, { ...daemonEnv, ...variables.secrets, ...sessionEnv }, errors);
  if (errors.length)
    return {
      ok: false,
      reason: missingReason(
        errors.map((e) => e.variable),
        variables,
      ),
    };
  const checked = check(value);
  if (!checked.ok) return checked;
  const others = programsGained(name, config, loaded, checked.server);
  if (others.length > 0)
    return {
      ok: false,
      reason: `with this session's variables its entry runs the program of ${others.map((o) => `"${o}"`).join(", ")}, whose policy it was not loaded under; name that program in its entry instead of a variable`,
    };
  return { ok: true, server: { ...checked.server, policy: loaded.policy } };
}

/**
 * The other servers whose program an entry runs once a session's variables fill it in but did not run as
 * loaded. Its policy was settled at load (a personal server running a base server's program is held to the
 * base's policy then), so a variable that makes it another server's program (`command: ${LAUNCH}` set to
 * the base's runner by the client's entry) would run that program under a policy never held to it.
 */
function programsGained(name: string, config: Config, loaded: ServerConfig, filled: ServerConfig): string[] {
  return Object.entries(config.servers)
    .filter(([other, server]) => other !== name && runsProgramOf(filled, server))
    .filter(([, server]) => !runsProgramOf(loaded, server))
    .map(([other]) => other);
}

/** Why a server cannot start: the variables, and where each may be set. */
export function missingReason(missing: readonly string[], variables: ServerVariables): string {
  const names = [...new Set(missing)].join(", ");
  const where = variables.secretsFile
    ? `the client's entry (env), ${variables.secretsFile}, or the daemon's environment`
    : "the client's entry (env), a secrets file (daemon.secrets_file), or the daemon's environment";
  return `disabled: environment variable ${names} is not set; set it in ${where}`;
}
