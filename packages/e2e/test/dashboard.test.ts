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
      "  needs-token:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FIXTURE)}]`,
      "    env:",
      "      TOKEN: ${DASHBOARD_TEST_UNSET_TOKEN}",
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

    // The note hides its end behind a right-to-left override, as the agent could to make the person read
    // another call than the one they approve (round 14: the arguments were not shown at all before).
    const args = { amount: 25, note: "pay \u202Eeno\u202C" };
    const pending = await client.callTool({ name: "echo-params", arguments: args }).then(
      () => undefined,
      (err: { data: { approval_id: string } }) => err.data.approval_id,
    );
    expect(pending).toMatch(/^c[0-9a-f]{11}$/);
    await page.getByRole("button", { name: "Approvals" }).click();
    const row = page.locator(`tr[data-id="${pending}"]`);
    await row.waitFor({ timeout: 10_000 });
    // A person deciding sees the call's arguments, with the override as an escape.
    expect(await row.textContent()).toContain('"note":"pay \\u202eeno\\u202c"');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}dashboard-approvals.png`, fullPage: true });
    await row.getByRole("button", { name: "Approve" }).click();
    // Under load the dashboard's refresh after the click has taken more than 10 s (a clean CI run, round 27).
    await row.waitFor({ state: "detached", timeout: 30_000 });

    expect((await client.callTool({ name: "echo-params", arguments: args })).isError).toBeFalsy();
    const decisions = (await home.cli(["logs", "--method", "approvals/approve", "--json"])).stdout;
    await home.stop();
    const after = (await home.cli(["logs", "--method", "approvals/approve", "--json"])).stdout;
    expect(decisions + after).toContain('"identity":"dashboard:dashboard"');
    await page.getByRole("button", { name: "Overview" }).click();
    await page.screenshot({ path: `${ARTIFACTS}dashboard-overview.png`, fullPage: true });
    await client.close();
  });

  it("has a chart with axes, time labels and a legend; tabs with counts; definition changes among approvals; 24-hour dated times", async () => {
    const client = new Client({ name: "dashboard-test-2", version: "1" });
    await client.connect(guardedTransport(home, "pay")); // the daemon was stopped above: starts it again
    await client.listTools(); // pins the definitions
    await client.callTool({ name: "mutate", arguments: {} }); // a rug pull: echo's description changes
    await client.listTools(); // the changed definition is withheld and waits for a person
    const url = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(
      (await home.cli(["dashboard"])).stdout,
    )![0];
    const page = await browser.newPage();
    await page.goto(url);

    await page.locator('text[data-testid="x-label"]').first().waitFor({ timeout: 10_000 });
    const labels = await page.locator('text[data-testid="x-label"]').allTextContents();
    expect(labels).toHaveLength(5);
    for (const label of labels) expect(label).toMatch(/^\d{2}:\d{2}$/);
    expect(await page.locator("#chart").textContent()).toContain("decisions");
    expect(await page.locator("#legend").textContent()).toBe("allowmodifyerrorblock");
    const disabled = page.locator("#servers tr", { hasText: "needs-token" });
    expect(await disabled.textContent()).toContain(
      "disabled: environment variable DASHBOARD_TEST_UNSET_TOKEN is not set",
    );

    await page
      .locator("#n-approvals")
      .filter({ hasText: /\(\d+\)/ })
      .waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: /^Approvals/ }).click();
    const change = page.locator('tr[data-change="pay/tool/echo"]');
    await change.waitFor({ timeout: 10_000 });
    // (the arguments column, added in round 14, is empty for a definition change)
    expect(await change.locator("td").nth(7).textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(await page.locator("#n-pins").textContent()).toBe("(1)");
    await page.screenshot({ path: `${ARTIFACTS}dashboard-approvals-definitions.png`, fullPage: true });

    await page.getByRole("button", { name: /^Live/ }).click();
    const first = page.locator('tr[data-testid="event"] td').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await client.close();
  });
});
