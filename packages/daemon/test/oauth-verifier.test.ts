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
