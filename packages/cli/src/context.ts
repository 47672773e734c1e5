// Resolving the config and the daemon's paths, shared by the commands that need the full config.
import { join } from "node:path";
import { loadConfig, loadConfigFile, type Config, type ServerVariables } from "@mcp-guard/config";
import { DEFAULT_ACTIONS } from "@mcp-guard/core/actions";
import { isSqliteError, openDatabase, type Db } from "@mcp-guard/store";
import {
  besideConfig,
  resolveConfigPath,
  resolveDaemonPaths,
  readDaemonLocation,
  type DaemonPaths,
} from "@mcp-guard/wire";
import { CliError } from "./cli-error.js";
import { invalidConfig, printWarnings, socketPathIssue } from "./config-problems.js";

import { locateDaemon, type CommonOptions } from "./locate.js";

export { locateDaemon, type CommonOptions };

/** The config with its `extends` base fetched, verified and merged; fails with every problem listed. */
export async function loadConfigOrFail(
  options: CommonOptions,
): Promise<{ config: Config; configPath: string; paths: DaemonPaths; variables: ServerVariables }> {
  const { configPath, result } = await loadConfigResult(options);
  if (!result.ok) throw invalidConfig(result.issues);
  return {
    config: result.config,
    configPath,
    paths: resolveDaemonPaths(result.config.daemon),
    variables: result.variables,
  };
}

/** Loads the config as the daemon would, returning the problems instead of failing. */
export async function loadConfigResult(
  options: CommonOptions,
): Promise<{ configPath: string; result: Awaited<ReturnType<typeof loadConfig>> }> {
  const configPath = resolveConfigPath(options.config);
  let home = resolveDaemonPaths({}).home;
  try {
    home = resolveDaemonPaths(readDaemonLocation(configPath)).home;
  } catch {
    /* not YAML: loadConfig below reports it with its line */
  }
  const result = await loadConfig(configPath, {
    cacheDir: join(home, "extends-cache"),
    detectionDefaults: DEFAULT_ACTIONS,
  });
  printWarnings(result.warnings);
  if (!result.ok) return { configPath, result };
  // As the daemon would place it: a relative home read from the config's directory, where it works.
  const { home: configHome, socket_path } = result.config.daemon;
  const daemonHome = configHome === undefined ? undefined : besideConfig(configHome, configPath);
  const unusableSocket = socketPathIssue(
    configPath,
    resolveDaemonPaths({ home: daemonHome, socket_path }).socket,
  );
  if (unusableSocket)
    return { configPath, result: { ok: false, file: configPath, issues: [unusableSocket] } };
  return { configPath, result };
}

/**
 * Refuses a server name that the config does not know and the database has nothing about: a typo would
 * otherwise read as "nothing pinned" or "no entries". Unchecked when the config cannot be read or extends a
 * base (whose servers are not in this file); the command then works on the database alone.
 */
export function requireKnownServer(options: CommonOptions, server: string, knownToDatabase: boolean): void {
  if (knownToDatabase) return;
  const result = loadConfigFile(resolveConfigPath(options.config));
  if (!result.ok || result.config.extends) return;
  const names = Object.keys(result.config.servers);
  if (!names.includes(server))
    throw new CliError(
      `unknown server "${server}"; configured servers: ${names.length ? names.join(", ") : "(none)"}`,
      2,
    );
}

/** Opens the daemon's database (the daemon need not run) for one command, and closes it. */
export function withDatabase<T>(
  options: CommonOptions,
  use: (db: Db) => T,
  dbOptions: { readonly?: boolean } = {},
): T {
  const { paths } = locateDaemon(options);
  let db: Db;
  try {
    db = openDatabase(paths.database, dbOptions);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  try {
    return use(db);
  } catch (err) {
    // A database whose header reads but whose pages do not (damaged in part) fails at a query.
    if (isSqliteError(err)) throw new CliError(`cannot read the database ${paths.database}: ${err.message}`);
    throw err;
  } finally {
    db.close();
  }
}
