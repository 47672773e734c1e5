// mcp-guard auth login | status | logout: OAuth 2.1 Authorization Code with PKCE and a loopback redirect
// (RFC 8252). Tokens are stored owner-only in <home>/tokens, where the bridge finds them.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { OAuthConfig } from "@mcp-guard/config";
import { endpoints, refresh, tokenRequest, TokenStore, type StoredTokens } from "@mcp-guard/daemon";
import { CliError } from "../cli-error.js";
import { openBrowser } from "../open-browser.js";
import { loadConfigOrFail, type CommonOptions } from "../context.js";

export interface LoginOptions extends CommonOptions {
  browser?: boolean;
  timeout?: string;
}

const base64url = (bytes: Buffer) => bytes.toString("base64url");

async function oauthSettings(options: CommonOptions): Promise<{ oauth: OAuthConfig; store: TokenStore }> {
  const { config, paths } = await loadConfigOrFail(options);
  if (config.auth.mode !== "oauth" || !config.auth.oauth)
    throw new CliError("OAuth is not configured (set auth.mode: oauth and an auth.oauth section)");
  return { oauth: config.auth.oauth, store: new TokenStore(paths.tokens) };
}

export async function login(options: LoginOptions): Promise<void> {
  const { oauth, store } = await oauthSettings(options);
  const { authorization_endpoint, token_endpoint } = await endpoints(oauth).catch((err: Error) => {
    throw new CliError(`cannot reach the issuer ${oauth.issuer}: ${err.message}`);
  });
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const server = createServer();
  await new Promise<void>((resolve, reject) =>
    server.once("error", reject).listen(oauth.redirect_port, "127.0.0.1", resolve),
  );
  const redirectUri = `http://127.0.0.1:${(server.address() as { port: number }).port}/callback`;
  try {
    const url = new URL(authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: "code",
      client_id: oauth.client_id,
      redirect_uri: redirectUri,
      scope: oauth.scopes.join(" "),
      state,
      code_challenge: base64url(createHash("sha256").update(verifier).digest()),
      code_challenge_method: "S256",
    }).toString();
    process.stderr.write(`Open this address in a browser to log in:\n  ${url.href}\n`);
    if (options.browser !== false) openBrowser(url.href);
    const timeoutMs = Number(options.timeout ?? 120) * 1000;
    const code = await callback(server, state, timeoutMs);
    const tokens = await tokenRequest(oauth, token_endpoint, {
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }).catch((err: Error) => {
      throw new CliError(err.message);
    });
    store.write(tokens);
    process.stdout.write(`logged in${describe(tokens)}\n`);
  } finally {
    server.close();
  }
}

/** Resolves with the authorization code once the browser comes back with the right state. */
function callback(server: Server, state: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new CliError(`no login within ${timeoutMs / 1000} s`)), timeoutMs);
    server.on("request", (req, res) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname !== "/callback") {
        res.writeHead(404).end();
        return;
      }
      const page = (status: number, text: string) =>
        res
          .writeHead(status, { "content-type": "text/html; charset=utf-8" })
          .end(`<!doctype html><title>mcp-guard</title><p>${text}</p>`);
      const error = url.searchParams.get("error");
      const code = url.searchParams.get("code");
      if (url.searchParams.get("state") !== state) {
        page(400, "This login response does not belong to the login in progress.");
        return; // keep waiting for the real one
      }
      clearTimeout(timer);
      if (error || !code) {
        page(400, "Login failed. You can close this window.");
        reject(
          new CliError(
            `the issuer refused the login: ${error ?? "no code"} ${url.searchParams.get("error_description") ?? ""}`.trim(),
          ),
        );
        return;
      }
      page(200, "Logged in to mcp-guard. You can close this window.");
      resolve(code);
    });
  });
}

/** What the token says about itself (decoded, not verified: the daemon verifies it on every connection). */
function describe(tokens: StoredTokens): string {
  let subject = "";
  try {
    const payload = JSON.parse(
      Buffer.from(tokens.access_token.split(".")[1] ?? "", "base64url").toString("utf8"),
    ) as { sub?: unknown };
    if (typeof payload.sub === "string") subject = ` as ${payload.sub}`;
  } catch {
    /* an opaque token: nothing to show */
  }
  return `${subject}; token valid until ${new Date(tokens.expires_at).toISOString()}${tokens.scope ? `; scope ${tokens.scope}` : ""}`;
}

export async function status(options: CommonOptions): Promise<number> {
  const { oauth, store } = await oauthSettings(options);
  let tokens = store.read();
  if (!tokens) {
    process.stdout.write("not logged in (run: mcp-guard auth login)\n");
    return 1;
  }
  if (tokens.expires_at <= Date.now() && tokens.refresh_token) {
    tokens = await refresh(oauth, tokens).catch((err: Error) => {
      throw new CliError(`the token expired and could not be refreshed: ${err.message}`);
    });
    store.write(tokens);
    process.stdout.write("the token had expired and was refreshed\n");
  }
  const valid = tokens.expires_at > Date.now();
  process.stdout.write(`${valid ? "logged in" : "expired"}${describe(tokens)}\n`);
  return valid ? 0 : 1;
}

export async function logout(options: CommonOptions): Promise<void> {
  const { store } = await oauthSettings(options);
  process.stdout.write(store.remove() ? "logged out; the stored tokens are deleted\n" : "not logged in\n");
}
