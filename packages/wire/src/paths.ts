// Where the daemon lives. Shared by the daemon, the CLI and the bridge so they always agree.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { MAX_CONFIG_BYTES, readRegularFile, UnreadableFileError } from "./regular-file.js";

export interface DaemonPaths {
  home: string;
  socket: string;
  key: string;
  lock: string;
  database: string;
  log: string;
  startupLog: string;
  /** OAuth tokens from `mcp-guard auth login` (directory 0700, files 0600). */
  tokens: string;
}

export interface DaemonLocation {
  home?: string | undefined;
  socket_path?: string | undefined;
}

function expandHome(path: string): string {
  return path === "~" || path.startsWith("~/") ? join(homedir(), path.slice(1)) : path;
}

/** Config `daemon.home` wins, then MCP_GUARD_HOME, then ~/.config/mcp-guard. */
export function resolveDaemonPaths(
  location: DaemonLocation = {},
  env: NodeJS.ProcessEnv = process.env,
): DaemonPaths {
  const rawHome = location.home ?? env.MCP_GUARD_HOME ?? join(homedir(), ".config", "mcp-guard");
  const home = resolve(expandHome(rawHome));
  const socket = location.socket_path
    ? resolve(home, expandHome(location.socket_path))
    : join(home, "daemon.sock");
  return {
    home,
    socket,
    key: join(home, "daemon.key"),
    lock: join(home, "daemon.lock"),
    database: join(home, "mcp-guard.db"),
    log: join(home, "daemon.log"),
    startupLog: join(home, "daemon.startup.log"),
    tokens: join(home, "tokens"),
  };
}

/**
 * The longest socket path the system binds and connects to whole: sun_path (108 bytes on Linux, 104 on macOS
 * and the BSDs) less its terminating NUL. Node does not refuse a longer path: it cuts it to sun_path's size,
 * so the daemon would listen, and a bridge connect, at another file (in the home's parent directory, or a
 * name another user took first in a shared directory). Windows has no such address (its pipes are named).
 */
export const SOCKET_PATH_MAX_BYTES = process.platform === "linux" ? 107 : 103;

/** Why a socket cannot be used at `socketPath` whole, or undefined when it can. */
export function socketPathProblem(socketPath: string): string | undefined {
  if (process.platform === "win32") return undefined;
  const bytes = Buffer.byteLength(socketPath);
  if (bytes <= SOCKET_PATH_MAX_BYTES) return undefined;
  return `the daemon socket path ${socketPath} is ${bytes} bytes long, but a Unix socket path holds at most ${SOCKET_PATH_MAX_BYTES} bytes here; set daemon.socket_path to a shorter path`;
}

/**
 * -c, then MCP_GUARD_CONFIG, then ./mcp-guard.yaml, then <home>/mcp-guard.yaml (MCP clients start the bridge
 * in a directory of their choosing, so a user-wide config lives in the home). Absolute; it may not exist.
 * `fromWorkingDirectory: false` skips ./mcp-guard.yaml: a bridge runs in whatever directory its client
 * chose, often a project someone else wrote, and a config found there would become the policy (and the
 * server commands) of the daemon that bridge starts.
 */
export function resolveConfigPath(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  { fromWorkingDirectory = true }: { fromWorkingDirectory?: boolean } = {},
): string {
  const chosen = explicit ?? env.MCP_GUARD_CONFIG;
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(process.cwd(), chosen);
  const local = resolve(process.cwd(), "mcp-guard.yaml");
  if (fromWorkingDirectory && existsSync(local)) return local;
  const inHome = join(resolveDaemonPaths({}, env).home, "mcp-guard.yaml");
  return existsSync(inHome) || !fromWorkingDirectory ? inHome : local;
}

/**
 * The YAML parser, loaded on first use: a running daemon never reads a config itself (a child process loads
 * it) and should not hold the parser's 1 MB of heap for the one call a start makes here.
 */
function parseYaml(text: string): unknown {
  const yaml = createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yaml.parse(text);
}

export class ConfigLocationError extends Error {}

/**
 * A relative `daemon.home` is read from the config's directory, where the daemon works (cli's
 * daemon-directory.ts), so that every bridge finds the daemon whatever directory its client started it in.
 */
export function besideConfig(path: string, configPath: string): string {
  return isAbsolute(path) || path === "~" || path.startsWith("~/")
    ? path
    : resolve(dirname(configPath), path);
}

/**
 * Reads only `daemon.home` and `daemon.socket_path` from a config file: the bridge needs to find the daemon
 * but must not parse or act on policy. A missing file means "use the defaults"; the daemon reports real errors.
 * A file that is not YAML, or not a file to read (a named pipe, a device: regular-file.ts), throws: guessing
 * the default home would find (or start) some other daemon.
 */
export function readDaemonLocation(configPath: string): DaemonLocation {
  let text: string;
  try {
    text = readRegularFile(configPath, MAX_CONFIG_BYTES);
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new ConfigLocationError(`the config ${err.message}`);
    return {};
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    const first = ((err as Error).message.split("\n")[0] ?? "").trim();
    throw new ConfigLocationError(
      `${configPath} is not valid YAML (${first}); mcp-guard validate -c ${configPath} lists every problem`,
    );
  }
  const daemon = (doc as { daemon?: unknown } | null)?.daemon;
  if (typeof daemon !== "object" || daemon === null) return {};
  const { home, socket_path } = daemon as Record<string, unknown>;
  return {
    home: typeof home === "string" && !home.includes("${") ? besideConfig(home, configPath) : undefined,
    socket_path: typeof socket_path === "string" && !socket_path.includes("${") ? socket_path : undefined,
  };
}
