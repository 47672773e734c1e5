// An HTTP client that lost its stream resumes it (Last-Event-ID) and is served what the session's event store
// kept for it. Kept is not judged: a call allowed when its answer was stored may be denied by the time the
// client comes back (a reload, a definition that changed). So each stored event keeps what it answers, the
// client's request as far as the looking checks read it (its method, the tool, prompt or resource it names,
// and the arguments in which permissions finds a path a reload may have made sensitive), and a replay runs
// those checks again (judged-again.ts's LOOKING_CHECKS): who is asking (its credential's expiry), what the
// policy allows, the server's definitions. Detection is not run again on a replay: the stored answer was
// scanned, and redacted as needed, under the policy in force when it was stored. The session is one
// identity: the front door ends it when its credential gives other roles.
import {
  classify,
  errorResponse,
  runPipeline,
  type Interceptor,
  type JsonObject,
  type Message,
  type MessageContext,
  type PipelineOptions,
  type RequestMessage,
  type TraceEntry,
} from "@mcp-guard/core";
import { LOOKING_CHECKS } from "./judged-again.js";

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
  interceptors: readonly Interceptor[];
  context: (request: RequestMessage) => MessageContext;
  options: PipelineOptions;
  /** False when the audit log cannot be written: nothing is replayed unrecorded. */
  auditing: boolean;
  refused: (stored: Message, request: RequestMessage, reason: string, trace: readonly TraceEntry[]) => void;
}

/**
 * What to replay in place of `stored`: itself while the looking checks still pass its request; otherwise, for
 * an answer, the error the request would get now (audited), and nothing for what the server sent on the way.
 * Fails closed: a request that cannot be read, a check that throws or does not decide at once, an audit
 * that cannot be written.
 */
export function replayedAnswer(
  stored: JsonObject,
  answers: JsonObject,
  judge: ReplayJudge,
): JsonObject | undefined {
  const message = classify(stored);
  const request = classify(answers);
  const refuse = (reason: Parameters<typeof errorResponse>[1], data: Record<string, unknown>) =>
    message.kind === "response" ? errorResponse(message.id, reason, data) : undefined;
  if (request.kind !== "request" || message.kind === "invalid")
    return refuse("internal_error", { detail: "what the stored answer answers cannot be read" });
  if (!judge.auditing) return refuse("internal_error", { detail: "the audit log cannot be written" });
  const checks = judge.interceptors.filter((interceptor) => LOOKING_CHECKS.has(interceptor.name));
  const result = runPipeline(checks, judge.context(request), judge.options);
  if (result instanceof Promise) {
    // Replays are written in order with what the stream sends live: a check that waits cannot be waited for.
    result.catch(() => undefined);
    return refuse("internal_error", { detail: "the stored answer could not be judged again at once" });
  }
  const { verdict, trace } = result;
  if (verdict.action === "pass" || verdict.action === "modify") return stored;
  // A hold is refused with its reason too: a replay cannot wait for a person.
  judge.refused(message, request, verdict.reason, trace);
  return refuse(verdict.reason, verdict.data ?? {});
}
