// A bridge that starts a daemon hands it the config it is still loading (commands/connect.ts): the daemon asks
// as soon as it listens, and the answer waits for the load. A load that refused the config or failed is never
// handed over, so that the daemon loads the config itself and fails with its own words. The daemon's side is
// the built receiveConfig (dist), run in a child process with the IPC channel spawnDaemon opens.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import type { LoadedConfig } from "@mcp-guard/daemon/config-process";
import { offerConfig } from "../src/config-handover.js";

const RECEIVER = pathToFileURL(fileURLToPath(new URL("../dist/config-handover.js", import.meta.url))).href;

/** What a daemon given `loaded` receives: the config's JSON, or null when it must load the config itself. */
function received(loaded: Promise<LoadedConfig | undefined>): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { receiveConfig } from ${JSON.stringify(RECEIVER)};\n` +
        "const loaded = await receiveConfig();\n" +
        "process.stdout.write(JSON.stringify(loaded?.config ?? null));",
    ],
    { stdio: ["ignore", "pipe", "inherit", "ipc"], serialization: "advanced" },
  );
  offerConfig(child, loaded);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (text: string) => (out += text));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${String(code)}`))));
  });
}

const later = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 300));

it("hands over a load still under way when the daemon asks", async () => {
  const loaded = { ok: true, config: { servers: { a: { command: "x" } } }, variables: {} };
  expect(JSON.parse(await received(later(loaded as unknown as LoadedConfig)))).toEqual(loaded.config);
});

it("hands over nothing when the load refused the config, failed or threw", async () => {
  const refused = { ok: false, file: "f", issues: [{ file: "f", line: 1, path: "servers", message: "bad" }] };
  expect(await received(later(refused as LoadedConfig))).toBe("null");
  expect(await received(later(undefined))).toBe("null");
  expect(await received(Promise.reject(new Error("no loader")))).toBe("null");
});
