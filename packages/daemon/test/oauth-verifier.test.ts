import type { webcrypto } from "node:crypto";
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

// Round 15, attempts that held: header tricks on the bearer token. A key the token brings with it (an
// embedded `jwk`, a `jku` or `x5u` URL) is never used, only the issuer's JWKS; a `kid` naming a path or no
// key finds none; an unknown critical header is refused rather than ignored; an issuer spelled with a
// trailing slash is another issuer; a huge token is refused without verifying. Negative: the same
// claims signed by the issuer, with ordinary headers, are taken.
describe("OAuthVerifier: header tricks", () => {
  it("takes no key from the token, no unknown critical header, no other issuer spelling", async () => {
    const { exportJWK, generateKeyPair, SignJWT } = await import("jose");
    const { createServer: createHttpServer } = await import("node:http");
    const issuerKeys = await generateKeyPair("RS256");
    const attacker = await generateKeyPair("RS256");
    const attackerJwk = { ...(await exportJWK(attacker.publicKey)), kid: "k", alg: "RS256" };
    const jwk = { ...(await exportJWK(issuerKeys.publicKey)), kid: "k", alg: "RS256" };
    const serve = async (keys: object[]) => {
      const server = createHttpServer((_, res) => res.end(JSON.stringify({ keys })));
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks` };
    };
    const real = await serve([jwk]);
    const theirs = await serve([attackerJwk]);
    const verifier = new OAuthVerifier({
      ...config(real.url),
      audience: "aud",
      claims_to_roles: { claim_name: "roles", mapping: { reader: ["reader"] } },
    });
    const now = Math.floor(Date.now() / 1000);
    const mint = (header: Record<string, unknown>, key = issuerKeys.privateKey, iss = "http://127.0.0.1:1") =>
      new SignJWT({ sub: "mallory", roles: ["reader"], scope: "read" })
        .setProtectedHeader({ alg: "RS256", kid: "k", ...header } as never)
        .setIssuer(iss)
        .setAudience("aud")
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(key);
    // jose will not sign a header it does not understand itself: signed here by hand, with the issuer's key.
    const signedByHand = async (header: Record<string, unknown>) => {
      const part = (v: object) => Buffer.from(JSON.stringify(v)).toString("base64url");
      const claims = {
        sub: "mallory",
        roles: ["reader"],
        scope: "read",
        iss: "http://127.0.0.1:1",
        aud: "aud",
        iat: now,
        exp: now + 600,
      };
      const input = `${part({ alg: "RS256", kid: "k", ...header })}.${part(claims)}`;
      const signature = await crypto.subtle.sign(
        "RSASSA-PKCS1-v1_5",
        issuerKeys.privateKey as webcrypto.CryptoKey,
        new TextEncoder().encode(input),
      );
      return `${input}.${Buffer.from(signature).toString("base64url")}`;
    };
    try {
      expect((await verifier.verify(await signedByHand({}), 1000)).auth).toEqual({ ok: true });
      const refused = {
        "an embedded jwk of the signer's own key": await mint({ jwk: attackerJwk }, attacker.privateKey),
        "a jku naming the signer's JWKS": await mint({ jku: theirs.url }, attacker.privateKey),
        "an x5u naming the signer's keys": await mint({ x5u: theirs.url }, attacker.privateKey),
        "a kid naming a path": await mint({ kid: "../../../dev/null" }, attacker.privateKey),
        "an unknown critical header": await signedByHand({
          crit: ["mcp-guard-ignore-me"],
          "mcp-guard-ignore-me": 1,
        }),
        "b64 false": await signedByHand({ crit: ["b64"], b64: false }),
        "the issuer with a trailing slash": await mint({}, issuerKeys.privateKey, "http://127.0.0.1:1/"),
        "a huge token": `${(await mint({})).split(".")[0]}.${"A".repeat(1_000_000)}.AAAA`,
      };
      const taken: string[] = [];
      for (const [what, token] of Object.entries(refused))
        if ((await verifier.verify(token, 1000)).auth.ok) taken.push(what);
      expect(taken).toEqual([]);
      expect((await verifier.verify(await mint({}), 1000)).auth).toEqual({ ok: true });
    } finally {
      await new Promise((r) => real.server.close(r));
      await new Promise((r) => theirs.server.close(r));
    }
  });
});
