// One canonical absolute path for every spelling of the same local file, so that a rule written for
// /etc/shadow also catches file:/etc/shadow, file://localhost/etc/shadow?x, /proc/self/root/etc/shadow and
// the rest. Used for file: URIs and for paths in tool arguments. What cannot be resolved without looking
// at the file system (a process's working directory or open files under /proc) is refused, not guessed.

export type CanonicalPath = { ok: true; path: string } | { ok: false; detail: string };

/** /proc links to a process's root directory: the same tree as / for servers in our mount namespace. */
const PROC_ROOT = /^\/proc\/(?:self|thread-self|\d+)(?:\/task\/\d+)?\/root(?=\/|$)/;

/** /proc and /dev links whose target depends on the server process's state: unknowable here. */
const PROC_UNRESOLVABLE =
  /^\/(?:proc\/(?:self|thread-self|\d+)(?:\/task\/\d+)?\/(?:cwd|fd|fdinfo|map_files|exe)|dev\/(?:fd|stdin|stdout|stderr))(?=\/|$)/;

/**
 * An absolute path (already percent-decoded, backslashes read as slashes) to its canonical form: empty
 * and "." segments removed, a trailing slash dropped, /proc/<pid>/root prefixes removed. A ".." segment
 * is refused as traversal by the caller before this runs.
 */
export function canonicalPath(path: string): CanonicalPath {
  if (!path.startsWith("/")) return { ok: false, detail: "a file path must be absolute" };
  let current = collapse(path);
  for (let round = 0; round < 16; round++) {
    if (PROC_UNRESOLVABLE.test(current))
      return {
        ok: false,
        detail: "the path goes through a /proc or /dev link whose target cannot be known safely",
      };
    const inside = current.replace(PROC_ROOT, "");
    if (inside === current) return { ok: true, path: current };
    current = collapse(inside === "" ? "/" : inside);
  }
  return { ok: false, detail: "the path nests /proc/<pid>/root too deeply" };
}

function collapse(path: string): string {
  const kept = path.split("/").filter((s) => s !== "" && s !== ".");
  return `/${kept.join("/")}`;
}

/**
 * The path a file: URI names (RFC 8089: file:/p, file:///p, file://localhost/p), with its query and
 * fragment set aside: servers read the path, and a suffix must not make a protected file look different.
 * Any other host is refused: a local server cannot honour it, and some would silently drop it.
 */
export function filePathOfUri(rest: string): CanonicalPath {
  let path = rest;
  if (rest.startsWith("//")) {
    const end = rest.indexOf("/", 2);
    const host = (end < 0 ? rest.slice(2) : rest.slice(2, end)).toLowerCase();
    if (host !== "" && host !== "localhost")
      return { ok: false, detail: `a file URI may name no host but localhost (got "${host}")` };
    path = end < 0 ? "/" : rest.slice(end);
  }
  // A URL parser writes a drive's legacy `C|` as `C:` (file:///C|/x is C:\x to a Windows server).
  path = path.replace(/^\/([A-Za-z])\|(?=[/?#]|$)/, "/$1:");
  // `C:x` (no slash after the colon) is x in drive C's current directory, which only the server knows;
  // Windows' device namespace (`\\.\GLOBALROOT\Device\HarddiskVolume1\…`, `\\.\Volume{…}\…`) names a
  // volume by a name the guard cannot place on a drive. Only a drive letter may follow `\\.\`.
  if (/^\/[A-Za-z]:[^/?#]/.test(path))
    return { ok: false, detail: "a file URI naming a path relative to a drive's current directory" };
  if (/^\/{2,}\.\/(?![A-Za-z]:(?:[/?#]|$))/.test(path))
    return { ok: false, detail: "a file URI naming a Windows device path other than a drive" };
  const suffixAt = path.search(/[?#]/);
  // The root with a query or fragment names no resource; a server reading it naively opens the suffix as a
  // path (`file:////?/C:/x` is `\\?\C:\x`, Windows' own spelling of C:\x), which setting it aside would hide.
  if (suffixAt >= 0 && path.slice(0, suffixAt).replace(/\/+$/, "") === "")
    return { ok: false, detail: "a file URI naming the root with a query or fragment" };
  return canonicalPath(suffixAt < 0 ? path : path.slice(0, suffixAt));
}
