import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { daemonSetting, openDatabase } from "../src/index.js";

describe("database", () => {
  it("keeps the daemon's page cache at 2 MiB, not better-sqlite3's 16 MB, and its temporary files in memory", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-db-"));
    const db = openDatabase(join(dir, "a.db"));
    try {
      // A negative cache_size is in KiB.
      expect(db.pragma("cache_size", { simple: true })).toBe(-2048);
      // 2 = MEMORY: a multi-row INSERT's statement journal is not spilled to a file in /var/tmp.
      expect(db.pragma("temp_store", { simple: true })).toBe(2);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("marks a database it creates as holding no bare rows, and leaves an older one for the start-up pass", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-db-"));
    try {
      const fresh = openDatabase(join(dir, "new.db"));
      expect(daemonSetting(fresh, "rows_and_audit_kept_at_rest")).toMatch(/^\d+$/);
      fresh.close();
      // A database that already has tables when opened (as one an earlier version wrote) is not new.
      const older = openDatabase(join(dir, "older.db"));
      older.exec("DELETE FROM daemon_settings");
      older.close();
      const reopened = openDatabase(join(dir, "older.db"));
      expect(daemonSetting(reopened, "rows_and_audit_kept_at_rest")).toBeUndefined();
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
