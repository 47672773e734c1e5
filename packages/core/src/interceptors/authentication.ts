// First in the chain: a session whose connection did not authenticate gets nothing through, and a
// credential that expires during the session stops working at that moment.
import type { Interceptor } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

export function authentication(now: () => number): Interceptor {
  return {
    name: "authentication",
    inspect(ctx) {
      if (!ctx.auth.ok) return block(ctx.auth.reason, { detail: ctx.auth.detail });
      const expiresAt = ctx.identity.expiresAt;
      if (expiresAt !== undefined && now() >= expiresAt) {
        return block("auth_expired", { detail: `the token expired at ${new Date(expiresAt).toISOString()}` });
      }
      return PASS;
    },
  };
}
