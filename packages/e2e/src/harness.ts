// Shared by the end-to-end tests, the demo and the benchmark: real servers from npm, the built CLI, a
// private daemon home per run, and real SDK clients connected directly or through `mcp-guard connect`.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import {
  controlRequest,
  isProcessRunning,
  probeDaemon,
  readDaemonKey,
  readDaemonLocation,
  resolveDaemonPaths,
  type StatusReply,
} from "@mcp-guard/wire";

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
/** fixtures/test-server.ts as `pnpm build` bundles it with the SDK (scripts/bundle-fixtures.mjs): the same code, loaded faster. */
export const FIXTURE = fileURLToPath(new URL("../dist/bundled/test-server.js", import.meta.url));
/** A file server that opens fileURLToPath(uri) for resources/read (fixtures/file-server.ts). */
export const FILE_SERVER = fileURLToPath(new URL("../dist/fixtures/file-server.js", import.meta.url));

export interface GuardedHome {
  dir: string;
  home: string;
  configPath: string;
  /** Environment for processes of this run: the daemon home and nothing inherited that points elsewhere. */
  env: Record<string, string>;
  cli(args: string[], options?: { input?: string; timeoutMs?: number }): Promise<CliResult>;
  /**
   * What `mcp-guard status --json` prints, asked over the daemon's socket from this process: the tests that
   * poll for a reload would otherwise start a CLI process every 100 ms. The CLI's own output is tested apart.
   */
  status(): Promise<DaemonStatus>;
  /**
   * What `mcp-guard stop` does (asks the daemon to stop, waits until its process is gone), from this process:
   * a test that restarts the daemon or reads the home's files after it flushed them need not start a CLI
   * process (about 1 CPU-s with its config load, round 52). The CLI's own `stop` is tested apart (lifecycle,
   * shutdown, attack-unanswering-daemon). Throws when the daemon does not stop.
   */
  stop(): Promise<void>;
  /** Stops the daemon (if any) and removes the directory. */
  cleanup(): Promise<void>;
}

