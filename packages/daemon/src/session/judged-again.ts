// A call held for a person leaves long after it arrived. The steps that judge it by the rules alone (who is
// asking, what the policy allows, the verdicts on the server's definitions, what detection lets through)
// judge it again when it leaves, under the policy and definitions in force then: a tool denied by a config
// edit, a definition that changed, or a value whose type a reload now blocks or redacts while the call
// waited does not reach the server because a person approved the call. The steps that count (rate limits,
// the spend ledger) are not run again: the call was counted and charged once.
import {
  runPipeline,
  type Interceptor,
  type MessageContext,
  type PipelineOptions,
  type PipelineResult,
} from "@mcp-guard/core";

/** The steps that judge by the rules alone and only look (no counting, no charging, no rewriting). */
export const LOOKING_CHECKS: ReadonlySet<string> = new Set([
  "authentication",
  "permissions",
  "tool_integrity",
]);
/** What a held call meets again when it leaves: the looking checks, and detection, which may rewrite it. */
const JUDGED_AGAIN = new Set([...LOOKING_CHECKS, "content_scan"]);

/** The resumed result, redacted or refused by a step that judges it so now (its trace appended). */
export function judgedAgain(
  interceptors: readonly Interceptor[],
  ctx: MessageContext,
  resumed: PipelineResult,
  options: PipelineOptions,
): PipelineResult | Promise<PipelineResult> {
  if (resumed.verdict.action !== "pass" && resumed.verdict.action !== "modify") return resumed;
  const checks = interceptors.filter((interceptor) => JUDGED_AGAIN.has(interceptor.name));
  const again = runPipeline(checks, { ...ctx, message: resumed.message }, options);
  const decided = (check: PipelineResult): PipelineResult => {
    if (check.verdict.action !== "block") {
      if (check.message === resumed.message) return resumed;
      // Redacted under today's detection: the server gets what the call may carry now.
      return { ...resumed, message: check.message, trace: [...resumed.trace, ...check.trace] };
    }
    // Refused after all: what the held step committed (a charge, an approval used up) is taken back.
    resumed.release?.();
    return { verdict: check.verdict, message: resumed.message, trace: [...resumed.trace, ...check.trace] };
  };
  return again instanceof Promise ? again.then(decided) : decided(again);
}
