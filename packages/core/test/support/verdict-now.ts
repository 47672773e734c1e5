import type { Verdict } from "../../src/pipeline.js";

/** The verdict of an interceptor that decides synchronously; a promise here means the test's premise is wrong. */
export function verdictNow(verdict: Verdict | Promise<Verdict>): Verdict {
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict, got a promise");
  return verdict;
}
