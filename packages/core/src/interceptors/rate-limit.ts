// Client requests against the server's and the roles' limits: per server and identity, per method, and per
// tool. Session set-up and liveness (initialize, ping) are never limited.
import type { Limits } from "../policy/policy.js";
import { normalizeName } from "../policy/normalize.js";
import type { BucketCheck, RateLimiter } from "../policy/rate-limiter.js";
import type { Interceptor } from "../pipeline.js";
import { block, PASS, who } from "./verdicts.js";

const EXEMPT = new Set(["initialize", "ping"]);

export function bucketChecks(base: string, limits: Limits | undefined, scope: string): BucketCheck[] {
  if (!limits) return [];
  const checks: BucketCheck[] = [];
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
  return checks;
}

export function rateLimit(limiter: RateLimiter): Interceptor {
  return {
    name: "rate_limit",
    inspect(ctx) {
      const message = ctx.message;
      if (ctx.direction !== "to_server" || message.kind !== "request" || EXEMPT.has(message.method))
        return PASS;
      const base = who(ctx.server, ctx.identity);
      const { limits } = ctx.policy;
      const checks = [
        ...bucketChecks(base, limits.server, "server"),
        ...bucketChecks(base, limits.methods.get(message.method), `method ${message.method}`),
      ];
      if (message.method === "tools/call") {
        const name = normalizeName(message.params?.name);
        if (name.ok) checks.push(...bucketChecks(base, limits.tools.get(name.value), `tool ${name.value}`));
      }
      const result = limiter.take(checks);
      if (result.ok) return PASS;
      return block("rate_limited", { retry_after_ms: result.retryAfterMs, limit: result.check.label });
    },
  };
}
