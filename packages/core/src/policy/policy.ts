// Policy as the config states it (plain data; config's schema produces these shapes) and the effective
// policy of one session: the server's rules combined with the rules of every role of the identity. Roles
// can only restrict: deny lists are unioned, every allow list must be satisfied, the lowest limit wins.
import { databaseTailRead } from "./authority-spellings.js";
import { comparedSource, deniedUriReadings, deniedUriSources } from "./denied-uri-readings.js";
import { fileSpellings } from "./file-spellings.js";
import { deniedByShortName, writesShortName } from "./short-names.js";
import { SensitiveResources, type ServerPlaces } from "../integrity/sensitive.js";
import type { SpendRules } from "../spend/spend.js";
import { foldCase } from "./case-fold.js";
import { comparedName } from "./normalize.js";
import { compilePattern, matchesAny, type Pattern } from "./patterns.js";

export interface PermissionRules {
  allowed_tools?: string[] | undefined;
  denied_tools: string[];
  allowed_resources?: string[] | undefined;
  denied_resources: string[];
  allowed_prompts?: string[] | undefined;
  denied_prompts: string[];
  /**
   * More allow lists that must all be met too. A merged config (base + personal) keeps both lists here
   * instead of intersecting pattern strings, so the intersection is exactly what both allow.
   */
  also_allowed?: { tools?: string[][]; resources?: string[][]; prompts?: string[][] } | undefined;
}

export interface Limits {
  requests_per_minute?: number | undefined;
  requests_per_hour?: number | undefined;
}

export interface RateLimitRules extends Limits {
  tool_limits: Record<string, Limits>;
  method_limits: Record<string, Limits>;
}

export interface IntegrityRules {
  /** Trust on first use, per kind: tools, prompts, resources, resource templates and instructions. */
  pin: "enforce" | "warn" | "off";
  /** What to do with a definition that scores as poisoned. */
  poisoned: "warn" | "withhold" | "block_server";
  poison_threshold: number;
  hidden_characters: "strip" | "flag" | "block";
  result_injection: "warn" | "block" | "off";
  sensitive_resources: "block" | "warn" | "off";
  extra_sensitive_resources: string[];
  /** How long after its first page a first listing's pages are trusted on first use (tool-integrity.ts). */
  first_listing_seconds: number;
}

export const DEFAULT_INTEGRITY: IntegrityRules = {
  pin: "enforce",
  poisoned: "withhold",
  poison_threshold: 4,
  hidden_characters: "strip",
  result_injection: "warn",
  sensitive_resources: "block",
  extra_sensitive_resources: [],
  first_listing_seconds: 30,
};

export interface ServerPolicy {
  permissions: PermissionRules;
  rate_limit: RateLimitRules;
  sampling: { enabled: boolean; max_tokens?: number | undefined; rate_limit?: number | undefined };
  elicitation: { enabled: boolean; rate_limit?: number | undefined };
  integrity?: IntegrityRules | undefined;
  spend?: SpendRules | undefined;
}

export interface RolePolicy {
  permissions: PermissionRules;
  rate_limit: RateLimitRules;
}

export interface Rule {
  deny: Pattern[];
  /** The deny patterns were compiled to ignore case and match the value case-folded (resources). */
  denyIgnoresCase?: boolean;
  /** Each list must allow the value; none means no allow-list applies. */
  allow: Pattern[][];
}

export type RuleDecision = "allowed" | "denied" | "not_allowed";

export function decide(rule: Rule, value: string): RuleDecision {
  // A denied "dir/**" covers dir itself: reading a folder hands over what it holds (canonical values
  // carry no trailing slash, so "file:///data/private/" arrives as "file:///data/private").
  const denied = rule.denyIgnoresCase ? foldCase(value) : value;
  if (matchesAny(rule.deny, denied) || matchesAny(rule.deny, `${denied}/`)) return "denied";
  if (rule.denyIgnoresCase && deniedAsResource(rule.deny, denied)) return "denied";
  if (rule.denyIgnoresCase && deniedAsFile(rule.deny, denied)) return "denied";
  // A database read is allowed only if the table its server reads from the path's tail is allowed too.
  const tail = rule.denyIgnoresCase ? databaseTailRead(value) : undefined;
  const reads = tail === undefined ? [value] : [value, tail];
  return rule.allow.every((list) => reads.every((read) => matchesAny(list, read)))
    ? "allowed"
    : "not_allowed";
}

/** A case-folded file URI denied under another name its file system gives it (file-spellings, short-names). */
function deniedAsFile(deny: readonly Pattern[], value: string): boolean {
  const spellings = fileSpellings(value);
  if (spellings.some((other) => matchesAny(deny, other) || matchesAny(deny, `${other}/`))) return true;
  return [value, ...spellings].some((name) => writesShortName(name) && deniedByShortName(deny, name));
}

/**
 * A denied resource URI is also denied with a query, a fragment or a trailing slash added: the fragment never
 * reaches a web server, a query names the same resource with parameters, and most servers answer ".../x/"
 * as ".../x" (file URIs already arrive without them). A web URL is also denied in the other readings its
 * site may make of it (web-spellings.ts), a URI of another scheme with an authority under the other spellings
 * of that authority (authority-spellings.ts). Deny only: an allow list keeps matching exactly.
 */
