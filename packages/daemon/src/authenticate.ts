// Who is on the other end of a connection: decided once, at the handshake, from the kernel's peer
// credentials and the credential the bridge presented. A failure does not drop the connection: the session
// answers every message with the specific reason, so the user sees it in their client, and nothing is ever
// forwarded.
import { userInfo } from "node:os";
import type { AuthConfig } from "@mcp-guard/config";
import { ApiKeys, type AuthState, type Identity } from "@mcp-guard/core";
import { keyDigestOf } from "./key-digest.js";
import { OAuthVerifier, withoutToken } from "./oauth-verifier.js";
import { refresh, type TokenStore } from "./oauth-tokens.js";
import { WithheldKeys } from "./withheld-keys.js";

type OAuthConfig = NonNullable<AuthConfig["oauth"]>;

export interface Authenticated {
  identity: Identity;
  auth: AuthState;
}

export class Authenticator {
  private readonly apiKeys: ApiKeys;
  private readonly oauth: OAuthVerifier | undefined;

  /** `daemonKey` keys the digest an API key's counts follow (Identity.keyDigest). */
  constructor(
    private readonly config: AuthConfig,
    private readonly tokens: TokenStore,
    private readonly daemonKey: () => string,
    private readonly withheld: WithheldKeys = WithheldKeys.none,
  ) {
    this.apiKeys = new ApiKeys(config.api_keys);
    this.oauth = config.oauth && new OAuthVerifier(config.oauth);
  }

  async authenticate(uid: number, credentials: unknown): Promise<Authenticated> {
    const { api_key: presented, bearer_token: token } = (credentials ?? {}) as {
      api_key?: unknown;
      bearer_token?: unknown;
    };
    if (this.config.mode === "oauth") {
      if (typeof token !== "string" || token.length === 0) {
        return {
          identity: withoutToken(uid),
          auth: {
            ok: false,
            reason: "auth_required",
            detail: "this daemon requires a token: run mcp-guard auth login (or set MCP_GUARD_TOKEN)",
          },
        };
      }
      const verifier = this.oauth;
      const oauth = this.config.oauth;
      if (verifier === undefined || oauth === undefined)
        throw new Error("auth mode is oauth but the auth configuration has no oauth section");
      const result = await verifier.verify(token, uid);
      if (!result.auth.ok && result.auth.reason === "auth_expired")
        return (await this.refreshed(verifier, oauth, token, uid)) ?? result;
      return result;
    }
    if (this.config.mode === "os") {
      const user = userInfo().username;
      // As in m0lz.03: a role named like the user applies to that user, else the role "default".
      // Own entries only: a user named `constructor` has no role of that name.
      const roles = Object.hasOwn(this.config.roles, user) ? [user] : ["default"];
      return { identity: { method: "os", user, uid, roles }, auth: { ok: true } };
    }
    const anonymous: Identity = { method: "api_key", user: "anonymous", uid, roles: [] };
    if (typeof presented !== "string" || presented.length === 0) {
      return {
        identity: anonymous,
        auth: {
          ok: false,
          reason: "auth_required",
          detail:
            "this daemon requires an API key: set MCP_GUARD_API_KEY (or MCP_GUARD_API_KEY_FILE) in the environment of mcp-guard connect",
        },
      };
    }
    const key = this.apiKeys.verify(presented);
    if (!key)
      return {
        identity: anonymous,
        auth: { ok: false, reason: "auth_invalid", detail: "the API key is not recognised" },
      };
    if (this.withheld.has(key.credential))
      return {
        identity: anonymous,
        auth: { ok: false, reason: "auth_invalid", detail: this.withheld.refusal() },
      };
    const keyDigest = keyDigestOf(key.credential, this.daemonKey());
    return {
      identity: { method: "api_key", user: key.name, uid, roles: key.roles, keyDigest },
      auth: { ok: true },
    };
  }

  /**
   * An expired token that is the one `auth login` stored is refreshed here, with the stored refresh token,
   * so users do not have to log in again each time it expires. Any failure keeps the "expired" answer.
   */
  private async refreshed(
    verifier: OAuthVerifier,
    oauth: OAuthConfig,
    token: string,
    uid: number,
  ): Promise<Authenticated | undefined> {
    const stored = this.tokens.read();
    if (!stored || stored.access_token !== token || !stored.refresh_token) return undefined;
    try {
      const fresh = await refresh(oauth, stored);
      this.tokens.write(fresh);
      return await verifier.verify(fresh.access_token, uid);
    } catch {
      return undefined;
    }
  }
}
