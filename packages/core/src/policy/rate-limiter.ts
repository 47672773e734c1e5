// Token buckets with millisecond precision. The limiter keeps state in memory (one daemon serves every
// session, so buckets are shared) and hands every change to a store that persists it, so a restart does
// not reset a limit. A request is checked against all its buckets first and consumes from them only if
// every one has a token: a blocked request costs nothing.
export interface BucketState {
  tokens: number;
  /** Epoch ms the tokens were computed for. */
  at: number;
}

export interface RateLimitStore {
  load(key: string): BucketState | undefined;
  /** A bucket's new state; `limit` is the bucket's, for a store that batches what it can afford to. */
  save(key: string, state: BucketState, limit: number): void;
}

export interface BucketCheck {
  key: string;
  /** Requests allowed per window; also the burst size. */
  limit: number;
  windowMs: number;
  /** What the limit is, for the client: e.g. "requests_per_minute for tool echo". */
  label: string;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number; check: BucketCheck };

/** Refills are fractions of a token per millisecond; this absorbs their floating-point rounding. */
const EPSILON = 1e-9;

const OK: TakeResult = Object.freeze({ ok: true });

export class RateLimiter {
  private readonly buckets = new Map<string, BucketState>();

  constructor(
    private readonly store: RateLimitStore,
    private readonly now: () => number,
  ) {}

  /**
   * Takes `units` tokens from every bucket, or none when one has fewer (a message that is several requests at
   * once, as an error listing several elicitations, is counted as all of them or refused).
   */
  take(checks: readonly BucketCheck[], units = 1): TakeResult {
    if (checks.length === 0) return { ok: true };
    const at = this.now();
    // Two passes over the buckets (check all, then take from all), without arrays, closures or iterators per
    // call (counted loops: a for-of made an iterator and a result per bucket).
    let blocked: { retryAfterMs: number; check: BucketCheck } | undefined;
    for (let i = 0; i < checks.length; i++) {
      const check = checks[i] as BucketCheck;
      const tokens = this.refilled(check, at);
      if (tokens >= units - EPSILON) continue;
      const retryAfterMs = Math.ceil(((units - tokens) * check.windowMs) / check.limit - EPSILON);
      if (!blocked || retryAfterMs > blocked.retryAfterMs) blocked = { retryAfterMs, check };
    }
    for (let i = 0; i < checks.length; i++) {
      const check = checks[i] as BucketCheck;
      const tokens = this.refilled(check, at);
      this.set(check, { tokens: Math.max(0, tokens - (blocked ? 0 : units)), at });
    }
    return blocked ? { ok: false, ...blocked } : OK;
  }

  private refilled(check: BucketCheck, at: number): number {
    const state = this.state(check.key, check.limit, at);
    return Math.min(check.limit, state.tokens + (Math.max(0, at - state.at) * check.limit) / check.windowMs);
  }

  private state(key: string, limit: number, at: number): BucketState {
    let state = this.buckets.get(key);
    if (!state) {
      state = this.store.load(key) ?? { tokens: limit, at };
      this.buckets.set(key, state);
    }
    return state;
  }

  private set(check: BucketCheck, state: BucketState): void {
    this.buckets.set(check.key, state);
    this.store.save(check.key, state, check.limit);
  }
}
