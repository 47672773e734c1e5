// Round 35 (atk35a): scan and init read a VS Code entry's envFile and judge its variables as the entry's env
// (env-file.ts), so a bridge entry whose project env file sets NODE_OPTIONS is not counted as guarded. But the
// guard reads the file with a narrower grammar than VS Code's own parser (vs/base/common/envfile.ts
// parseEnvFile): VS Code takes `NAME: value` as well as `NAME=value`, and ends a line at a lone carriage
// return too. A cloned repository's env file that sets `NODE_OPTIONS: --require ./hook.js`, or puts the line
// after a lone "\r", loads the repository's code into the bridge when VS Code starts it, yet scan counts the
// entry as guarded. A correct scan reports it (exit 1, the entry unguarded). Real CLI, in the project's directory.
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type ScanReport, scanWorld, type ScanWorld, unguardedIn } from "../src/index.js";

let world: ScanWorld;

beforeAll(() => {
  world = scanWorld("mcpg-a35-envfile-");
});
afterAll(() => {
  world.cleanup();
});

/** A cloned project whose bridge entry loads `.vscode/guard.env`, holding `text`. */
const project = (name: string, text: string): string =>
  world.envFileProject(name, (path) => writeFileSync(path, text));

describe("a bridge entry whose envFile sets NODE_OPTIONS in a form VS Code reads", () => {
  it.each([
    ["colon", "LOG_LEVEL=debug\nNODE_OPTIONS: --require ./hook.js\n"],
    ["lone-cr", "LOG_LEVEL=debug\rNODE_OPTIONS=--require ./hook.js\r"],
  ])("is not counted as guarded by scan (%s)", async (name, text) => {
    const cwd = project(name, text);
    // Control: the same entry with the plain spelling is reported (round 34's fix).
    const plain = project(`${name}-plain`, "NODE_OPTIONS=--require ./hook.js\n");
    const control = await runCli(["scan", "--json"], world.env(), { cwd: plain });
    expect(unguardedIn(JSON.parse(control.stdout) as ScanReport)).toEqual(["notes"]);

    const scan = await runCli(["scan", "--json"], world.env(), { cwd });
    const report = JSON.parse(scan.stdout) as ScanReport;
    expect(report.servers).toBe(1);
    expect({ code: scan.code, unguarded: unguardedIn(report) }).toEqual({ code: 1, unguarded: ["notes"] });
  });
});
