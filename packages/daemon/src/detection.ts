// The detection set-up from the config: built-in detectors plus custom types, and the action for each type
// and direction (configured actions over the defaults).
import { PII_ALIASES, type PiiConfig } from "@mcp-guard/config/runtime";
import type { ActionFor } from "@mcp-guard/core";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "@mcp-guard/core/actions";
import { builtInDetectors, regexDetector, type Detector } from "@mcp-guard/core/detectors";
import { Scanner } from "@mcp-guard/core/scanner";

/**
 * The built-in detectors, built once per phone-region list and shared by every scanner the daemon makes
 * (the policy chain's, the audit scrubber's, the stderr scrubber's, and again at each config reload). They
 * are immutable tables and compiled matchers: what differs between scanners (threshold, disabled types)
 * is the Scanner's, applied at each scan. Building them per scanner held three copies of the secret rules'
 * keyword automaton, about 1.3 MB each (docs/benchmarks.md: memory).
 */
const builtIns = new Map<string, readonly Detector[]>();
const BUILT_IN_SETS_KEPT = 4;

export function sharedBuiltInDetectors(phoneRegions: readonly string[]): readonly Detector[] {
  const key = phoneRegions.join(",");
  let detectors = builtIns.get(key);
  if (!detectors) {
    detectors = builtInDetectors({ phoneRegions });
    // A few region lists at most (the config's and the defaults); an edited list replaces the oldest.
    const oldest = builtIns.keys().next();
    if (builtIns.size >= BUILT_IN_SETS_KEPT && !oldest.done) builtIns.delete(oldest.value);
    builtIns.set(key, detectors);
  }
  return detectors;
}

/** The alias (m0lz.03's name) each of our types answers to, looked up on every finding. */
const ALIAS_OF = new Map(
  Object.entries(PII_ALIASES).flatMap(([alias, types]) => types.map((type) => [type, alias] as const)),
);

export function detectionFromConfig(pii: PiiConfig): { scanner: Scanner; actionFor: ActionFor } | undefined {
  if (!pii.enabled) return undefined;
  const custom: Detector[] = Object.entries(pii.custom_types).map(([type, t]) => {
    const patterns = t.patterns.map((p) => new RegExp(p.regex, "gu"));
    const union = patterns.map((p) =>
      regexDetector({ type, category: "secret", confidence: 1, trigger: /[\s\S]/, pattern: p }),
    );
    return { type, category: "secret", confidence: 1, find: (text) => union.flatMap((d) => d.find(text)) };
  });
  const scanner = new Scanner([...sharedBuiltInDetectors(pii.phone_regions), ...custom], {
    threshold: pii.confidence_threshold,
    disabled: new Set(pii.disabled_types),
  });
  const actionFor: ActionFor = (type, direction) =>
    pii.actions[type]?.[direction] ??
    pii.actions[ALIAS_OF.get(type) ?? ""]?.[direction] ??
    pii.custom_types[type]?.actions[direction] ??
    DEFAULT_ACTIONS[type]?.[direction] ??
    FALLBACK_ACTIONS[direction];
  return { scanner, actionFor };
}
