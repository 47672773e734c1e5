// Validating the bearer token a bridge presents: a JWT signed by the configured issuer with one of the
// pinned algorithms, for our audience, not expired (within the clock tolerance). Its claims give roles.
// jose is loaded on the first token, so a daemon without OAuth never holds it.
import type { OAuthConfig } from "@mcp-guard/config";
import type { AuthState, Identity } from "@mcp-guard/core";
import type { errors as JoseErrors, JWTHeaderParameters, JWTPayload } from "jose";
import { DEFAULT_JWKS_CACHE_MAX_SECONDS, IssuerKeys } from "./issuer-keys.js";
import { claimValues } from "./oauth-claims.js";

const DISCOVERY_TIMEOUT_MS = 5000;

/**
 * Who a session without a valid token is, in the audit: `anonymous:oauth`. Not `oauth:anonymous`, which a
 * token whose subject is "anonymous" (a guest or service account) proves: a token's identity always reads
 * `oauth:<sub>`, so no subject can pass for the sessions that proved nothing, nor they for it.
 */
export function withoutToken(uid: number): Identity {
  return { method: "anonymous", user: "oauth", uid, roles: [] };
}

export class OAuthVerifier {
  private jwks: IssuerKeys | undefined;

  /** `now`: the clock the key set's freshness is read by (tests step it instead of sleeping). */
  constructor(
    private readonly config: OAuthConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * `resource`: with no audience configured, a URL taken as an audience beside the client id (the HTTP
   * front door's advertised resource, http-credentials.ts).
   */
  async verify(
    token: string,
    uid: number,
    resource?: string,
  ): Promise<{ identity: Identity; auth: AuthState }> {
    const anonymous = withoutToken(uid);
    const jose = await import("jose");
    const { errors, jwtVerify } = jose;
    let payload: JWTPayload;
    let header: JWTHeaderParameters;
    try {
      ({ payload, protectedHeader: header } = await jwtVerify(token, (await this.keys(jose)).resolve, {
        issuer: this.config.issuer,
        audience: this.audiences(resource),
        algorithms: this.config.algorithms,
        clockTolerance: this.config.clock_tolerance_seconds,
        requiredClaims: ["sub", "exp"],
      }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) {
        return {
          identity: anonymous,
          auth: {
            ok: false,
            reason: "auth_expired",
            detail: "the token has expired; run mcp-guard auth login",
          },
        };
      }
      return {
        identity: anonymous,
        auth: { ok: false, reason: "auth_invalid", detail: describe(err, errors) },
      };
    }
    const notAccess =
      notAnAccessToken(header, payload, this.config.clock_tolerance_seconds) ??
      (this.config.audience === undefined && !forResource(payload, resource)
        ? unmarkedForTheClient(header, payload)
        : undefined);
    if (notAccess !== undefined)
      return { identity: anonymous, auth: { ok: false, reason: "auth_invalid", detail: notAccess } };
    // The subject names the identity that owns sessions and rate limits: a list or an object would be
    // written as text ("alice" for ["alice"]; one "[object Object]" for every object), so only a string is.
    if (typeof payload.sub !== "string" || payload.sub.length === 0) {
      return {
        identity: anonymous,
        auth: {
          ok: false,
          reason: "auth_invalid",
          detail: 'the token\'s "sub" claim is not a non-empty string',
        },
      };
    }
    const roles = this.roles(payload);
    // The session holds the token as long as the door would take it: to exp plus the clock tolerance. Read
    // without the tolerance, a token the door had just taken opened a session that refused its every message.
    const acceptedUntil = (payload.exp ?? 0) + this.config.clock_tolerance_seconds;
    const identity: Identity = {
      method: "oauth",
      user: payload.sub,
      uid,
      roles,
      expiresAt: acceptedUntil * 1000,
    };
    if (roles.length === 0) {
      return {
        identity,
        auth: {
          ok: false,
          reason: "auth_invalid",
          detail: `the token's "${this.config.claims_to_roles.claim_name}" claim maps to no role`,
        },
      };
    }
    return { identity, auth: { ok: true } };
  }

  private audiences(resource: string | undefined): string | string[] {
    if (this.config.audience !== undefined) return slashForms(this.config.audience);
    if (resource === undefined) return this.config.client_id;
    return [this.config.client_id, ...[slashForms(resource)].flat()];
  }

  private roles(payload: JWTPayload): string[] {
    const { claim_name, mapping } = this.config.claims_to_roles;
    const values = claimValues(payload, claim_name);
    // Only the mapping's own entries: a claim value such as "constructor" or "__proto__" would otherwise
    // read a member of Object.prototype and count as a role (users can name their own groups in many IdPs).
    const rolesOf = (value: string): string[] =>
      Object.hasOwn(mapping, value) ? (mapping[value] ?? []) : [];
    return [...new Set(values.flatMap(rolesOf))];
  }

  /** The issuer's keys, kept as its Cache-Control says within `jwks_cache_max_seconds` (issuer-keys.ts). */
  private async keys(jose: typeof import("jose")): Promise<IssuerKeys> {
    if (!this.jwks) {
      const uri = this.config.jwks_uri ?? (await discoverJwksUri(this.config.issuer));
      const maxSeconds = this.config.jwks_cache_max_seconds ?? DEFAULT_JWKS_CACHE_MAX_SECONDS;
      this.jwks = new IssuerKeys(
        new URL(uri),
        maxSeconds * 1000,
        DISCOVERY_TIMEOUT_MS,
        {
          createLocalJWKSet: jose.createLocalJWKSet,
          isNoMatchingKey: (err) => err instanceof jose.errors.JWKSNoMatchingKey,
        },
        this.now,
      );
    }
    return this.jwks;
  }
}

/**
 * An audience that is a URL, with and without its trailing slash: the protected resource metadata advertises
 * `daemon.http.resource` without it (front-door.ts), and a client asks the issuer for a token for what the
 * metadata names, so `https://guard.example/mcp/` and `https://guard.example/mcp` are one resource here.
 */
function slashForms(audience: string): string | string[] {
  if (!/^https?:\/\//i.test(audience)) return audience;
  const bare = audience.replace(/\/$/, "");
  return [bare, `${bare}/`];
}

/**
 * Whether the token names `resource` among its audiences: an ID token's audience is the client id, never a
 * resource server's URL, so such a token needs no other mark of an access token.
 */
function forResource(payload: JWTPayload, resource: string | undefined): boolean {
  if (resource === undefined) return false;
  const forms = [slashForms(resource)].flat();
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  return audiences.some((aud) => typeof aud === "string" && forms.includes(aud));
}

/** Header types an access token may carry: JWT or none (most issuers), at+jwt (RFC 9068). */
const ACCESS_TOKEN_TYPES = new Set(["jwt", "at+jwt", "application/at+jwt"]);
/** Claims that only an OpenID ID token carries (OpenID Connect Core 1.0, 2 and 3.3.2.11). */
const ID_TOKEN_CLAIMS = ["nonce", "at_hash", "c_hash", "s_hash"] as const;
/**
 * Kinds an issuer may name in the payload's own "typ" claim (Keycloak: "Bearer" for access tokens, "ID",
 * "Logout", "Refresh" for the others): only these are an access token's.
 */
const ACCESS_TOKEN_KINDS = new Set([
  "bearer",
  "access",
  "access_token",
  "jwt",
  "at+jwt",
  "application/at+jwt",
]);

/**
 * Why a token the issuer signed for our audience is still not an access token, or undefined. Without an
 * audience configured it is the client id, which is also the audience of the ID tokens and logout tokens
 * the issuer gives that client: a script or a log holding a user's ID token would otherwise hold a session
 * as that user. And a token issued in the future (beyond the clock tolerance) was minted with a wrong clock
 * or to outlive its expiry's intent; jose reads "iat" only against a maximum age.
 */
function notAnAccessToken(
  header: JWTHeaderParameters,
  payload: JWTPayload,
  toleranceSeconds: number,
): string | undefined {
  // The header is the sender's JSON: a "typ" that is not a string is no access token's either.
  const written: unknown = header.typ;
  const type = typeof written === "string" ? written.toLowerCase() : written;
  if (type !== undefined && (typeof type !== "string" || !ACCESS_TOKEN_TYPES.has(type)))
    return `the token's type is not an access token's (typ ${JSON.stringify(written).slice(0, 40)})`;
  // A security event token (RFC 8417), a back-channel logout token among them, carries its events whatever its
  // header says: the Back-Channel Logout spec only recommends typing it logout+jwt.
  if (payload.events !== undefined)
    return 'the token is a security event token (it has "events"), not an access token';
  const kind: unknown = payload.typ;
  if (kind !== undefined && (typeof kind !== "string" || !ACCESS_TOKEN_KINDS.has(kind.toLowerCase())))
    return `the token's payload names it another kind of token (typ ${JSON.stringify(kind).slice(0, 40)})`;
  if (typeof type !== "string" || !type.endsWith("at+jwt")) {
    const claim = ID_TOKEN_CLAIMS.find((name) => payload[name] !== undefined);
    if (claim !== undefined)
      return `the token is an OpenID ID token (it has "${claim}"), not an access token`;
  }
  if (typeof payload.iat === "number" && payload.iat > Date.now() / 1000 + toleranceSeconds)
    return 'the token\'s "iat" claim is in the future';
  return undefined;
}

/** Claims by which issuers mark an access token: its scopes (RFC 9068, Okta's scp) and the client it was issued to. */
const ACCESS_TOKEN_CLAIMS = ["scope", "scp", "client_id", "cid"] as const;

/**
 * Why a token whose audience is only the client id (no audience configured) is not taken, or undefined.
 * That audience is the ID token's too, and an ID token may carry none of the claims that give it away
 * (nonce and the hashes are optional in some flows): such a token must say it is an access token, by its
 * at+jwt type, its payload's kind, or one of the claims issuers put only in access tokens.
 */
function unmarkedForTheClient(header: JWTHeaderParameters, payload: JWTPayload): string | undefined {
  const type = typeof header.typ === "string" ? header.typ.toLowerCase() : "";
  if (type.endsWith("at+jwt")) return undefined;
  if (typeof payload.typ === "string" && ACCESS_TOKEN_KINDS.has(payload.typ.toLowerCase())) return undefined;
  if (ACCESS_TOKEN_CLAIMS.some((claim) => payload[claim] !== undefined)) return undefined;
  return (
    "the token is for the client id and carries no mark of an access token (no scope, scp, client_id or " +
    "cid claim, no at+jwt type): it may be an ID token. Set oauth.audience to the audience of the issuer's " +
    "access tokens"
  );
}

export async function discover(issuer: string): Promise<Record<string, unknown>> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`OIDC discovery at ${url} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const document = await discover(issuer);
  if (typeof document.jwks_uri !== "string")
    throw new Error(`the issuer's discovery document has no jwks_uri`);
  return document.jwks_uri;
}

/** jose's reason, never the token itself. */
function describe(err: unknown, errors: typeof JoseErrors): string {
  if (err instanceof errors.JWTClaimValidationFailed)
    return `the token's "${err.claim}" claim is not accepted (${err.reason})`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (err instanceof errors.JOSEAlgNotAllowed)
    return "the token is signed with an algorithm that is not allowed";
  if (err instanceof errors.JWKSNoMatchingKey) return "the token is not signed by a key of the issuer";
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid)
    return "the token is not a valid JWT";
  return `the token could not be verified: ${(err as Error).message.replace(/[A-Za-z0-9_-]{20,}/g, "[…]")}`;
}
