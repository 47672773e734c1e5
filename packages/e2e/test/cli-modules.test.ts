// What `mcp-guard approvals` and `mcp-guard pins` load: what they show, not the rest of the guard (core's
// integrity review, policy chain and spend checks once reached through @mcp-guard/core's index). Each of these commands loaded all of core, 527 modules and
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

// Since round 49 the CLI runs from its bundle (scripts/bundle-daemon.mjs), each command a chunk loaded on its
// own, so the packages' `dist` modules no longer load at all; what must not load is the daemon's side: its HTTP
// door, dashboard, upstream HTTP transport and config loader, each a chunk of its own in the bundle.
const DIST = /\/packages\/(core|store|config|daemon|bridge|wire)\/dist\//;
const DAEMON_PARTS =
  /\/packages\/cli\/bundle\/(front-door|http-endpoint|http-transport|app|webapi|config-load)-[A-Z0-9]+\.js$/;

it.each([
  [["pins", "list"], /fixture/, "pins"],
  [["approvals", "list"], /nothing waiting/, "approvals"],
])("mcp-guard %j runs from its own chunk and loads none of the daemon's parts", async (args, said, chunk) => {
  const run = await recorded(args);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(said);
  expect(
    run.modules.some((url) => new RegExp(`/packages/cli/bundle/${chunk}-[A-Z0-9]+\\.js$`).test(url)),
  ).toBe(true);
  expect(run.modules.filter((url) => DIST.test(url))).toEqual([]);
  expect(run.modules.filter((url) => DAEMON_PARTS.test(url))).toEqual([]);
});
