// One transaction for everything the daemon made durable in its journal since the last batch: audit rows,
// the newest state of each rate-limit bucket, and the journal position they reach. Because the position
// commits with the data, replaying the journal after a crash never writes an entry twice.
import type { BucketState } from "@mcp-guard/core";
import { AuditRepository, type StorableRow } from "./audit-repository.js";
import type { Db } from "./database.js";
import type { PackedAuditRows } from "./packed-rows.js";
import { RateLimitRepository } from "./rate-limit-repository.js";

export interface DurableBatch {
  rows: readonly StorableRow[];
  /** Rows packed off the heap, inserted after `rows`. */
  packed?: PackedAuditRows;
  buckets: ReadonlyMap<string, BucketState>;
  /** The journal sequence number of the last entry in this batch. */
  seq: number;
}

export class DurableBatchRepository {
  private readonly audit: AuditRepository;
  private readonly limits: RateLimitRepository;
  private readonly selectSeq;
  private readonly upsertSeq;
  /**
   * The batch's transaction, made once: better-sqlite3 builds a wrapper (four variants and their properties)
   * for each db.transaction(), which a batch every 20 ms paid each time.
   */
  private readonly inTransaction: (batch: DurableBatch) => void;

  constructor(private readonly db: Db) {
    this.audit = new AuditRepository(db);
    this.limits = new RateLimitRepository(db);
    this.selectSeq = db.prepare("SELECT seq FROM journal_position WHERE id = 1");
    this.upsertSeq = db.prepare(
      "INSERT INTO journal_position (id, seq) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq",
    );
    this.inTransaction = db.transaction((batch: DurableBatch) => {
      this.audit.insertMany(batch.rows);
      if (batch.packed) this.audit.insertPacked(batch.packed);
      if (batch.buckets.size > 0) this.limits.saveMany(batch.buckets);
      this.upsertSeq.run(batch.seq);
    });
  }

  /** The last journal entry already in the database (0 when none). */
  committedSeq(): number {
    return (this.selectSeq.get() as { seq: number } | undefined)?.seq ?? 0;
  }

  commit(batch: DurableBatch): void {
    this.inTransaction(batch);
  }
}
