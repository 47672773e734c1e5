// A durable batch's transaction is built once (better-sqlite3 makes a wrapper with four variants for each
// db.transaction()), and the bucket upserts inside it open no savepoint of their own.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DurableBatchRepository, openDatabase } from "../src/index.js";

describe("a durable batch's transaction", () => {
  it("is built once, not per commit, and holds no savepoint of its own", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-batch-")), "a.db"));
    const built: unknown[] = [];
    const transaction = db.transaction.bind(db);
    db.transaction = ((fn: (...args: never[]) => unknown) => (
      built.push(fn),
      transaction(fn)
    )) as typeof db.transaction;
    const batches = new DurableBatchRepository(db);
    const before = built.length;
    for (let seq = 1; seq <= 3; seq++)
      batches.commit({ rows: [], buckets: new Map([["k", { tokens: seq, at: seq }]]), seq });
    expect(built.length - before).toBe(0);
    expect(batches.committedSeq()).toBe(3);
    expect(db.prepare("SELECT tokens FROM rate_limits WHERE key = 'k'").get()).toEqual({ tokens: 3 });
    db.close();
  });
});