function deniedAsResource(deny: readonly Pattern[], value: string): boolean {
  return deniedUriReadings(value, deny).some(
    (reading) => reading !== value && (matchesAny(deny, reading) || matchesAny(deny, `${reading}/`)),
  );
}

export interface EffectivePolicy {
  tools: Rule;
  resources: Rule;
  prompts: Rule;
  limits: { server: Limits; tools: Map<string, Limits>; methods: Map<string, Limits> };
  sampling: ServerPolicy["sampling"];
  elicitation: ServerPolicy["elicitation"];
  integrity: IntegrityRules & { sensitive: SensitiveResources };
  spend: SpendRules | undefined;
}

function rule(
  sources: PermissionRules[],
  allowed: "allowed_tools" | "allowed_resources" | "allowed_prompts",
  denied: "denied_tools" | "denied_resources" | "denied_prompts",
): Rule {
  const also =
    allowed === "allowed_tools" ? "tools" : allowed === "allowed_resources" ? "resources" : "prompts";
  // A denied resource stays denied in any letter case: `file:///home/me/Private/x` opens
  // `file:///home/me/private/x` on macOS and Windows. (Tool and prompt names are handled as case variants.)
  const resources = also === "resources";
  const compiled = (list: "deny" | "allow") => (source: string) =>
    compilePattern(
      comparedSource(source, resources, list),
      list === "deny" && resources,
      resources ? "paths" : "names",
    );
  // A denied page of a site is denied under each scheme the site answers it with (web-spellings.ts), a
  // database's resource under each spelling of its authority (authority-spellings.ts).
  const deniedResource = (source: string) =>
    deniedUriSources(source).map((twin) => compilePattern(twin, true));
  return {
    deny: sources
      .flatMap((s) => s[denied])
      .flatMap(resources ? deniedResource : (s) => [compiled("deny")(s)]),
    denyIgnoresCase: resources,
    allow: sources.flatMap((s) => {
      const own = s[allowed];
      return [...(own ? [own] : []), ...(s.also_allowed?.[also] ?? [])].map((list) =>
        list.map(compiled("allow")),
      );
    }),
  };
}

const lowest = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

function mergeLimits(a: Limits, b: Limits): Limits {
  return {
    requests_per_minute: lowest(a.requests_per_minute, b.requests_per_minute),
    requests_per_hour: lowest(a.requests_per_hour, b.requests_per_hour),
  };
}

/** `key` gives the form a name is looked up in: two entries for one name merge, and the lowest limit wins. */
function mergeKeyed(all: Record<string, Limits>[], key: (name: string) => string): Map<string, Limits> {
  const merged = new Map<string, Limits>();
  for (const limits of all)
    for (const [name, value] of Object.entries(limits))
      merged.set(key(name), mergeLimits(merged.get(key(name)) ?? {}, value));
  return merged;
}

/**
 * The spend rules keyed by tool names as the spend check looks them up (comparedName), so that they and the
 * permissions agree on which tool a rule names. The config refuses two entries that name one tool.
 */
function comparedSpend(spend: SpendRules | undefined): SpendRules | undefined {
  if (!spend) return undefined;
  const tools = Object.entries(spend.tools).map(([name, cost]) => [comparedName(name), cost] as const);
  return {
    ...spend,
    tools: Object.fromEntries(tools),
    require_approval: spend.require_approval.map(comparedName),
  };
}

/**
 * `roles` lists the identity's role names; names without a definition (`default`, an OS user's: the config
 * refuses any other) add nothing. `places` says where the server resolves relative paths (see
 * SensitiveResources).
 */
export function effectivePolicy(
  server: ServerPolicy,
  roles: readonly string[],
  definitions: Record<string, RolePolicy>,
  places?: ServerPlaces,
): EffectivePolicy {
  // Own entries only: a role named `constructor` or `toString` (a token's claim) would find Object's methods.
  const defined = roles.filter((r) => Object.hasOwn(definitions, r)).map((r) => definitions[r] as RolePolicy);
  const permissions = [server.permissions, ...defined.map((r) => r.permissions)];
  const limits = [server.rate_limit, ...defined.map((r) => r.rate_limit)];
  return {
    tools: rule(permissions, "allowed_tools", "denied_tools"),
    resources: rule(permissions, "allowed_resources", "denied_resources"),
    prompts: rule(permissions, "allowed_prompts", "denied_prompts"),
    limits: {
      server: limits.reduce<Limits>((acc, l) => mergeLimits(acc, l), {}),
      tools: mergeKeyed(
        limits.map((l) => l.tool_limits),
        comparedName,
      ),
      methods: mergeKeyed(
        limits.map((l) => l.method_limits),
        (method) => method,
      ),
    },
    sampling: server.sampling,
    elicitation: server.elicitation,
    spend: comparedSpend(server.spend),
    integrity: {
      ...(server.integrity ?? DEFAULT_INTEGRITY),
      sensitive: new SensitiveResources(server.integrity?.extra_sensitive_resources ?? [], places),
    },
  };
}
