// Token-bucket state in SQLite, so limits survive a restart.
import type { BucketState } from "@mcp-guard/core";
import type { Db } from "./database.js";

export class RateLimitRepository {
  private readonly select;
  private readonly upsert;

  constructor(private readonly db: Db) {
    this.select = db.prepare("SELECT tokens, at FROM rate_limits WHERE key = ?");
    this.upsert = db.prepare(
      "INSERT INTO rate_limits (key, tokens, at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET tokens = excluded.tokens, at = excluded.at",
    );
  }

  load(key: string): BucketState | undefined {
    return this.select.get(key) as BucketState | undefined;
  }

  /** All or none; inside a transaction already (a durable batch), in it, with no savepoint of its own. */
  saveMany(states: Iterable<[string, BucketState]>): void {
    const save = () => {
      for (const [key, state] of states) this.upsert.run(key, state.tokens, state.at);
    };
    if (this.db.inTransaction) save();
    else this.db.transaction(save)();
  }

  /** Buckets untouched since the cutoff are full again anyway; dropping them keeps the table small. */
  deleteIdleSince(cutoffMs: number): number {
    return this.db.prepare("DELETE FROM rate_limits WHERE at < ?").run(cutoffMs).changes;
  }
}
