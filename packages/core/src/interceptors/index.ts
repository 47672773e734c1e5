// The chain, in its one fixed order for both directions. Each interceptor decides for itself which
// messages it looks at; see README "Pipeline order".
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
import type { SpendStore } from "../spend/spend.js";

export type { ActionFor, DetectionAction } from "./content-scan.js";

export interface ChainDependencies {
  limiter: RateLimiter;
  now: () => number;
  /** Absent when detection is switched off (pii.enabled: false). */
  detection?: { scanner: Scanner; actionFor: ActionFor } | undefined;
  pins: PinStore;
  spend?: { store: SpendStore; newId: () => string } | undefined;
}

export function policyChain(deps: ChainDependencies): readonly Interceptor[] {
  const chain = [
    protocol(),
    authentication(deps.now),
    rateLimit(deps.limiter),
    permissions(),
    samplingGuard(deps.limiter),
    toolIntegrity(deps.pins),
  ];
  if (deps.detection) chain.push(contentScan(deps.detection.scanner, deps.detection.actionFor));
  if (deps.spend) chain.push(spend(deps.spend.store, deps.now, deps.spend.newId));
  return chain;
}
