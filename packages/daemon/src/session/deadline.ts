// One deadline across the steps of a session's graceful end (daemon.shutdown_timeout): each step waits at
// most what is left of it, so a step held by what never settles (a listing the server never gives) cannot
// postpone the deadline for the steps after it, nor the session's end.
import { performance } from "node:perf_hooks";

export class Deadline {
  private readonly at: number;
  /**
   * Set when a wait's timer fires: timers run on the event loop's clock, which may read the deadline as passed
   * a fraction of a millisecond before performance.now() does, and a timer that fired is the deadline passing.
   */
  private passed = false;

  constructor(ms: number) {
    this.at = performance.now() + ms;
  }

  /** Milliseconds left, never negative. */
  get left(): number {
    return this.passed ? 0 : Math.max(0, this.at - performance.now());
  }

  /** Resolves once `step` settles (either way) or the deadline passes, whichever comes first. */
  wait(step: Promise<unknown>): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.passed = true;
        resolve();
      }, this.left);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      step.then(done, done);
    });
  }
}
