// Attack (round 9): with neither `daemon.http.resource` nor `oauth.audience` set, the audience of access
// tokens falls back to the client id, which is also the audience of the OpenID ID tokens the issuer gives
// that client: a client holding a user's ID token (a single-page app shows it to any script; a log keeps it)
// had a session as that user on the HTTP front door, and so did a back-channel logout token, and a token
// dated in the future (jose checks "iat" only against a maximum age). Through the real HTTP front door and
// the recording server, before the fix (oauth-verifier.ts): 5 of 5 reached the server. An access token of
// the same issuer for the same client, typed or not, still does. Round 10: an ID token needs none of nonce,
// at_hash, c_hash or s_hash in some flows, and such a token reached the server too (1 of 1 before the fix);
// with the audience only the client id, a token must now carry a mark of an access token (its scopes, the
// client it was issued to, or an at+jwt type).
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

const user = { sub: "alice", roles: ["reader"] };
/** What the issuer's access tokens carry beside the user: their scopes. */
const access = { ...user, scope: "openid profile" };

describe("tokens of the client's issuer that are not access tokens", () => {
  it("reach the server with none of them", async () => {
    const tokens: Record<string, string> = {
      "an ID token (nonce)": await issuer.mint({ ...user, nonce: "n-0S6_WzA2Mj" }),
      "an ID token (at_hash)": await issuer.mint({ ...user, at_hash: "77QmUPtjPfzWtF2AnpK9RQ" }),
      "an ID token typed JWT": await issuer.mint({ ...user, nonce: "n-0S6_WzA2Mj" }, { type: "JWT" }),
      "a logout token": await issuer.mint(
        { ...user, events: { "http://schemas.openid.net/event/backchannel-logout": {} } },
        { type: "logout+jwt" },
      ),
      "issued an hour from now": await issuer.mint(access, { issuedAt: 3600 }),
      "an ID token with none of nonce and the hashes": await issuer.mint({ ...user, azp: "mcp-guard-test" }),
    };
    const reached = [];
    for (const [what, token] of Object.entries(tokens))
      if (await reaches(token, `marker-${what}`)) reached.push(what);
    expect(reached).toEqual([]);
  });

  it("still takes the issuer's access tokens for the client, typed at+jwt or untyped, and a clock a little ahead", async () => {
    const tokens: Record<string, string> = {
      untyped: await issuer.mint(access),
      "scp, not scope (Okta, Entra)": await issuer.mint({ ...user, scp: ["openid"] }),
      "the client named (client_id)": await issuer.mint({ ...user, client_id: "mcp-guard-test" }),
      "at+jwt": await issuer.mint({ ...user, nonce: "n-0S6_WzA2Mj" }, { type: "at+jwt" }),
      "application/at+jwt": await issuer.mint(user, { type: "application/at+jwt" }),
      "issued ten seconds from now": await issuer.mint(access, { issuedAt: 10 }),
    };
    const missed = [];
    for (const [what, token] of Object.entries(tokens))
      if (!(await reaches(token, `marker-ok-${what}`))) missed.push(what);
    expect(missed).toEqual([]);
  });
});
