// The C heap's free pages given back within a second of the work that freed them. A session's first listing
// compiles the review's patterns (about 2,000 regexps, 5–6 MB of code and bytecode in V8's heap with 10
// sessions open), and what the compiler freed through malloc stayed resident until the idle collector's
// next look, up to 10 s later (it trimmed a busy loop only then). memory-breakdown with 10 sessions open, C
// heap (its "anon rest"): 4.2–8.8 MB in three runs with the 10 s look, 3.5–3.8 MB in three with this one.
// A trim costs 0.05–0.2 ms, and only a second in which the loop did some work is followed by one, so a quiet
// daemon pays nothing.
//
// Under steady traffic the C heap is in a steady state: what a trim gives back, the next second's messages take
// again (page faults on top of the trim's own walk of the heap; in a CPU profile of bench:daemon-cpu the trim
// alone was 1.2 % of the daemon's busy time). So while the loop stays busy the trims are spaced out, doubling
// up to MAX_SPACING intervals; the first busy interval after a quiet one is trimmed at once, as before, and a
// quiet interval that follows busy ones not yet trimmed trims them.
import { performance, type EventLoopUtilization } from "node:perf_hooks";

export const BUSY_TRIM_INTERVAL_MS = 1000;

/** Below this share of the last interval spent busy, the loop did nothing that could have freed much. */
const BUSY_SHARE = 0.01;

/** At most this many busy intervals pass between two trims while the loop stays busy. */
export const MAX_SPACING = 16;

/** A function returning the share of the time since its previous call that the event loop was busy (0–1). */
export function loopBusyShare(): () => number {
  let last: EventLoopUtilization = performance.eventLoopUtilization();
  return () => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, last);
    last = now;
    return utilization;
  };
}

/**
 * Calls `trim` after the first interval in which the loop was busy, then, while it stays busy, after 2, 4, 8…
 * up to MAX_SPACING more, and after a quiet interval that follows busy ones not yet trimmed; the timer never
 * keeps the process alive. It is the light trim (the C heap's free pages only): caches the next message
 * would fill again stay.
 */
export function startBusyTrim(
  trim: () => void,
  busyShare: () => number = loopBusyShare(),
  intervalMs = BUSY_TRIM_INTERVAL_MS,
): NodeJS.Timeout {
  /** Busy intervals since the last trim, and how many to let pass before the next one. */
  let untrimmed = 0;
  let spacing = 1;
  const timer = setInterval(() => {
    const busy = busyShare() >= BUSY_SHARE;
    if (busy) untrimmed++;
    else spacing = 1;
    if (untrimmed === 0 || (busy && untrimmed < spacing)) return;
    trim();
    untrimmed = 0;
    if (busy) spacing = Math.min(spacing * 2, MAX_SPACING);
  }, intervalMs);
  timer.unref();
  return timer;
}
