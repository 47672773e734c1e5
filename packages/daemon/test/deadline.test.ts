// One deadline across the steps of a session's graceful end (deadline.ts): a step that never settles uses up
// what is left of it, and the next step gets only the rest.
import { describe, expect, it } from "vitest";
import { Deadline } from "../src/session/deadline.js";

describe("Deadline", () => {
  it("waits for a step that settles in time, failed or not", async () => {
    const deadline = new Deadline(1000);
    const started = Date.now();
    await deadline.wait(Promise.resolve());
    await deadline.wait(Promise.reject(new Error("no matter")));
    expect(Date.now() - started).toBeLessThan(500);
    expect(deadline.left).toBeGreaterThan(500);
  });

  it("stops waiting for a step that never settles when the deadline passes, leaving nothing for the next", async () => {
    const deadline = new Deadline(100);
    const started = Date.now();
    await deadline.wait(new Promise(() => {}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(deadline.left).toBe(0);
    await deadline.wait(new Promise(() => {})); // at once: no time is left
    expect(Date.now() - started).toBeLessThan(400);
  });
});
