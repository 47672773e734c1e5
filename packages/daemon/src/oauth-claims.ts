// The claim an OAuth access token's roles are read from (auth.oauth.claims_to_roles.claim_name), as issuers
// write it: a list of strings, one string, a scope string, or a member nested in an object.
import type { JWTPayload } from "jose";

/** The claims an access token grants its scopes in, one space-delimited string (RFC 9068 2.2.3; Azure's `scp`). */
const SCOPE_CLAIMS = new Set(["scope", "scp"]);

/**
 * The values of the claim roles are read from: one string or a list of strings; a `scope` or `scp` string as
 * its space-separated scopes (another claim's string is one value: a group may be named "Domain Admins").
 */
export function claimValues(payload: JWTPayload, name: string): string[] {
  const claim = claimAt(payload, name);
  if (typeof claim === "string" && SCOPE_CLAIMS.has(name.slice(name.lastIndexOf(".") + 1)))
    return claim.split(" ").filter((scope) => scope !== "");
  return (Array.isArray(claim) ? claim : [claim]).filter((v): v is string => typeof v === "string");
}

/**
 * A claim by name: the member so named if the payload has one (Auth0's namespaced claims are URLs, dots and
 * all), else a dotted name followed through nested objects, as Keycloak writes `realm_access.roles`. Own
 * members only, so `constructor` or `__proto__` in a path reads nothing.
 */
function claimAt(payload: JWTPayload, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  let at: unknown = payload;
  for (const part of name.split(".")) {
    if (typeof at !== "object" || at === null || Array.isArray(at) || !Object.hasOwn(at, part))
      return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}
