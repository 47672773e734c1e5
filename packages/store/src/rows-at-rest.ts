// Rows that earlier versions wrote bare: definitions pinned or waiting before round 30 kept as listed, names
// (tools, prompts, resource URIs) and a held call's arguments before round 31, and audit rows: a method,
// target and JSON-RPC id as the peer wrote them before round 28, and a trace's findings naming what a peer
// chose (a tool called after a token) a little longer. Today's writers keep them as the daemon's `atRest`
// functions and its audit scrub make them (redacted, with keyed digests); this pass puts the older rows in the
// same form once, so an upgrade does not leave a token or an e-mail address on disk until retention.
import { daemonSetting, recordDaemonSetting, ROWS_AT_REST_SETTING as DONE, type Db } from "./database.js";

export interface AtRestForms {
  definition: (json: string) => string;
  name: (name: string) => string;
  arguments: (json: string) => string;
  /** An audit row's values as today's audit keeps them; a row already in that form comes back the same. */
  audit: (row: AuditValues) => AuditValues;
}

/** What an audit row holds of the values a peer chose; `trace` as stored (encodeTrace). */
export interface AuditValues {
  method: string | null;
  target: string | null;
  rpc_id: string | null;
  trace: string;
}

type StoredAuditRow = AuditValues & { id: number };

/** Audit rows read, and the changed ones rewritten, per transaction (see rewriteAuditRows). */
const AUDIT_BATCH = 2000;

interface PinRow {
  server: string;
  kind: string;
  name: string;
  definition: string;
}

/**
 * Rewrites the pins, listed names and held arguments not yet in the form `forms` make, in one transaction
 * (these tables are small); the number rewritten or dropped. A row whose kept name already has a row
 * (written since, by a version that keeps names) is the older record of it and is dropped: lookups go by the
 * kept name. The audit, which may hold millions of rows, is left to `OlderAuditRows`, which the daemon runs
 * once it listens; undefined when a pass has already run to its end on this database.
 */
export function keepOlderRowsAtRest(
  db: Db,
  forms: AtRestForms,
): { changed: number; audit: OlderAuditRows } | undefined {
  if (daemonSetting(db, DONE) !== undefined) return undefined;
  const changed = db.transaction(
    () =>
      rewriteDefinitions(db, "pins", forms) +
      rewriteDefinitions(db, "pin_changes", forms) +
      rewriteListedNames(db, forms) +
      rewriteArguments(db, forms),
  )();
  return { changed, audit: new OlderAuditRows(db, forms.audit) };
}

