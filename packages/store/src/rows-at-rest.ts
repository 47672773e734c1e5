// Rows that earlier versions wrote bare: definitions pinned or waiting before round 30 kept as listed, names
// (tools, prompts, resource URIs) and a held call's arguments before round 31. Today's writers keep them as
// the daemon's `atRest` functions make them (redacted, with keyed digests); this pass puts the older rows in
// the same form once, so an upgrade does not leave a token or an e-mail address on disk until retention.
import { daemonSetting, recordDaemonSetting, ROWS_AT_REST_SETTING as DONE, type Db } from "./database.js";

export interface AtRestForms {
  definition: (json: string) => string;
  name: (name: string) => string;
  arguments: (json: string) => string;
}

interface PinRow {
  server: string;
  kind: string;
  name: string;
  definition: string;
}

/**
 * Rewrites every row not yet in the form `forms` make; the number rewritten or dropped. A row whose kept name
 * already has a row (written since, by a version that keeps names) is the older record of it and is dropped:
 * lookups go by the kept name. The rewrite is one transaction; the free pages are then cleared (see below).
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
  return changed;
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
