// The calls a guarded home holds for a person, read from its database in this process. Tests that wait for a
// call to be held polled `mcp-guard approvals list` every 100 ms: a CLI process of about 1.4 s of CPU each
// time (round 48's census), started again until the hold showed. What the listing prints is tested apart
// (spend, approval-by-person, attack-approval-display, attack-guard-outputs); here only the ids are wanted.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GuardedHome } from "./harness.js";

interface ReadOnlyDatabase {
  prepare(sql: string): { all(...params: unknown[]): Array<{ id: string; server: string; tool: string }> };
  close(): void;
}

// The store's own driver, as the tests that read rows at rest load it.
const STORE = fileURLToPath(new URL("../../store/package.json", import.meta.url));
const Database = createRequire(STORE)("better-sqlite3") as new (
  path: string,
  options: object,
) => ReadOnlyDatabase;

/** The ids of the calls waiting for a person now (pending, not expired), oldest first; of `server` if given. */
export function heldCallIds(home: GuardedHome, server?: string): string[] {
  const path = join(home.home, "mcp-guard.db");
  if (!existsSync(path)) return [];
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        "SELECT id, server, tool FROM approvals WHERE status = 'pending' AND expires_at > ? ORDER BY created_at",
      )
      .all(Date.now())
      .filter((row) => server === undefined || row.server === server)
      .map((row) => row.id);
  } finally {
    db.close();
  }
}

/**
 * Waits until `server` holds at least `count` calls for a person and returns their ids (oldest first). A hang
 * guard, not a speed check: it fails with what it saw after `timeoutMs`.
 */
export async function heldCalls(
  home: GuardedHome,
  server?: string,
  count = 1,
  timeoutMs = 60_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ids = heldCallIds(home, server);
    if (ids.length >= count) return ids;
    if (Date.now() > deadline)
      throw new Error(
        `${server ?? "the home"} held ${ids.length} calls, not ${count}, within ${timeoutMs} ms`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}
