// Opening the SQLite database: WAL, owner-only files (including -wal and -shm), forward-only migrations.
import { chmodSync, closeSync, existsSync, openSync } from "node:fs";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations.js";

export type Db = Database.Database;

const DAEMON_CACHE_KIB = 2048;

export interface OpenOptions {
  readonly?: boolean;
}

/** The database file cannot be used; the message names it and says what is wrong with it. */
export class DatabaseFileError extends Error {}

/** Opens (creating, unless read-only) the database and checks that it is one, naming the file when not. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (options.readonly && !existsSync(file))
    throw new DatabaseFileError(`no audit database at ${file} (has the daemon run with this home?)`);
  try {
    return options.readonly ? openReadonly(file) : openWritable(file);
  } catch (err) {
    throw databaseFileError(file, err);
  }
}

/** Whether `err` is SQLite's (a query on a damaged database), not the caller's. */
export function isSqliteError(err: unknown): err is Error {
  return err instanceof Database.SqliteError;
}

/** What is wrong with the file, in words a person can act on; SQLite's own say neither which file nor what to do. */
function databaseFileError(file: string, err: unknown): DatabaseFileError {
  const code = (err as { code?: unknown }).code;
  const message = (err as Error).message;
  const remedy = "restore it from a backup, or move it aside and a new, empty one is made";
  if (code === "SQLITE_NOTADB")
    return new DatabaseFileError(`${file} is not an SQLite database (${message}): ${remedy}`);
  if (code === "SQLITE_CORRUPT") return new DatabaseFileError(`${file} is damaged (${message}): ${remedy}`);
  return new DatabaseFileError(`cannot open the database ${file}: ${message}`);
}

/** `set` runs on the new connection, which is closed if it throws. */
function connected(db: Db, set: (db: Db) => void): Db {
  try {
    set(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function openReadonly(file: string): Db {
  return connected(new Database(file, { readonly: true, fileMustExist: true }), (db) => {
    db.pragma("busy_timeout = 5000");
    // Reads the header now: a file that is not a database fails here, named, not at the first query.
    db.pragma("schema_version");
  });
}

function openWritable(file: string): Db {
  // Create the file owner-only before SQLite touches it, so it is never briefly world-readable.
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  return connected(new Database(file), (db) => {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    // better-sqlite3 builds SQLite with a 16 MB page cache per connection, which the growing audit table fills
    // within ~20,000 calls and the daemon then keeps for good; SQLite's own default (2 MB) is enough for the
    // append-mostly writes the daemon makes, and the OS page cache serves the reads.
    db.pragma(`cache_size = -${DAEMON_CACHE_KIB}`);
    // A multi-row INSERT inside a transaction keeps a statement journal (to undo that statement alone); past
    // 64 KB SQLite spills it to a temporary file, created, written and unlinked on every audit batch. Held in
    // memory it is a few hundred KB for the largest batch, freed at commit.
    db.pragma("temp_store = MEMORY");
    if (migrate(db) === "created") {
      // A database this version creates holds no row an earlier version wrote bare: the start-up pass that
      // rewrites such rows (rows-at-rest.ts) has nothing to do, and its VACUUM and checkpoint would cost every
      // new home a few tens of milliseconds.
      recordDaemonSetting(db, ROWS_AT_REST_SETTING, String(Date.now()));
    }
    secureFiles(file);
  });
}

/** The main file and its WAL side files hold audit data: owner-only, whatever the umask. */
export function secureFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}

/**
 * The daemon setting recording that the rows earlier versions wrote bare were rewritten (rows-at-rest.ts). Round
 * 32's pass, recorded as `rows_kept_at_rest`, left the audit rows bare: a new name runs the whole pass once more
 * on a database that version marked.
 */
export const ROWS_AT_REST_SETTING = "rows_and_audit_kept_at_rest";

/** Applies the migrations not yet applied; "created" when none had been (a database new to this version). */
function migrate(db: Db): "created" | "upgraded" {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)",
  );
  const applied = new Set(
    db
      .prepare("SELECT name FROM schema_migrations")
      .all()
      .map((row) => (row as { name: string }).name),
  );
  // New when it holds no table but this one: nothing was written before this version opened it.
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations'")
    .get() as { n: number };
  const created = tables.n === 0;
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.name)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)").run(
        migration.name,
        Date.now(),
      );
    })();
  }
  return created ? "created" : "upgraded";
}

/**
 * The daemon's record of a setting the CLI must honour whatever config it is given (see migration 010).
 * Undefined when no daemon of this home recorded it, or the database predates it.
 */
export function daemonSetting(db: Db, name: string): string | undefined {
  try {
    const row = db.prepare("SELECT value FROM daemon_settings WHERE name = ?").get(name) as
      { value: string } | undefined;
    return row?.value;
  } catch {
    return undefined;
  }
}

export function recordDaemonSetting(db: Db, name: string, value: string): void {
  db.prepare(
    "INSERT INTO daemon_settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
  ).run(name, value);
}
