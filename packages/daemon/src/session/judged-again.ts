// A call held for a person leaves long after it arrived. The steps that only look at it (who is asking,
// what the policy allows, the verdicts on the server's definitions) judge it again when it leaves, under
// the policy and definitions in force then: a tool denied by a config edit, or a definition that changed,
// while the call waited does not reach the server because a person approved the call. The steps that count
// or scan (rate limits, detection, the spend ledger) are not run again: the call was charged and scanned
// once.
import {
  runPipeline,
  type Interceptor,
  type MessageContext,
  type PipelineOptions,
  type PipelineResult,
} from "@mcp-guard/core";

const LOOKING_ONLY = new Set(["authentication", "permissions", "tool_integrity"]);

/** The resumed result, or a block from a looking step that now refuses the call (its trace appended). */
export function judgedAgain(
  interceptors: readonly Interceptor[],
  ctx: MessageContext,
  resumed: PipelineResult,
  options: PipelineOptions,
): PipelineResult | Promise<PipelineResult> {
  if (resumed.verdict.action !== "pass" && resumed.verdict.action !== "modify") return resumed;
  const checks = interceptors.filter((interceptor) => LOOKING_ONLY.has(interceptor.name));
  const again = runPipeline(checks, { ...ctx, message: resumed.message }, options);
  const decided = (check: PipelineResult): PipelineResult => {
    if (check.verdict.action !== "block") return resumed;
    // Refused after all: what the held step committed (a charge, an approval used up) is taken back.
    resumed.release?.();
    return { verdict: check.verdict, message: resumed.message, trace: [...resumed.trace, ...check.trace] };
  };
  return again instanceof Promise ? again.then(decided) : decided(again);
}
