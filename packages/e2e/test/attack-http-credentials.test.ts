// Attack: credentials on the HTTP front door, from outside. Each case presents a credential of a shape the
// guard must not take (a forged or incomplete JWT, a claim value the role mapping never named, a token
// outside the Authorization header, two credentials at once, another user's session id), then tries to
// call a tool with a marker of its own. The case holds only when the recording server never saw the marker.
import { createHash, type webcrypto } from "node:crypto";
import { SignJWT, importJWK, type JWK } from "jose";
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

const API_KEY = "attack-http-key-0123456789abcdef";
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
      ...oauthAuthYaml(issuer, "{ reader: [reader] }", { clockToleranceSeconds: 0 }),
      "  api_keys:",
      // An API key whose name is also a token subject below: the two are still two identities.
      `    ${API_KEY}: { name: alice, roles: [reader] }`,
      "  roles:",
      "    reader:",
      "      permissions:",
      '        denied_tools: ["write_file"]',
    ];
  });
  ({ served, log } = front);
});
afterAll(async () => {
  await front.stop();
  await issuer.close();
});

type Headers = Record<string, string | string[]>;
const post = (headers: Headers, body: unknown, session?: string, path = "/recorder") =>
  rawRequest(`${served.url}${path}`, {
    method: "POST",
    headers: { ...MCP_HEADERS, ...headers, ...(session ? { "mcp-session-id": session } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** Whether the recording server ever received a tools/call carrying this marker. */
const serverSawMarker = (marker: string) =>
  recorded(log).some(
    (m) =>
      typeof m === "object" && m.method === "tools/call" && JSON.stringify(m.params ?? {}).includes(marker),
  );

/** Opens a session with these headers and calls echo with the marker; the session id, or why not. */
async function openAndCall(headers: Headers, marker: string, path?: string): Promise<string> {
  const init = await post(headers, INITIALIZE, undefined, path);
  const session = init.headers["mcp-session-id"];
  if (init.status !== 200 || typeof session !== "string") return `refused ${init.status}`;
  await post(headers, { jsonrpc: "2.0", method: "notifications/initialized" }, session, path);
  await post(
    headers,
    { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: { marker } } },
    session,
    path,
  );
  return session;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Claims of a token that would be accepted if it were signed by the issuer's key. */
function claims(sub: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { sub, roles: ["reader"], iss: issuer.url, aud: resource, iat: now, exp: now + 600 };
}

async function issuerJwk(): Promise<JWK> {
  const { keys } = (await (await fetch(`${issuer.url}/jwks`)).json()) as { keys: JWK[] };
  return keys[0]!;
}

/** HS256 keyed with the bytes of the issuer's public key: the classic algorithm confusion. */
async function hmacOfPublicKey(sub: string, keyBytes: string): Promise<string> {
  return new SignJWT(claims(sub))
    .setProtectedHeader({ alg: "HS256", kid: "test-key" })
    .sign(new TextEncoder().encode(keyBytes));
}

describe("forged and incomplete tokens on the HTTP endpoint", () => {
  it("reaches the server with none of them", async () => {
    const jwk = await issuerJwk();
    const pem = await importJWK(jwk, "RS256").then(async (key) => {
      const { exportSPKI } = await import("jose");
      return exportSPKI(key as webcrypto.CryptoKey);
    });
    const tokens: Record<string, string> = {
      "alg none": `${b64url({ alg: "none", typ: "JWT" })}.${b64url(claims("forged-none"))}.`,
      "alg None": `${b64url({ alg: "None" })}.${b64url(claims("forged-None"))}.`,
      "HS256 keyed with the public key's PEM": await hmacOfPublicKey("forged-pem", pem),
      "HS256 keyed with the public JWK": await hmacOfPublicKey("forged-jwk", JSON.stringify(jwk)),
      "HS256 keyed with the modulus": await hmacOfPublicKey("forged-n", jwk.n!),
      "an RS256 signature moved onto other claims": await (async () => {
        const good = await issuer.mint({ sub: "alice", roles: ["reader"] }, { audience: resource });
        const [header, , signature] = good.split(".");
        return `${header}.${b64url(claims("forged-moved"))}.${signature}`;
      })(),
      "no aud": await issuer.mint({ sub: "no-aud", roles: ["reader"] }, { audience: null }),
      "aud as a list without this resource": await issuer.mint(
        { sub: "aud-list", roles: ["reader"] },
        { audience: "https://other.example/mcp" },
      ),
      "no exp": await issuer.mint(
        { sub: "no-exp", roles: ["reader"] },
        { audience: resource, expiresIn: null },
      ),
      expired: await issuer.mint(
        { sub: "expired", roles: ["reader"] },
        { audience: resource, expiresIn: -5 },
      ),
      "not valid yet (nbf)": await issuer.mint(
        { sub: "not-yet", roles: ["reader"] },
        { audience: resource, notBefore: 120 },
      ),
      "roles as one string naming two": await issuer.mint(
        { sub: "two-in-one", roles: "reader admin" },
        { audience: resource },
      ),
      "roles as a nested array": await issuer.mint(
        { sub: "nested", roles: [["reader"]] },
        { audience: resource },
      ),
    };
    const reached = [];
    for (const [what, token] of Object.entries(tokens)) {
      await openAndCall(bearer(token), `marker-token-${what}`);
      if (serverSawMarker(`marker-token-${what}`)) reached.push(what);
    }
    expect(reached).toEqual([]);
  });

  it("takes a role claim given as one string, the one value mapped", async () => {
    // A control for the cases above: the same path with an accepted token does reach the server.
    const token = await issuer.mint({ sub: "single", roles: "reader" }, { audience: resource });
    await openAndCall(bearer(token), "marker-single-string-role");
    expect(serverSawMarker("marker-single-string-role")).toBe(true);
  });

  it("gives no session to a claim value that is the name of an Object.prototype member", async () => {
    // The mapping only names "reader"; a user who can name their own group (claim_name: groups in many
    // identity providers) must not get a session by calling it "constructor".
    const values = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "isPrototypeOf"];
    const reached = [];
    for (const value of values) {
      const token = await issuer.mint({ sub: `proto-${value}`, roles: [value] }, { audience: resource });
      const outcome = await openAndCall(bearer(token), `marker-proto-${value}`);
      if (serverSawMarker(`marker-proto-${value}`)) reached.push(value);
      else expect(outcome).toBe("refused 401");
    }
    expect(reached).toEqual([]);
  });

  it("refuses a subject that is not a non-empty string", async () => {
    const reached = [];
    for (const [what, sub] of [
      ["empty", ""],
      ["a list", ["alice"]],
      ["an object", { name: "alice" }],
      ["a number", 42],
    ] as const) {
      const token = await issuer.mint({ sub: sub as string, roles: ["reader"] }, { audience: resource });
      const outcome = await openAndCall(bearer(token), `marker-sub-${what}`);
      if (serverSawMarker(`marker-sub-${what}`)) reached.push(what);
      else expect(outcome).toBe("refused 401");
    }
    expect(reached).toEqual([]);
  });
});

describe("where and how a credential is presented", () => {
  it("takes a token only from one Authorization header, never from the query or a list", async () => {
    const good = await issuer.mint({ sub: "carol", roles: ["reader"] }, { audience: resource });
    const other = await issuer.mint({ sub: "dave", roles: ["reader"] }, { audience: resource });
    const shapes: Array<[string, Headers, string?]> = [
      ["the token in the query string", {}, `/recorder?access_token=${good}`],
      ["the API key in the query string", {}, `/recorder?api_key=${API_KEY}`],
      ["a comma list of two tokens", { authorization: `Bearer ${good}, Bearer ${other}` }],
      ["the token then a comma", { authorization: `Bearer ${good},` }],
      ["two Authorization headers", { authorization: [`Bearer ${good}`, `Bearer ${other}`] }],
      [
        "two Authorization headers, the first not a token",
        { authorization: ["Basic eDp5", `Bearer ${good}`] },
      ],
      ["two X-API-Key headers", { "x-api-key": [API_KEY, "not-a-key"] }],
      ["a scheme glued to the token", { authorization: `Bearer${good}` }],
      ["a token in the Basic scheme", { authorization: `Basic ${good}` }],
    ];
    const reached = [];
    for (const [what, headers, path] of shapes) {
      const marker = `marker-shape-${createHash("sha1").update(what).digest("hex").slice(0, 8)}`;
      await openAndCall(headers, marker, path);
      if (serverSawMarker(marker)) reached.push(what);
    }
    expect(reached).toEqual([]);
  });

  it("takes the Bearer scheme in any case and a header with spaces around it (RFC 9110)", async () => {
    const token = await issuer.mint({ sub: "erin", roles: ["reader"] }, { audience: resource });
    for (const [i, authorization] of [`bearer ${token}`, `BEARER ${token}`, `Bearer ${token}   `].entries()) {
      await openAndCall({ authorization }, `marker-case-${i}`);
      expect(serverSawMarker(`marker-case-${i}`)).toBe(true);
    }
  });
});

describe("a session id presented by someone else", () => {
  it("gives neither the session nor its identity to another user, of either method, and keeps it open", async () => {
    const alice = bearer(await issuer.mint({ sub: "alice", roles: ["reader"] }, { audience: resource }));
    const apiKeyAlice = { "x-api-key": API_KEY };
    const bob = bearer(await issuer.mint({ sub: "bob", roles: ["reader"] }, { audience: resource }));
    const reached = [];
    for (const [owner, intruders] of [
      [alice, [apiKeyAlice, bob]],
      [apiKeyAlice, [alice, bob]],
    ] as const) {
      const session = await openAndCall(owner, `marker-owner-${Object.keys(owner)[0]}`);
      expect(session).not.toMatch(/^refused/);
      for (const [i, intruder] of intruders.entries()) {
        const marker = `marker-intruder-${Object.keys(owner)[0]}-${i}`;
        const answer = await post(
          intruder,
          { jsonrpc: "2.0", id: 3, method: "tools/call", params: { name: "echo", arguments: { marker } } },
          session,
        );
        expect(answer.status).toBe(404);
        if (serverSawMarker(marker)) reached.push(marker);
        // Nor can the intruder end it.
        const ended = await rawRequest(`${served.url}/recorder`, {
          method: "DELETE",
          headers: { ...MCP_HEADERS, ...intruder, "mcp-session-id": session },
        });
        expect(ended.status).toBe(404);
      }
      const still = `marker-owner-again-${Object.keys(owner)[0]}`;
      await post(
        owner,
        {
          jsonrpc: "2.0",
          id: 4,
          method: "tools/call",
          params: { name: "echo", arguments: { marker: still } },
        },
        session,
      );
      expect(serverSawMarker(still)).toBe(true);
    }
    expect(reached).toEqual([]);
  });
});
