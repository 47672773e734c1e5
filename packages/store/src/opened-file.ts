// The database file as a connection opened it, with its write-ahead log and the log's index (-wal, -shm). A file
// deleted while a connection holds it open (a cleanup script, a "reset" guide's `rm`), or another put in its
// place, goes on taking that connection's writes on the old inode, which nothing at the path shows again:
// `mcp-guard logs` reads the path. So the daemon compares the paths' inodes with the ones it opened before it
// lets what it audited leave (audit-writer.ts), in each event-loop turn that audits something. The log matters
// as much as the main file: every committed row lives there until a checkpoint, and another process opening
// the database starts a new log beside the main file, blind to the unlinked one.
//
// Deleting, renaming or creating a name in a directory changes the directory's ctime, which no process can set
// back. So while the three files share one directory reached through no link, a turn stats that directory once
// instead of lstat-ing the three names (three system calls, about 2 % of the daemon's busy time), and looks at
// the names only when the directory changed since they were last found in place. The kernel stamps times from a
// coarse clock (a few milliseconds; a second on some file systems), so a change in the same tick as the last
// look could leave the ctime as it was: a directory changed less than SETTLED_MS before the look is not trusted.
import { lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Db } from "./database.js";

interface Identity {
  dev: number;
  ino: number;
}

/** A directory as found: which one, and when a name in it last changed. */
interface DirectoryState extends Identity {
  ctimeMs: number;
  mtimeMs: number;
}

/** How long ago a directory must have last changed for its unchanged ctime to vouch for its names. */
export const SETTLED_MS = 3000;

/** What OpenedFile looks at the paths with (the file system and the clock; a test counts the looks). */
export interface FileLooks {
  lstat(path: string): Stats | undefined;
  stat(path: string): Stats | undefined;
  now(): number;
}

const SYSTEM_LOOKS: FileLooks = {
  lstat: (path) => lstatSync(path, { throwIfNoEntry: false }),
  stat: (path) => statSync(path, { throwIfNoEntry: false }),
  now: () => Date.now(),
};

export class OpenedFile {
  private readonly opened: Identity;
  /** What a link at the path led to when opened (SQLite opens the link's target); undefined for a plain file. */
  private readonly target: Identity | undefined;
  /** The log and its index, named as SQLite names them: beside the file the path led to. */
  private readonly sidePaths: readonly string[];
  /** The log and index this connection writes; undefined while they are not (regular) files at their paths. */
  private sides: Identity[] | undefined;
  /** The directory holding all three files under the names looked at, when no link leads there. */
  private readonly directory: string | undefined;
  /** The directory as it was when the names were last found in place, long enough after its last change. */
  private settled: DirectoryState | undefined;

  /**
   * `path` was just opened by `db` (in WAL mode, a query run): the files there now are the ones it holds.
   * `notice` hears of a log made again (relog).
   */
  constructor(
    readonly path: string,
    private readonly db: Db,
    private readonly notice: (message: string) => void = () => {},
    private readonly looks: FileLooks = SYSTEM_LOOKS,
  ) {
    const link = lstatSync(path);
    this.opened = link;
    this.target = link.isSymbolicLink() ? statSync(path) : undefined;
    const real = realpathSync(path);
    this.sidePaths = [`${real}-wal`, `${real}-shm`];
    this.sides = this.sideFiles();
    // A link anywhere on the way (the file, a directory) puts a second directory's names in play: no shortcut.
    this.directory = real === resolve(path) ? dirname(real) : undefined;
  }

  /**
   * Why the paths no longer name the files opened (deleted, replaced, unreadable), or undefined while they do.
   * A log or index found gone or replaced is made again first (relog); only when that cannot be done yet does
   * this say why.
   */
  moved(): string | undefined {
    try {
      // Stat the directory before looking at the names: a change after this stat shows at the next one.
      const directory = this.directory === undefined ? undefined : this.looks.stat(this.directory);
      if (directory !== undefined && sameState(directory, this.settled)) return undefined;
      const why = this.namesMoved();
      this.settled =
        why === undefined && directory !== undefined && this.looks.now() - directory.ctimeMs > SETTLED_MS
          ? { dev: directory.dev, ino: directory.ino, ctimeMs: directory.ctimeMs, mtimeMs: directory.mtimeMs }
          : undefined;
      return why;
    } catch (err) {
      this.settled = undefined;
      return `the audit database ${this.path} cannot be looked at: ${(err as Error).message}`;
    }
  }

  /** moved(), looking at each of the three names. */
  private namesMoved(): string | undefined {
    const main = this.mainMoved();
    if (main !== undefined) return main;
    const now = this.sideFiles();
    if (this.sides !== undefined && now !== undefined && now.every((s, i) => same(s, this.sides?.[i])))
      return undefined;
    return this.relog();
  }

  private mainMoved(): string | undefined {
    const link = this.looks.lstat(this.path);
    if (link === undefined) return `the audit database ${this.path} was deleted while the daemon ran`;
    // lstat: a link put where the file was leads SQLite (which follows it) to another log than the daemon's.
    const target = this.target === undefined ? undefined : this.looks.stat(this.path);
    if (!same(link, this.opened) || (this.target !== undefined && !same(target, this.target)))
      return `the audit database ${this.path} was replaced by another file while the daemon ran`;
    return undefined;
  }

  /**
   * The log or its index is not the one this connection writes (deleted, replaced, a link). What was committed
   * to the connection's log is copied into the main file through the descriptor it still holds (a checkpoint),
   * then the log is made again at its path: out of WAL mode (SQLite removes what stands at the log's and index's
   * paths) and back in (new files there). SQLite leaves WAL mode only while no other process has the database
   * open; until then this says why, and the caller refuses traffic and asks again.
   */
  private relog(): string | undefined {
    const why = `the audit database's write-ahead log (${this.sidePaths.join(", ")}) was deleted or replaced`;
    const [copied] = this.db.pragma("wal_checkpoint(TRUNCATE)") as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    if (copied === undefined || copied.busy !== 0 || copied.checkpointed !== copied.log)
      return `${why}, and its rows cannot be copied into the database yet`;
    const busy = `${why}, and cannot be made again while another process has the database open`;
    try {
      if (this.db.pragma("journal_mode = DELETE", { simple: true }) !== "delete") return busy;
    } catch {
      return busy;
    }
    this.db.pragma("journal_mode = WAL");
    // SQLite opens the new log and index at the next read.
    this.db.pragma("schema_version");
    this.sides = this.sideFiles();
    if (this.sides === undefined) return `${why}, and could not be made again`;
    this.notice(`${why}; its rows were copied into the database and a new log made`);
    return undefined;
  }

  private sideFiles(): Identity[] | undefined {
    const found: Identity[] = [];
    for (const path of this.sidePaths) {
      const side = this.looks.lstat(path);
      if (side === undefined || !side.isFile()) return undefined;
      found.push(side);
    }
    return found;
  }
}

function sameState(a: Stats, b: DirectoryState | undefined): boolean {
  return b !== undefined && same(a, b) && a.ctimeMs === b.ctimeMs && a.mtimeMs === b.mtimeMs;
}

function same(a: Stats | Identity | undefined, b: Identity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}
