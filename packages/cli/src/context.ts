// Resolving the config and the daemon's paths, shared by the commands that need the full config. It loads the
// config's schema and loader (half a second of CPU on a busy machine): a command imports it only where it
// reads the config.
import { join } from "node:path";
import { loadConfig, type Config, type ServerVariables } from "@mcp-guard/config";
import { DEFAULT_ACTIONS } from "@mcp-guard/core/actions";
import {
  besideConfig,
  resolveConfigPath,
  resolveDaemonPaths,
  readDaemonLocation,
  type DaemonPaths,
} from "@mcp-guard/wire";
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
