// The collection once the daemon falls quiet after a burst: only when the event loop was idle for the whole
// interval and the heap grew enough since the last one, and once per burst.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { IdleCollector, startIdleCollector } from "../src/idle-collector.js";

const MB = 1024 * 1024;

function rig() {
  const state = {
    used: 20 * MB,
    committed: 24 * MB,
    busy: 0,
    collections: 0,
    liveAfterGc: 20 * MB,
    committedAfterGc: 24 * MB,
    clock: 0,
    trims: 0,
  };
  const collector = new IdleCollector(
    {
      gc: () => {
        state.collections++;
        state.used = state.liveAfterGc;
        state.committed = state.committedAfterGc;
      },
      heapUsed: () => state.used,
      heapCommitted: () => state.committed,
      busySinceLastLook: () => state.busy,
      now: () => (state.clock += 35),
      trim: () => state.trims++,
    },
    { intervalMs: 10_000, idleUtilisation: 0.01, growthBytes: 4 * MB },
  );
  return { state, collector };
}

describe("idle collector", () => {
  it("waits while the loop is busy, collects once it is idle after the heap grew, and only once", () => {
    const { state, collector } = rig();
    state.used = 30 * MB;
    state.busy = 0.4;
    expect(collector.look()).toBe(false);
    state.busy = 0.001;
    state.liveAfterGc = 23 * MB;
    expect(collector.look()).toBe(true);
    expect(state.used).toBe(23 * MB);
    // What the daemon logs: the loop's wait (one clock tick before, one after) and the heap it freed.
    expect(collector.last).toEqual({ pauseMs: 35, heapBefore: 30 * MB, heapAfter: 23 * MB });
    // Still idle, nothing grew: no second collection.
    expect(collector.look()).toBe(false);
    expect(state.collections).toBe(2); // two back to back: see IdleCollector.look
  });

  it("gives back what a burst left committed though V8 collected during it", () => {
    const { state, collector } = rig();
    // The first look learns nothing (no collection yet): 4 MB slack is where it started.
    state.used = 21 * MB; // barely grown: V8 collected during the burst
    state.committed = 31 * MB; // but holds 10 MB unused
    state.liveAfterGc = 20 * MB;
    expect(collector.look()).toBe(true);
    expect(state.committed).toBe(24 * MB);
    // What a collection cannot give back does not make the next look collect again.
    state.committed = 26 * MB;
    expect(collector.look()).toBe(false);
  });

  it("leaves an idle daemon whose heap barely grew alone", () => {
    const { state, collector } = rig();
    state.used = 23 * MB;
    expect(collector.look()).toBe(false);
    expect(state.collections).toBe(0);
  });

  it("measures growth from where V8's own collections left the heap", () => {
    const { state, collector } = rig();
    state.used = 12 * MB; // V8 collected on its own, below the starting point, and gave its pages back
    state.committed = 14 * MB;
    expect(collector.look()).toBe(false);
    state.used = 17 * MB;
    state.committed = 19 * MB;
    expect(collector.look()).toBe(true);
  });

  it("gives the C heap back after each collection and once per quiet spell, never while busy", () => {
    const { state, collector } = rig();
    state.committed = state.committedAfterGc = 21 * MB; // little slack: no collection for it
    // Start-up counts as traffic: the first idle look trims though the JS heap did not grow.
    expect(collector.look()).toBe(false);
    expect(state.trims).toBe(1);
    // Idle again with nothing in between: nothing more to give back.
    expect(collector.look()).toBe(false);
    expect(state.trims).toBe(1);
    // Busy looks never run the full trim (it empties SQLite's cache, which the next batch reads back); the
    // busy trim (busy-trim.ts) gives back the free pages then.
    state.busy = 0.3;
    expect(collector.look()).toBe(false);
    expect(collector.look()).toBe(false);
    expect(state.trims).toBe(1);
    // Light traffic that did not grow the heap: one trim when it falls quiet, no collection.
    state.busy = 0;
    expect(collector.look()).toBe(false);
    expect(state.trims).toBe(2);
    expect(state.collections).toBe(0);
    // A burst that grew the heap: the collections, then a trim of what they freed.
    state.busy = 0.5;
    state.used = 30 * MB;
    state.committed = 32 * MB;
    expect(collector.look()).toBe(false);
    state.busy = 0;
    expect(collector.look()).toBe(true);
    expect(state.collections).toBe(2);
    expect(state.trims).toBe(3);
    expect(collector.look()).toBe(false);
    expect(state.trims).toBe(3);
  });

  it("finds V8's gc() in a node started without --expose-gc (a daemon run by hand collects too)", () => {
    const built = fileURLToPath(new URL("../dist/idle-collector.js", import.meta.url));
    const script = `import { v8Gc, startIdleCollector } from ${JSON.stringify(built)};
      const timer = startIdleCollector(v8Gc());
      const gc = v8Gc();
      gc?.();
      process.stdout.write(JSON.stringify([typeof globalThis.gc, timer !== undefined, typeof gc]));
      clearInterval(timer);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(["undefined", true, "function"]);
  });

  it("does not start without V8's gc()", () => {
    expect(startIdleCollector(undefined)).toBeUndefined();
    const timer = startIdleCollector(() => {});
    expect(timer).toBeDefined();
    clearInterval(timer);
  });
});
