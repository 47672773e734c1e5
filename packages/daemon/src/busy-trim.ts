// The C heap's free pages given back within a second of the work that freed them. A session's first listing
// compiles the review's patterns (about 2,000 regexps, 5–6 MB of code and bytecode in V8's heap with 10
// sessions open), and what the compiler freed through malloc stayed resident until the idle collector's
// next look, up to 10 s later (it trimmed a busy loop only then). memory-breakdown with 10 sessions open, C
// heap (its "anon rest"): 4.2–8.8 MB in three runs with the 10 s look, 3.5–3.8 MB in three with this one.
// A trim costs 0.05–0.2 ms, and only a second in which the loop did some work is followed by one, so a quiet
// daemon pays nothing.
import { performance, type EventLoopUtilization } from "node:perf_hooks";

export const BUSY_TRIM_INTERVAL_MS = 1000;

/** Below this share of the last interval spent busy, the loop did nothing that could have freed much. */
const BUSY_SHARE = 0.01;

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
 * Calls `trim` after each interval in which the loop was busy; the timer never keeps the process alive. It
 * is the light trim (the C heap's free pages only): caches the next message would fill again stay.
 */
export function startBusyTrim(
  trim: () => void,
  busyShare: () => number = loopBusyShare(),
  intervalMs = BUSY_TRIM_INTERVAL_MS,
): NodeJS.Timeout {
  const timer = setInterval(() => {
    if (busyShare() >= BUSY_SHARE) trim();
  }, intervalMs);
  timer.unref();
  return timer;
}
