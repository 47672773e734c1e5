// False refusal: roles in a nested claim. Keycloak, the most common self-hosted issuer, puts a user's realm
// roles in `realm_access.roles` (and client roles in `resource_access.<client>.roles`); Zitadel and others
// nest theirs too. `auth.oauth.claims_to_roles.claim_name` is read as one top-level member of the payload, so
// `claim_name: realm_access.roles` reads a member literally named "realm_access.roles", finds nothing, and
// every token is refused ("maps to no role"), though the config loads without a word. What a user expects:
// a dotted claim name is followed into nested objects (as other gateways read `realm_access.roles`), or the
// config is refused naming the problem; a token without the mapped role is still refused. Through the
// real HTTP front door, the test issuer and the recording server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  serveRecorderOverHttp,
  type HttpRecorder,
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
    "    claims_to_roles:",
    "      claim_name: realm_access.roles",
    "      mapping: { mcp-user: [agent] }",
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

describe("roles from a nested claim", () => {
  it("follows realm_access.roles as Keycloak writes it", async () => {
    const token = await issuer.mint({
      sub: "f3b1c2d4-7a8e-4b6f-9c0d-1e2f3a4b5c6d",
      scope: "openid profile",
      realm_access: { roles: ["offline_access", "mcp-user", "default-roles-acme"] },
    });
    expect(await reaches(token, "NESTED-ROLE-1")).toBe(true);
  });

  it("negative: a token whose nested roles hold no mapped role gets none", async () => {
    const token = await issuer.mint({
      sub: "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
      scope: "openid profile",
      realm_access: { roles: ["offline_access", "default-roles-acme"] },
    });
    expect(await reaches(token, "NESTED-ROLE-2")).toBe(false);
  });
});
