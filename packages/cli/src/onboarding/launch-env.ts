// An entry's env is set for the program its client launches, and some variables decide which program that
// is, load other code into it, or choose the config and directories the bridge hands to the daemon it
// starts: the client looks a bare command up on the entry's PATH (`./bin` first runs the project's own
// `mcp-guard`), node runs NODE_OPTIONS' `--require ./hook.cjs` before the bridge, the loader preloads
// LD_PRELOAD, `MCP_GUARD_CONFIG=guard.yaml` (or a home under the project) starts a daemon with the project's
// servers and policy, and `XDG_CONFIG_HOME=${workspaceFolder}/.xdg` has the user's servers read the project's
// git config. Such an entry launches whatever those name, not the guard the user set up.
import { posix, win32 } from "node:path";

/**
 * Links of the process that opens a path, on Linux and macOS: `/proc/self/cwd` (and `/proc/thread-self/…`,
 * `/proc/<pid>/…`) is the directory the client starts in, a project's own, and so may be a descriptor the
 * client left open (`/dev/fd/…`, `/dev/stdin`). Matched once `//` and `/./` are collapsed.
 */
const PER_PROCESS_LINK = /^\/(?:proc|dev\/fd|dev\/std(?:in|out|err))(?:\/|$)/;

/** `..` climbs from wherever the link before it led (`/dev/fd/../cwd` is `/proc/self/cwd`), not lexically. */
const CLIMBS = /(?:^|\/)\.\.(?:\/|$)/;

/**
 * A path that names the same file whatever directory the client starts in. Anything else resolves in that
 * directory, a project's own: a relative path, and an absolute one through a per-process link. A drive path
 * (`C:\…`) is one only on Windows: elsewhere it is a file name in the directory.
 */
export const isFixedPath = (path: string, platform: NodeJS.Platform) =>
  platform === "win32"
    ? win32.isAbsolute(path)
    : posix.isAbsolute(path) && !CLIMBS.test(path) && !PER_PROCESS_LINK.test(posix.normalize(path));

/** Variables whose any value loads code into the program launched or chooses what is launched. */
const CHOOSES_PROGRAM =
  /^(?:NODE_OPTIONS|LD_PRELOAD|LD_LIBRARY_PATH|DYLD_INSERT_LIBRARIES|DYLD_LIBRARY_PATH|PATHEXT)$/i;

/**
 * Paths the bridge finds its config and home by: MCP_GUARD_CONFIG, MCP_GUARD_HOME, and the user's home that
 * the default one lies under (HOME; USERPROFILE on Windows). And the directories and shell a daemon the
 * bridge starts keeps from it and gives every stdio server it launches, for every client until it stops
 * (daemon-process.ts, server-env.ts): XDG_CONFIG_HOME holds git's user config (its core.fsmonitor runs a
 * program) and pip's, LOCALAPPDATA npm's cache on Windows. Only a fixed path is the user's choice.
 */
const NAMES_A_PATH =
  /^(?:MCP_GUARD_CONFIG|MCP_GUARD_HOME|HOME|USERPROFILE|XDG_(?:CONFIG|DATA|CACHE|STATE)_HOME|XDG_RUNTIME_DIR|TMPDIR|TEMP|TMP|APPDATA|LOCALAPPDATA|SHELL)$/i;

/**
 * A PATH is the client's lookup of a bare command. One whose every directory is fixed is the user's own
 * choice of where programs live (a desktop client's PATH lacks Homebrew's); a relative directory, an empty
 * one (the current directory) or `${workspaceFolder}/bin` resolves in the project's directory.
 */
function isFixedSearchPath(value: string, platform: NodeJS.Platform): boolean {
  const separator = platform === "win32" ? ";" : ":";
  return value.split(separator).every((dir) => isFixedPath(dir, platform));
}

/** Whether the entry's env decides which program, config or directories run, or loads other code into it. */
export function envChoosesProgram(env: unknown, platform: NodeJS.Platform): boolean {
  if (env === undefined) return false;
  if (typeof env !== "object" || env === null) return true;
  return Object.entries(env).some(
    ([name, value]) =>
      CHOOSES_PROGRAM.test(name) ||
      (/^PATH$/i.test(name) && (typeof value !== "string" || !isFixedSearchPath(value, platform))) ||
      (NAMES_A_PATH.test(name) && (typeof value !== "string" || !isFixedPath(value, platform))),
  );
}
