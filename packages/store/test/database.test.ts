import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/index.js";

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
});
