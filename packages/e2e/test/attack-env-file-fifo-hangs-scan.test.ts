// Round 35 (atk35a): scan and init read a VS Code entry's envFile (env-file.ts) with readFileSync, after only
// checking that the path exists. A project whose env file is a named pipe (an unpacked archive keeps one; a
// repository's symlink can point at one) blocks the read forever: `mcp-guard scan` run in that project never
// answers, and its event loop is stuck, so not even its own timers fire. A correct scan reads only a regular
// file (or gives up on the rest at once), finishes, and does not vouch for the entry it could not read.
// Real CLI, in the project's directory.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type ScanReport, scanWorld, type ScanWorld, unguardedIn } from "../src/index.js";

let world: ScanWorld;
let project: string;

beforeAll(() => {
  world = scanWorld("mcpg-a35-fifo-");
  project = world.envFileProject("unpacked-project", (path) => execFileSync("mkfifo", [path]));
});
afterAll(() => {
  world.cleanup();
});

describe("a bridge entry whose envFile is a named pipe", () => {
  it("does not hang scan, and is not vouched for", async () => {
    const scan = await runCli(["scan", "--json"], world.env(), { cwd: project, timeoutMs: 20_000 }).catch(
      (err: Error) => ({ code: null, stdout: "", stderr: err.message }),
    );
    expect(scan.stderr, "scan finished").not.toMatch(/timed out/);
    const report = JSON.parse(scan.stdout) as ScanReport;
    expect({ code: scan.code, unguarded: unguardedIn(report) }).toEqual({ code: 1, unguarded: ["notes"] });
  });
});
