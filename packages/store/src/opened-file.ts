// The database file as a connection opened it, with its write-ahead log and the log's index (-wal, -shm). A file
// deleted while a connection holds it open (a cleanup script, a "reset" guide's `rm`), or another put in its
// place, goes on taking that connection's writes on the old inode, which nothing at the path shows again:
// `mcp-guard logs` reads the path. So the daemon compares the paths' inodes with the ones it opened before it
// lets what it audited leave (audit-writer.ts): three lstats per event-loop turn that audits something, not per
// call. The log matters as much as the main file: every committed row lives there until a checkpoint, and
// another process opening the database starts a new log beside the main file, blind to the unlinked one.
import { lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import type { Db } from "./database.js";

interface Identity {
  dev: number;
  ino: number;
}

export class OpenedFile {
  private readonly opened: Identity;
  /** What a link at the path led to when opened (SQLite opens the link's target); undefined for a plain file. */
  private readonly target: Identity | undefined;
  /** The log and its index, named as SQLite names them: beside the file the path led to. */
  private readonly sidePaths: readonly string[];
  /** The log and index this connection writes; undefined while they are not (regular) files at their paths. */
  private sides: Identity[] | undefined;

  /**
   * `path` was just opened by `db` (in WAL mode, a query run): the files there now are the ones it holds.
   * `notice` hears of a log made again (relog).
   */
  constructor(
    readonly path: string,
    private readonly db: Db,
    private readonly notice: (message: string) => void = () => {},
  ) {
    const link = lstatSync(path);
    this.opened = link;
    this.target = link.isSymbolicLink() ? statSync(path) : undefined;
    const real = realpathSync(path);
    this.sidePaths = [`${real}-wal`, `${real}-shm`];
    this.sides = this.sideFiles();
  }

  /**
   * Why the paths no longer name the files opened (deleted, replaced, unreadable), or undefined while they do.
   * A log or index found gone or replaced is made again first (relog); only when that cannot be done yet does
   * this say why.
   */
  moved(): string | undefined {
    try {
      const main = this.mainMoved();
      if (main !== undefined) return main;
      const now = this.sideFiles();
      if (this.sides !== undefined && now !== undefined && now.every((s, i) => same(s, this.sides?.[i])))
        return undefined;
      return this.relog();
    } catch (err) {
      return `the audit database ${this.path} cannot be looked at: ${(err as Error).message}`;
    }
  }

  private mainMoved(): string | undefined {
    const link = lstatSync(this.path, { throwIfNoEntry: false });
    if (link === undefined) return `the audit database ${this.path} was deleted while the daemon ran`;
    // lstat: a link put where the file was leads SQLite (which follows it) to another log than the daemon's.
    const target = this.target === undefined ? undefined : statSync(this.path, { throwIfNoEntry: false });
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
      const side = lstatSync(path, { throwIfNoEntry: false });
      if (side === undefined || !side.isFile()) return undefined;
      found.push(side);
    }
    return found;
  }
}

function same(a: Stats | Identity | undefined, b: Identity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}
