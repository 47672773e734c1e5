// The light trim of the C heap: after a second the event loop did some work in, never after a quiet one, and
// spaced out while the loop stays busy.
import { describe, expect, it, vi } from "vitest";
import { BUSY_TRIM_INTERVAL_MS, loopBusyShare, MAX_SPACING, startBusyTrim } from "../src/busy-trim.js";

describe("busy trim", () => {
  it("trims after a busy interval and not after a quiet one", () => {
    vi.useFakeTimers();
    try {
      const shares = [0.3, 0, 0.005, 0.02];
      let trims = 0;
      const timer = startBusyTrim(
        () => trims++,
        () => shares.shift() ?? 0,
      );
      vi.advanceTimersByTime(BUSY_TRIM_INTERVAL_MS);
      expect(trims).toBe(1);
      // Quiet, then below the 1 % a second that counts as busy: nothing was freed worth a trim.
      vi.advanceTimersByTime(2 * BUSY_TRIM_INTERVAL_MS);
      expect(trims).toBe(1);
      vi.advanceTimersByTime(BUSY_TRIM_INTERVAL_MS);
      expect(trims).toBe(2);
      clearInterval(timer);
    } finally {
      vi.useRealTimers();
    }
  });

  it("spaces the trims out while the loop stays busy, and trims busy intervals left when it quiets", () => {
    vi.useFakeTimers();
    try {
      let share = 0.5;
      const trimmedAt: number[] = [];
      let interval = 0;
      const timer = startBusyTrim(
        () => trimmedAt.push(interval),
        () => (interval++, share),
      );
      vi.advanceTimersByTime(64 * BUSY_TRIM_INTERVAL_MS);
      // After intervals 1, 3, 7, 15, 31, then every MAX_SPACING: 7 trims in 64 busy seconds, not 64.
      expect(trimmedAt).toEqual(
        [1, 3, 7, 15, 31, 31 + MAX_SPACING, 31 + 2 * MAX_SPACING].filter((i) => i <= 64),
      );
      // Busy intervals not trimmed yet, then a quiet one: trimmed then, and the next busy one at once again.
      share = 0;
      vi.advanceTimersByTime(BUSY_TRIM_INTERVAL_MS);
      expect(trimmedAt.at(-1)).toBe(65);
      vi.advanceTimersByTime(BUSY_TRIM_INTERVAL_MS);
      expect(trimmedAt.at(-1)).toBe(65);
      share = 0.5;
      vi.advanceTimersByTime(BUSY_TRIM_INTERVAL_MS);
      expect(trimmedAt.at(-1)).toBe(67);
      clearInterval(timer);
    } finally {
      vi.useRealTimers();
    }
  });

  it("never keeps the process alive", () => {
    const timer = startBusyTrim(() => {});
    expect(timer.hasRef()).toBe(false);
    clearInterval(timer);
  });

  it("reads the loop's busy share since its previous reading", () => {
    const busyShare = loopBusyShare();
    const until = performance.now() + 30;
    while (performance.now() < until); // the loop is busy for the whole interval
    expect(busyShare()).toBeGreaterThan(0.5);
  });
});
