// Waiting on a held message: the one place that polls a hold until its step settles, then continues the
// chain after that step (the steps before it are not run again, so nothing is charged or scanned twice).
import type { MessageContext, PipelineResult, Verdict } from "./pipeline.js";

export interface HoldWait {
  /** How often the held step is asked whether it is decided. */
  pollMs: number;
  now: () => number;
  /** Aborting ends the wait without an answer (the sender cancelled, or the session is closing). */
  signal: AbortSignal;
  /** Called at every poll that found no decision (to keep the sender informed). */
  onTick?: (ticks: number) => void;
  /** The held message's context as it stands now (the policy in force after a reload), for the held step. */
  context?: () => MessageContext;
}

const UNSETTLED: Verdict = {
  action: "block",
  reason: "interceptor_failed",
  data: { cause: "a held step did not settle" },
};

/** The result once the hold settled and the rest of the chain ran; undefined if the wait was aborted. */
export function awaitHold(result: PipelineResult, wait: HoldWait): Promise<PipelineResult | undefined> {
  const { verdict, resume } = result;
  if (verdict.action !== "hold" || !resume) return Promise.resolve(result);
  const { hold } = verdict;
  const deadline = wait.now() + hold.timeoutMs;
  return new Promise((resolve, reject) => {
    let ticks = 0;
    const end = () => {
      clearInterval(timer);
      wait.signal.removeEventListener("abort", aborted);
    };
    const aborted = () => {
      end();
      resolve(undefined);
    };
    const timer = setInterval(() => {
      try {
        const final = wait.now() >= deadline;
        const settled = hold.settle(final, wait.context?.()) ?? (final ? UNSETTLED : undefined);
        if (!settled) {
          wait.onTick?.(++ticks);
          return;
        }
        end();
        Promise.resolve(resume(settled)).then(resolve, reject);
      } catch (err) {
        end();
        reject(err);
      }
    }, wait.pollMs);
    if (wait.signal.aborted) aborted();
    else wait.signal.addEventListener("abort", aborted, { once: true });
  });
}
