// A full garbage collection once the daemon falls quiet after a burst of traffic. V8 keeps the old
// generation a burst grew, garbage included, until its next collection, and a daemon with nothing to do
// allocates nothing that would trigger one: after 2,000 HTTP calls it held 94 MB, 38 MB of them V8 heap
// of which about 24 MB were live, and still did 20 s later (docs/benchmarks.md: memory). Collecting when
// the event loop has been idle for a whole interval costs traffic nothing; a message that arrives during
// the collection waits for it (tens of milliseconds at these heap sizes), once per burst.
// It calls V8's gc(): the global one when node ran with --expose-gc, else one exposed at run time (the flag,
// set after start, installs gc() in contexts made after it), so a daemon started by hand (`mcp-guard start`
// or `serve`, without the started daemon's flags) collects too.
import { performance } from "node:perf_hooks";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loopBusyShare } from "./busy-trim.js";

export interface IdleCollectorOptions {
  /** How often to look, and how long the loop must have been idle. */
  intervalMs: number;
  /** Below this share of the interval spent busy, the loop counts as idle. */
  idleUtilisation: number;
  /**
   * Heap used must have grown by this much since the last collection, or the heap V8 holds (committed) must
   * exceed what is used by this much more than after the last one (else there is little to win).
   */
  growthBytes: number;
}

export const IDLE_COLLECTOR_DEFAULTS: IdleCollectorOptions = {
  intervalMs: 10_000,
  idleUtilisation: 0.01,
  growthBytes: 4 * 1024 * 1024,
};

/** What the collector reads and calls; the real ones by default, stand-ins in tests. */
export interface IdleCollectorProbes {
  gc: () => void;
  heapUsed: () => number;
  /** The heap V8 holds from the system, used or not. */
  heapCommitted: () => number;
  /** The share of the time since the previous call that the event loop was busy (0–1). */
  busySinceLastLook: () => number;
  /** Milliseconds on the clock; the pause is measured with it. */
  now?: () => number;
  /**
   * Hands the C heap's free pages back to the system (malloc_trim). V8's collections give back the JS heap's
   * pages, not what the process freed through malloc: compiler zones, SQLite's and the framing's buffers,
   * and V8's own tables. After a burst these stay resident until a later malloc reuses them.
   */
  trim?: () => void;
}

/** One idle collection: how long the loop waited for it, and the heap used before and after. */
export interface IdleCollection {
  pauseMs: number;
  heapBefore: number;
  heapAfter: number;
}

/** One look: collects when the loop was idle and the heap grew enough since the last collection. */
export class IdleCollector {
  private baseline: number;
  /** Committed but unused heap after the last collection (what a collection could not give back). */
  private slackBaseline = 0;
  /** The loop was busy at some look since the C heap was last trimmed. */
  private busySinceTrim = true;

  constructor(
    private readonly probes: IdleCollectorProbes,
    private readonly options: IdleCollectorOptions = IDLE_COLLECTOR_DEFAULTS,
  ) {
    this.baseline = probes.heapUsed();
  }

  /** The last collection, if any (the daemon logs it: its pause is what a message arriving then waits). */
  last: IdleCollection | undefined;

  /** Returns whether it collected. */
  look(): boolean {
    const busy = this.probes.busySinceLastLook();
    const used = this.probes.heapUsed();
    // A heap that shrank on its own (V8 collected) lowers the bar for the next burst.
    if (used < this.baseline) this.baseline = used;
    // A burst V8 collected during leaves little garbage but its pages committed: 10 MB held unused after
    // 2,000 HTTP calls, with used barely above where it started. Those are given back too.
    const slack = this.probes.heapCommitted() - used;
    const grown = used - this.baseline >= this.options.growthBytes;
    const held = slack - this.slackBaseline >= this.options.growthBytes;
    // A busy loop's free C pages are given back by the busy trim (busy-trim.ts), every second.
    if (busy >= this.options.idleUtilisation) {
      this.busySinceTrim = true;
      return false;
    }
    if (!grown && !held) {
      // Traffic too light to grow the JS heap still frees C memory (buffers, statements' results): give it
      // back once per quiet spell, which costs a fraction of a millisecond and no JS collection.
      if (this.busySinceTrim) this.trimNow();
      return false;
    }
    // Twice: the first frees the garbage, the second compacts what the first left sparse, and only then
    // does V8 hand the emptied pages back (one collection gave back about a third as much).
    const now = this.probes.now ?? (() => performance.now());
    const started = now();
    this.probes.gc();
    this.probes.gc();
    // After the collections: what they freed of V8's C-side memory is free now, and goes back too.
    this.trimNow();
    this.baseline = this.probes.heapUsed();
    this.slackBaseline = this.probes.heapCommitted() - this.baseline;
    this.last = { pauseMs: now() - started, heapBefore: used, heapAfter: this.baseline };
    return true;
  }

  private trimNow(): void {
    this.busySinceTrim = false;
    this.probes.trim?.();
  }
}

/** V8's gc(), exposed at run time when node did not start with --expose-gc; undefined if V8 refuses. */
export function v8Gc(): (() => void) | undefined {
  const global = (globalThis as { gc?: unknown }).gc;
  if (typeof global === "function") return global as () => void;
  try {
    setFlagsFromString("--expose-gc");
    const exposed: unknown = runInNewContext("gc");
    return typeof exposed === "function" ? (exposed as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts looking every interval (the timer never keeps the process alive); undefined without gc().
 * `collected` hears of each collection.
 */
export function startIdleCollector(
  gc: (() => void) | undefined,
  options: IdleCollectorOptions = IDLE_COLLECTOR_DEFAULTS,
  collected: (collection: IdleCollection) => void = () => {},
  trim?: () => void,
): NodeJS.Timeout | undefined {
  if (typeof gc !== "function") return undefined;
  const collector = new IdleCollector(
    {
      gc,
      heapUsed: () => getHeapStatistics().used_heap_size,
      heapCommitted: () => getHeapStatistics().total_heap_size,
      busySinceLastLook: loopBusyShare(),
      trim,
    },
    options,
  );
  const timer = setInterval(() => {
    if (collector.look() && collector.last) collected(collector.last);
  }, options.intervalMs);
  timer.unref();
  return timer;
}
