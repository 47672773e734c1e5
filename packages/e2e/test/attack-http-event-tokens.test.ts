// Attack (round 10): round 9 told an access token from the issuer's other tokens for the same client by the
// header's typ and the claims only an ID token carries (nonce, at_hash, c_hash, s_hash). A back-channel
// logout token or another security event token (RFC 8417) whose header says only "JWT", or says nothing (the
// Back-Channel Logout spec only recommends logout+jwt, and issuers before it omit it), carries none of those
// claims, and neither does a token whose payload names its kind (Keycloak's "typ": "ID", "Logout"). Through
// the real HTTP front door and the recording server, before the fix (oauth-verifier.ts): 5 of 5 reached the
// server. Access tokens, Keycloak's typ "Bearer" among them, still do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOAuthFront, type Issuer, type OAuthFront } from "../src/index.js";

let front: OAuthFront;
let issuer: Issuer;
beforeAll(async () => {
  front = await startOAuthFront();
  issuer = front.issuer;
});
afterAll(() => front.stop());
const reaches = (token: string, marker: string) => front.reaches(token, marker);

const user = { sub: "alice", roles: ["reader"], scope: "openid profile" };
const LOGOUT = { "http://schemas.openid.net/event/backchannel-logout": {} };

describe("tokens of the client's issuer typed as plain JWTs that are not access tokens", () => {
  it("reach the server with none of them", async () => {
    const tokens: Record<string, string> = {
      "a logout token typed JWT": await issuer.mint({ ...user, events: LOGOUT }, { type: "JWT" }),
      "an untyped logout token": await issuer.mint({ ...user, sid: "08a5019c", events: LOGOUT }),
      "a security event token typed JWT": await issuer.mint(
        { ...user, events: { "https://schemas.openid.net/secevent/risc/event-type/account-disabled": {} } },
        { type: "JWT" },
      ),
      "an ID token saying so (typ ID)": await issuer.mint({ ...user, typ: "ID", azp: "mcp-guard" }),
      "a logout token saying so (typ Logout)": await issuer.mint({ ...user, typ: "Logout" }, { type: "JWT" }),
    };
    const reached = [];
    for (const [what, token] of Object.entries(tokens))
      if (await reaches(token, `marker-${what}`)) reached.push(what);
    expect(
      `${reached.length} of ${Object.keys(tokens).length} reached the server: ${reached.join(", ")}`,
    ).toBe(`0 of ${Object.keys(tokens).length} reached the server: `);
  });

  it("still takes access tokens, with a Bearer typ claim and a typ spelling of at+jwt", async () => {
    const tokens: Record<string, string> = {
      "typ Bearer (Keycloak)": await issuer.mint({ ...user, typ: "Bearer", azp: "mcp-guard" }),
      "typ JWT in the header": await issuer.mint(user, { type: "JWT" }),
      "at+JWT": await issuer.mint(user, { type: "at+JWT" }),
    };
    const missed = [];
    for (const [what, token] of Object.entries(tokens))
      if (!(await reaches(token, `marker-ok-${what}`))) missed.push(what);
    expect(missed).toEqual([]);
  });
});
