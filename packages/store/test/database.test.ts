import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { daemonSetting, DatabaseFileError, openDatabase } from "../src/index.js";

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

  it.each([{ readonly: true }, { readonly: false }])(
    "names a file that is not a database at once (%o), not at the first query",
    (options) => {
      const dir = mkdtempSync(join(tmpdir(), "mcpg-db-"));
      const file = join(dir, "mcp-guard.db");
      writeFileSync(file, "this is not a database ".repeat(400));
      try {
        const opening = () => openDatabase(file, options);
        expect(opening).toThrow(DatabaseFileError);
        expect(opening).toThrow(`${file} is not an SQLite database (file is not a database)`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
