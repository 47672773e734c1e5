// Whether a client's entry launches the mcp-guard bridge under the user's own config, decided by what the
// client will run: scan counts every other entry against the setup and init translates it. Mentioning
// mcp-guard is not enough: in `sh -c "exec node server.js" mcp-guard connect` the two words are the shell's
// $0 and $1, and in `npx -y some-server mcp-guard connect` they are arguments of another server. Nor is
// running mcp-guard enough when the entry picks the config: `connect -c ./guard.yaml` starts a daemon with the
// servers and policy of the project the client has open.
import { win32 } from "node:path";
import { remoteUrl, type Entry } from "./clients.js";
import { envFileVariables } from "./env-file.js";
import { envChoosesProgram, isFixedPath } from "./launch-env.js";

/**
 * Whether a command runs the program `name`: a bare name (looked up on PATH) or a fixed absolute path to it.
 * Anything else resolves in the directory the client starts in, a project's own, so `./mcp-guard` names the
 * project's file. Windows compares names without case, and npm's shims there end in .cmd (or .exe).
 */
function isProgram(command: string, name: string, platform: NodeJS.Platform): boolean {
  if (/[\\/]/.test(command) && !isFixedPath(command, platform)) return false;
  return (
    win32
      .basename(command)
      .toLowerCase()
      .replace(/\.(?:cmd|exe)$/, "") === name
  );
}

/**
 * mcp-guard's CLI as a script for node: its bin (`…/bin/mcp-guard.js`) or the built entry the bin imports
 * (`…/cli/dist/main.js`, `…/mcp-guard/dist/main.js` when installed). Node reads a relative script from the
 * directory it starts in, so only a fixed absolute path is ours.
 */
function isOurScript(path: string, platform: NodeJS.Platform): boolean {
  if (!isFixedPath(path, platform)) return false;
  return (
    win32.basename(path).toLowerCase() === "mcp-guard.js" ||
    /[\\/](?:cli|mcp-guard)[\\/]dist[\\/]main\.js$/i.test(path)
  );
}

/**
 * The arguments mcp-guard gets, when the program launched (itself, or node running its script) is mcp-guard.
 * Not through `npx` or `pnpm dlx`: they resolve the package in the directory the client starts in, so a
 * project's node_modules/.bin/mcp-guard (or a node_modules/mcp-guard of the version asked for, in any
 * directory above) runs instead, and the project's .npmrc picks the registry. Nor is the package published:
 * it is installed from its tarball (README), so a registry serves whatever someone put under its name.
 */
function mcpGuardArgs(command: string, args: readonly string[], platform: NodeJS.Platform) {
  if (isProgram(command, "mcp-guard", platform)) return args;
  // The script must come first: a node option before it (--require, --import) runs other code.
  if (command === process.execPath || isProgram(command, "node", platform))
    return args[0] !== undefined && isOurScript(args[0], platform) ? args.slice(1) : undefined;
  return undefined;
}

/**
 * `connect`, then only connect's own options (-s/--server, -c/--config), with a server named. A config must
 * be named by a fixed absolute path: a relative one, or one through `/proc/self/cwd`, is read from the
 * project's directory.
 */
function isConnect(args: readonly string[], platform: NodeJS.Platform): boolean {
  if (args[0] !== "connect") return false;
  let server = false;
  for (let i = 1; i < args.length; i++) {
    const [flag, inline] = /^(--[^=]+)=(.*)$/s.exec(args[i]!)?.slice(1) ?? [args[i]!, undefined];
    if (!["-s", "--server", "-c", "--config"].includes(flag!)) return false;
    const value = inline ?? args[++i];
    if (!value) return false;
    if (flag === "-s" || flag === "--server") server = true;
    else if (!isFixedPath(value, platform)) return false;
  }
  return server;
}

/**
 * An entry whose client runs the mcp-guard bridge: mcp-guard's own program with `connect -s <name>`, under
 * an env, and an `envFile` (read with `${workspaceFolder}` as `workspace`), that neither picks another program
 * or config nor loads code into it. An envFile this machine cannot read now cannot be vouched for.
 */
export function isGuarded(
  entry: Entry,
  platform: NodeJS.Platform = process.platform,
  workspace: string = process.cwd(),
): boolean {
  // A client connects to an entry's URL whatever its command says.
  if (remoteUrl(entry) !== undefined || typeof entry.command !== "string") return false;
  if (envChoosesProgram(entry.env, platform)) return false;
  if (entry.envFile !== undefined) {
    const fromFile =
      typeof entry.envFile === "string" ? envFileVariables(entry.envFile, workspace) : undefined;
    if (fromFile === undefined || envChoosesProgram(fromFile, platform)) return false;
  }
  const args = entry.args ?? [];
  if (!Array.isArray(args) || !args.every((a): a is string => typeof a === "string")) return false;
  const forMcpGuard = mcpGuardArgs(entry.command, args, platform);
  return forMcpGuard !== undefined && isConnect(forMcpGuard, platform);
}
