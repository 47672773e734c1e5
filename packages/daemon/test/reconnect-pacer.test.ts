// An HTTP upstream's event stream is reopened at a pace the server cannot hurry (round 29: `retry: 0` and an
// immediate end had the daemon send GETs back to back).
import { describe, expect, it } from "vitest";
import { ReconnectPacer } from "../src/upstream/reconnect-pacer.js";

/** Opens `count` streams that each end at once, on a clock that only the pacer's waits move. */
async function opensOfShortStreams(count: number): Promise<number[]> {
  let clock = 0;
  const pacer = new ReconnectPacer(
    () => clock,
    (ms) => {
      clock += ms;
      return Promise.resolve();
    },
  );
  const opened: number[] = [];
  for (let i = 0; i < count; i++) {
    await pacer.turn();
    opened.push(clock);
  }
  return opened;
}

describe("reopening an event stream", () => {
  it("opens the first at once, then waits 1 s, doubling after each short-lived stream up to 30 s", async () => {
    expect(await opensOfShortStreams(8)).toEqual([0, 1_000, 3_000, 7_000, 15_000, 31_000, 61_000, 91_000]);
  });

  it("waits 1 s again after a stream that lived", async () => {
    let clock = 0;
    const pacer = new ReconnectPacer(() => clock);
    await pacer.turn();
    clock = 60_000;
    const before = clock;
    await pacer.turn();
    expect(clock - before).toBe(0);
  });

  it("opens nothing once the session's signal aborts during the wait", async () => {
    const pacer = new ReconnectPacer();
    await pacer.turn();
    const controller = new AbortController();
    const waiting = pacer.turn(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
  });
});
