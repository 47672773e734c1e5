// Attack (round 35, found from outside): the HTTP front door answers a path naming no configured server before
// it looks at the credential: 404 `unknown_server` with `data.servers` listing every server of the config.
// With `auth.api_keys` (or OAuth) configured, a caller without any credential (any local account, since a TCP
// connection to loopback carries no uid the daemon could check, or anyone on the network of a TLS endpoint)
// reads what the owner runs (`payments-prod`, `github-acme`, …), and tells a configured name from another by
// 401 against 404. A correct front door asks for the credential first: without one, every server path gets
// the same 401 and nothing of the config. Through the real `mcp-guard serve` front door.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const KEY = "mcpg_attack_server_names_0123456789abcdef0123";
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  api_keys:",
    `    ${KEY}: { name: ci, roles: [default] }`,
  ]);
});
afterAll(async () => {
  await front.stop();
});

const post = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(`${front.served.url}/${path}`, {
    method: "POST",
    headers: { ...MCP_HEADERS, ...headers },
    body: INITIALIZE,
  });

describe("an unauthenticated request for a server the config does not have", () => {
  // On 92671aea: 404 with data.servers ["everything","filesystem","memory","fixture","recorder"].
  it("learns nothing of the configured servers without a credential", async () => {
    const unknown = await post("no-such-server");
    for (const name of ["recorder", "filesystem", "memory", "everything"])
      expect(unknown.body, `status ${unknown.status}`).not.toContain(name);
  });

  it("learns nothing of them with a wrong key either", async () => {
    const unknown = await post("no-such-server", { "x-api-key": "not-the-key" });
    for (const name of ["recorder", "filesystem", "memory", "everything"])
      expect(unknown.body, `status ${unknown.status}`).not.toContain(name);
  });

  // On 92671aea: a configured name answers 401, any other 404, so names can be probed one by one.
  it("gets the same answer as for a configured server", async () => {
    const configured = await post("recorder");
    const unknown = await post("payments-prod");
    expect(configured.status).toBe(401);
    expect(unknown.status).toBe(configured.status);
    // Tightened by the fixer: the whole answer is the same, with no key and with a wrong one.
    expect(unknown.body).toBe(configured.body);
    const wrong = { "x-api-key": "not-the-key" };
    expect((await post("payments-prod", wrong)).body).toBe((await post("recorder", wrong)).body);
  });
});

describe("an authenticated request for a server the config does not have", () => {
  it("is told the configured servers (what a valid key may use)", async () => {
    const unknown = await post("no-such-server", { "x-api-key": KEY });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.data.servers).toEqual(expect.arrayContaining(["recorder"]));
  });
});
