// What the config loader process does (config-child.ts), as a function: `mcp-guard start -d` runs it in its
// own short-lived process, which never becomes the daemon, and hands the result to the daemon it starts
// (cli's daemon-process.ts), so that a config is read, parsed and validated once per start, not twice.
import { join } from "node:path";
import { loadConfig } from "@mcp-guard/config";
import { readDaemonLocation, resolveDaemonPaths } from "@mcp-guard/wire";
import type { ConfigRequest, LoadedConfig } from "./config-process.js";

/** The config as the daemon runs it; `env` is the environment the daemon has (its `${VAR}`s). */
export async function loadAsDaemon(
  { file, home, detectionDefaults }: ConfigRequest,
  env: NodeJS.ProcessEnv = process.env,
): Promise<LoadedConfig> {
  let cacheHome = home ?? resolveDaemonPaths({}, env).home;
  if (home === undefined) {
    try {
      cacheHome = resolveDaemonPaths(readDaemonLocation(file), env).home;
    } catch {
      /* not YAML: loadConfig reports it with its line */
    }
  }
  return loadConfig(file, { cacheDir: join(cacheHome, "extends-cache"), detectionDefaults, env });
}
