// Attack (round 30, found while closing the dashboard's cookie): another web server on 127.0.0.1 (an agent's
// dev server, running as another OS user) showed the dashboard in a frame of its own page, logged in. Ports
// do not make another site, so in the tab the person had logged in with (the dashboard, then "the app is
// running at http://127.0.0.1:5173") the frame shared the dashboard's sessionStorage and showed its approvals
// with their Approve buttons, which the page around it can cover with its own text and have clicked
// (clickjacking). Before the fix the frame showed the daemon's status. What a user expects: the dashboard is
// only shown as a page of its own, never inside another page, so its buttons are clicked only where the
// person sees them. Proven in Debian's Chromium (playwright-core) with the real daemon's dashboard.
import { createServer, type Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let home: GuardedHome;
let browser: Browser;
let other: Server;
let dashboardOrigin = "";

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
  other = createServer((_req, res) => {
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(`<p>the app is running</p><iframe src="${dashboardOrigin}/" width="900" height="400"></iframe>`);
  });
  await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => other.close(r));
  await home.cleanup();
});

describe("the dashboard in another local server's frame", () => {
  it("is not shown, so nothing in it can be clicked", async () => {
    const bridge = new RawBridge(home, "fixture"); // starts the daemon
    await bridge.initialize();
    const link = await home.cli(["dashboard"]);
    expect(link.code, link.stderr).toBe(0);
    const url = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(link.stdout)![0];
    dashboardOrigin = new URL(url).origin;

    const page = await browser.newPage();
    await page.goto(url); // the person logs in
    await page.locator("#daemon", { hasText: /^pid \d+/ }).waitFor({ timeout: 10_000 });
    const { port } = other.address() as { port: number };
    await page.goto(`http://127.0.0.1:${port}/`); // ... and later opens the app the agent serves

    const framed = page.frameLocator("iframe").locator("#daemon", { hasText: /^pid \d+/ });
    const shownLoggedIn = await framed.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    await page.close();
    bridge.close();
    await bridge.exited;
    expect(shownLoggedIn).toBe(false);
  });
});
