// base ⊕ personal: a personal config can only make a base stricter. Allow lists are not intersected as
// strings: both are kept and both must be met, so the result allows exactly what both allow.
import { baseProgramTwins } from "./personal-servers.js";
import { configuredServer, ownEntry } from "./configured-server.js";
import type { Config, ServerConfig } from "./schema.js";

type Policy = ServerConfig["policy"];
type Permissions = Policy["permissions"];
type Limits = { requests_per_minute?: number | undefined; requests_per_hour?: number | undefined };

const min = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
/** The stricter of two values on a scale ordered from weakest to strictest. */
const stricter = <T extends string>(scale: readonly T[], a: T, b: T): T =>
  scale.indexOf(a) >= scale.indexOf(b) ? a : b;

function mergeAllow(
  base: string[] | undefined,
  personal: string[] | undefined,
  baseAlso: string[][] = [],
  personalAlso: string[][] = [],
) {
  // The base list stays the list; the personal one becomes another list that must also be met.
  const lists = [...(base ? [base] : []), ...baseAlso, ...(personal ? [personal] : []), ...personalAlso];
  return { allowed: lists[0], also: lists.slice(1) };
}

function mergePermissions(b: Permissions, p: Permissions): Permissions {
  const tools = mergeAllow(b.allowed_tools, p.allowed_tools, b.also_allowed?.tools, p.also_allowed?.tools);
  const resources = mergeAllow(
    b.allowed_resources,
    p.allowed_resources,
    b.also_allowed?.resources,
    p.also_allowed?.resources,
  );
  const prompts = mergeAllow(
    b.allowed_prompts,
    p.allowed_prompts,
    b.also_allowed?.prompts,
    p.also_allowed?.prompts,
  );
  return {
    allowed_tools: tools.allowed,
    denied_tools: union(b.denied_tools, p.denied_tools),
    allowed_resources: resources.allowed,
    denied_resources: union(b.denied_resources, p.denied_resources),
    allowed_prompts: prompts.allowed,
    denied_prompts: union(b.denied_prompts, p.denied_prompts),
    also_allowed: { tools: tools.also, resources: resources.also, prompts: prompts.also },
  };
}

function mergeLimits(b: Limits, p: Limits): Limits {
  return {
    requests_per_minute: min(b.requests_per_minute, p.requests_per_minute),
    requests_per_hour: min(b.requests_per_hour, p.requests_per_hour),
  };
}

function mergeKeyedLimits(b: Record<string, Limits>, p: Record<string, Limits>): Record<string, Limits> {
  const out: Record<string, Limits> = { ...b };
  for (const [k, v] of Object.entries(p)) out[k] = out[k] ? mergeLimits(out[k], v) : v;
  return out;
}

function mergePolicy(b: Policy, p: Policy): Policy {
  const bi = b.integrity;
  const pi = p.integrity;
  return {
    permissions: mergePermissions(b.permissions, p.permissions),
    rate_limit: {
      ...mergeLimits(b.rate_limit, p.rate_limit),
      tool_limits: mergeKeyedLimits(b.rate_limit.tool_limits, p.rate_limit.tool_limits),
      method_limits: mergeKeyedLimits(b.rate_limit.method_limits, p.rate_limit.method_limits),
    },
    sampling: {
      enabled: b.sampling.enabled && p.sampling.enabled,
      max_tokens: min(b.sampling.max_tokens, p.sampling.max_tokens),
      rate_limit: min(b.sampling.rate_limit, p.sampling.rate_limit),
      audit: b.sampling.audit === "verbose" || p.sampling.audit === "verbose" ? "verbose" : "basic",
    },
    elicitation: {
      enabled: b.elicitation.enabled && p.elicitation.enabled,
      rate_limit: min(b.elicitation.rate_limit, p.elicitation.rate_limit),
    },
    integrity: {
      pin: stricter(["off", "warn", "enforce"] as const, bi.pin, pi.pin),
      poisoned: stricter(["warn", "withhold", "block_server"] as const, bi.poisoned, pi.poisoned),
      poison_threshold: Math.min(bi.poison_threshold, pi.poison_threshold),
      first_listing_seconds: Math.min(bi.first_listing_seconds, pi.first_listing_seconds),
      hidden_characters: stricter(
        ["flag", "strip", "block"] as const,
        bi.hidden_characters,
        pi.hidden_characters,
      ),
      result_injection: stricter(["off", "warn", "block"] as const, bi.result_injection, pi.result_injection),
      sensitive_resources: stricter(
        ["off", "warn", "block"] as const,
        bi.sensitive_resources,
        pi.sensitive_resources,
      ),
      extra_sensitive_resources: union(bi.extra_sensitive_resources, pi.extra_sensitive_resources),
    },
    spend: mergeSpend(b.spend, p.spend),
    locked: b.locked,
  };
}

function mergeSpend(b: Policy["spend"], p: Policy["spend"]): Policy["spend"] {
  if (!b || !p) return b ?? p;
  const tools = { ...b.tools };
  for (const [name, t] of Object.entries(p.tools)) {
    const bt = ownEntry(tools, name);
    // A cost the base defines stays; a personal threshold may only lower the base's.
    tools[name] = bt
      ? { ...bt, require_approval_above: min(bt.require_approval_above, t.require_approval_above) }
      : t;
  }
  return {
    currency: b.currency,
    tools,
    caps: {
      per_session: min(b.caps.per_session, p.caps.per_session),
      per_hour: min(b.caps.per_hour, p.caps.per_hour),
      per_day: min(b.caps.per_day, p.caps.per_day),
    },
    require_approval_above: min(b.require_approval_above, p.require_approval_above),
    require_approval: union(b.require_approval, p.require_approval),
    approval_ttl_seconds: Math.min(b.approval_ttl_seconds, p.approval_ttl_seconds),
    wait_for_approval_seconds: b.wait_for_approval_seconds,
  };
}

