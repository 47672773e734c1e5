// The process config-process.ts starts: loads one config (YAML, ${VAR}s, `extends`, schema), sends the
// result back and exits. Never loaded into the daemon itself.
import { join } from "node:path";
import { loadConfig } from "@mcp-guard/config";
import { readDaemonLocation, resolveDaemonPaths } from "@mcp-guard/wire";
import type { ConfigRequest, LoadedConfig } from "./config-process.js";

process.once("message", (message) => {
  void answer(message as ConfigRequest).then((result) => {
    if (!process.send) process.exit(2);
    process.send(result, () => process.disconnect());
  });
});

async function answer({ file, home, detectionDefaults }: ConfigRequest): Promise<LoadedConfig> {
  let cacheHome = home ?? resolveDaemonPaths({}).home;
  if (home === undefined) {
    try {
      cacheHome = resolveDaemonPaths(readDaemonLocation(file)).home;
    } catch {
      /* not YAML: loadConfig reports it with its line */
    }
  }
  return loadConfig(file, { cacheDir: join(cacheHome, "extends-cache"), detectionDefaults });
}
