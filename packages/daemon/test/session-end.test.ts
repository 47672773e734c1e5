// The session's end as its lanes' steps wait against it (session-end.ts): a step that waits when the session
// ends is cut at once and answered, and what followed its await never runs, however late the step settles.
import { describe, expect, it } from "vitest";
import { SessionEnd, type EndAnswer } from "../src/session/session-end.js";

const stopping: EndAnswer = { reason: "session_ended", data: { detail: "the daemon is stopping" } };

/** A step the test settles by hand. */
function pending<T>() {
  let settle!: (value: T) => void;
  let fail!: (err: Error) => void;
  const step = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  return { step, settle, fail };
}

describe("SessionEnd", () => {
  it("runs what follows a step that settles while the session is open", async () => {
    const end = new SessionEnd();
    const { step, settle } = pending<number>();
    const ended: EndAnswer[] = [];
    const outcome = end.whileOpen(
      step,
      (n) => n + 1,
      (a) => ended.push(a),
    );
    settle(1);
    expect(await outcome).toBe(2);
    expect(ended).toEqual([]);
  });

  it("cuts a waiting step at the end: its message is answered at once, and what follows never runs", async () => {
    const end = new SessionEnd();
    const { step, settle } = pending<number>();
    const ran: string[] = [];
    const outcome = end.whileOpen(
      step,
      () => ran.push("next"),
      (a) => ran.push(`ended: ${a.reason}`),
    );
    end.end(stopping);
    expect(ran).toEqual(["ended: session_ended"]); // synchronously, before the client is closed
    expect(await outcome).toBeUndefined();
    settle(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toEqual(["ended: session_ended"]);
  });

  it("answers a step begun after the end at once, with the first end's answer", async () => {
    const end = new SessionEnd();
    end.end(stopping);
    end.end({ reason: "upstream_unavailable", data: {} });
    const ended: EndAnswer[] = [];
    const { step, fail } = pending<number>();
    expect(
      await end.whileOpen(
        step,
        () => "next",
        (a) => ended.push(a),
      ),
    ).toBeUndefined();
    fail(new Error("too late to matter")); // no unhandled rejection: nobody waits for it
    expect(ended).toEqual([stopping]);
  });

  it("passes on a step's failure before the end, and none after it", async () => {
    const end = new SessionEnd();
    const early = pending<number>();
    await Promise.all([
      expect(
        end.whileOpen(
          early.step,
          () => 0,
          () => {},
        ),
      ).rejects.toThrow("broke"),
      Promise.resolve().then(() => early.fail(new Error("broke"))),
    ]);
    const late = pending<number>();
    const outcome = end.whileOpen(
      late.step,
      () => 0,
      () => {},
    );
    end.end(stopping);
    late.fail(new Error("after the end"));
    expect(await outcome).toBeUndefined();
  });
});
