// What a server's unusable output may cost the log and the audit (session/noise-budget.ts, round 38): the first
// messages of an interval one by one, the rest counted and summarised once per reason, and reading stopped
// past a flood's worth until the interval ends.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NoiseBudget, type Uncounted } from "../src/session/noise-budget.js";

afterEach(() => {
  vi.useRealTimers();
});

function budget() {
  vi.useFakeTimers();
  const summaries: Uncounted[] = [];
  const stops: boolean[] = [];
  const b = new NoiseBudget(
    (dropped) => summaries.push(dropped),
    (stop) => stops.push(stop),
  );
  return { b, summaries, stops };
}

describe("NoiseBudget", () => {
  it("records the first 100 of an interval one by one, then counts, and summarises at the interval's end", () => {
    const { b, summaries } = budget();
    const taken = Array.from({ length: 150 }, (_, i) => b.take(i % 2 ? "parse_error" : "invalid_request", 2));
    expect(taken.filter(Boolean)).toHaveLength(100);
    expect(summaries).toEqual([]);
    vi.advanceTimersByTime(10_000);
    expect(summaries).toEqual([
      { reason: "invalid_request", messages: 25, bytes: 50 },
      { reason: "parse_error", messages: 25, bytes: 50 },
    ]);
    expect(b.take("parse_error", 2)).toBe(true);
  });

  it("summarises what is left when flushed (the session closes), and nothing twice", () => {
    const { b, summaries } = budget();
    for (let i = 0; i < 103; i++) b.take("parse_error", 1);
    b.flush();
    b.flush();
    vi.advanceTimersByTime(20_000);
    expect(summaries).toEqual([{ reason: "parse_error", messages: 3, bytes: 3 }]);
  });

  it("stops reading the server past a flood's worth, until the interval ends", () => {
    const { b, stops } = budget();
    for (let i = 0; i < 10_099; i++) b.take("parse_error", 2);
    expect(stops).toEqual([]);
    b.take("parse_error", 2);
    b.take("parse_error", 2);
    expect(stops).toEqual([true]);
    vi.advanceTimersByTime(10_000);
    expect(stops).toEqual([true, false]);
  });
});
