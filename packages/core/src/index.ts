export * from "./jsonrpc.js";
export { inexactNumber } from "./exact-numbers.js";
export * from "./line-splitter.js";
export * from "./errors.js";
export * from "./pipeline.js";
export * from "./notices.js";
export * from "./hold.js";
export * from "./audit-event.js";
export * from "./audit-filter.js";
export * from "./audit-trace.js";
export * from "./policy/patterns.js";
export * from "./policy/normalize.js";
export * from "./policy/policy.js";
export * from "./policy/rate-limiter.js";
export * from "./policy/api-keys.js";
export {
  INTERCEPTOR_ORDER,
  policyChain,
  type ChainDependencies,
  type InterceptorName,
  type ActionFor,
  type DetectionAction,
} from "./interceptors/index.js";
export {
  credentialsToWithhold,
  HANDED_CREDENTIAL_MARK,
  SHORTEST_WITHHELD,
  withoutEveryOccurrence,
} from "./interceptors/handed-credentials.js";
export {
  base64Cores,
  base64Spellings,
  hexSpellings,
  percentSpellings,
} from "./interceptors/credential-spellings.js";
export * from "./detect/detectors.js";
export * from "./detect/scanner.js";
export * from "./detect/validators.js";
export * from "./detect/pii/index.js";
export * from "./detect/actions.js";
export * from "./integrity/hidden.js";
export * from "./integrity/poison.js";
export * from "./integrity/neighbour-tools.js";
export * from "./integrity/other-tool-orders.js";
export {
  MODEL_FEATURE_FLOOR,
  modelFeatures,
  modelLogit,
  type PoisonModel,
} from "./integrity/poison-model.js";
export * from "./integrity/result-injection.js";
export { reviewResult } from "./integrity/results.js";
export * from "./integrity/pins.js";
export * from "./integrity/verdict.js";
export * from "./integrity/approve-command.js";
export * from "./integrity/withheld-messages.js";
export { LISTS as DEFINITION_LISTS } from "./integrity/listing.js";
export * from "./integrity/metadata-endpoints.js";
export * from "./integrity/sensitive.js";
export * from "./spend/spend.js";
export * from "./spend/cost.js";
export * from "./spend/pending-limits.js";
export * from "./protocol/methods.js";
export * from "./protocol/revisions.js";
export * from "./text-diff.js";
