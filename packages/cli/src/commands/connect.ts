import { credentialsFromEnvironment, descriptorsPassable, runBridge } from "@mcp-guard/bridge";
import { notOwnerOnly } from "@mcp-guard/config/owner-only";
import { CliError } from "../cli-error.js";
import { locateDaemon, type CommonOptions } from "../locate.js";
import { sharedEnvironment, spawnDaemon, startFailure } from "../daemon-process.js";

export interface ConnectOptions extends CommonOptions {
  server: string;
}

/**
 * Runs the bridge; resolves with its exit code. Only the wire and bridge packages are loaded here, and config's
 * owner-only check of a key file (a module of its own).
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
    startDaemon: () => startFailure(spawnDaemon(configPath, paths, sharedEnvironment(process.env)), paths),
    // MCP_GUARD_RELAY=1 keeps the bridge relaying (for comparison in the latency benchmark).
    passDescriptors: process.env.MCP_GUARD_RELAY !== "1" && descriptorsPassable(),
  });
}
