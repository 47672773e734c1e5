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
  // Worked out only for a config that extends a base, the one case that needs the cache. wire's
  // readDaemonLocation parses the file with a YAML parser of its own, which the bundled loader process would
  // load from node_modules beside the one it holds (48 modules, about a third of that process's start).
  const cacheDir = () => join(cacheHomeOf(file, home, env), "extends-cache");
  return loadConfig(file, { cacheDir, detectionDefaults, env });
}

/** The daemon home the `extends` cache lives in: the one asked for, else the one the file names. */
function cacheHomeOf(file: string, home: string | undefined, env: NodeJS.ProcessEnv): string {
  if (home !== undefined) return home;
  try {
    return resolveDaemonPaths(readDaemonLocation(file), env).home;
  } catch {
    // Unreadable since loadConfig read it (replaced meanwhile): the default home's cache, as before.
    return resolveDaemonPaths({}, env).home;
  }
}
