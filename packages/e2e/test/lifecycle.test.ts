// The daemon's life: detached start, the single-instance lock, file modes, auto-start races, status,
// health and stop.
import { spawn } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome, type GuardedHome } from "../src/index.js";

let home: GuardedHome;
afterEach(() => home.cleanup());

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("daemon lifecycle", () => {
  it("starts detached, refuses a second start without touching the first, reports status, and stops", async () => {
    home = makeGuardedHome();
    const first = await home.cli(["start", "-d"]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/mcp-guard daemon started \(pid \d+\)/);
    const pid = Number(/pid (\d+)/.exec(first.stdout)![1]);

    const second = await home.cli(["start", "-d"]);
    expect(second.code).toBe(3); // "already running": a bridge that started it keeps waiting for that daemon
    expect(second.stderr).toContain(`a daemon is already running (pid ${pid})`);
    const foreground = await home.cli(["start"]);
    expect(foreground.code).toBe(3);
    expect(foreground.stderr).toContain("already running");

    const health = await home.cli(["health"]);
    expect(health.code).toBe(0);
    expect(health.stdout.trim()).toBe("healthy");
    const status = await home.cli(["status", "--json"]);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as { pid: number; servers: Record<string, unknown> };
    expect(parsed.pid).toBe(pid);
    expect(Object.keys(parsed.servers)).toEqual(["everything", "filesystem", "memory", "fixture"]);

    const stop = await home.cli(["stop"]);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toContain(`daemon stopped (pid ${pid})`);
    expect((await home.cli(["status"])).code).toBe(3);
    expect((await home.cli(["health"])).code).toBe(1);
  });

  it("keeps its home 0700 and its key, socket, database, WAL and SHM 0600", async () => {
    home = makeGuardedHome();
    const client = new Client({ name: "modes", version: "1" });
    await client.connect(guardedTransport(home, "fixture"));
    await client.listTools();
    expect(mode(home.home)).toBe("700");
    for (const file of [
      "daemon.key",
      "daemon.sock",
      "mcp-guard.db",
      "mcp-guard.db-wal",
      "mcp-guard.db-shm",
      "daemon.log",
    ]) {
      expect(mode(`${home.home}/${file}`), file).toBe("600");
    }
    await client.close();
  });

  it("explains why a detached start failed", async () => {
    home = makeGuardedHome("  broken:\n    transport: sse\n");
    const result = await home.cli(["start", "-d"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/mcp-guard\.yaml:\d+: servers\.broken\.url: a sse server needs a url/);
  });

  it("reports the daemon's own reason when the background process fails", async () => {
    home = makeGuardedHome();
    mkdirSync(home.home, { recursive: true, mode: 0o700 });
    writeFileSync(`${home.home}/daemon.key`, `${"ab".repeat(32)}\n`, { mode: 0o644 });
    const result = await home.cli(["start", "-d"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the daemon did not start");
    expect(result.stderr).toMatch(/daemon\.key has mode 644; it must be 600/);
  });

  it("auto-starts exactly one daemon when several clients start at once", async () => {
    home = makeGuardedHome();
    const clients = Array.from({ length: 4 }, () => new Client({ name: "race", version: "1" }));
    await Promise.all(clients.map((c) => c.connect(guardedTransport(home, "fixture"))));
    const results = await Promise.all(
      clients.map((c) => c.callTool({ name: "echo", arguments: { message: "hi" } })),
    );
    for (const r of results) expect(r.content).toEqual([{ type: "text", text: "hi" }]);
    const status = JSON.parse((await home.cli(["status", "--json"])).stdout) as {
      sessions: unknown[];
      pid: number;
    };
    expect(status.sessions).toHaveLength(4);
    const daemons = await countProcesses(`${home.configPath}`);
    expect(daemons).toBe(1);
    await Promise.all(clients.map((c) => c.close()));
  });
});

/** Daemon processes (`mcp-guard start --config <path>`) for this config. */
function countProcesses(configPath: string): Promise<number> {
  return new Promise((resolve) => {
    const ps = spawn("ps", ["-eo", "args"], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    ps.stdout.setEncoding("utf8").on("data", (t: string) => (out += t));
    ps.on("close", () =>
      resolve(out.split("\n").filter((l) => l.includes(" start ") && l.includes(configPath)).length),
    );
  });
}
