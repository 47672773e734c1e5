// A bridge that starts a daemon hands it the config it is still loading (commands/connect.ts): the daemon asks
// as soon as it listens, and the answer waits for the load. A refused config is handed over too (the daemon
// refuses with its problems, instead of loading the file a second time); a load that failed outright is not,
// and the daemon loads the config itself. The daemon's side is the built receiveConfig (dist), run in a child
// process with the IPC channel spawnDaemon opens.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import type { LoadedConfig } from "@mcp-guard/daemon/config-process";
import { offerConfig } from "../src/config-handover.js";

const RECEIVER = pathToFileURL(fileURLToPath(new URL("../dist/config-handover.js", import.meta.url))).href;

/** What a daemon given `loaded` receives, as JSON: null when it must load the config itself. */
function received(loaded: Promise<LoadedConfig | undefined>): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { receiveConfig } from ${JSON.stringify(RECEIVER)};\n` +
        "const loaded = await receiveConfig();\n" +
        "process.stdout.write(JSON.stringify(loaded ?? null));",
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
  expect(JSON.parse(await received(later(loaded as unknown as LoadedConfig)))).toEqual(loaded);
});

it("hands over a refused config with its problems, for the daemon to refuse", async () => {
  const refused = { ok: false, file: "f", issues: [{ file: "f", line: 1, path: "servers", message: "bad" }] };
  expect(JSON.parse(await received(later(refused as LoadedConfig)))).toEqual(refused);
});

it("hands over nothing when the load failed, threw, or refused without saying why", async () => {
  const unexplained = { ok: false, file: "f", issues: [] };
  expect(await received(later(unexplained as LoadedConfig))).toBe("null");
  expect(await received(later(undefined))).toBe("null");
  expect(await received(Promise.reject(new Error("no loader")))).toBe("null");
});
