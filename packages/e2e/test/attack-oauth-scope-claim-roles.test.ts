// False refusal: roles from an access token's scopes. `auth.oauth.claims_to_roles.claim_name` names the claim
// whose values map to roles, read as one string or a list of strings. The claim an access token grants its
// permissions in is `scope` (RFC 9068 2.2.3, RFC 8693 4.2; Keycloak, Auth0) or `scp` (Azure AD), and there it
// is ONE string of space-separated scopes ("openid profile mcp:tools"): the guard reads that string as a single
// value, which no mapping entry names, so every real token gets no role and is refused (auth_invalid, "maps to
// no role"), however the person writes the mapping; only a token carrying exactly one scope would pass. The
// front door even advertises `scopes_supported` in its protected resource metadata, telling clients to ask for
// scopes the guard then cannot read. What a user expects: a space-delimited `scope`/`scp` string is read as
// its scopes (each one mapped), so `mcp:tools` in it gives the mapped role; a token without that scope is
// still refused. Through the real HTTP front door, the test issuer and the recording server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  recorded,
  serveRecorderOverHttp,
  type HttpRecorder,
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
} from "../src/index.js";
import { startIssuer, type Issuer } from "../src/fixtures/oidc-issuer.js";

let issuer: Issuer;
let front: HttpRecorder;

beforeAll(async () => {
  issuer = await startIssuer();
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  mode: oauth",
    "  oauth:",
    `    issuer: ${issuer.url}`,
    `    client_id: ${issuer.clientId}`,
    "    scopes: [openid, profile, mcp:tools]",
    "    claims_to_roles:",
    "      claim_name: scope",
    '      mapping: { "mcp:tools": [agent] }',
    "  roles:",
    "    agent: {}",
  ]);
});
afterAll(async () => {
  await front?.stop();
  await issuer?.close();
});

/** Opens a session with the token and calls echo with the marker: whether the recording server saw it. */
async function reaches(token: string, marker: string): Promise<boolean> {
  const url = `${front.served.url}/recorder`;
  const headers = (session?: string) => ({
    ...MCP_HEADERS,
    authorization: `Bearer ${token}`,
    "mcp-protocol-version": "2025-06-18",
    ...(session ? { "mcp-session-id": session } : {}),
  });
  const init = await rawRequest(url, { method: "POST", headers: headers(), body: INITIALIZE });
  const session = init.headers["mcp-session-id"];
  if (init.status === 200 && typeof session === "string") {
    await rawRequest(url, {
      method: "POST",
      headers: headers(session),
      body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
    });
    await rawRequest(url, {
      method: "POST",
      headers: headers(session),
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 2,
        method: "tools/call",
        params: { name: "echo", arguments: { marker } },
      }),
    });
  }
  return recorded(front.log).some(
    (m) => typeof m === "object" && m.method === "tools/call" && JSON.stringify(m.params).includes(marker),
  );
}

describe("roles mapped from the scope claim", () => {
  it("reads a space-delimited scope string as its scopes", async () => {
    const token = await issuer.mint({ sub: "build-agent-7", scope: "openid profile mcp:tools" });
    expect(await reaches(token, "SCOPED-CALL-1")).toBe(true);
  });

  it("control: a token whose scope is the mapped scope alone passes (the front door and mapping work)", async () => {
    const token = await issuer.mint({ sub: "build-agent-9", scope: "mcp:tools" });
    expect(await reaches(token, "SINGLE-SCOPE-3")).toBe(true);
  });

  it("negative: a token without the mapped scope gets no role", async () => {
    const token = await issuer.mint({ sub: "build-agent-8", scope: "openid profile" });
    expect(await reaches(token, "UNSCOPED-CALL-2")).toBe(false);
  });
});