export type DaemonStatus = ({ running: true } & StatusReply) | { running: false };

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
      "    policy:",
      "      sampling: { enabled: true }",
      "      elicitation: { enabled: true }",
      "  filesystem:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FILESYSTEM)}, ${JSON.stringify(files)}]`,
      "  memory:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(MEMORY)}]`,
      "    env:",
      `      MEMORY_FILE_PATH: ${JSON.stringify(join(dir, "memory.jsonl"))}`,
      "  fixture:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FIXTURE)}]`,
      extraServersYaml,
      "daemon:",
      `  home: ${JSON.stringify(home)}`,
      "  shutdown_timeout: 5",
      "  dashboard_port: 0",
      configTail,
    ].join("\n"),
    // Owner-only, as a config holding a plaintext auth.api_keys key must be (a tail may add one).
    { mode: 0o600 },
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    MCP_GUARD_HOME: home,
    MCP_GUARD_CONFIG: configPath,
  };
  const cli = (args: string[], options: { input?: string; timeoutMs?: number } = {}) =>
    runCli(args, env, options);
  return {
    dir,
    home,
    configPath,
    env,
    cli,
    status: () => daemonStatus(configPath, env),
    stop: () => stopDaemon(configPath, env),
    async cleanup() {
      // Over the socket from this process, as status() asks: a CLI process per home took about 0.3 s of CPU
      // and polled every 100 ms (`mcp-guard stop` itself is tested apart). A config the harness cannot read
      // any more is left to the CLI, as before.
      try {
        await stopDaemon(configPath, env);
      } catch {
        await cli(["stop"]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What `mcp-guard stop` does: asks the daemon to stop, then waits until its process is gone. */
async function stopDaemon(configPath: string, env: Record<string, string>): Promise<void> {
  const paths = resolveDaemonPaths(readDaemonLocation(configPath), env);
  const info = await probeDaemon(paths.socket);
  if (!info) return;
  await controlRequest(paths.socket, readDaemonKey(paths.key), "stop");
  const deadline = Date.now() + 120_000;
  while (isProcessRunning(info.pid)) {
    if (Date.now() > deadline) throw new Error(`the daemon (pid ${info.pid}) did not stop within 120 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function daemonStatus(configPath: string, env: Record<string, string>): Promise<DaemonStatus> {
  const paths = resolveDaemonPaths(readDaemonLocation(configPath), env);
  if (!(await probeDaemon(paths.socket))) return { running: false };
  return { running: true, ...(await controlRequest(paths.socket, readDaemonKey(paths.key), "status")) };
}

export function runCli(
  args: string[],
  env: Record<string, string>,
  options: { input?: string; timeoutMs?: number; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env,
      cwd: options.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`mcp-guard ${args.join(" ")} timed out; stderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A command that never reads its input (most of them) may have exited before it is written: the write then
    // fails with EPIPE, which says nothing about the command; its exit code and output are what tests read.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** A transport that launches the bridge, the way Claude Desktop or Cursor would launch a server. */
export function guardedTransport(
  home: GuardedHome,
  server: string,
  env: Record<string, string> = {},
): StdioClientTransport {
  return new StdioClientTransport({
    command: process.execPath,
    args: [CLI, "connect", "-s", server, "-c", home.configPath],
    env: { ...home.env, ...env },
    stderr: "pipe",
  });
}

/** The same server launched directly, for comparison. */
export function directTransport(
  entry: string,
  args: string[] = [],
  env: Record<string, string> = {},
): StdioClientTransport {
  return new StdioClientTransport({
    command: process.execPath,
    args: [entry, ...args],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stderr: "pipe",
  });
}

/** A bridge process driven with raw lines, for inputs a well-behaved SDK client would never send. */
export class RawBridge {
  readonly exited: Promise<{ code: number | null; stderr: string }>;
  private readonly lines: string[] = [];
  private waiter: (() => void) | undefined;
  private stderr = "";
  private stdinError: Error | undefined;
  // Set once the bridge has exited and its output is all read: no line can come after that.
  private closedWith: number | null | undefined;
  readonly child;

  constructor(home: GuardedHome, server: string) {
    this.child = spawn(process.execPath, [CLI, "connect", "-s", server, "-c", home.configPath], {
      env: home.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let partial = "";
    this.child.stdout.setEncoding("utf8").on("data", (text: string) => {
      const parts = (partial + text).split("\n");
      partial = parts.pop() ?? "";
      this.lines.push(...parts.filter((l) => l.length > 0));
      this.waiter?.();
    });
    this.child.stderr.setEncoding("utf8").on("data", (t: string) => (this.stderr += t));
    // A test that makes the bridge exit may still be writing to it: that write's EPIPE is what the test
    // provoked, not a failure of the run. Anything else fails the test that wrote.
    this.child.stdin.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") this.stdinError = err;
    });
    this.exited = new Promise((resolve) =>
      this.child.on("close", (code) => {
        this.closedWith = code;
        this.waiter?.();
        resolve({ code, stderr: this.stderr });
      }),
    );
  }

  send(message: string | object): void {
    if (this.stdinError) throw this.stdinError;
    this.child.stdin.write(typeof message === "string" ? `${message}\n` : `${JSON.stringify(message)}\n`);
  }

  /** The next JSON line from the bridge's stdout. */
  async next(timeoutMs = 15_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (this.lines.length === 0) {
      // A bridge that exited (a refused config, a daemon that would not start) has nothing more to say:
      // failing at once, not at the deadline, keeps a refusal test from waiting 15 s for nothing.
      if (this.closedWith !== undefined)
        throw new Error(`no output from the bridge (exit ${this.closedWith}); stderr: ${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`no output from the bridge; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
        setTimeout(resolve, 50);
      });
    }
    return JSON.parse(this.lines.shift()!) as Record<string, unknown>;
  }

  /** Reads lines until the one that answers request `id` (other lines, such as notifications, are passed over). */
  async answerTo(id: string | number, timeoutMs = 15_000): Promise<Record<string, unknown>> {
    let line: Record<string, unknown>;
    do line = await this.next(timeoutMs);
    while (line.id !== id);
    return line;
  }

  /** Sends initialize and notifications/initialized, returning the initialize result. */
  async initialize(): Promise<Record<string, unknown>> {
    this.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
    });
    // The first answer may wait for a daemon to start and the server to launch: on a loaded machine,
    // longer than a later answer's 15 s.
    const reply = await this.next(30_000);
    this.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    return reply;
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** One request on a fresh raw session to `server`: its answer (result or error), after the bridge has exited. */
export async function bridgeRequest(
  home: GuardedHome,
  server: string,
  method: string,
  params: object,
): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 2, method, params });
  const answer = await bridge.answerTo(2);
  bridge.close();
  await bridge.exited;
  return answer;
}

/** The JSON-RPC error a call ended with, or undefined when it succeeded. */
export async function failure(
  call: Promise<unknown>,
): Promise<{ code: number; message: string; data: Record<string, unknown> } | undefined> {
  try {
    await call;
    return undefined;
  } catch (err) {
    return err as { code: number; message: string; data: Record<string, unknown> };
  }
}

/**
 * What one `read_text_file` call of `path` came to: the guard's refusal reason, or whether the file's
 * `marker` reached the client. One call: a refused one never reaches the server.
 */
export async function readOutcome(client: Client, path: string, marker: string): Promise<string> {
  try {
    const answer = JSON.stringify(await client.callTool({ name: "read_text_file", arguments: { path } }));
    return answer.includes(marker) ? "content reached the client" : "no content";
  } catch (err) {
    const reason = (err as { data?: { reason?: unknown } }).data?.reason;
    if (typeof reason === "string") return reason;
    return String(err).includes(marker) ? "content reached the client" : "refused";
  }
}

/** Every tool name a server lists, following pagination. */
export async function listAllTools(client: Client): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor ? { cursor } : {});
    names.push(...page.tools.map((t) => t.name));
    cursor = page.nextCursor;
  } while (cursor);
  return names;
}

