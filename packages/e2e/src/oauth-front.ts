// A guarded home whose HTTP front door takes the test issuer's tokens (role "reader") in front of the recording
// server, and a probe of it: whether a token opens a session and gets a call through to the server. The
// attacks on what counts as an access token share it.
import { recorded } from "./harness.js";
import { INITIALIZE, MCP_HEADERS, rawRequest, serveRecorderOverHttp } from "./http-front.js";
import { oauthAuthYaml, startIssuer, type Issuer } from "./fixtures/oidc-issuer.js";

export interface OAuthFront {
  issuer: Issuer;
  /** Opens a session with the token and calls echo with the marker: whether the recording server saw it. */
  reaches(token: string, marker: string): Promise<boolean>;
  stop(): Promise<void>;
}

export async function startOAuthFront(): Promise<OAuthFront> {
  const issuer = await startIssuer();
  const front = await serveRecorderOverHttp(() => [
    ...oauthAuthYaml(issuer, "{ reader: [reader] }"),
    "  roles:",
    "    reader:",
    "      permissions:",
    '        denied_tools: ["write_file"]',
  ]);
  const { served, log } = front;
  const post = (token: string, body: unknown, session?: string) =>
    rawRequest(`${served.url}/recorder`, {
      method: "POST",
      headers: {
        ...MCP_HEADERS,
        authorization: `Bearer ${token}`,
        ...(session ? { "mcp-session-id": session } : {}),
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  return {
    issuer,
    async reaches(token, marker) {
      const init = await post(token, INITIALIZE);
      const session = init.headers["mcp-session-id"];
      if (init.status === 200 && typeof session === "string") {
        await post(token, { jsonrpc: "2.0", method: "notifications/initialized" }, session);
        await post(
          token,
          { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: { marker } } },
          session,
        );
      }
      return recorded(log).some(
        (m) =>
          typeof m === "object" && m.method === "tools/call" && JSON.stringify(m.params).includes(marker),
      );
    },
    async stop() {
      await front.stop();
      await issuer.close();
    },
  };
}