const ACTIONS = ["warn", "redact", "block"] as const;

function mergePii(
  b: Config["pii"],
  p: Config["pii"],
  defaults: Record<string, { request: string; response: string }>,
): Config["pii"] {
  const actions: Config["pii"]["actions"] = {};
  for (const type of new Set([...Object.keys(b.actions), ...Object.keys(p.actions)])) {
    const base = { ...defaults[type], ...b.actions[type] } as {
      request?: (typeof ACTIONS)[number];
      response?: (typeof ACTIONS)[number];
    };
    const mine = p.actions[type] ?? {};
    // The base's action for a type it does not mention is the built-in default, and that is the floor.
    const pick = (d: "request" | "response") =>
      base[d] && mine[d] ? stricter(ACTIONS, base[d]!, mine[d]!) : (base[d] ?? mine[d]);
    actions[type] = { request: pick("request"), response: pick("response") };
  }
  const custom = { ...b.custom_types };
  for (const [name, t] of Object.entries(p.custom_types)) {
    const bt = ownEntry(custom, name);
    custom[name] = bt
      ? {
          label: bt.label,
          patterns: [
            ...bt.patterns,
            ...t.patterns.filter((x) => !bt.patterns.some((y) => y.regex === x.regex)),
          ],
          actions: {
            request:
              bt.actions.request && t.actions.request
                ? stricter(ACTIONS, bt.actions.request, t.actions.request)
                : (bt.actions.request ?? t.actions.request),
            response:
              bt.actions.response && t.actions.response
                ? stricter(ACTIONS, bt.actions.response, t.actions.response)
                : (bt.actions.response ?? t.actions.response),
          },
        }
      : t;
  }
  return {
    enabled: b.enabled || p.enabled,
    confidence_threshold: Math.min(b.confidence_threshold, p.confidence_threshold),
    actions,
    // A type stays off only if both leave it off.
    disabled_types: b.disabled_types.filter((t) => p.disabled_types.includes(t)),
    // Every region either recognises stays recognised.
    phone_regions: [...new Set([...b.phone_regions, ...p.phone_regions])],
    custom_types: custom,
  };
}

/**
 * A personal server running a base server's program and that base server share their counts both ways
 * (rate limits and spend caps): each holds the base's limit, and counted apart a second entry for the same
 * program would double what the base allows (three entries, three times).
 */
function countTwinsTogether(base: Config, personal: Config, servers: Config["servers"]): void {
  const share = (name: string, other: string) => {
    const server = servers[name];
    if (server === undefined) return;
    const already = server.counted_with ?? [];
    if (!already.includes(other)) servers[name] = { ...server, counted_with: [...already, other] };
  };
  for (const [name, p] of Object.entries(personal.servers)) {
    if (configuredServer(base.servers, name)) continue;
    for (const twin of baseProgramTwins(base, p)) {
      share(name, twin);
      share(twin, name);
    }
  }
}

/**
 * `defaults` are the built-in detection actions (from core), so a personal action is compared with what
 * the base actually does for a type it does not mention.
 */
export function floorMerge(
  base: Config,
  personal: Config,
  defaults: Record<string, { request: string; response: string }> = {},
): Config {
  const servers: Config["servers"] = { ...personal.servers };
  // A server of the personal file's own that runs a base server's program is held to that server's policy.
  for (const [name, p] of Object.entries(personal.servers)) {
    if (configuredServer(base.servers, name)) continue;
    for (const twin of baseProgramTwins(base, p)) {
      const b = configuredServer(base.servers, twin);
      if (b === undefined) continue;
      const mine = servers[name] ?? p;
      servers[name] = { ...mine, policy: b.policy.locked ? b.policy : mergePolicy(b.policy, mine.policy) };
    }
  }
  for (const [name, b] of Object.entries(base.servers)) {
    const p = configuredServer(personal.servers, name);
    servers[name] = !p || b.policy.locked ? b : { ...b, policy: mergePolicy(b.policy, p.policy) };
  }
  countTwinsTogether(base, personal, servers);
  return {
    servers,
    daemon: base.daemon,
    auth: base.auth,
    audit: base.audit,
    interceptors: {
      timeout: Math.min(base.interceptors.timeout, personal.interceptors.timeout),
      timeout_action: base.interceptors.timeout_action,
    },
    pii: mergePii(base.pii, personal.pii, defaults),
    approvals: {
      require_person: base.approvals.require_person || personal.approvals.require_person,
      max_pending_per_identity: Math.min(
        base.approvals.max_pending_per_identity,
        personal.approvals.max_pending_per_identity,
      ),
      max_pending_per_server: Math.min(
        base.approvals.max_pending_per_server,
        personal.approvals.max_pending_per_server,
      ),
    },
    personal_servers:
      base.personal_servers === "deny" || personal.personal_servers === "deny" ? "deny" : "allow",
  };
}
