// Where a server resolves the relative paths it is given, as far as the daemon can know before asking it:
// the working directory it is started in, the directories named in its arguments (server-filesystem's
// allowed directories), and its $HOME for "~". The sensitive-resource rules resolve tool arguments
// against every one of them (the client's roots are added per session by the permissions check).
import { existsSync, realpathSync, statSync } from "node:fs";
import { homedir, hostname, networkInterfaces } from "node:os";
import { isAbsolute, resolve } from "node:path";
import { secretsFilePath, type Config, type ServerConfig } from "@mcp-guard/config/runtime";
import type { ServerPlaces } from "@mcp-guard/core";
import type { DaemonPaths } from "@mcp-guard/wire";
import { physicalPath } from "./physical-path.js";

export function serverPlaces(server: ServerConfig, guardPaths: readonly string[]): ServerPlaces {
  // A remote server's paths are on another machine: nothing here says where they resolve. One on this
  // machine (a loopback address, this host's name or address) reads this machine's files, the guard's own.
  if (!server.command)
    return onThisMachine(server.url)
      ? { directories: [], guardPaths, followLinks: physicalPath }
      : { directories: [] };
  const home = server.env.HOME ?? process.env.HOME ?? homedir();
  const cwd = resolve(server.cwd ?? process.cwd());
  const directories = new Set([cwd]);
  for (const arg of server.args) {
    // "--root=/srv/data" names a directory as much as "/srv/data" does.
    const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : arg;
    const path = value === "~" || value.startsWith("~/") ? `${home}${value.slice(1)}` : value;
    if (!isAbsolute(path) && !path.startsWith(".")) continue;
    const absolute = resolve(cwd, path);
    if (isDirectory(absolute)) directories.add(absolute);
  }
  return { directories: [...directories], home, guardPaths, followLinks: physicalPath };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The guard's own files, out of reach of every local server (see ServerPlaces.guardPaths), under the names
 * given and the names they resolve to (a home reached through a symbolic link): its home (key, database,
 * tokens), its config and socket, and the files its config names that hold secrets, wherever they are. The
 * secrets file fills the servers' entries (one a server could rewrite would fill them with its own values),
 * and the TLS key lets its holder pose as the HTTP endpoint.
 */
export function guardOwnPaths(paths: DaemonPaths, configPath: string, daemon: Config["daemon"]): string[] {
  const named = [paths.home, configPath, paths.socket];
  if (daemon.secrets_file) named.push(secretsFilePath(daemon.secrets_file, configPath));
  // Read by the daemon as written, relative to its working directory (front-door.ts).
  if (daemon.http?.tls) named.push(daemon.http.tls.key_file);
  const given = named.map((p) => resolve(p));
  const real = given.map((p) => (existsSync(p) ? realpathSync(p) : p));
  return [...new Set([...given, ...real])];
}

/**
 * Whether an HTTP server's URL names this machine: a loopback name or address (as the URL parser writes
 * them, a trailing dot dropped), this host's name, or an address of one of its interfaces. A name that only
 * DNS would resolve here is not known.
 */
function onThisMachine(url: string | undefined): boolean {
  if (url === undefined) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost") || host === "0.0.0.0" || host === "[::]")
    return true;
  if (/^127\.[0-9]+\.[0-9]+\.[0-9]+$/.test(host) || host === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:/.test(host))
    return true;
  if (host === hostname().toLowerCase()) return true;
  const bare = host.replace(/^\[|\]$/g, "");
  return Object.values(networkInterfaces()).some((addresses) =>
    (addresses ?? []).some((a) => a.address.toLowerCase() === bare),
  );
}