/** YAML for a `servers:` entry named `name` running the echo fixture server, which appends what it receives to `log`. */
export function fixtureServerYaml(name: string, log: string): string {
  return [
    `  ${name}:`,
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FIXTURE)}]`,
    `    env: { FIXTURE_RECORD: ${JSON.stringify(log)} }`,
  ].join("\n");
}

/** YAML for a `servers:` entry named `name` running `node <args…>`, with any further lines of its entry. */
export function nodeServerYaml(name: string, args: string[], more: string[] = []): string {
  return [
    `  ${name}:`,
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${args.map((a) => JSON.stringify(a)).join(", ")}]`,
    ...more,
  ].join("\n");
}

/**
 * YAML for a stdio server that reads the client's first message, writes `stderr` to its stderr and exits 1
 * (a server that fails during initialize, printing why). Its script is written into `dir`.
 */
export function crashingServerYaml(name: string, dir: string, stderr: string): string {
  const script = join(dir, `${name}-server.cjs`);
  writeFileSync(
    script,
    `process.stdin.once("data", () => { process.stderr.write(${JSON.stringify(stderr)}); process.exit(1); });\n`,
  );
  return nodeServerYaml(name, [script]);
}

/**
 * Puts servers first in a home's config: for entries that name the home's own directory, known only once
 * the home exists (servers rooted around the guard's files).
 */
export function addServers(home: GuardedHome, ...servers: string[]): void {
  const config = readFileSync(home.configPath, "utf8");
  writeFileSync(home.configPath, config.replace("servers:\n", `servers:\n${servers.join("\n")}\n`));
}

/** The recording fixture server (see fixtures/recorder-server.ts). */
export const RECORDER = fileURLToPath(new URL("../dist/fixtures/recorder-server.js", import.meta.url));

/**
 * YAML for a `servers:` entry named `name` running the recording server; what it receives is appended to
 * `log`, and its definitions come from `definitionsFile` when that file exists.
 */
export function recorderServerYaml(
  name: string,
  log: string,
  definitionsFile = `${log}.definitions.json`,
  policyYaml = "",
): string {
  return [
    `  ${name}:`,
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(RECORDER)}]`,
    "    env:",
    `      RECORDER_LOG: ${JSON.stringify(log)}`,
    `      RECORDER_DEFINITIONS: ${JSON.stringify(definitionsFile)}`,
    `      RECORDER_TO_CLIENT: ${JSON.stringify(`${log}.to-client.json`)}`,
    policyYaml,
  ].join("\n");
}

/** Every JSON message the recording server received so far (unparseable lines as strings). */
export function recorded(log: string): Array<Record<string, unknown> | string> {
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return l;
      }
    });
}

/** True when the recording server received any message with this method and, if given, tool/prompt name. */
export function serverSaw(log: string, method: string, name?: string): boolean {
  return recorded(log).some((m) => {
    if (typeof m === "string") return m.includes(method);
    const params = (m.params ?? {}) as Record<string, unknown>;
    return m.method === method && (name === undefined || params.name === name);
  });
}
