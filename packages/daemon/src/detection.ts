// The detection set-up from the config: built-in detectors plus custom types, and the action for each type
// and direction (configured actions over the defaults).
import { PII_ALIASES, type PiiConfig } from "@mcp-guard/config";
import {
  builtInDetectors,
  DEFAULT_ACTIONS,
  FALLBACK_ACTIONS,
  regexDetector,
  Scanner,
  type ActionFor,
  type Detector,
} from "@mcp-guard/core";

export function detectionFromConfig(pii: PiiConfig): { scanner: Scanner; actionFor: ActionFor } | undefined {
  if (!pii.enabled) return undefined;
  const custom: Detector[] = Object.entries(pii.custom_types).map(([type, t]) => {
    const patterns = t.patterns.map((p) => new RegExp(p.regex, "gu"));
    const union = patterns.map((p) =>
      regexDetector({ type, category: "secret", confidence: 1, trigger: /[\s\S]/, pattern: p }),
    );
    return { type, category: "secret", confidence: 1, find: (text) => union.flatMap((d) => d.find(text)) };
  });
  const scanner = new Scanner([...builtInDetectors({ phoneRegions: pii.phone_regions }), ...custom], {
    threshold: pii.confidence_threshold,
    disabled: new Set(pii.disabled_types),
  });
  const aliasOf = (type: string) =>
    Object.entries(PII_ALIASES).find(([, types]) => types.includes(type))?.[0];
  const actionFor: ActionFor = (type, direction) =>
    pii.actions[type]?.[direction] ??
    pii.actions[aliasOf(type) ?? ""]?.[direction] ??
    pii.custom_types[type]?.actions[direction] ??
    DEFAULT_ACTIONS[type]?.[direction] ??
    FALLBACK_ACTIONS[direction];
  return { scanner, actionFor };
}
