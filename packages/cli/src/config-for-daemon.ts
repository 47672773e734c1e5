// The config as a daemon started with `env` would load it (its `${VAR}`s from that environment), loaded by the
// process that starts the daemon, to be handed over (config-handover.ts). `start -d` and a bridge that must
// start a daemon import this on that path alone: the YAML parser, zod and the schema are loaded only there.
import { DEFAULT_ACTIONS } from "@mcp-guard/core/actions";
import type { LoadedConfig } from "@mcp-guard/daemon/config-process";
import { loadAsDaemon } from "@mcp-guard/daemon/config-load";
import { daemonEnvironment } from "./daemon-process.js";

export function loadConfigForDaemon(configPath: string, env: NodeJS.ProcessEnv): Promise<LoadedConfig> {
  const request = { file: configPath, home: undefined, detectionDefaults: DEFAULT_ACTIONS };
  return loadAsDaemon(request, daemonEnvironment(env));
}
