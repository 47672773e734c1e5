// Files whose contents decide what the daemon enforces or which credentials a server gets (the config, the
// secrets file) must not be changeable by other local users: the daemon applies every edit of the config.
import { realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";

/** Anyone may add, remove and rename entries: world-writable without the sticky bit (which /tmp has). */
const openToAll = (mode: number) => (mode & 0o002) !== 0 && (mode & 0o1000) === 0;

/**
 * Why other local users could change `file`, or undefined: it is writable by anyone, or a directory on its
 * path is open to all (its own directory lets them replace the file; one higher up, rename the directory
 * holding it away and put their own in its place). Group write is left alone: with a group per user (most
 * Linux systems) it is the owner's own. Throws what statting the file throws.
 */
export function writableByOthers(file: string, what: string, decides: string): string | undefined {
  if (process.platform === "win32") return undefined;
  const real = realpathSync(file);
  const mode = statSync(real).mode;
  if ((mode & 0o002) !== 0)
    return `${real} is writable by other users (mode ${(mode & 0o777).toString(8)}), who could change ${decides}: chmod o-w ${real}`;
  const directory = dirname(real);
  if (openToAll(statSync(directory).mode))
    return `the directory of ${what}, ${directory}, is writable by other users and not sticky, so they could replace it: chmod o-w ${directory}`;
  for (let above = dirname(directory); ; above = dirname(above)) {
    if (openToAll(statSync(above).mode))
      return `the directory ${above} above ${what} is writable by other users and not sticky, so they could put another directory in place of the one holding it: chmod o-w ${above}`;
    if (dirname(above) === above) return undefined;
  }
}
