// Attack: who asked, as the dashboard shows it, written backwards by the token's subject. The dashboard's
// Approvals tab is where a person decides, and it escapes the characters that reorder or hide text in the
// call's arguments and in definition names (page.ts shown(), round 14), and `approvals list` escapes them in
// every field (printable.ts). The identity cell is filled raw: over the HTTP front door an OAuth identity is
// `oauth:<sub>`, the subject is the issuer's (a username many identity providers let the user choose), and a
// right-to-left override in it makes the row read as another identity's request (here the subject
// `intern` + RLO + `spo-nimda` reads `oauth:internadmin-ops`), the trick round 14 closed for the arguments
// (docs/dashboard.md promises escapes for everything a person reads before deciding). What a
// user expects: the identity in the Approvals tab shows hiding characters as escapes, as the arguments do.
// Through the real front door, the test issuer, the recording server, and the real dashboard in Debian's
// Chromium (playwright-core), logged in with the one-time link.
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
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

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Shown by a browser as "internadmin-ops": the override turns `spo-nimda` around. */
const SUBJECT = "intern\u202Espo-nimda\u202C";
let issuer: Issuer;
let home: GuardedHome;
let served: Served;
let browser: Browser;

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
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await home?.cleanup();
  await issuer?.close();
});

/** Asks for delete_account over the front door with the token; the answer's approval id. */
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
      params: { name: "delete_account", arguments: { account: "acct_5120" } },
    }),
  });
  const id = /"approval_id":"([^"]+)"/.exec(answer.body)?.[1];
  if (!id) throw new Error(`no approval asked: ${answer.body}`);
  return id;
}

describe("the identity in the dashboard's Approvals tab", () => {
  it("shows a subject's hiding characters as escapes", async () => {
    const token = await issuer.mint({ sub: SUBJECT, roles: ["reader"], scope: "mcp" });
    const pending = await askApproval(token);
    const link = await home.cli(["dashboard"]);
    expect(link.code, link.stderr).toBe(0);
    const url = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(link.stdout)![0];
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole("button", { name: "Approvals" }).click();
    const row = page.locator(`tr[data-id="${pending}"]`);
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.textContent()) ?? "";
    await page.close();
    expect(text).toContain("oauth:intern");
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
