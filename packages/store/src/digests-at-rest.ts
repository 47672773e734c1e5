// Digests an earlier version kept plain. A pinned or listed definition was kept as the SHA-256 of what the
// server listed, and a held call as the SHA-256 of its server, identity, tool, arguments and price, beside the
// redacted copies of both: anyone reading the database could confirm a guess at what the redaction hid (a
// phone number or a card has few enough values to try them all). Today's digests are keyed with the daemon
// key (KEYED_DIGEST, taken of the plain digest), so this pass can key the older ones in place, once each.
import type { Db } from "./database.js";

/** How a keyed digest starts; a stored digest without it is an older, plain one. */
export const KEYED_DIGEST = "hmac:";

/** The tables and columns that hold such a digest, with the columns that name a row. */
const DIGESTS = [
  { table: "pins", column: "hash", key: ["server", "kind", "name"] },
  { table: "pin_changes", column: "hash", key: ["server", "kind", "name"] },
  { table: "listed_definitions", column: "hash", key: ["server", "kind", "name"] },
  { table: "approvals", column: "fingerprint", key: ["id"] },
] as const;

/** Keys every plain digest with `keyed` (which adds KEYED_DIGEST), in one transaction; how many were keyed. */
export function keyOlderDigests(db: Db, keyed: (plain: string) => string): number {
  return db.transaction(() => {
    let changed = 0;
    for (const { table, column, key } of DIGESTS) {
      const where = key.map((k) => `${k} = ?`).join(" AND ");
      const update = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${where}`);
      const older = db
        .prepare(
          `SELECT ${[column, ...key].join(", ")} FROM ${table} WHERE ${column} NOT LIKE '${KEYED_DIGEST}%'`,
        )
        .raw()
        .all() as string[][];
      for (const [plain = "", ...names] of older) changed += update.run(keyed(plain), ...names).changes;
    }
    return changed;
  })();
}
