// What `mcp-guard approvals` and `mcp-guard pins` load: the config, the store and the detectors that redact
// the names they show, not the rest of the guard (core's integrity review, policy chain and spend checks,
// reached through @mcp-guard/core's index). Each of these commands loaded all of core, 527 modules and
// about 1.2 s of CPU per call, where the end-to-end tests call them some ninety times. A loader hook in the
// CLI's process records every module it loads.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CLI, guardedTransport, makeGuardedHome, type CliResult } from "../src/index.js";

const home = makeGuardedHome();
const moduleLog = join(home.dir, "modules.log");
const hook = join(home.dir, "record-modules.mjs");

beforeAll(async () => {
  writeFileSync(
    join(home.dir, "recorder-hooks.mjs"),
    `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(moduleLog)}, url + "\\n");
  return next(url, context);
}`,
  );
  writeFileSync(
    hook,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(home.dir, "recorder-hooks.mjs")).href)});\n`,
  );
  // A session that lists the fixture's tools pins them: `pins list` then has names to show.
  const client = new Client({ name: "cli-modules", version: "1" });
  await client.connect(guardedTransport(home, "fixture"));
  expect((await client.listTools()).tools.length).toBeGreaterThan(0);
  await client.close();
});
afterAll(() => home.cleanup());

/** Runs the CLI with the recorder, returning what it printed and every module it loaded. */
function recorded(args: string[]): Promise<CliResult & { modules: string[] }> {
  writeFileSync(moduleLog, "");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", hook, CLI, ...args], {
      env: home.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout, stderr, modules: readFileSync(moduleLog, "utf8").split("\n").filter(Boolean) }),
    );
  });
}

/** Core's index, and the parts of the guard behind it that these commands never use. */
const REST_OF_CORE = /\/packages\/core\/dist\/(index\.js|interceptors\/|policy\/|spend\/|integrity\/poison)/;
const SCANNER = "/packages/core/dist/detect/scanner.js";

it.each([
  [["pins", "list"], /fixture/],
  [["approvals", "list"], /nothing waiting/],
])("mcp-guard %j loads the store and the detectors, not the rest of core", async (args, said) => {
  const run = await recorded(args);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(said);
  expect(run.modules.some((url) => url.includes("/packages/store/dist/"))).toBe(true);
  // The names it shows are redacted by the detectors (shown-text.ts): they still load.
  expect(run.modules.some((url) => url.includes(SCANNER))).toBe(true);
  expect(run.modules.filter((url) => REST_OF_CORE.test(url))).toEqual([]);
});
