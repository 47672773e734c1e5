// The light trim of the C heap: after each second the event loop did some work in, never after a quiet one.
import { describe, expect, it, vi } from "vitest";
import { BUSY_TRIM_INTERVAL_MS, loopBusyShare, startBusyTrim } from "../src/busy-trim.js";

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
