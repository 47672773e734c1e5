// The result review a stored answer meets again on a replay (rev52 review, find 7): a reload may have
// tightened the integrity settings (result_injection: block, hidden_characters) since the answer was stored,
// and a replayed answer leaves under the policy in force when it leaves. Read-only: core's reviewResult, as
// tool_integrity runs it on a live answer, without the pin store or the session's page state, which a replay
// must not change (the answer was counted in them when it first left).
import {
  reviewResult,
  type IntegrityRules,
  type Message,
  type RequestMessage,
  type Verdict,
} from "@mcp-guard/core";

/** Requests whose answer a client hands the model, as tool_integrity reviews them (results and errors). */
const REVIEWED = new Set([
  "tools/call",
  "resources/read",
  "prompts/get",
  "tasks/result",
  "tasks/get",
  "tasks/list",
  "tasks/cancel",
]);

const PASSED: Verdict = { action: "pass" };

/** The verdict the result review gives `stored`, the answer to `asked`, under `rules` now. */
export function reviewedAgain(
  rules: IntegrityRules,
  stored: Message,
  asked: RequestMessage | undefined,
): Verdict {
  if (stored.kind !== "response" || asked === undefined || !REVIEWED.has(asked.method)) return PASSED;
  if (asked.method !== "tools/call") return reviewResult(rules, stored.raw);
  const params = asked.params ?? {};
  const name = typeof params["name"] === "string" ? params["name"] : undefined;
  return reviewResult(rules, stored.raw, { name, arguments: params["arguments"] });
}
