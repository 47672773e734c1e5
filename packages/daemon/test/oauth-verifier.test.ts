import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { OAuthVerifier } from "../src/oauth-verifier.js";

const config = (jwks_uri: string) => ({
  issuer: "http://127.0.0.1:1",
  jwks_uri,
  client_id: "c",
  scopes: ["openid"],
  claims_to_roles: { claim_name: "roles", mapping: {} },
  clock_tolerance_seconds: 0,
  algorithms: ["RS256" as const],
  redirect_port: 0,
});

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe("OAuthVerifier", () => {
  it("refuses (never accepts) when the issuer's keys cannot be fetched", async () => {
    const port = await closedPort();
    const verifier = new OAuthVerifier(config(`http://127.0.0.1:${port}/jwks`));
    const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: "k" })).toString("base64url");
    const payload = Buffer.from(
      JSON.stringify({ sub: "x", exp: Math.floor(Date.now() / 1000) + 60 }),
    ).toString("base64url");
    const result = await verifier.verify(`${header}.${payload}.${"A".repeat(43)}`, 1000);
    expect(result.auth).toMatchObject({ ok: false, reason: "auth_invalid" });
    expect(result.identity.roles).toEqual([]);
  });
});

describe("OAuthVerifier: tokens that are not access tokens", () => {
  async function issuer(audience?: string) {
    const { exportJWK, generateKeyPair, SignJWT } = await import("jose");
    const { createServer: createHttpServer } = await import("node:http");
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k", alg: "RS256" };
    const server = createHttpServer((_, res) => res.end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    const verifier = new OAuthVerifier({
      ...config(`http://127.0.0.1:${port}/jwks`),
      clock_tolerance_seconds: 30,
      claims_to_roles: { claim_name: "roles", mapping: { reader: ["reader"] } },
      ...(audience === undefined ? {} : { audience }),
    });
    const mint = (claims: Record<string, unknown>, typ?: unknown, iatAhead = 0) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ sub: "alice", roles: ["reader"], ...claims })
        .setProtectedHeader({ alg: "RS256", kid: "k", ...(typ === undefined ? {} : { typ }) } as never)
        .setIssuer("http://127.0.0.1:1")
        .setAudience("c")
        .setIssuedAt(now + iatAhead)
        .setExpirationTime(now + 600)
        .sign(privateKey);
    };
    return { verifier, mint, close: () => new Promise((r) => server.close(r)) };
  }

  it("refuses ID tokens, other typed tokens and a future iat; takes access tokens", async () => {
    const { verifier, mint, close } = await issuer();
    const outcome = async (token: Promise<string>) => (await verifier.verify(await token, 1000)).auth;
    try {
      for (const token of [
        mint({ nonce: "n" }),
        mint({ at_hash: "h" }),
        mint({ c_hash: "h" }, "JWT"),
        mint({ events: {} }, "logout+jwt"),
        mint({}, "id_token"),
        mint({}, 5),
        mint({}, undefined, 120),
      ])
        expect(await outcome(token)).toMatchObject({ ok: false, reason: "auth_invalid" });
      for (const token of [
        mint({ scope: "read" }),
        mint({ scp: ["read"] }, "JWT"),
        mint({ nonce: "n" }, "at+jwt"),
        mint({}, "application/at+JWT"),
        mint({ client_id: "c" }, undefined, 20),
        mint({ cid: "c" }),
        mint({ typ: "Bearer" }),
      ])
        expect(await outcome(token)).toEqual({ ok: true });
    } finally {
      await close();
    }
  });

  it("without a configured audience, refuses a token for the client that says nothing of an access token", async () => {
    // An ID token needs none of nonce, at_hash, c_hash or s_hash in every flow: its audience is the client id.
    const fallback = await issuer();
    const configured = await issuer("c");
    try {
      for (const typ of [undefined, "JWT"]) {
        const refused = await fallback.verifier.verify(await fallback.mint({}, typ), 1000);
        expect(refused.auth).toMatchObject({ ok: false, reason: "auth_invalid" });
        expect(refused.auth.ok === false && refused.auth.detail).toMatch(/oauth\.audience/);
        const taken = await configured.verifier.verify(await configured.mint({}, typ), 1000);
        expect(taken.auth).toEqual({ ok: true });
      }
    } finally {
      await fallback.close();
      await configured.close();
    }
  });
});
