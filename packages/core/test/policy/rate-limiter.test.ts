import { describe, expect, it } from "vitest";
import { RateLimiter, type BucketState, type RateLimitStore } from "../../src/policy/rate-limiter.js";

class MemoryStore implements RateLimitStore {
  readonly states = new Map<string, BucketState>();
  load(key: string) {
    return this.states.get(key);
  }
  save(key: string, state: BucketState) {
    this.states.set(key, { ...state });
  }
}

const perMinute = (limit: number, key = "k") => ({ key, limit, windowMs: 60_000, label: `${limit}/min` });

describe("RateLimiter", () => {
  it("lets exactly the limit through a burst, then refills to the millisecond", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(new MemoryStore(), () => now);
    const results = Array.from({ length: 20 }, () => limiter.take([perMinute(5)]).ok);
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(results.slice(0, 5).every(Boolean)).toBe(true);
    const blocked = limiter.take([perMinute(5)]);
    expect(blocked).toMatchObject({ ok: false, retryAfterMs: 12_000 });
    now += 11_999;
    expect(limiter.take([perMinute(5)]).ok).toBe(false);
    now += 1;
    expect(limiter.take([perMinute(5)]).ok).toBe(true);
    expect(limiter.take([perMinute(5)]).ok).toBe(false);
  });

  it("does not let blocked attempts speed up the refill", () => {
    let now = 0;
    const limiter = new RateLimiter(new MemoryStore(), () => now);
    limiter.take([perMinute(1)]);
    for (let i = 0; i < 100; i++) {
      now += 500;
      expect(limiter.take([perMinute(1)]).ok, `at ${now} ms`).toBe(false);
    }
    now = 60_000;
    expect(limiter.take([perMinute(1)]).ok).toBe(true);
  });

  it("consumes from no bucket when any bucket is empty, and reports the longest wait", () => {
    const limiter = new RateLimiter(new MemoryStore(), () => 0);
    const server = perMinute(10, "server");
    const tool = { key: "tool", limit: 1, windowMs: 3_600_000, label: "1/h" };
    expect(limiter.take([server, tool]).ok).toBe(true);
    expect(limiter.take([server, tool])).toMatchObject({
      ok: false,
      retryAfterMs: 3_600_000,
      check: { key: "tool" },
    });
    // The blocked call did not spend the server bucket: 9 remain.
    expect(Array.from({ length: 12 }, () => limiter.take([server]).ok).filter(Boolean)).toHaveLength(9);
  });

  it("continues from persisted state, so a restart does not reset a limit", () => {
    const store = new MemoryStore();
    const before = new RateLimiter(store, () => 5_000);
    for (let i = 0; i < 5; i++) before.take([perMinute(5)]);
    const after = new RateLimiter(store, () => 5_000);
    expect(after.take([perMinute(5)]).ok).toBe(false);
  });

  it("clamps stored tokens to a lowered limit", () => {
    const store = new MemoryStore();
    store.save("k", { tokens: 100, at: 0 });
    const limiter = new RateLimiter(store, () => 0);
    expect(Array.from({ length: 5 }, () => limiter.take([perMinute(2)]).ok).filter(Boolean)).toHaveLength(2);
  });
});
