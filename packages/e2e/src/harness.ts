// Shared by the end-to-end tests, the demo and the benchmark: real servers from npm, the built CLI, a
// private daemon home per run, and real SDK clients connected directly or through `mcp-guard connect`.
import { spawn } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const require = createRequire(import.meta.url);

/** The built CLI, exactly what `pnpm exec mcp-guard` runs. */
export const CLI = fileURLToPath(new URL("../../cli/bin/mcp-guard.js", import.meta.url));

function serverEntry(pkg: string): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest) as { bin: Record<string, string> };
  return join(dirname(manifest), Object.values(bin)[0]!);
}

export const EVERYTHING = serverEntry("@modelcontextprotocol/server-everything");
export const FILESYSTEM = serverEntry("@modelcontextprotocol/server-filesystem");
export const MEMORY = serverEntry("@modelcontextprotocol/server-memory");

export interface GuardedHome {
  dir: string;
  home: string;
  configPath: string;
  /** Environment for processes of this run: the daemon home and nothing inherited that points elsewhere. */
  env: Record<string, string>;
  cli(args: string[], options?: { input?: string; timeoutMs?: number }): Promise<CliResult>;
  /** Stops the daemon (if any) and removes the directory. */
  cleanup(): Promise<void>;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh directory with a config naming the three reference servers, plus any extra YAML for `servers:`. */
export function makeGuardedHome(extraServersYaml = "", configTail = ""): GuardedHome {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-")));
  const home = join(dir, "home");
  const configPath = join(dir, "mcp-guard.yaml");
  const files = join(dir, "files");
  writeFileSync(
    configPath,
    [
      "servers:",
      "  everything:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(EVERYTHING)}, "stdio"]`,
      "  filesystem:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FILESYSTEM)}, ${JSON.stringify(files)}]`,
      "  memory:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(MEMORY)}]`,
      "    env:",
      `      MEMORY_FILE_PATH: ${JSON.stringify(join(dir, "memory.jsonl"))}`,
      extraServersYaml,
      "daemon:",
      `  home: ${JSON.stringify(home)}`,
      "  shutdown_timeout: 5",
      configTail,
    ].join("\n"),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    MCP_GUARD_HOME: home,
    MCP_GUARD_CONFIG: configPath,
  };
  const cli = (args: string[], options: { input?: string; timeoutMs?: number } = {}) => runCli(args, env, options);
  return {
    dir,
    home,
    configPath,
    env,
    cli,
    async cleanup() {
      await cli(["stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runCli(
  args: string[],
  env: Record<string, string>,
  options: { input?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`mcp-guard ${args.join(" ")} timed out; stderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

/** A transport that launches the bridge, the way Claude Desktop or Cursor would launch a server. */
export function guardedTransport(home: GuardedHome, server: string): StdioClientTransport {
  return new StdioClientTransport({
    command: process.execPath,
    args: [CLI, "connect", "-s", server, "-c", home.configPath],
    env: home.env,
    stderr: "pipe",
  });
}

/** The same server launched directly, for comparison. */
export function directTransport(entry: string, args: string[] = [], env: Record<string, string> = {}): StdioClientTransport {
  return new StdioClientTransport({
    command: process.execPath,
    args: [entry, ...args],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stderr: "pipe",
  });
}
