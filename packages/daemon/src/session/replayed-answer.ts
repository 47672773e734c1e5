// An HTTP client that lost its stream resumes it (Last-Event-ID) and is served what the session's event store
// kept for it. Kept is not judged: a call allowed when its answer was stored may be denied by the time the
// client comes back (a reload, a definition that changed), and a value detection let through then may be one
// a reload now blocks or redacts. So each stored event keeps what it answers, the client's request as far as
// the looking checks read it (its method, the tool, prompt or resource it names, and the arguments in which
// permissions finds a path a reload may have made sensitive), and a replay runs those checks again
// (judged-again.ts's LOOKING_CHECKS): who is asking (its credential's expiry), what the policy allows, the
// server's definitions. Then the stored message itself meets the content scan as a live one leaving for the
// client does, under the detection in force now: what it blocks is refused, what it redacts leaves redacted;
// before that, an answer to a request whose result the model reads meets the result review again, read-only
// (replay-review.ts), so a reload to result_injection: block refuses a stored injection.
// An event of the session's own stream (GET), which answers no request, meets the content scan alone. The
// session is one identity: the front door ends it when its credential gives other roles.
import {
  classify,
  errorResponse,
  runPipeline,
  type Interceptor,
  type JsonObject,
  type Message,
  type MessageContext,
  type PipelineOptions,
  type PipelineResult,
  type RequestMessage,
  type TraceEntry,
} from "@mcp-guard/core";
import { LOOKING_CHECKS } from "./judged-again.js";
import { reviewedAgain } from "./replay-review.js";

/**
 * The members of a request's params the looking checks read: the name, the URI, a completion's ref, argument
 * and context, and a tool's or prompt's arguments (permissions finds sensitive paths in them).
 */
const JUDGED_PARAMS = ["name", "uri", "ref", "argument", "context", "arguments"] as const;

/**
 * What a stored event answers: the request with only what the looking checks read (the store counts its
 * bytes against its limit), not its progress token or other members.
 */
export function whatItAnswers(request: JsonObject): JsonObject {
  const params = request["params"];
  const kept: JsonObject = {};
  if (typeof params === "object" && params !== null && !Array.isArray(params))
    for (const key of JUDGED_PARAMS) if (key in params) kept[key] = (params as JsonObject)[key];
  return { jsonrpc: "2.0", id: request["id"] ?? null, method: request["method"] ?? null, params: kept };
}

/** How the session judges, and records, a replay. */
export interface ReplayJudge {
  /** The chain towards the server, whose looking checks judge the request again. */
  interceptors: readonly Interceptor[];
  context: (request: RequestMessage) => MessageContext;
  /** The chain towards the client, whose content scan reads the stored message again. */
  shownInterceptors: readonly Interceptor[];
  shownContext: (stored: Message, request: RequestMessage | undefined) => MessageContext;
  options: PipelineOptions;
  /** False when the audit log cannot be written: nothing is replayed unrecorded. */
  auditing: boolean;
  /** Records a replay refused (block, with its reason) or redacted (modify). */
  audited: (
    stored: Message,
    request: RequestMessage | undefined,
    outcome: { action: "block"; reason: string } | { action: "modify" },
    trace: readonly TraceEntry[],
  ) => void;
}

/** The one step of the chain towards the client that reads content again on a replay. */
const SHOWN_CHECKS: ReadonlySet<string> = new Set(["content_scan"]);

/**
 * What to replay in place of `stored`: itself while the looking checks still pass its request and the
 * content scan lets it through unchanged; a copy when the scan redacts it now; otherwise, for an answer, the
 * error it would get now (audited), and nothing for what the server sent on the way. `answers` is absent for
 * an event of the session's own stream. Fails closed: a request that cannot be read, a check that throws or
 * does not decide at once, an audit that cannot be written.
 */
export function replayedAnswer(
  stored: JsonObject,
  answers: JsonObject | undefined,
  judge: ReplayJudge,
): JsonObject | undefined {
  const message = classify(stored);
  const request = answers === undefined ? undefined : classify(answers);
  const refuse = (reason: Parameters<typeof errorResponse>[1], data: Record<string, unknown>) =>
    message.kind === "response" ? errorResponse(message.id, reason, data) : undefined;
  if ((request !== undefined && request.kind !== "request") || message.kind === "invalid")
    return refuse("internal_error", { detail: "what the stored answer answers cannot be read" });
  if (!judge.auditing) return refuse("internal_error", { detail: "the audit log cannot be written" });
  const asked = request as RequestMessage | undefined;
  if (asked !== undefined) {
    const checks = judge.interceptors.filter((interceptor) => LOOKING_CHECKS.has(interceptor.name));
    const looked = decidedAtOnce(runPipeline(checks, judge.context(asked), judge.options));
    if (looked === undefined)
      return refuse("internal_error", { detail: "the stored answer could not be judged again at once" });
    if (looked.verdict.action !== "pass" && looked.verdict.action !== "modify") {
      // A hold is refused with its reason too: a replay cannot wait for a person.
      judge.audited(message, asked, { action: "block", reason: looked.verdict.reason }, looked.trace);
      return refuse(looked.verdict.reason, looked.verdict.data ?? {});
    }
  }
  // The result review under the integrity settings in force now, read-only (replay-review.ts).
  let shown = message;
  try {
    const reviewed = reviewedAgain(judge.shownContext(message, asked).policy.integrity, message, asked);
    const trace: TraceEntry[] = [{ interceptor: "tool_integrity", action: reviewed.action, ms: 0 }];
    if (reviewed.action === "block" || reviewed.action === "hold") {
      judge.audited(message, asked, { action: "block", reason: reviewed.reason }, trace);
      return refuse(reviewed.reason, reviewed.data ?? {});
    }
    if (reviewed.action === "modify") {
      const rewritten = classify(reviewed.message);
      if (rewritten.kind === "invalid")
        return refuse("internal_error", { detail: "the reviewed answer cannot be read" });
      shown = rewritten;
    }
  } catch {
    return refuse("internal_error", { detail: "the stored answer could not be reviewed again" });
  }
  const scans = judge.shownInterceptors.filter((interceptor) => SHOWN_CHECKS.has(interceptor.name));
  const scanned = decidedAtOnce(runPipeline(scans, judge.shownContext(shown, asked), judge.options));
  if (scanned === undefined)
    return refuse("internal_error", { detail: "the stored answer could not be scanned again at once" });
  const { verdict, trace } = scanned;
  if (verdict.action === "block" || verdict.action === "hold") {
    judge.audited(message, asked, { action: "block", reason: verdict.reason }, trace);
    return refuse(verdict.reason, verdict.data ?? {});
  }
  if (scanned.message.raw === message.raw) return stored;
  judge.audited(message, asked, { action: "modify" }, trace);
  return scanned.message.raw;
}

/**
 * A chain's result when it decided at once; undefined for one that waits. Replays are written in order with
 * what the stream sends live: a check that waits cannot be waited for.
 */
function decidedAtOnce(result: PipelineResult | Promise<PipelineResult>): PipelineResult | undefined {
  if (!(result instanceof Promise)) return result;
  result.catch(() => undefined);
  return undefined;
}
