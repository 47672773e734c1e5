import { credentialsFromEnvironment, descriptorsPassable, runBridge } from "@mcp-guard/bridge";
import { notOwnerOnly } from "@mcp-guard/config/owner-only";
import { CliError } from "../cli-error.js";
import { locateDaemon, type CommonOptions } from "../locate.js";
import { sharedEnvironment, spawnDaemon, startFailure } from "../daemon-process.js";
import type { LoadedConfig } from "@mcp-guard/daemon/config-process";

export interface ConnectOptions extends CommonOptions {
  server: string;
}

/**
 * Runs the bridge; resolves with its exit code. Only the wire and bridge packages are loaded here, and config's
 * owner-only check of a key file (a module of its own); the config loader only when a daemon must be started.
 */
export async function connect(options: ConnectOptions): Promise<number> {
  // Never ./mcp-guard.yaml: a client starts the bridge in a project's directory, and a config planted there
  // would become the policy and the server commands of the daemon this bridge may start.
  const { configPath, paths } = locateDaemon(options, { fromWorkingDirectory: false });
  const chosen = options.config ?? process.env.MCP_GUARD_CONFIG;
  let credentials;
  try {
    credentials = credentialsFromEnvironment(paths, notOwnerOnly);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  return runBridge({
    credentials,
    server: options.server,
    paths,
    configPath: chosen ? configPath : undefined,
    startDaemon: () => {
      const env = sharedEnvironment(process.env);
      return startFailure(spawnDaemon(configPath, paths, env, configForDaemon(configPath, env)), paths);
    },
    // MCP_GUARD_RELAY=1 keeps the bridge relaying (for comparison in the latency benchmark).
    passDescriptors: process.env.MCP_GUARD_RELAY !== "1" && descriptorsPassable(),
  });
}

/**
 * The config the daemon this bridge starts would load, with the environment it gets: handed to it
 * (config-handover.ts), it spares the daemon a loader process of its own (a node process, the YAML parser,
 * zod and the schema: about a third of a second of CPU, on every start a bridge makes). Loaded while the
 * daemon starts. A refused config is handed over too (the daemon refuses to start with its problems); a load
 * that failed outright is not, and the daemon loads the config itself.
 */
async function configForDaemon(
  configPath: string,
  env: NodeJS.ProcessEnv,
): Promise<LoadedConfig | undefined> {
  try {
    const { loadConfigForDaemon } = await import("../config-for-daemon.js");
    return await loadConfigForDaemon(configPath, env);
  } catch {
    return undefined;
  }
}
