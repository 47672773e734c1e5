// Finding the daemon from the config's location only: what `connect` (launched by editors, often) needs,
// without loading the config schema, the detectors or the database.
import { readDaemonLocation, resolveConfigPath, resolveDaemonPaths, type DaemonPaths } from "@mcp-guard/wire";

export interface CommonOptions {
  config?: string | undefined;
}

/** The daemon's paths without validating the whole config (for commands that only talk to the daemon). */
export function locateDaemon(options: CommonOptions): { configPath: string; paths: DaemonPaths } {
  const configPath = resolveConfigPath(options.config);
  return { configPath, paths: resolveDaemonPaths(readDaemonLocation(configPath)) };
}
