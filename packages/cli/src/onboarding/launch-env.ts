// An entry's env is set for the program its client launches, and some variables decide which program that
// is or load other code into it: the client looks a bare command up on the entry's PATH (`./bin` first runs
// the project's own `mcp-guard`), node runs NODE_OPTIONS' `--require ./hook.cjs` before the bridge, the
// loader preloads LD_PRELOAD, and npx fetches from npm_config_registry. Such an entry launches whatever
// those name, not the bridge.
import { posix, win32 } from "node:path";

/** Variables whose any value loads code into the program launched or chooses what is launched. */
const CHOOSES_PROGRAM =
  /^(?:NODE_OPTIONS|LD_PRELOAD|LD_LIBRARY_PATH|DYLD_INSERT_LIBRARIES|DYLD_LIBRARY_PATH|PATHEXT|npm_config_.*)$/i;

/**
 * A PATH is the client's lookup of a bare command. One whose every directory is absolute is the user's own
 * choice of where programs live (a desktop client's PATH lacks Homebrew's); a relative directory, an empty
 * one (the current directory) or `${workspaceFolder}/bin` resolves in the project's directory.
 */
function isFixedSearchPath(value: string, platform: NodeJS.Platform): boolean {
  const [separator, isAbsolute] = platform === "win32" ? [";", win32.isAbsolute] : [":", posix.isAbsolute];
  return value.split(separator).every((dir) => isAbsolute(dir));
}

/** Whether the entry's env decides which program runs, or loads other code into it. */
export function envChoosesProgram(env: unknown, platform: NodeJS.Platform): boolean {
  if (env === undefined) return false;
  if (typeof env !== "object" || env === null) return true;
  return Object.entries(env).some(
    ([name, value]) =>
      CHOOSES_PROGRAM.test(name) ||
      (/^PATH$/i.test(name) && (typeof value !== "string" || !isFixedSearchPath(value, platform))),
  );
}
