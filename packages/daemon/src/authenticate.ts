// Who is on the other end of a connection: decided once, at the handshake, from the kernel's peer
// credentials and the credential the bridge presented. A failure does not drop the connection: the session
// answers every message with the specific reason, so the user sees it in their client, and nothing is ever
// forwarded.
import { userInfo } from "node:os";
import type { AuthConfig } from "@mcp-guard/config";
import { ApiKeys, type AuthState, type Identity } from "@mcp-guard/core";

export interface Authenticated {
  identity: Identity;
  auth: AuthState;
}

export class Authenticator {
  private readonly apiKeys: ApiKeys;

  constructor(private readonly config: AuthConfig) {
    this.apiKeys = new ApiKeys(config.api_keys);
  }

  authenticate(uid: number, credentials: unknown): Authenticated {
    const presented = (credentials as { api_key?: unknown } | undefined)?.api_key;
    if (this.config.mode === "os") {
      const user = userInfo().username;
      // As in m0lz.03: a role named like the user applies to that user, else the role "default".
      const roles = this.config.roles[user] ? [user] : ["default"];
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
    return { identity: { method: "api_key", user: key.name, uid, roles: key.roles }, auth: { ok: true } };
  }
}