function rewriteDefinitions(db: Db, table: "pins" | "pin_changes", forms: AtRestForms): number {
  const rows = db.prepare(`SELECT server, kind, name, definition FROM ${table}`).all() as PinRow[];
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE server = ? AND kind = ? AND name = ?`);
  const drop = db.prepare(`DELETE FROM ${table} WHERE server = ? AND kind = ? AND name = ?`);
  const update = db.prepare(
    `UPDATE ${table} SET name = ?, definition = ? WHERE server = ? AND kind = ? AND name = ?`,
  );
  let changed = 0;
  for (const row of rows) {
    const name = forms.name(row.name);
    const definition = forms.definition(row.definition);
    if (name === row.name && definition === row.definition) continue;
    changed++;
    if (name !== row.name && exists.get(row.server, row.kind, name) !== undefined)
      drop.run(row.server, row.kind, row.name);
    else update.run(name, definition, row.server, row.kind, row.name);
  }
  return changed;
}

function rewriteListedNames(db: Db, forms: AtRestForms): number {
  const rows = db.prepare("SELECT server, kind, name FROM listed_definitions").all() as Omit<
    PinRow,
    "definition"
  >[];
  const exists = db.prepare("SELECT 1 FROM listed_definitions WHERE server = ? AND kind = ? AND name = ?");
  const drop = db.prepare("DELETE FROM listed_definitions WHERE server = ? AND kind = ? AND name = ?");
  const rename = db.prepare(
    "UPDATE listed_definitions SET name = ? WHERE server = ? AND kind = ? AND name = ?",
  );
  let changed = 0;
  for (const row of rows) {
    const name = forms.name(row.name);
    if (name === row.name) continue;
    changed++;
    if (exists.get(row.server, row.kind, name) !== undefined) drop.run(row.server, row.kind, row.name);
    else rename.run(name, row.server, row.kind, row.name);
  }
  return changed;
}

function rewriteArguments(db: Db, forms: AtRestForms): number {
  const rows = db.prepare("SELECT id, arguments FROM approvals").all() as { id: string; arguments: string }[];
  const update = db.prepare("UPDATE approvals SET arguments = ? WHERE id = ?");
  let changed = 0;
  for (const row of rows) {
    const kept = forms.arguments(row.arguments);
    if (kept === row.arguments) continue;
    changed++;
    update.run(kept, row.id);
  }
  return changed;
}

/**
 * The audit rows written before this pass first ran, in batches by id: rows are read outside any write
 * transaction and only the changed ones are written, each batch in a short one, so the write lock is never
 * held for long; the daemon serves sessions between batches, and the `logs` and `approvals` of the CLI go on
 * meanwhile. No column tells the older form from today's, so every row up to the last one is read once;
 * `audit` leaves today's rows, and those written while the pass runs (after `last`), as they are.
 */
export class OlderAuditRows {
  private readonly last: number;
  private after = 0;
  private readonly read;
  private readonly write;

  constructor(
    private readonly db: Db,
    private readonly audit: AtRestForms["audit"],
  ) {
    this.last = (db.prepare("SELECT max(id) FROM audit_log").pluck().get() as number | null) ?? 0;
    this.read = db.prepare(
      "SELECT id, method, target, rpc_id, trace FROM audit_log WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
    );
    const update = db.prepare(
      "UPDATE audit_log SET method = ?, target = ?, rpc_id = ?, trace = ? WHERE id = ?",
    );
    this.write = db.transaction((rows: StoredAuditRow[]) => {
      for (const r of rows) update.run(r.method, r.target, r.rpc_id, r.trace, r.id);
    });
  }

  /** Rewrites the next batch; the number of rows it changed, or undefined once every row was read. */
  next(): number | undefined {
    if (this.after >= this.last) return undefined;
    const rows = this.read.all(this.after, this.last, AUDIT_BATCH) as StoredAuditRow[];
    const lastRead = rows.at(-1);
    if (lastRead === undefined) {
      this.after = this.last;
      return undefined;
    }
    this.after = lastRead.id;
    const rewritten: StoredAuditRow[] = [];
    for (const row of rows) {
      const kept = this.audit(row);
      if (
        kept.method !== row.method ||
        kept.target !== row.target ||
        kept.rpc_id !== row.rpc_id ||
        kept.trace !== row.trace
      )
        rewritten.push({ ...kept, id: row.id });
    }
    if (rewritten.length > 0) this.write(rewritten);
    return rewritten.length;
  }

  /**
   * Once every batch ran. Rows an earlier version deleted (a change approved, a pin reset) and the cells
   * this pass freed leave their bytes in free pages until reused: VACUUM writes the live rows into fresh
   * pages, and the checkpoint puts them over the old ones in the file now. It holds the daemon for as long
   * as it takes (the file's size, once per database); recorded only when done, so that a database another
   * process kept busy is cleared at the next start. False when it could not run now.
   */
  finish(): boolean {
    try {
      this.db.exec("VACUUM");
      this.db.pragma("wal_checkpoint(TRUNCATE)");
      recordDaemonSetting(this.db, DONE, String(Date.now()));
      return true;
    } catch {
      return false; // busy: the rows are kept redacted already; the free pages are cleared next time
    }
  }
}
