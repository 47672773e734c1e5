// Tokens from `mcp-guard auth login`, kept owner-only in <home>/tokens, and the OAuth exchanges that create
// and refresh them (Authorization Code with PKCE, RFC 7636; refresh, RFC 6749 §6).
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { OAuthConfig } from "@mcp-guard/config";
import { discover } from "./oauth-verifier.js";

export interface StoredTokens {
  access_token: string;
  refresh_token?: string | undefined;
  id_token?: string | undefined;
  token_type?: string | undefined;
  scope?: string | undefined;
  /** Epoch ms. */
  expires_at: number;
}

export class TokenStore {
  constructor(private readonly dir: string) {}

  private file(name: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`invalid token name "${name}"`);
    return join(this.dir, `${name}.json`);
  }

  read(name = "default"): StoredTokens | undefined {
    try {
      return JSON.parse(readFileSync(this.file(name), "utf8")) as StoredTokens;
    } catch {
      return undefined;
    }
  }

  write(tokens: StoredTokens, name = "default"): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    const file = this.file(name);
    writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }

  remove(name = "default"): boolean {
    const file = this.file(name);
    try {
      rmSync(file);
      return true;
    } catch {
      return false;
    }
  }
}

export interface Endpoints {
  authorization_endpoint: string;
  token_endpoint: string;
}

export async function endpoints(config: OAuthConfig): Promise<Endpoints> {
  const document = await discover(config.issuer);
  const { authorization_endpoint, token_endpoint } = document;
  if (typeof authorization_endpoint !== "string" || typeof token_endpoint !== "string") {
    throw new Error("the issuer's discovery document lacks authorization_endpoint or token_endpoint");
  }
  return { authorization_endpoint, token_endpoint };
}

/** A token request; the client authenticates with client_secret_post when it has a secret (else public). */
export async function tokenRequest(
  config: OAuthConfig,
  tokenEndpoint: string,
  form: Record<string, string>,
): Promise<StoredTokens> {
  const body = new URLSearchParams({ ...form, client_id: config.client_id });
  if (config.client_secret) body.set("client_secret", config.client_secret);
  const response = await fetch(tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof json.access_token !== "string") {
    const why =
      typeof json.error === "string"
        ? `${json.error}${json.error_description ? `: ${String(json.error_description)}` : ""}`
        : `HTTP ${response.status}`;
    throw new Error(`the token endpoint refused the request (${why})`);
  }
  const expiresIn = typeof json.expires_in === "number" ? json.expires_in : 3600;
  return {
    access_token: json.access_token,
    refresh_token:
      typeof json.refresh_token === "string" ? json.refresh_token : (form.refresh_token ?? undefined),
    id_token: typeof json.id_token === "string" ? json.id_token : undefined,
    token_type: typeof json.token_type === "string" ? json.token_type : undefined,
    scope: typeof json.scope === "string" ? json.scope : undefined,
    expires_at: Date.now() + expiresIn * 1000,
  };
}

export async function refresh(config: OAuthConfig, tokens: StoredTokens): Promise<StoredTokens> {
  if (!tokens.refresh_token) throw new Error("there is no refresh token; run mcp-guard auth login");
  const { token_endpoint } = await endpoints(config);
  return tokenRequest(config, token_endpoint, {
    grant_type: "refresh_token",
    refresh_token: tokens.refresh_token,
  });
}
