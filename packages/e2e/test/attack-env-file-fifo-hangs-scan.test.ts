// Round 35 (atk35a): scan and init read a VS Code entry's envFile (env-file.ts) with readFileSync, after only
// checking that the path exists. A project whose env file is a named pipe (an unpacked archive keeps one; a
// repository's symlink can point at one) blocks the read forever: `mcp-guard scan` run in that project never
// answers, and its event loop is stuck, so not even its own timers fire. A correct scan reads only a regular
// file (or gives up on the rest at once), finishes, and does not vouch for the entry it could not read.
// Real CLI, in the project's directory.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli, type ScanReport, unguardedIn } from "../src/index.js";

let root: string;
let userHome: string;
let project: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") });

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-a35-fifo-")));
  userHome = join(root, "user");
  project = join(root, "unpacked-project");
  mkdirSync(join(userHome, "guard"), { recursive: true });
  mkdirSync(join(project, ".vscode"), { recursive: true });
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
  execFileSync("mkfifo", [join(project, ".vscode", "guard.env")]);
  writeFileSync(
    join(project, ".vscode", "mcp.json"),
    JSON.stringify({
      servers: {
        notes: {
          command: process.execPath,
          args: [CLI, "connect", "-s", "notes"],
          envFile: "${workspaceFolder}/.vscode/guard.env",
        },
      },
    }),
  );
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("a bridge entry whose envFile is a named pipe", () => {
  it("does not hang scan, and is not vouched for", async () => {
    const scan = await runCli(["scan", "--json"], env(), { cwd: project, timeoutMs: 20_000 }).catch(
      (err: Error) => ({ code: null, stdout: "", stderr: err.message }),
    );
    expect(scan.stderr, "scan finished").not.toMatch(/timed out/);
    const report = JSON.parse(scan.stdout) as ScanReport;
    expect({ code: scan.code, unguarded: unguardedIn(report) }).toEqual({ code: 1, unguarded: ["notes"] });
  }, 40_000);
});
