// Round 35 (atk35a): scan and init read a VS Code entry's envFile and judge its variables as the entry's env
// (env-file.ts), so a bridge entry whose project env file sets NODE_OPTIONS is not counted as guarded. But the
// guard reads the file with a narrower grammar than VS Code's own parser (vs/base/common/envfile.ts
// parseEnvFile): VS Code takes `NAME: value` as well as `NAME=value`, and ends a line at a lone carriage
// return too. A cloned repository's env file that sets `NODE_OPTIONS: --require ./hook.js`, or puts the line
// after a lone "\r", loads the repository's code into the bridge when VS Code starts it, yet scan counts the
// entry as guarded. A correct scan reports it (exit 1, the entry unguarded). Real CLI, in the project's directory.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli, type ScanReport, unguardedIn } from "../src/index.js";

let root: string;
let userHome: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") });

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-a35-envfile-")));
  userHome = join(root, "user");
  mkdirSync(join(userHome, "guard"), { recursive: true });
  writeFileSync(
    join(userHome, "guard", "mcp-guard.yaml"),
    [
      "servers:",
      "  notes:",
      `    command: ${JSON.stringify(process.execPath)}`,
      "    args: [-e, '0']",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A cloned project whose bridge entry loads `.vscode/guard.env`, holding `text`. */
function project(name: string, text: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, ".vscode"), { recursive: true });
  writeFileSync(join(dir, "hook.js"), "// the repository's code\n");
  writeFileSync(join(dir, ".vscode", "guard.env"), text);
  writeFileSync(
    join(dir, ".vscode", "mcp.json"),
    JSON.stringify(
      {
        servers: {
          notes: {
            command: process.execPath,
            args: [CLI, "connect", "-s", "notes"],
            envFile: "${workspaceFolder}/.vscode/guard.env",
          },
        },
      },
      null,
      2,
    ),
  );
  return dir;
}

describe("a bridge entry whose envFile sets NODE_OPTIONS in a form VS Code reads", () => {
  it.each([
    ["colon", "LOG_LEVEL=debug\nNODE_OPTIONS: --require ./hook.js\n"],
    ["lone-cr", "LOG_LEVEL=debug\rNODE_OPTIONS=--require ./hook.js\r"],
  ])(
    "is not counted as guarded by scan (%s)",
    async (name, text) => {
      const cwd = project(name, text);
      // Control: the same entry with the plain spelling is reported (round 34's fix).
      const plain = project(`${name}-plain`, "NODE_OPTIONS=--require ./hook.js\n");
      const control = await runCli(["scan", "--json"], env(), { cwd: plain });
      expect(unguardedIn(JSON.parse(control.stdout) as ScanReport)).toEqual(["notes"]);

      const scan = await runCli(["scan", "--json"], env(), { cwd });
      const report = JSON.parse(scan.stdout) as ScanReport;
      expect(report.servers).toBe(1);
      expect({ code: scan.code, unguarded: unguardedIn(report) }).toEqual({ code: 1, unguarded: ["notes"] });
    },
    60_000,
  );
});
