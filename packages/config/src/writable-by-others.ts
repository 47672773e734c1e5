// Files whose contents decide what the daemon enforces or which credentials a server gets (the config, the
// secrets file) must not be changeable by other local users: the daemon applies every edit of the config.
import { realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Why other local users could change `file`, or undefined: it is writable by anyone, or it lies in a directory
 * anyone may write to (and so replace it) without the sticky bit. Group write is left alone: with a group per
 * user (most Linux systems) it is the owner's own. Throws what statting the file throws.
 */
export function writableByOthers(file: string, what: string, decides: string): string | undefined {
  if (process.platform === "win32") return undefined;
  const real = realpathSync(file);
  const mode = statSync(real).mode;
  if ((mode & 0o002) !== 0)
    return `${real} is writable by other users (mode ${(mode & 0o777).toString(8)}), who could change ${decides}: chmod o-w ${real}`;
  const directory = dirname(real);
  const dirMode = statSync(directory).mode;
  if ((dirMode & 0o002) !== 0 && (dirMode & 0o1000) === 0)
    return `the directory of ${what}, ${directory}, is writable by other users and not sticky, so they could replace it: chmod o-w ${directory}`;
  return undefined;
}
