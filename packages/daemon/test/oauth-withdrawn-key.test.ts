// Attack (round 50, found from outside): an issuer withdraws a signing key from its JWKS (leaked, rotated
// out), yet tokens it signed kept verifying for as long as jose's remote key set cached the old set (10
// minutes, whatever the issuer's Cache-Control said). The keys are now kept for the response's max-age within
// `jwks_cache_max_seconds`, and a token whose key is gone from a refetched set is refused. A real issuer on
// loopback serves the set and counts its fetches; the key set's clock is stepped, not slept, so the figures
// hold however loaded the machine is.
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { OAuthVerifier } from "../src/oauth-verifier.js";

interface Issuer {
  url: string;
  /** The kids the set lists now; the test withdraws and adds keys by changing it. */
  listed: Set<string>;
  cacheControl: string | undefined;
  fetches: number;
  mint(kid: string): Promise<string>;
  server: Server;
}

const running: Server[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await new Promise((r) => server.close(r));
});

async function startIssuer(cacheControl: string | undefined): Promise<Issuer> {
  const { exportJWK, generateKeyPair, SignJWT } = await import("jose");
  const pairs = new Map<string, Awaited<ReturnType<typeof generateKeyPair>>>();
  const jwks = new Map<string, object>();
  for (const kid of ["old", "new"]) {
    const pair = await generateKeyPair("RS256");
    pairs.set(kid, pair);
    jwks.set(kid, { ...(await exportJWK(pair.publicKey)), kid, alg: "RS256", use: "sig" });
  }
  const issuer = {
    listed: new Set(["old"]),
    cacheControl,
    fetches: 0,
  } as Issuer;
  const server = createServer((_, res) => {
    issuer.fetches++;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (issuer.cacheControl !== undefined) headers["cache-control"] = issuer.cacheControl;
    res.writeHead(200, headers).end(JSON.stringify({ keys: [...issuer.listed].map((k) => jwks.get(k)) }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  running.push(server);
  issuer.server = server;
  issuer.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`;
  issuer.mint = (kid) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sub: "alice", roles: ["reader"], scope: "read" })
      .setProtectedHeader({ alg: "RS256", kid })
      .setIssuer("http://127.0.0.1:1")
      .setAudience("c")
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(pairs.get(kid)!.privateKey);
  };
  return issuer;
}

/** The key set's clock, frozen between the test's steps: no refetch comes due because a test ran slowly. */
let frozenAt = 0;
const frozenClock = () => frozenAt;

function verifierFor(issuer: Issuer, ceilingSeconds?: number): OAuthVerifier {
  frozenAt = Date.now();
  return new OAuthVerifier(
    {
      issuer: "http://127.0.0.1:1",
      jwks_uri: issuer.url,
      client_id: "c",
      scopes: ["openid"],
      claims_to_roles: { claim_name: "roles", mapping: { reader: ["reader"] } },
      clock_tolerance_seconds: 0,
      algorithms: ["RS256"],
      redirect_port: 0,
      ...(ceilingSeconds === undefined ? {} : { jwks_cache_max_seconds: ceilingSeconds }),
    } as ConstructorParameters<typeof OAuthVerifier>[0],
    frozenClock,
  );
}

describe("a signing key withdrawn from the issuer's JWKS", () => {
  // Before the fix: the withdrawn key verified for jose's 10 minutes, max-age=3 notwithstanding.
  it("stops verifying once the set's Cache-Control max-age has passed", async () => {
    const issuer = await startIssuer("public, max-age=3");
    const verifier = verifierFor(issuer);
    const token = await issuer.mint("old");
    expect((await verifier.verify(token, 1000)).auth).toEqual({ ok: true });
    issuer.listed = new Set(["new"]);
    // Within max-age the set is not asked again (no fetch per token).
    expect((await verifier.verify(token, 1000)).auth).toEqual({ ok: true });
    expect(issuer.fetches).toBe(1);
    frozenAt += 3_300;
    const after = await verifier.verify(token, 1000);
    expect(after.auth).toMatchObject({ ok: false, reason: "auth_invalid" });
    expect(issuer.fetches).toBe(2);
    // The key that replaced it verifies.
    expect((await verifier.verify(await issuer.mint("new"), 1000)).auth).toEqual({ ok: true });
  });

  it("stops verifying after jwks_cache_max_seconds, however long the issuer says to keep the set", async () => {
    const issuer = await startIssuer("max-age=86400");
    const verifier = verifierFor(issuer, 1);
    const token = await issuer.mint("old");
    expect((await verifier.verify(token, 1000)).auth).toEqual({ ok: true });
    issuer.listed = new Set(["new"]);
    frozenAt += 1_300;
    expect((await verifier.verify(token, 1000)).auth).toMatchObject({ ok: false, reason: "auth_invalid" });
  });

  it("asks again at most once a second when the issuer forbids caching, and refuses while it cannot ask", async () => {
    const issuer = await startIssuer("no-store");
    const verifier = verifierFor(issuer);
    const token = await issuer.mint("old");
    for (let i = 0; i < 20; i++) expect((await verifier.verify(token, 1000)).auth).toEqual({ ok: true });
    // 20 tokens within the same second: one fetch, not one each.
    expect(issuer.fetches).toBe(1);
    frozenAt += 1_100;
    await new Promise((r) => issuer.server.close(r));
    issuer.server.closeAllConnections();
    expect((await verifier.verify(token, 1000)).auth).toMatchObject({ ok: false, reason: "auth_invalid" });
  });

  it("takes a key added to the set without waiting for the cache, yet unknown kids do not make it fetch each time", async () => {
    const issuer = await startIssuer(undefined);
    const verifier = verifierFor(issuer);
    expect((await verifier.verify(await issuer.mint("old"), 1000)).auth).toEqual({ ok: true });
    issuer.listed = new Set(["old", "new"]);
    const fresh = await issuer.mint("new");
    // A kid the cached set does not list is looked up again (once the cool-down after the last fetch passed).
    frozenAt += 1_100;
    expect((await verifier.verify(fresh, 1000)).auth).toEqual({ ok: true });
    const fetched = issuer.fetches;
    const { SignJWT, generateKeyPair } = await import("jose");
    const stray = await generateKeyPair("RS256");
    for (let i = 0; i < 10; i++) {
      const forged = await new SignJWT({ sub: "mallory", roles: ["reader"] })
        .setProtectedHeader({ alg: "RS256", kid: `stray-${i}` })
        .setIssuer("http://127.0.0.1:1")
        .setAudience("c")
        .setExpirationTime(Math.floor(Date.now() / 1000) + 60)
        .sign(stray.privateKey);
      expect((await verifier.verify(forged, 1000)).auth).toMatchObject({ ok: false });
    }
    // Within the second after the last fetch: none at all.
    expect(issuer.fetches - fetched).toBe(0);
  });
});
