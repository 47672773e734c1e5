// Finding the daemon from the config's location only: what `connect` (launched by editors, often) needs,
// without loading the config schema, the detectors or the database.
import {
  ConfigLocationError,
  readDaemonLocation,
  resolveConfigPath,
  resolveDaemonPaths,
  type DaemonPaths,
} from "@mcp-guard/wire";
import { CliError } from "./cli-error.js";

export interface CommonOptions {
  config?: string | undefined;
}

/**
 * The daemon's paths without validating the whole config (for commands that only talk to the daemon).
 * `fromWorkingDirectory: false` for the bridge, which must not take a project's ./mcp-guard.yaml (paths.ts).
 */
export function locateDaemon(
  options: CommonOptions,
  { fromWorkingDirectory = true }: { fromWorkingDirectory?: boolean } = {},
): { configPath: string; paths: DaemonPaths } {
  const configPath = resolveConfigPath(options.config, process.env, { fromWorkingDirectory });
  try {
    return { configPath, paths: resolveDaemonPaths(readDaemonLocation(configPath)) };
  } catch (err) {
    if (err instanceof ConfigLocationError) throw new CliError(err.message);
    throw err;
  }
}
