// The rate limiter's store: reads a bucket from SQLite the first time it is used; every change goes to the
// audit writer, which makes it durable before the call that consumed the token is forwarded (in its
// journal), or, for a bucket with room to spare, with the next SQLite batch (at most every 20 ms).
//
// What a crash may cost: a bucket's state skips the journal for at most 1 % of its limit (rounded down) in
// calls since it was last made durable, so a daemon killed between two batches can let a caller exceed a
// limit by less than 1 % of it after the restart, and by nothing for limits below 100 per window.
import type { BucketState, RateLimitStore } from "@mcp-guard/core";
import type { RateLimitRepository } from "@mcp-guard/store";
import type { AuditWriter } from "./audit-writer.js";

const CRASH_SLACK = 0.01;

export class PersistentBuckets implements RateLimitStore {
  constructor(
    private readonly repository: RateLimitRepository,
    private readonly writer: AuditWriter,
  ) {}

  load(key: string): BucketState | undefined {
    return this.writer.pendingBucket(key) ?? this.repository.load(key);
  }

  save(key: string, state: BucketState, limit: number): void {
    this.writer.recordBucket(key, state, Math.floor(limit * CRASH_SLACK));
  }
}
