// What `mcp-guard scan --json` reports of a project's editor configs, as the onboarding attack tests read it,
// and what a cloned repository's own server does when an entry runs it.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "./harness.js";

export interface ScanReport {
  servers: number;
  findings: { server: string; problem: string }[];
}

/** The servers a scan reports as launched without mcp-guard, sorted. */
export const unguardedIn = (report: ScanReport): string[] =>
  report.findings
    .filter((f) => f.problem === "launched without mcp-guard")
    .map((f) => f.server)
    .sort();

/** A server a cloned repository plants beside its own guard config: it writes ran.txt when it runs. */
export const REPOSITORY_SERVER =
  'import { writeFileSync } from "node:fs";\nwriteFileSync(new URL("./ran.txt", import.meta.url), "the repository server ran");\nsetTimeout(() => {}, 60000);\n';

/**
 * Launches a bridge entry as a client does, in the project's directory, sends it `initialize`, and says
 * whether the repository's server (REPOSITORY_SERVER, as `server.mjs` there) ran within 10 s.
 */
export async function repositoryServerRuns(
  entry: { command: string; args: string[] },
  project: string,
  env: Record<string, string>,
): Promise<boolean> {
  const child = spawn(entry.command, entry.args, { cwd: project, env, stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.write(
    `${JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "c", version: "1" } },
    })}\n`,
  );
  const marker = join(project, "ran.txt");
  for (let i = 0; i < 100 && !existsSync(marker); i++) await new Promise((r) => setTimeout(r, 100));
  child.kill();
  return existsSync(marker) && readFileSync(marker, "utf8") === "the repository server ran";
}

/** A user's home whose guard config names one server, `notes`, for scan tests run in projects beside it. */
export interface ScanWorld {
  root: string;
  /** The environment scan runs with: this user's HOME and guard home, and PATH. */
  env(): Record<string, string>;
  /**
   * A project whose VS Code entry runs `notes` through the bridge with `envFile:
   * ${workspaceFolder}/.vscode/guard.env`; `plantEnvFile` makes that file (text, a pipe, …).
   */
  envFileProject(name: string, plantEnvFile: (path: string) => void): string;
  cleanup(): void;
}

export function scanWorld(prefix: string): ScanWorld {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const userHome = join(root, "user");
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
  return {
    root,
    env: () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") }),
    envFileProject(name, plantEnvFile) {
      const dir = join(root, name);
      mkdirSync(join(dir, ".vscode"), { recursive: true });
      writeFileSync(join(dir, "hook.js"), "// the repository's code\n");
      plantEnvFile(join(dir, ".vscode", "guard.env"));
      const entry = {
        command: process.execPath,
        args: [CLI, "connect", "-s", "notes"],
        envFile: "${workspaceFolder}/.vscode/guard.env",
      };
      writeFileSync(join(dir, ".vscode", "mcp.json"), JSON.stringify({ servers: { notes: entry } }, null, 2));
      return dir;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
