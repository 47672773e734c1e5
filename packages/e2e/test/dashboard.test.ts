// The dashboard in a real browser (Debian's Chromium, driven by playwright-core): log in with the CLI's
// one-time link, watch an event from a real proxied call arrive live, and approve a pending approval with a
// click. A screenshot is kept in test-artifacts/.
import { mkdirSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE, guardedTransport, makeGuardedHome, type GuardedHome } from "../src/index.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = new URL("../../../test-artifacts/", import.meta.url).pathname;
let home: GuardedHome;
let browser: Browser;

beforeAll(async () => {
  home = makeGuardedHome(
    [
      "  pay:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FIXTURE)}]`,
      "    policy:",
      "      spend:",
      "        tools: { echo-params: { cost_from: amount } }",
      "        require_approval_above: 10",
    ].join("\n"),
  );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await home.cleanup();
});

describe("dashboard in a browser", () => {
  it("shows a live event from a real call and approves a pending approval with a click", async () => {
    const client = new Client({ name: "dashboard-test", version: "1" });
    await client.connect(guardedTransport(home, "pay")); // starts the daemon
    const link = await home.cli(["dashboard"]);
    expect(link.code, link.stderr).toBe(0);
    const url = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(link.stdout)![0];

    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole("button", { name: "Live" }).click();
    await client.callTool({ name: "echo", arguments: { message: "seen live" } });
    await page.locator('tr[data-testid="event"]', { hasText: "echo" }).first().waitFor({ timeout: 10_000 });

    const pending = await client.callTool({ name: "echo-params", arguments: { amount: 25 } }).then(
      () => undefined,
      (err: { data: { approval_id: string } }) => err.data.approval_id,
    );
    expect(pending).toMatch(/^c[0-9a-f]{11}$/);
    await page.getByRole("button", { name: "Approvals" }).click();
    const row = page.locator(`tr[data-id="${pending}"]`);
    await row.waitFor({ timeout: 10_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}dashboard-approvals.png`, fullPage: true });
    await row.getByRole("button", { name: "Approve" }).click();
    await row.waitFor({ state: "detached", timeout: 10_000 });

    expect((await client.callTool({ name: "echo-params", arguments: { amount: 25 } })).isError).toBeFalsy();
    const decisions = (await home.cli(["logs", "--method", "approvals/approve", "--json"])).stdout;
    await home.cli(["stop"]);
    const after = (await home.cli(["logs", "--method", "approvals/approve", "--json"])).stdout;
    expect(decisions + after).toContain('"identity":"dashboard:dashboard"');
    await page.getByRole("button", { name: "Overview" }).click();
    await page.screenshot({ path: `${ARTIFACTS}dashboard-overview.png`, fullPage: true });
    await client.close();
  });
});
