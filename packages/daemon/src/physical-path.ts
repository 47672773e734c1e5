// Where a path leads on this machine: what the kernel opens for it, its symbolic links followed and each ".."
// taken from where the link before it led. The guard's own files are compared with this too (see
// ServerPlaces.followLinks), so that a link already in a server's directory (a cloned project's
// `cfg -> ~/.config/mcp-guard`) does not lead to them under a name of its own.
import { lstatSync, readlinkSync, realpathSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Dangling links followed before giving up, as the kernel gives up on a loop (its own limit is 40). */
const MAX_DANGLING = 40;

/**
 * The part of `path` that exists, resolved by the kernel (realpath), with the rest appended as written: a
 * file about to be created is created there. A dangling link is followed to its target, which writing
 * through it would create.
 */
export function physicalPath(path: string, followed = 0): string {
  const missing: string[] = [];
  let existing = path;
  for (;;) {
    const entry = lstatOf(existing);
    const real = entry === undefined ? undefined : realPathOf(existing);
    if (real !== undefined) return join(real, ...missing);
    if (entry?.isSymbolicLink() && followed < MAX_DANGLING) {
      // Joined as text, not resolved: the target's own links and ".." are the kernel's to read.
      const target = readlinkSync(existing);
      const from = target.startsWith("/")
        ? target
        : `${physicalPath(dirname(existing), followed + 1)}/${target}`;
      return join(physicalPath(from, followed + 1), ...missing);
    }
    const parent = dirname(existing);
    if (parent === existing) return path;
    missing.unshift(basename(existing));
    existing = parent;
  }
}

// Most paths checked do not exist (a file about to be written, a name in a command line): they are asked
// about without throwing, since an exception costs several times the lookup itself.

/** The entry itself (a link is not followed); undefined when there is none or it cannot be read. */
function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The kernel's realpath of an entry that exists; undefined for a dangling link or one it cannot read. */
function realPathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}
