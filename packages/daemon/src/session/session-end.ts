// The end of a session, as something its lanes' steps wait against. A lane takes one message at a time, so a
// step that awaits what nobody settles once the session ends (the server's answer to the guard's own listing,
// an interceptor's store, a held call judged again) would hold its lane, and all that waits for the lane to
// be idle, for ever; resumed after the end, it would judge and route its message into a closed session,
// where the client never sees the answer. So every await in a lane goes through whileOpen(): the session's
// end cuts it at once, answers the message it held (`ended`), and what followed the await never runs.
import type { ErrorReason } from "@mcp-guard/core";

/** What a message the session can no longer route is answered with (and audited as). */
export interface EndAnswer {
  reason: ErrorReason;
  data: Record<string, unknown>;
}

export class SessionEnd {
  private answer: EndAnswer | undefined;
  private readonly cuts = new Set<(answer: EndAnswer) => void>();

  /**
   * Runs `next` with the step's value once it settles, unless the session ends first: then `ended` is called
   * at once with the end's answer, and `next` never runs. Rejects with the step's error (before the end).
   */
  whileOpen<T, R>(
    step: Promise<T>,
    next: (value: T) => R,
    ended: (answer: EndAnswer) => void,
  ): Promise<Awaited<R> | undefined> {
    if (this.answer) {
      ended(this.answer);
      step.catch(() => {}); // nobody waits for it any more: its failure is nobody's to report
      return Promise.resolve(undefined);
    }
    return new Promise((resolve, reject) => {
      const cut = (answer: EndAnswer) => {
        ended(answer);
        resolve(undefined);
      };
      this.cuts.add(cut);
      step.then(
        (value) => {
          if (!this.cuts.delete(cut)) return;
          try {
            resolve(next(value) as Awaited<R> | PromiseLike<Awaited<R>>);
          } catch (err) {
            reject(err);
          }
        },
        (err: unknown) => {
          if (this.cuts.delete(cut)) reject(err);
        },
      );
    });
  }

  /** The session ends: every step still waiting is cut, answered with `answer`. Only the first end counts. */
  end(answer: EndAnswer): void {
    if (this.answer) return;
    this.answer = answer;
    const cuts = [...this.cuts];
    this.cuts.clear();
    for (const cut of cuts) cut(answer);
  }
}
