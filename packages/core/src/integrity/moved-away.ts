// What a call moves or removes as a whole. A directory above one of the guard's files (~/.config above
// ~/.config/mcp-guard) is read, listed and searched like any other: what it lists are names, and a file
// inside the guard's is refused by its own path. Moved away, though, it takes the guard's files with it to a
// name that is no longer theirs, where an ordinary read returns them; removed, it takes the audit with it.
// Such a directory is refused only as what a call moves or removes. Where the call puts something is left
// alone: moving a file into ~ leaves ~ where it is, and a directory above the guard's files is not empty, so
// nothing can be moved onto it.

/** Argument names for what a call moves away: source, src, from, old_path, oldPath, sources. */
const MOVED_KEY = /^(?:source|src|from|old)(?:[_-]?(?:path|file|dir|directory|name|uri))?s?$/i;
/** Argument names for where a call puts something: destination, dest, target, to, new_path. */
const DESTINATION_KEY = /dest|target|^to(?:$|[_-]|path|dir|file)|^new/i;
/** Tool names that say the tool moves, renames or removes what its path arguments name. */
const MOVING_TOOL = /move|rename|delete|remove|trash|unlink|rmdir|(?:^|[_-])(?:mv|rm)(?:$|[_-])/i;

/**
 * Whether the strings under argument `name` are what the call moves or removes: named so (`source`), a path
 * argument of a tool whose name says it moves or removes (`move_file`, `delete_directory`), or inside such an
 * argument, but never where it puts something (`destination`).
 */
export function movedAway(
  tool: string | undefined,
  name: string,
  pathLike: boolean,
  insideMoved: boolean,
): boolean {
  if (DESTINATION_KEY.test(name)) return false;
  return insideMoved || MOVED_KEY.test(name) || (pathLike && tool !== undefined && MOVING_TOOL.test(tool));
}

/** The directories above each canonical path (`file:///a/b/c`), up to the root, in the same form. */
export function directoriesAbove(paths: readonly string[]): Set<string> {
  const above = new Set<string>();
  for (const path of paths)
    for (let end = path.lastIndexOf("/"); end >= "file://".length; end = path.lastIndexOf("/", end - 1))
      above.add(path.slice(0, end).replace(/\/+$/, ""));
  return above;
}
