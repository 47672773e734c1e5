// Attack (round 32, found from outside): `mcp-guard logs` filters hid the rows they named. The audit keeps a
// method the specification does not define only as `hmac:<24 hex>` (a keyed digest, so "rows about the same
// value still match"), and a tool name longer than its bound cut and digested, but `logs -m`/`-t` (and the
// dashboard's method filter) compared the column with the value as the person typed it: "did the agent try
// admin/exec?" was answered "no audit entries match" while the audit held the blocked attempt.
// What a user expects: a filter finds the rows of the value it names however the audit kept it (the CLI
// reads the daemon key, never printing it, and digests the value as the audit did), and so does the
// dashboard's API (`method`, `tool`).
// Through the real bridge (a raw client sends the requests), the real CLI and the dashboard's API.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bridgeRequest, dashboardLogin, makeGuardedHome, type GuardedHome } from "../src/index.js";

let home: GuardedHome;
beforeAll(() => {
  home = makeGuardedHome();
});
afterAll(() => home.cleanup());

const LONG_TOOL = `transfer_funds_${"x".repeat(320)}`;

async function rowsFor(...filter: string[]): Promise<unknown[]> {
  const r = await home.cli(["logs", "--json", "--limit", "1000", ...filter]);
  return r.stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as unknown);
}

describe("logs filters and values the audit keeps as digests", () => {
  it("-m finds the attempt of a method outside the specification, -t a long tool name", async () => {
    const sideDoor = await bridgeRequest(home, "fixture", "admin/exec", { command: "id" });
    expect(sideDoor.error).toBeDefined(); // refused (the control)
    const longCall = await bridgeRequest(home, "fixture", "tools/call", { name: LONG_TOOL, arguments: {} });
    expect(longCall.error).toBeDefined();
    // Both attempts are in the audit (the control): blocked rows of this server.
    let blocked = await rowsFor("-s", "fixture", "--decision", "block");
    for (let i = 0; i < 50 && blocked.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      blocked = await rowsFor("-s", "fixture", "--decision", "block");
    }
    expect(blocked.length).toBeGreaterThanOrEqual(2);

    expect({
      method: (await rowsFor("-m", "admin/exec")).length > 0,
      tool: (await rowsFor("-t", LONG_TOOL)).length > 0,
    }).toEqual({ method: true, tool: true });
    // Exactly those rows: the filter still tells one value from another.
    expect((await rowsFor("-m", "admin/exec2")).length).toBe(0);
    // (The audit keeps a long name's first 300 characters: a name differing only after them is the same row.)
    expect((await rowsFor("-t", LONG_TOOL.replace("funds", "fundz"))).length).toBe(0);
    // The key is read, never shown.
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    const text = await home.cli(["logs", "-m", "admin/exec", "-t", LONG_TOOL]);
    expect(`${text.stdout}${text.stderr}`).not.toContain(key);

    // The dashboard's filters find them too.
    const link = await home.cli(["dashboard"]);
    const url = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(link.stdout)?.[0];
    expect(url).toBeDefined();
    const { origin, headers } = await dashboardLogin(url!);
    const api = async (query: string) =>
      ((await (await fetch(`${origin}/api/audit?${query}`, { headers })).json()) as { rows: unknown[] }).rows;
    expect({
      method: (await api(`method=${encodeURIComponent("admin/exec")}`)).length > 0,
      tool: (await api(`tool=${encodeURIComponent(LONG_TOOL)}`)).length > 0,
    }).toEqual({ method: true, tool: true });
  });
});
