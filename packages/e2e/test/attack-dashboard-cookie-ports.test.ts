// Attack (round 30, found from outside): the dashboard's login handed the browser a cookie that was the
// dashboard token itself, and a browser sends a host's cookies to every port of it, so any other web server
// on 127.0.0.1 the person visited received the token and could approve calls and definitions through the
// dashboard's API. What a user expects: logging in to the dashboard gives nothing that another local web
// server can receive or use; the page now keeps a session secret in sessionStorage (this origin's, port
// included) and sends it in a header, and the dashboard takes no cookie. In detail: the login cookie was
// the dashboard token itself (`mcpg_session=<token>`, HttpOnly, SameSite=Strict, host-only for 127.0.0.1),
// and cookies are not kept apart by port (RFC 6265
// §8.5): the browser sends it to every web server on 127.0.0.1, whatever its port. The README's "real
// boundary" against an agent is to run it as another OS user; such an agent (or any other user's process, or
// a project's dev server the agent wrote) listens on 127.0.0.1:<its port> and asks the person to open it
// ("the app is running at http://127.0.0.1:5173"). The person's browser, logged in to the dashboard, hands
// that server the token with the first request; with it the agent approves its own held calls and pending
// definitions through the dashboard API (POST /api/approvals/<id>/approve), which require_person does not
// guard after a login. The token does not expire (kept until deleted).
// Secure behaviour: what the browser holds for the dashboard is not sent to other ports of 127.0.0.1 (or,
// if it is, is not the dashboard's credential: another server cannot use it against the API).
// Proven with the real dashboard login in Debian's Chromium (playwright-core) and a plain server on another port.
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let home: GuardedHome;
let browser: Browser;
let other: Server;
const cookiesSeen: string[] = [];
const authorizationsSeen: string[] = [];

beforeAll(async () => {
  home = makeGuardedHome();
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
  other = createServer((req, res) => {
    cookiesSeen.push(req.headers.cookie ?? "");
    if (req.headers.authorization) authorizationsSeen.push(req.headers.authorization);
    res.writeHead(200, { "content-type": "text/html" }).end("<p>the app is running</p>");
  });
  await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => other.close(r));
  await home.cleanup();
});

describe("the dashboard's login cookie", () => {
  it("is not handed to another server on 127.0.0.1", async () => {
    const bridge = new RawBridge(home, "fixture"); // starts the daemon
    await bridge.initialize();
    const link = await home.cli(["dashboard"]);
    expect(link.code, link.stderr).toBe(0);
    const url = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(link.stdout)![0];
    const token = readFileSync(join(home.home, "dashboard.token"), "utf8").trim();

    const context = await browser.newContext(); // one profile: its cookies go to every tab
    const page = await context.newPage();
    await page.goto(url); // the person logs in
    await page.getByRole("button", { name: "Live" }).waitFor();
    // Logged in for real: the page has read the daemon's status with what the login gave it.
    await page.locator("#daemon", { hasText: /^pid \d+/ }).waitFor({ timeout: 10_000 });
    const { port } = other.address() as { port: number };
    await page.goto(`http://127.0.0.1:${port}/`); // ... and later opens the app the agent serves
    // Back in the same tab the dashboard still knows the person; a tab of its own asks for a new link.
    const dashboard = new URL(url).origin + "/";
    await page.goto(dashboard);
    await page.locator("#daemon", { hasText: /^pid \d+/ }).waitFor({ timeout: 10_000 });
    const otherTab = await context.newPage();
    await otherTab.goto(dashboard);
    await otherTab.locator("#daemon", { hasText: "Not logged in" }).waitFor({ timeout: 10_000 });
    await context.close();
    bridge.close();
    await bridge.exited;

    expect(cookiesSeen.length).toBeGreaterThan(0);
    const stolen = cookiesSeen.filter((c) => c.includes(token));
    // And whatever reached it must not open the dashboard's API.
    let apiWithCookie = 0;
    const dashboardPort = Number(/127\.0\.0\.1:(\d+)/.exec(url)![1]);
    for (const cookie of cookiesSeen.filter((c) => c.length > 0)) {
      const res = await fetch(`http://127.0.0.1:${dashboardPort}/api/approvals`, { headers: { cookie } });
      if (res.status === 200) apiWithCookie++;
    }
    expect({
      tokenSentToOtherPort: stolen.length,
      apiOpenedWithWhatItGot: apiWithCookie,
      credentialHeadersSentToOtherPort: authorizationsSeen.length,
    }).toEqual({
      tokenSentToOtherPort: 0,
      apiOpenedWithWhatItGot: 0,
      credentialHeadersSentToOtherPort: 0,
    });
  });
});
