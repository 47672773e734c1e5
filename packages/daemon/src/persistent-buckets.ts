// The rate limiter's store: reads a bucket from SQLite the first time it is used, and writes changed
// buckets in one transaction a few times a second and on stop, off the per-message path.
import type { BucketState, RateLimitStore } from "@mcp-guard/core";
import type { RateLimitRepository } from "@mcp-guard/store";
import type { Logger } from "./logger.js";

const FLUSH_MS = 200;

export class PersistentBuckets implements RateLimitStore {
  private dirty = new Map<string, BucketState>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly repository: RateLimitRepository,
    private readonly logger: Logger,
  ) {}

  load(key: string): BucketState | undefined {
    return this.dirty.get(key) ?? this.repository.load(key);
  }

  save(key: string, state: BucketState): void {
    this.dirty.set(key, state);
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.dirty.size === 0) return;
    const batch = this.dirty;
    this.dirty = new Map();
    try {
      this.repository.saveMany(batch);
    } catch (err) {
      // Keep the newest state of each bucket and retry; the limiter itself works from memory meanwhile.
      for (const [key, state] of batch) if (!this.dirty.has(key)) this.dirty.set(key, state);
      this.logger.error({ err }, "could not persist rate-limit state; retrying");
      this.timer = setTimeout(() => this.flush(), 1000);
    }
  }
}
