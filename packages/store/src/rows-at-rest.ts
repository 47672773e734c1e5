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
 * Rewrites every row not yet in the form `forms` make; the number rewritten or dropped. A row whose kept name
 * already has a row (written since, by a version that keeps names) is the older record of it and is dropped:
 * lookups go by the kept name. The rewrite is one transaction, the audit's one per batch (it may hold millions
 * of rows); the free pages are then cleared (see below).
 */
export function keepOlderRowsAtRest(db: Db, forms: AtRestForms): number {
  if (daemonSetting(db, DONE) !== undefined) return 0;
  const changed = db.transaction(
    () =>
      rewriteDefinitions(db, "pins", forms) +
      rewriteDefinitions(db, "pin_changes", forms) +
      rewriteListedNames(db, forms) +
      rewriteArguments(db, forms),
  )();
  const audit = rewriteAuditRows(db, forms.audit);
  // Rows an earlier version deleted (a change approved, a pin reset) and the cells this rewrite freed leave
  // their bytes in free pages until reused: VACUUM writes the live rows into fresh pages, and the checkpoint
  // puts them over the old ones in the file now. Once per database, so its cost (the file's size) is paid once;
  // recorded only when done, so that a database another process kept busy is cleared at the next start.
  try {
    db.exec("VACUUM");
    db.pragma("wal_checkpoint(TRUNCATE)");
    recordDaemonSetting(db, DONE, String(Date.now()));
  } catch {
    /* busy: the rows are kept redacted already; the free pages are cleared next time */
  }
  return changed + audit;
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
 * held for long and the `logs` and `approvals` of the CLI go on meanwhile. No column tells the older form
 * from today's, so every row up to the last one is read once; `audit` leaves today's rows as they are.
 */
function rewriteAuditRows(db: Db, audit: AtRestForms["audit"]): number {
  const last = db.prepare("SELECT max(id) FROM audit_log").pluck().get() as number | null;
  if (last === null) return 0;
  const read = db.prepare(
    "SELECT id, method, target, rpc_id, trace FROM audit_log WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
  );
  const update = db.prepare(
    "UPDATE audit_log SET method = ?, target = ?, rpc_id = ?, trace = ? WHERE id = ?",
  );
  const write = db.transaction((rows: StoredAuditRow[]) => {
    for (const r of rows) update.run(r.method, r.target, r.rpc_id, r.trace, r.id);
  });
  let changed = 0;
  for (let after = 0; after < last;) {
    const rows = read.all(after, last, AUDIT_BATCH) as StoredAuditRow[];
    const lastRead = rows.at(-1);
    if (lastRead === undefined) break;
    after = lastRead.id;
    const rewritten: StoredAuditRow[] = [];
    for (const row of rows) {
      const kept = audit(row);
      if (
        kept.method !== row.method ||
        kept.target !== row.target ||
        kept.rpc_id !== row.rpc_id ||
        kept.trace !== row.trace
      )
        rewritten.push({ ...kept, id: row.id });
    }
    if (rewritten.length > 0) write(rewritten);
    changed += rewritten.length;
  }
  return changed;
}
