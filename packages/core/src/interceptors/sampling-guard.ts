// Server-to-client requests for an LLM completion (sampling) or for user input (elicitation) are off
// unless the server's policy turns them on. When off, the client's capability is not even advertised to
// the server; when on, a per-minute limit applies, sampling's maxTokens is capped and its includeContext
// reaches no further than this server. A form elicitation that asks the user for a credential is refused
// (credential-form.ts), and so is a URL-mode elicitation whose link is not a web page (elicitation-url.ts).
// What the client ran as a task for such a request is the server's to ask about, and nothing else the client
// runs (session-tasks.ts).
import { credentialRequest } from "../integrity/credential-form.js";
import { elicitationUrlProblem } from "../integrity/elicitation-url.js";
import type { JsonObject } from "../jsonrpc.js";
import type { RateLimiter } from "../policy/rate-limiter.js";
import { askingKnownRevision, isKnownRevision } from "../protocol/revisions.js";
import type { Interceptor, MessageContext, Verdict } from "../pipeline.js";
import { guardTaskRequest, guardTaskStatus, taskAnswer, type TaskOrigin } from "./session-tasks.js";
import { block, countedUnder, PASS } from "./verdicts.js";

function hideDisabledCapabilities(ctx: MessageContext, raw: JsonObject): Verdict {
  const params = raw.params as JsonObject | undefined;
  const capabilities = params?.capabilities as JsonObject | undefined;
  if (!capabilities) return PASS;
  const hidden: JsonObject = { ...capabilities };
  const off = [
    ...(ctx.policy.sampling.enabled ? [] : ["sampling"]),
    ...(ctx.policy.elicitation.enabled ? [] : ["elicitation"]),
  ];
  for (const name of off) delete hidden[name];
  // The same requests made as tasks (`tasks.requests.sampling`, `.elicitation`) are off with them.
  const tasks = hidden.tasks as JsonObject | undefined;
  const requests = tasks?.requests as JsonObject | undefined;
  const taskRequests = requests && off.some((name) => name in requests);
  if (taskRequests) {
    const kept: JsonObject = { ...requests };
    for (const name of off) delete kept[name];
    hidden.tasks = { ...tasks, requests: kept };
  }
  if (!taskRequests && Object.keys(hidden).length === Object.keys(capabilities).length) return PASS;
  return { action: "modify", message: { ...raw, params: { ...params, capabilities: hidden } } };
}

/** The terms a client's initialize asks for: a revision the guard knows (revisions.ts), the capabilities on. */
function initializeTerms(ctx: MessageContext, raw: JsonObject): Verdict {
  const asked = askingKnownRevision(raw);
  const verdict = hideDisabledCapabilities(ctx, asked);
  return verdict === PASS && asked !== raw ? { action: "modify", message: asked } : verdict;
}

/** A server's answer to initialize naming a revision the guard does not know: the session is not opened. */
function answeredRevision(raw: JsonObject): Verdict {
  const version = (raw.result as JsonObject | undefined)?.protocolVersion;
  if (isKnownRevision(version)) return PASS;
  return block("invalid_request", {
    detail: "the server answered initialize with a protocol revision the guard does not know",
  });
}

function perMinute(
  limiter: RateLimiter,
  ctx: MessageContext,
  kind: string,
  limit: number | undefined,
  units = 1,
): Verdict {
  if (limit === undefined) return PASS;
  // Under every key the session's requests are counted under (its launch and former names besides its name),
  // so a server renamed in the config does not start the minute with a full allowance.
  const result = limiter.take(
    countedUnder(ctx).map((base) => ({
      key: `${base}\u0000${kind}`,
      limit,
      windowMs: 60_000,
      label: `${limit} ${kind} requests per minute`,
    })),
    units,
  );
  return result.ok
    ? PASS
    : block("rate_limited", { retry_after_ms: result.retryAfterMs, limit: result.check.label });
}

function guardSampling(limiter: RateLimiter, ctx: MessageContext, raw: JsonObject): Verdict {
  const policy = ctx.policy.sampling;
  if (!policy.enabled) return block("sampling_disabled", { server: ctx.server });
  const limited = perMinute(limiter, ctx, "sampling", policy.rate_limit);
  if (limited !== PASS) return limited;
  const params = raw.params as JsonObject | undefined;
  const changed: JsonObject = {};
  const asked = params?.maxTokens;
  if (policy.max_tokens !== undefined && (typeof asked !== "number" || asked > policy.max_tokens))
    changed.maxTokens = policy.max_tokens;
  // Other servers' context is theirs, under their own policies, which this server's guard cannot apply: it
  // gets its own at most, and so does a value the specification does not define (a client may read it leniently).
  const context = params?.includeContext;
  if (context !== undefined && context !== "none" && context !== "thisServer")
    changed.includeContext = "thisServer";
  if (Object.keys(changed).length === 0) return PASS;
  return { action: "modify", message: { ...raw, params: { ...params, ...changed } } };
}

