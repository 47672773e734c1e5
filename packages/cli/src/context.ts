// Resolving the config and the daemon's paths, shared by the commands that need the full config.
import { formatIssue, loadConfigFile, type Config } from "@mcp-guard/config";
import { resolveConfigPath, resolveDaemonPaths, readDaemonLocation, type DaemonPaths } from "@mcp-guard/wire";
import { CliError } from "./cli-error.js";

export interface CommonOptions {
  config?: string | undefined;
}

export function loadConfigOrFail(options: CommonOptions): {
  config: Config;
  configPath: string;
  paths: DaemonPaths;
} {
  const configPath = resolveConfigPath(options.config);
  const result = loadConfigFile(configPath);
  if (!result.ok) {
    throw new CliError(
      `invalid configuration:\n${result.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
    );
  }
  return { config: result.config, configPath, paths: resolveDaemonPaths(result.config.daemon) };
}

/** The daemon's paths without validating the whole config (for commands that only talk to the daemon). */
export function locateDaemon(options: CommonOptions): { configPath: string; paths: DaemonPaths } {
  const configPath = resolveConfigPath(options.config);
  return { configPath, paths: resolveDaemonPaths(readDaemonLocation(configPath)) };
}
