// Round 37 (atk37a): a config that is not a regular file no longer hangs or crashes the CLI (round 36,
// regular-file.ts), and neither does a VS Code entry's envFile (round 35), but the MCP clients' own files that
// `scan` and `init` read in the project directory (.mcp.json, .cursor/mcp.json, .vscode/mcp.json,
// .gemini/settings.json; onboarding/clients.ts) are still read with readFileSync after an existsSync. A
// repository whose .mcp.json is a symlink to /dev/zero (git stores symlinks) makes `mcp-guard scan` read until
// it runs out of memory, and an unpacked project whose .vscode/mcp.json is a named pipe blocks it for ever.
// Real CLI in the project's directory: scan should finish, naming the file it could not read (12 s: it takes
// about one; reading /dev/zero grows by some 100 MB a second until it is stopped).
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, scanWorld, type ScanWorld } from "../src/index.js";

let world: ScanWorld;
beforeAll(() => {
  world = scanWorld("mcpg-a37-client-file-");
});
afterAll(() => {
  world.cleanup();
});

async function scanIn(project: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCli(["scan", "--json"], world.env(), { cwd: project, timeoutMs: 12_000 }).catch((err: Error) => ({
    code: null,
    stdout: "",
    stderr: err.message,
  }));
}

describe("a project whose MCP client file is not a regular file", () => {
  it(".mcp.json a symlink to /dev/zero: scan finishes and names it", async () => {
    const project = join(world.root, "zero-project");
    mkdirSync(project, { recursive: true });
    symlinkSync("/dev/zero", join(project, ".mcp.json"));
    const scan = await scanIn(project);
    expect(scan.stderr, "scan finished without running out of memory").not.toMatch(
      /timed out|heap|bad_alloc|allocation failed|ERR_FS_FILE_TOO_LARGE/i,
    );
    expect(scan.code).not.toBeNull();
    expect(scan.stdout + scan.stderr).toContain(".mcp.json");
  });

  it(".vscode/mcp.json a named pipe: scan finishes and names it", async () => {
    const project = join(world.root, "fifo-project");
    mkdirSync(join(project, ".vscode"), { recursive: true });
    execFileSync("mkfifo", [join(project, ".vscode", "mcp.json")]);
    const scan = await scanIn(project);
    expect(scan.stderr, "scan finished").not.toMatch(/timed out/);
    expect(scan.code).not.toBeNull();
    expect(scan.stdout + scan.stderr).toContain("mcp.json");
  });
});