function guardElicitation(limiter: RateLimiter, ctx: MessageContext, raw: JsonObject): Verdict {
  if (!ctx.policy.elicitation.enabled) return block("elicitation_disabled", { server: ctx.server });
  const verdict = guardElicitationParams(ctx, raw.params as JsonObject | undefined);
  if (verdict !== PASS) return verdict;
  return perMinute(limiter, ctx, "elicitation", ctx.policy.elicitation.rate_limit);
}

/** What no policy lets an elicitation do: ask for a credential in a form, or link to anything but a web page. */
function guardElicitationParams(ctx: MessageContext, params: JsonObject | undefined): Verdict {
  // A form asking for a credential is refused whatever the policy: the specification forbids it outright.
  const asking = credentialRequest(params);
  if (asking.length > 0) return block("elicitation_credentials", { server: ctx.server, fields: asking });
  // A link's shape, whatever the policy (elicitation-url.ts).
  const linkProblem = params?.mode === "url" ? elicitationUrlProblem(params.url) : undefined;
  if (linkProblem !== undefined) return block("elicitation_url", { server: ctx.server, detail: linkProblem });
  return PASS;
}

/** The specification's error that asks the client to send the user to a page (URLElicitationRequired). */
const URL_ELICITATION_REQUIRED = -32042;

/**
 * The other way a server elicits: an error answering a request, whose `data.elicitations` the client shows
 * the user as it would `elicitation/create`'s. Judged the same way, in place of the error, and counted as
 * many elicitations as it lists: one error would otherwise put any number of pages before the user for one
 * unit of the allowance. A list longer than what is left of the minute is refused whole (a cut list would
 * be a server's choice of pages made by the guard).
 */
function guardElicitationsInError(limiter: RateLimiter, ctx: MessageContext, raw: JsonObject): Verdict {
  const error = raw.error as JsonObject | undefined;
  const elicitations = (error?.data as JsonObject | undefined)?.elicitations;
  if (error?.code !== URL_ELICITATION_REQUIRED && elicitations === undefined) return PASS;
  if (!ctx.policy.elicitation.enabled) return block("elicitation_disabled", { server: ctx.server });
  for (const params of Array.isArray(elicitations) ? elicitations : [elicitations]) {
    const shown = typeof params === "object" && params !== null ? (params as JsonObject) : undefined;
    const verdict = guardElicitationParams(ctx, shown);
    if (verdict !== PASS) return verdict;
  }
  const listed = Array.isArray(elicitations) ? Math.max(1, elicitations.length) : 1;
  return perMinute(limiter, ctx, "elicitation", ctx.policy.elicitation.rate_limit, listed);
}

/**
 * Whether the policy in force now still lets the server have what the client made for one of its requests: a
 * completion, the user's reply, or a task run for either. The client answers when it has them (a person
 * reviews a completion, fills a form), and meanwhile a reload may have turned that kind off: the answer then
 * reaches the server as the refusal its request would get now (round 49), as a call held for a person does.
 */
function kindOnNow(ctx: MessageContext, origin: TaskOrigin): Verdict {
  if (origin.method === "sampling/createMessage" && !ctx.policy.sampling.enabled)
    return block("sampling_disabled", { server: ctx.server });
  if (origin.method === "elicitation/create" && !ctx.policy.elicitation.enabled)
    return block("elicitation_disabled", { server: ctx.server });
  return PASS;
}

/** The client's answer to the server's request: judged by the policy now; a task it created is noted. */
function clientAnswer(ctx: MessageContext, raw: JsonObject): Verdict {
  const method = ctx.request?.method;
  const late = method === undefined ? PASS : kindOnNow(ctx, { method, name: undefined });
  return late !== PASS ? late : taskAnswer(ctx, "client", raw, kindOnNow);
}

export function samplingGuard(limiter: RateLimiter): Interceptor {
  return {
    name: "sampling_guard",
    inspect(ctx) {
      const m = ctx.message;
      if (m.kind === "response" && ctx.direction === "to_client" && m.error)
        return guardElicitationsInError(limiter, ctx, m.raw);
      if (m.kind === "response" && ctx.direction === "to_client" && ctx.request?.method === "initialize")
        return answeredRevision(m.raw);
      if (m.kind === "response" && ctx.direction === "to_server" && !m.error) return clientAnswer(ctx, m.raw);
      // The client's status of a task it ran for a server (session-tasks.ts).
      if (
        m.kind === "notification" &&
        ctx.direction === "to_server" &&
        m.method === "notifications/tasks/status"
      )
        return guardTaskStatus(ctx, "client", m.params, kindOnNow);
      if (m.kind !== "request") return PASS;
      if (ctx.direction === "to_server")
        return m.method === "initialize" ? initializeTerms(ctx, m.raw) : PASS;
      if (m.method === "sampling/createMessage") return guardSampling(limiter, ctx, m.raw);
      if (m.method === "elicitation/create") return guardElicitation(limiter, ctx, m.raw);
      if (m.method.startsWith("tasks/"))
        return guardTaskRequest(ctx, "client", m.method, m.params, kindOnNow);
      return PASS;
    },
  };
}
