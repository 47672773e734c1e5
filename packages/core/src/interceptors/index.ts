// The chain, in its one fixed order for both directions (INTERCEPTOR_ORDER). Each interceptor decides for
// itself which messages it looks at; see the README's pipeline table.
import type { RateLimiter } from "../policy/rate-limiter.js";
import type { Interceptor } from "../pipeline.js";
import { authentication } from "./authentication.js";
import { permissions } from "./permissions.js";
import { protocol } from "./protocol.js";
import { rateLimit } from "./rate-limit.js";
import { samplingGuard } from "./sampling-guard.js";
import { contentScan, type ActionFor } from "./content-scan.js";
import type { Scanner } from "../detect/scanner.js";
import type { PinStore } from "../integrity/pins.js";
import { toolIntegrity } from "./tool-integrity.js";
import { spend } from "./spend.js";
import type { PendingLimits } from "../spend/pending-limits.js";
import type { SpendStore } from "../spend/spend.js";
import { INTERCEPTOR_ORDER, type InterceptorName } from "./order.js";

export type { ActionFor, DetectionAction } from "./content-scan.js";
export { INTERCEPTOR_ORDER, type InterceptorName } from "./order.js";

export interface ChainDependencies {
  limiter: RateLimiter;
  now: () => number;
  /** Absent when detection is switched off (pii.enabled: false). */
  detection?: { scanner: Scanner; actionFor: ActionFor } | undefined;
  pins: PinStore;
  spend?: { store: SpendStore; newId: () => string; limits: () => PendingLimits } | undefined;
}

/** The steps in INTERCEPTOR_ORDER; a step whose dependency is absent (spend) is left out. */
export function policyChain(deps: ChainDependencies): readonly Interceptor[] {
  const make: { [N in InterceptorName]: () => Interceptor | undefined } = {
    protocol: () => protocol(),
    authentication: () => authentication(deps.now),
    rate_limit: () => rateLimit(deps.limiter),
    permissions: () => permissions(),
    sampling_guard: () => samplingGuard(deps.limiter),
    tool_integrity: () => toolIntegrity(deps.pins, deps.now),
    // Built with detection off too: it withholds the credentials the guard handed the server (content-scan.ts).
    content_scan: () => contentScan(deps.detection),
    spend: () => deps.spend && spend(deps.spend.store, deps.now, deps.spend.newId, deps.spend.limits),
  };
  return INTERCEPTOR_ORDER.flatMap((name) => {
    const step = make[name]();
    if (step === undefined) return [];
    // The trace and the audit name steps by their own name: it must be the one of their place.
    if (step.name !== name)
      throw new Error(`policy chain: the step at "${name}" calls itself "${step.name}"`);
    return [step];
  });
}
