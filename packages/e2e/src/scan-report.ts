// What `mcp-guard scan --json` reports of a project's editor configs, as the onboarding attack tests read it,
// and what a cloned repository's own server does when an entry runs it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

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
