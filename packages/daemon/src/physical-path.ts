// Where a path leads on this machine: what the kernel opens for it, its symbolic links followed and each ".."
// taken from where the link before it led. The guard's own files are compared with this too (see
// ServerPlaces.followLinks), so that a link already in a server's directory (a cloned project's
// `cfg -> ~/.config/mcp-guard`) does not lead to them under a name of its own.
// The path is walked one name at a time, as the kernel walks it, rather than handed to realpath: a link into
// /proc/self (`here -> /proc/self/cwd`) leads to the working directory of whichever process opens it, and
// realpath would answer with the daemon's.
import { lstatSync, readdirSync, readlinkSync, realpathSync, type Stats } from "node:fs";
import { join } from "node:path";

/** Links followed before giving up, as the kernel gives up on a loop (its own limit is 40). */
const MAX_LINKS = 40;
/** The first name under /proc that is a process's own directory: its own, its thread's or any pid's. */
const PROCESS_DIRECTORY = /^(?:self|thread-self|\d+)$/;

/**
 * Where `path` (absolute) leads: the names that exist resolved as the kernel resolves them, one that does
 * not kept as written (a file about to be created is created there; a dangling link leads to the file
 * writing through it would create). Below a name that does not exist nothing is looked up, and a ".."
 * climbs back out of it as path.resolve would, after which links are followed again: the kernel would
 * open nothing for `missing/../cfg`, but a server that normalises the path first opens `cfg`. Undefined
 * when a link leads into a process's directory under /proc, whose meaning depends on the process that
 * opens it: no answer the daemon finds holds for the server.
 */
export function physicalPath(path: string): string | undefined {
  // The common case at the cost of two calls: an entry whose real path is itself went through no link.
  if (lstatOf(path) !== undefined && realPathOf(path) === path) return path;
  // Names still to walk, the next one last; `at` is where the walk stands, "" for the root.
  const pending = path.split("/").reverse();
  let at = "";
  let links = 0;
  // How many of the last names in `at` do not exist.
  let missing = 0;
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (name === "" || name === ".") continue;
    if (name === "..") {
      at = at.slice(0, at.lastIndexOf("/"));
      missing = Math.max(0, missing - 1);
      continue;
    }
    let next = `${at}/${name}`;
    if (next === "/proc") return underProc(pending.reverse(), links > 0);
    let entry = missing > 0 ? undefined : lstatOf(next);
    if (entry === undefined && missing === 0) {
      const twin = unicodeTwin(at === "" ? "/" : at, name);
      if (twin !== undefined) {
        next = `${at}/${twin}`;
        entry = lstatOf(next);
      }
    }
    if (entry === undefined || !entry.isSymbolicLink()) {
      if (entry === undefined) missing++;
      at = next;
      continue;
    }
    // A loop: the kernel opens nothing, and what is below it is given back as written.
    if (++links > MAX_LINKS) return join(next, ...pending.reverse());
    const target = readlinkOf(next);
    if (target === undefined) return join(next, ...pending.reverse());
    if (target.startsWith("/")) at = "";
    pending.push(...target.split("/").reverse());
  }
  return at === "" ? "/" : at;
}

/**
 * A path that reached /proc, given back as written below it: its links are the kernel's per-process ones,
 * which the caller's canonical form reads (`/proc/<pid>/root/…` is `/…`) or refuses (`cwd`, `fd`, and ".."
 * after them). Reached through a link, a process's directory is refused: nothing in the path as written
 * says it is /proc/self, so nothing downstream could refuse it.
 */
function underProc(rest: string[], throughLink: boolean): string | undefined {
  const first = rest.find((name) => name !== "" && name !== ".");
  if (throughLink && first !== undefined && PROCESS_DIRECTORY.test(first)) return undefined;
  return ["/proc", ...rest].join("/");
}

/**
 * The one entry of `dir` that is `name` in another Unicode spelling (composed `é` asked for, decomposed `é`
 * on disk; a Kelvin sign for a K), as the filesystem server opens it when the name as written is missing
 * (its resolveUnicodeEquivalentPath): a link under such a name leads where the server goes. Read once per
 * path, at its first missing name. None when there is no such entry, or more than one (the server refuses).
 */
function unicodeTwin(dir: string, name: string): string | undefined {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return undefined;
  }
  const wanted = name.normalize("NFC");
  const twins = entries.filter((entry) => entry !== name && entry.normalize("NFC") === wanted);
  return twins.length === 1 ? twins[0] : undefined;
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

/** A link's target as written; undefined when it cannot be read (gone since it was looked at). */
function readlinkOf(path: string): string | undefined {
  try {
    return readlinkSync(path);
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
