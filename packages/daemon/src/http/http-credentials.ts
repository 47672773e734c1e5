// Who sends an HTTP request: an OAuth 2.1 bearer token (we are the resource server: the token must be issued
// by the configured issuer for this endpoint's audience), or an API key in the X-API-Key header; both give
// the roles that already exist. Checked on every request, not only the first of a session. Nothing here is
// ever forwarded upstream: the session receives only the JSON-RPC body.
import type { IncomingHttpHeaders } from "node:http";
import type { AuthConfig, HttpFrontConfig } from "@mcp-guard/config";
import { ApiKeys, type Identity } from "@mcp-guard/core";
import { keyDigestOf } from "../key-digest.js";
import { OAuthVerifier } from "../oauth-verifier.js";
import { WithheldKeys } from "../withheld-keys.js";
import { advertisedResource } from "./advertised-resource.js";
import { hostRefusal } from "./listener-guard.js";

export type HttpAuthOutcome =
  /** credential: which of the identity's credentials was presented, where one name can have several. */
  | { ok: true; identity: Identity; credential?: string }
  /**
   * error is the RFC 6750 code when there is one (invalid_token), else "unauthorized"; audit, the audit's
   * reason where it says more than the answer's.
   */
  | { ok: false; error: "invalid_token" | "unauthorized"; description: string; audit?: string };

/** HTTP clients have no uid the kernel can vouch for. */
const NO_UID = -1;

export class HttpCredentials {
  private readonly apiKeys: ApiKeys | undefined;
  private readonly oauth: OAuthVerifier | undefined;
  private readonly audienceConfigured: boolean;

  constructor(
    auth: AuthConfig,
    private readonly http: HttpFrontConfig,
    /** Keys the digest an API key's counts follow (Identity.keyDigest). */
    private readonly daemonKey: () => string,
    private readonly withheld: WithheldKeys = WithheldKeys.none,
  ) {
    this.apiKeys = Object.keys(auth.api_keys).length > 0 ? new ApiKeys(auth.api_keys) : undefined;
    this.audienceConfigured = auth.oauth?.audience !== undefined;
    // The audience of tokens for this endpoint is its canonical URL (RFC 8707) when configured.
    this.oauth =
      auth.oauth && new OAuthVerifier({ ...auth.oauth, audience: http.resource ?? auth.oauth.audience });
  }

  /**
   * With no audience configured (neither daemon.http.resource nor oauth.audience) the metadata advertises the
   * endpoint's URL under the request's Host, and an RFC 8707 client gets its token for that URL: it is an
   * audience too, beside the client id. Only for a Host in allowed_hosts, which the front door checked before
   * the credential (and is checked again here, for a session's credential checked on a reload): a client
   * cannot name an audience of its choosing, only this endpoint under one of its own allowed names. The
   * Host's port (as written, or its scheme's default) must be the configured port too: the same host name on
   * another port is another server, whose tokens are not this endpoint's.
   */
  private advertisedAudience(host: string | undefined): string | undefined {
    if (this.http.resource !== undefined || this.audienceConfigured) return undefined;
    if (hostRefusal(host, this.http) !== undefined) return undefined;
    const resource = advertisedResource(this.http, host);
    const url = new URL(resource);
    const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
    return port === this.http.port ? resource : undefined;
  }

  /** True when bearer tokens are accepted: 401s then point at the protected resource metadata. */
  get usesOAuth(): boolean {
    return this.oauth !== undefined;
  }

  /** `distinct`: every value of each header as received (Node keeps only the first Authorization). */
  async authenticate(
    headers: IncomingHttpHeaders,
    distinct: Record<string, string[] | undefined>,
  ): Promise<HttpAuthOutcome> {
    // One credential field, once: with two, a proxy in front and this endpoint could each read another one.
    for (const name of ["authorization", "x-api-key"])
      if ((distinct[name]?.length ?? 0) > 1)
        return refuse("invalid_token", `the request carries more than one ${name} header`);
    const authorization = headers.authorization;
    const apiKey = headers["x-api-key"];
    if (typeof authorization === "string" && authorization.length > 0) {
      const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization.trim())?.[1];
      if (!token) return refuse("invalid_token", "the Authorization header is not a Bearer token");
      if (!this.oauth)
        return refuse("unauthorized", "this endpoint takes no bearer tokens (auth.oauth is not set)");
      const { identity, auth } = await this.oauth.verify(
        token,
        NO_UID,
        this.advertisedAudience(headers.host),
      );
      return auth.ok ? { ok: true, identity } : refuse("invalid_token", auth.detail);
    }
    if (typeof apiKey === "string" && apiKey.length > 0) {
      if (!this.apiKeys)
        return refuse("unauthorized", "this endpoint takes no API keys (auth.api_keys is empty)");
      const key = this.apiKeys.verify(apiKey);
      if (!key) return refuse("unauthorized", "the API key is not recognised");
      if (this.withheld.has(key.credential))
        return {
          ok: false,
          error: "unauthorized",
          description: this.withheld.refusal(),
          audit: "api_key_withheld",
        };
      return {
        ok: true,
        identity: {
          method: "api_key",
          user: key.name,
          uid: NO_UID,
          roles: key.roles,
          keyDigest: keyDigestOf(key.credential, this.daemonKey()),
        },
        credential: key.credential,
      };
    }
    // Anonymous sessions only where nothing could have been presented: any configured credential is required.
    if (this.http.allow_anonymous && !this.oauth && !this.apiKeys) {
      return { ok: true, identity: { method: "anonymous", user: "http", uid: NO_UID, roles: ["default"] } };
    }
    return refuse(
      "unauthorized",
      this.oauth
        ? "a bearer token is required"
        : this.apiKeys
          ? "an API key is required (X-API-Key header)"
          : "no credential is configured for HTTP clients: set auth.api_keys or auth.oauth (or daemon.http.allow_anonymous)",
    );
  }
}

function refuse(error: "invalid_token" | "unauthorized", description: string): HttpAuthOutcome {
  return { ok: false, error, description };
}
