// Attack (false refusal): the HTTP front door's `daemon.http.resource` written with a trailing slash
// (`https://guard.example/mcp/`, as URLs are often pasted) is advertised without it in the RFC 9728
// protected resource metadata, but tokens are checked against it as written. A client does what MCP's
// authorization spec says: it reads `resource` from the metadata and asks the issuer for a token for that
// resource (RFC 8707), so every token it gets names `.../mcp`, and the door refuses every one of them
// (401 invalid_token, "aud" not accepted): no client can use the endpoint, and `validate` accepted the config.
// The same holds with no `resource` configured at all (the default): the metadata then advertises the
// endpoint's URL as reached (`http://127.0.0.1:<port>/mcp`), while tokens are checked against the client id,
// so a token an RFC 8707 issuer mints for the advertised resource is refused as well.
// Fixed behaviour: the resource the metadata names is an audience tokens are checked against (one canonical
// form, the trailing slash dropped on both sides, or the config refused), so a token for the advertised
// resource opens a session and its call reaches the server. With none configured that URL is taken only
// under a Host the front door allows and on its own port, so a token for another resource server (another
// host, or this host's other port) is still refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  oauthAuthYaml,
  rawRequest,
  recorded,
  serveRecorderOverHttp,
  startIssuer,
  type HttpRecorder,
  type Issuer,
} from "../src/index.js";

let issuer: Issuer;
let front: HttpRecorder;
let unset: HttpRecorder;

const authLines = () => [
  ...oauthAuthYaml(issuer, "{ reader: [reader] }"),
  "  roles:",
  "    reader:",
  "      permissions:",
  '        denied_tools: ["write_file"]',
];

beforeAll(async () => {
  issuer = await startIssuer();
  front = await serveRecorderOverHttp((port) => [
    `    resource: http://127.0.0.1:${port}/mcp/`,
    ...authLines(),
  ]);
  unset = await serveRecorderOverHttp(() => authLines());
});
afterAll(async () => {
  await front.stop();
  await unset.stop();
  await issuer.close();
});

/** Whether a token for the resource `served`'s metadata advertises gets an echo call to its server. */
async function advertisedTokenReaches(served: HttpRecorder, marker: string) {
  const post = (token: string, body: unknown, session?: string) =>
    rawRequest(`${served.served.url}/recorder`, {
      method: "POST",
      headers: {
        ...MCP_HEADERS,
        authorization: `Bearer ${token}`,
        ...(session ? { "mcp-session-id": session } : {}),
      },
      body: JSON.stringify(body),
    });
  const base = new URL(served.served.url);
  const metadata = await rawRequest(`${base.origin}/.well-known/oauth-protected-resource/mcp`, {});
  const advertised = (JSON.parse(metadata.body) as { resource: string }).resource;
  const token = await issuer.mint(
    { sub: "alice", roles: ["reader"], scope: "mcp" },
    { audience: advertised },
  );
  const init = await rawRequest(`${served.served.url}/recorder`, {
    method: "POST",
    headers: { ...MCP_HEADERS, authorization: `Bearer ${token}` },
    body: INITIALIZE,
  });
  const session = init.headers["mcp-session-id"];
  if (typeof session === "string") {
    await post(token, { jsonrpc: "2.0", method: "notifications/initialized" }, session);
    await post(
      token,
      { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: { m: marker } } },
      session,
    );
  }
  const reached = recorded(served.log).some(
    (m) => typeof m === "object" && m.method === "tools/call" && JSON.stringify(m).includes(marker),
  );
  return { advertised, initialize: init.status, reached };
}

describe("the resource the protected resource metadata advertises", () => {
  it("is taken as the audience when configured with a trailing slash", async () => {
    const outcome = await advertisedTokenReaches(front, "slash-1");
    expect(outcome).toMatchObject({ initialize: 200, reached: true });
  });

  it("is taken as the audience when no resource is configured", async () => {
    const outcome = await advertisedTokenReaches(unset, "unset-1");
    expect(outcome).toMatchObject({ initialize: 200, reached: true });
  });

  it("does not make a token for another resource server one for this endpoint", async () => {
    const here = new URL(unset.served.url);
    const elsewhere = [
      `http://other.example${here.pathname}`,
      `http://${here.hostname}:${Number(here.port) + 1}${here.pathname}`,
    ];
    for (const audience of elsewhere) {
      const token = await issuer.mint({ sub: "alice", roles: ["reader"], scope: "mcp" }, { audience });
      const init = await rawRequest(`${unset.served.url}/recorder`, {
        method: "POST",
        headers: { ...MCP_HEADERS, authorization: `Bearer ${token}` },
        body: INITIALIZE,
      });
      expect(init.status, audience).toBe(401);
    }
  });
});
