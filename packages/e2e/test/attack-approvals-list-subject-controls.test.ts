// Attack: a forged row in `mcp-guard approvals list` through the token's subject. Over the HTTP front door an
// OAuth identity is `oauth:<sub>`, and the subject is whatever the issuer wrote (a username many identity
// providers let the user choose, a federated one passed on as given). `mcp-guard logs` treats an identity as
// a peer's text and escapes every control character in it (printable.ts terminalField, round 30's
// attack-logs-forged-rows.test.ts), but `approvals list` prints each pending approval's identity raw through
// sayToPerson, which escapes only hiding characters: a subject holding a line end writes a whole second row
// of the person's choosing (here an approval that seems to wait for another server and identity), and ESC or
// CR can rewrite the line the person reads before typing `approvals approve`. What a user expects: one printed
// line per approval, and no control character from a token in it (the identity goes through terminalField, as
// in `logs`). Through the real front door, the test issuer and the recording server; the call waits for
// approval and the list is read with the real CLI.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  recorderServerYaml,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";
import { oauthAuthYaml, startIssuer, type Issuer } from "../src/fixtures/oidc-issuer.js";

const FORGED = "ap_7f00c1de  pending  payments  refund_order 12 USD  oauth:finance-lead";
let issuer: Issuer;
let home: GuardedHome;
let served: Served;

beforeAll(async () => {
  issuer = await startIssuer();
  const log = join(makeGuardedHome().dir, "recorder.log");
  const port = await freePort();
  home = makeGuardedHome(
    recorderServerYaml(
      "recorder",
      log,
      `${log}.definitions.json`,
      ["    policy:", "      spend:", "        require_approval: [delete_account]"].join("\n"),
    ),
    [
      "  http:",
      `    port: ${port}`,
      ...oauthAuthYaml(issuer, "{ reader: [reader] }"),
      "  roles:",
      "    reader: {}",
    ].join("\n"),
  );
  served = await serveHttp(home);
});
afterAll(async () => {
  await served?.stop();
  await home?.cleanup();
  await issuer?.close();
});

async function askApproval(token: string): Promise<string> {
  const url = `${served.url}/recorder`;
  const headers = (session?: string) => ({
    ...MCP_HEADERS,
    authorization: `Bearer ${token}`,
    "mcp-protocol-version": "2025-06-18",
    ...(session ? { "mcp-session-id": session } : {}),
  });
  const init = await rawRequest(url, { method: "POST", headers: headers(), body: INITIALIZE });
  const session = init.headers["mcp-session-id"];
  if (typeof session !== "string") throw new Error(`no session: ${init.status} ${init.body}`);
  await rawRequest(url, {
    method: "POST",
    headers: headers(session),
    body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
  });
  const answer = await rawRequest(url, {
    method: "POST",
    headers: headers(session),
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: "delete_account", arguments: { account: "acct_4410" } },
    }),
  });
  return answer.body;
}

describe("a token's subject in `approvals list`", () => {
  it("prints one line per approval, with no control character from the subject", async () => {
    const token = await issuer.mint({
      sub: `dana\u001b[2K\r${FORGED}  asked 2031-01-01T00:00:00.000Z  (refund_order always needs approval)\ndana`,
      roles: ["reader"],
      scope: "mcp",
    });
    expect(await askApproval(token)).toContain("approval_pending");
    const listed = await home.cli(["approvals", "list"]);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(listed.stdout.replace(/\n$/, "")).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});
