// Attack: a bearer token presented within the clock tolerance past its "exp". The front door takes it (the
// tolerance is for the issuer's clock against ours), so the session it opens must take it too: the door and
// every message of the session apply one rule. Before, the door opened the session and the session then
// refused each message as auth_expired, the token's exp read without the tolerance. A token past the
// tolerance is refused at the door, 401 with invalid_token, and nothing of it reaches the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  oauthAuthYaml,
  startIssuer,
  type Issuer,
  type Served,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const TOLERANCE_SECONDS = 30;
let issuer: Issuer;
let served: Served;
let resource: string;
let log: string;
let front: HttpRecorder;

beforeAll(async () => {
  issuer = await startIssuer();
  front = await serveRecorderOverHttp((port) => {
    resource = `http://127.0.0.1:${port}/mcp`;
    return [
      `    resource: ${resource}`,
      ...oauthAuthYaml(issuer, "{ reader: [reader] }", { clockToleranceSeconds: TOLERANCE_SECONDS }),
      "  roles:",
      "    reader: {}",
    ];
  });
  ({ served, log } = front);
});
afterAll(async () => {
  await front.stop();
  await issuer.close();
});

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

const serverSawMarker = (marker: string) =>
  recorded(log).some(
    (m) =>
      typeof m === "object" && m.method === "tools/call" && JSON.stringify(m.params ?? {}).includes(marker),
  );

describe("a token within the clock tolerance past its expiry", () => {
  it("opens a session whose messages are taken, as the door took it", async () => {
    const token = await issuer.mint(
      { sub: "lenient", roles: ["reader"] },
      { audience: resource, expiresIn: -(TOLERANCE_SECONDS / 3) },
    );
    const init = await post(token, INITIALIZE);
    expect(init.status).toBe(200);
    expect(init.body).not.toContain('"error"');
    const session = init.headers["mcp-session-id"] as string;
    await post(token, { jsonrpc: "2.0", method: "notifications/initialized" }, session);
    const call = await post(
      token,
      {
        jsonrpc: "2.0",
        id: 2,
        method: "tools/call",
        params: { name: "echo", arguments: { marker: "in-leeway" } },
      },
      session,
    );
    expect(call.status).toBe(200);
    expect(call.body).not.toContain('"error"');
    expect(serverSawMarker("in-leeway")).toBe(true);
  });

  it("is refused at the door, with invalid_token, once past the tolerance", async () => {
    const token = await issuer.mint(
      { sub: "late", roles: ["reader"] },
      { audience: resource, expiresIn: -(TOLERANCE_SECONDS + 15) },
    );
    const init = await post(token, INITIALIZE);
    expect(init.status).toBe(401);
    expect(init.headers["www-authenticate"]).toMatch(/error="invalid_token"/);
    expect(init.headers["mcp-session-id"]).toBeUndefined();
  });
});
