// The rate limiter's store: reads a bucket from SQLite the first time it is used; every change goes to the
// audit writer, which makes it durable (in its journal) before the call that consumed the token is
// forwarded, and batches it into SQLite with the audit rows.
import type { BucketState, RateLimitStore } from "@mcp-guard/core";
import type { RateLimitRepository } from "@mcp-guard/store";
import type { AuditWriter } from "./audit-writer.js";

export class PersistentBuckets implements RateLimitStore {
  constructor(
    private readonly repository: RateLimitRepository,
    private readonly writer: AuditWriter,
  ) {}

  load(key: string): BucketState | undefined {
    return this.writer.pendingBucket(key) ?? this.repository.load(key);
  }

  save(key: string, state: BucketState): void {
    this.writer.recordBucket(key, state);
  }
}
