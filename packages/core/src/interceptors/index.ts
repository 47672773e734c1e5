// The chain, in its one fixed order for both directions. Each interceptor decides for itself which
// messages it looks at; see README "Pipeline order".
import type { RateLimiter } from "../policy/rate-limiter.js";
import type { Interceptor } from "../pipeline.js";
import { authentication } from "./authentication.js";
import { permissions } from "./permissions.js";
import { rateLimit } from "./rate-limit.js";
import { samplingGuard } from "./sampling-guard.js";

export interface ChainDependencies {
  limiter: RateLimiter;
  now: () => number;
}

export function policyChain(deps: ChainDependencies): readonly Interceptor[] {
  return [authentication(deps.now), rateLimit(deps.limiter), permissions(), samplingGuard(deps.limiter)];
}
