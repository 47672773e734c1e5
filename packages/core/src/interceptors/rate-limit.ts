// Client requests against the server's and the roles' limits: per server and identity, per method, and per
// tool. Ping, liveness, is counted apart (pingChecks). initialize counts like any request: each one starts the
// server's work for a session (over HTTP a server process of its own), so a client held to a few requests a
// minute could otherwise open and end sessions in a loop, launching the server each time; a refused one
// reaches no server. A client's notifications count as
// requests do (one that makes the server act, roots/list_changed, would otherwise go round the limit at any
// pace); past the limit one is dropped, as it cannot be answered. The few that only end or report on work
// are exempt (UNCOUNTED_NOTIFICATIONS).
import type { Limits } from "../policy/policy.js";
import { normalizeName } from "../policy/normalize.js";
import type { BucketCheck, RateLimiter } from "../policy/rate-limiter.js";
import type { NotificationMessage, RequestMessage } from "../jsonrpc.js";
import type { Interceptor, MessageContext } from "../pipeline.js";
import { block, countedUnder, PASS } from "./verdicts.js";

/**
 * Notifications that cost the server nothing new: `initialized` completes the set-up initialize began;
 * `cancelled` stops work already counted, so a client out of its limit can still give up a call; `progress`
 * reports on a request the server sent the client (its sampling or elicitation), which the server asked for
 * and is limited on its side. The session lets each through only while it names something live (the one
 * `initialized`, a call in flight, a live progress token: the daemon's session/lifecycle.ts), so none of
 * them is a way round the limit.
 */
const UNCOUNTED_NOTIFICATIONS = new Set([
  "notifications/initialized",
  "notifications/cancelled",
  "notifications/progress",
]);

/** Whether a message other than ping counts against the limit (a ping counts in buckets of its own). */
function counted(message: RequestMessage | NotificationMessage): boolean {
  return message.kind === "request" || !UNCOUNTED_NOTIFICATIONS.has(message.method);
}

/** The buckets of one limit, one per key prefix the request is counted under (see countedUnder). */
export function bucketChecks(
  bases: readonly string[],
  limits: Limits | undefined,
  scope: string,
): BucketCheck[] {
  if (!limits) return [];
  const checks: BucketCheck[] = [];
  for (const base of bases) {
    if (limits.requests_per_minute !== undefined) {
      checks.push({
        key: `${base}\u0000${scope}\u0000m`,
        limit: limits.requests_per_minute,
        windowMs: 60_000,
        label: `${limits.requests_per_minute} requests per minute (${scope})`,
      });
    }
    if (limits.requests_per_hour !== undefined) {
      checks.push({
        key: `${base}\u0000${scope}\u0000h`,
        limit: limits.requests_per_hour,
        windowMs: 3_600_000,
        label: `${limits.requests_per_hour} requests per hour (${scope})`,
      });
    }
  }
  return checks;
}

type PolicyLimits = MessageContext["policy"]["limits"];

/**
 * A session's buckets per method and per tool, made once: the keys and labels are the same on every call
 * of a session (its server and identity are fixed) until a reload brings other limits. Bounded: a client
 * inventing names cannot grow it past CACHE_MAX entries.
 */
interface ChecksCache {
  limits: PolicyLimits;
  identity: MessageContext["identity"];
  launch: MessageContext["launch"];
  methods: Map<string, BucketCheck[]>;
  tools: Map<string, BucketCheck[]>;
}

const CACHE = "rate_limit.checks";
const CACHE_MAX = 1000;

function cacheOf(ctx: MessageContext): ChecksCache {
  const cached = ctx.state.get(CACHE) as ChecksCache | undefined;
  if (
    cached?.limits === ctx.policy.limits &&
    cached.identity === ctx.identity &&
    cached.launch === ctx.launch
  )
    return cached;
  const fresh: ChecksCache = {
    limits: ctx.policy.limits,
    identity: ctx.identity,
    launch: ctx.launch,
    methods: new Map(),
    tools: new Map(),
  };
  ctx.state.set(CACHE, fresh);
  return fresh;
}

function remembered(map: Map<string, BucketCheck[]>, key: string, make: () => BucketCheck[]): BucketCheck[] {
  let checks = map.get(key);
  if (checks === undefined) {
    if (map.size >= CACHE_MAX) map.clear();
    map.set(key, (checks = make()));
  }
  return checks;
}

function checksFor(ctx: MessageContext, method: string, tool: string | undefined): BucketCheck[] {
  const cache = cacheOf(ctx);
  const { limits } = ctx.policy;
  const base = () => countedUnder(ctx);
  const forMethod = remembered(cache.methods, method, () => [
    ...bucketChecks(base(), limits.server, "server"),
    ...bucketChecks(base(), limits.methods.get(method), `method ${method}`),
  ]);
  if (tool === undefined) return forMethod;
  return remembered(cache.tools, tool, () => [
    ...forMethod,
    ...bucketChecks(base(), limits.tools.get(tool), `tool ${tool}`),
  ]);
}

/**
 * Pings are counted apart, in buckets of their own under the server's limit: a keep-alive never uses up what a
 * client may call, and one within the limit is never refused; past it, a ping is refused (rate_limited) instead
 * of reaching the server, which reads and answers each (until round 48 forty a second reached it under a limit
 * of three). The methods cache holds them under "ping", a method no other check is made for.
 */
function pingChecks(ctx: MessageContext): BucketCheck[] {
  return remembered(cacheOf(ctx).methods, "ping", () =>
    bucketChecks(countedUnder(ctx), ctx.policy.limits.server, "pings"),
  );
}

export function rateLimit(limiter: RateLimiter): Interceptor {
  return {
    name: "rate_limit",
    inspect(ctx) {
      const message = ctx.message;
      if (ctx.direction !== "to_server" || message.kind === "response") return PASS;
      const ping = message.kind === "request" && message.method === "ping";
      if (!ping && !counted(message)) return PASS;
      let tool: string | undefined;
      if (message.method === "tools/call") {
        const name = normalizeName(message.params?.name);
        if (name.ok) tool = name.value;
      }
      const result = limiter.take(ping ? pingChecks(ctx) : checksFor(ctx, message.method, tool));
      if (result.ok) return PASS;
      return block("rate_limited", { retry_after_ms: result.retryAfterMs, limit: result.check.label });
    },
  };
}
