// Stopping always finishes, the lock belongs to a live daemon only, and a bridge that cannot reach a daemon
// says why at once: a client that closes stdin mid-request, a stop while a server is still starting, a lock
// left by a killed daemon that is still a zombie, and configs that do not parse or do not validate.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeGuardedHome, runCli, type GuardedHome } from "../src/index.js";

const SLOW_START = `  slowstart:
    command: ${JSON.stringify(process.execPath)}
    args: [${JSON.stringify(join(import.meta.dirname, "../dist/fixtures/test-server.js"))}]
    env:
      FIXTURE_START_DELAY_MS: "1500"`;

const INIT = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "pipe", version: "1" } },
};
const lines = (...messages: object[]) => messages.map((m) => `${JSON.stringify(m)}\n`).join("");

let home: GuardedHome | undefined;
afterEach(async () => {
  await home?.cleanup();
  home = undefined;
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.startsWith("Z");
  } catch {
    return false;
  }
}

describe("a client that closes stdin, and stop", () => {
  it("answers every request in flight when the client closes stdin at once", async () => {
    home = makeGuardedHome(SLOW_START);
    const call = {
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: "echo", arguments: { message: "hi" } },
    };
    const r = await home.cli(["connect", "-s", "slowstart"], {
      input: lines(INIT, { jsonrpc: "2.0", method: "notifications/initialized" }, call),
    });
    expect(r.code).toBe(0);
    const answers = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: number; result?: unknown });
    expect(answers.map((a) => a.id)).toEqual([1, 2]);
    expect(JSON.stringify(answers[1]!.result)).toContain("hi");
  });

  it("stops while a closed client's server is still starting: the process exits and only then is the lock gone", async () => {
    home = makeGuardedHome(SLOW_START);
    const h = home;
    expect((await h.cli(["start", "-d"])).code).toBe(0);
    const pid = Number.parseInt(readFileSync(join(h.home, "daemon.lock"), "utf8"), 10); // its first line
    const bridge = h.cli(["connect", "-s", "slowstart"], { input: lines(INIT) });
    await new Promise((r) => setTimeout(r, 300)); // the server is still starting
    const stopped = await h.cli(["stop"]);
    expect(stopped.code).toBe(0);
    expect(isRunning(pid)).toBe(false);
    expect(existsSync(join(h.home, "daemon.lock"))).toBe(false);
    const answer = await bridge;
    expect(JSON.parse(answer.stdout.trim().split("\n")[0]!)).toMatchObject({ id: 1, result: {} });
    const log = readFileSync(join(h.home, "daemon.log"), "utf8");
    expect(log).not.toContain("database connection is not open");
    expect(log).toContain("daemon stopped");
    expect((await h.cli(["status"])).code).toBe(3);
  });
});

describe("a bridge that cannot reach a daemon says why at once", () => {
  it("starts a daemon although a killed one is still an unreaped zombie holding the lock", async () => {
    home = makeGuardedHome();
    const h = home;
    // `sleep 0.1` becomes a child of `sleep 30`, which never waits for it: a zombie, as a daemon killed
    // with -9 is until its parent reaps it.
    const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 30"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const zombie = Number(
      await new Promise<string>((r) => parent.stdout.once("data", (d: Buffer) => r(String(d)))),
    );
    await new Promise((r) => setTimeout(r, 400));
    try {
      expect(readFileSync(`/proc/${zombie}/stat`, "utf8")).toMatch(/\) Z /);
      mkdirSync(h.home, { recursive: true, mode: 0o700 });
      writeFileSync(join(h.home, "daemon.lock"), `${zombie}\n`);
      const r = await h.cli(["connect", "-s", "everything"], { input: lines(INIT), timeoutMs: 15_000 });
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 1, result: { serverInfo: {} } });
    } finally {
      parent.kill("SIGKILL");
    }
  });

  it("a config that is not YAML: exits 1 naming the file, without starting a daemon in the default home", async () => {
    home = makeGuardedHome();
    const h = home;
    writeFileSync(h.configPath, "servers:\n  everything: [unclosed\n");
    const defaultHome = join(h.dir, "default-home");
    const r = await runCli(
      ["connect", "-s", "everything", "-c", h.configPath],
      { ...h.env, MCP_GUARD_HOME: defaultHome },
      { input: lines(INIT), timeoutMs: 10_000 },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${h.configPath} is not valid YAML`);
    expect(existsSync(join(defaultHome, "daemon.sock"))).toBe(false);
  });

  it("a config that does not validate: exits 1 with the daemon's own reason, not a timeout", async () => {
    home = makeGuardedHome();
    const h = home;
    writeFileSync(h.configPath, `${readFileSync(h.configPath, "utf8")}\nauidt:\n  stdout: true\n`);
    const r = await h.cli(["connect", "-s", "everything"], { input: lines(INIT), timeoutMs: 10_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the daemon did not start");
    expect(r.stderr).toContain('unknown key "auidt" (did you mean "audit"?)');
    expect(r.stderr).not.toContain("within 20 s");
  });
});
