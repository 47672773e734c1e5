// Attack (round 31, found from outside): a daemon lock held by whatever process had its pid. A daemon that
// died without releasing its lock (killed with -9, an out-of-memory kill, a power cut or a reboot) leaves
// `<home>/daemon.lock` naming its pid, and the lock was judged by whether *some* process had that pid
// (signal 0, EPERM counting as alive): after a reboot, or once pids wrap, the pid is soon another program's
// (a shell, a browser tab, another user's process), and from then on every bridge failed ("the daemon did
// not start within 20 s") and every guarded server of every client stayed down until a person found and
// deleted the lock by hand. A user expects what the README promises: a lock whose process is not the
// mcp-guard daemon that wrote it is stale and taken over, while two bridges starting at once still start
// one daemon (lifecycle.test.ts).
// Proved through the real bridge (`mcp-guard connect`, as a client launches it), with a `sleep` standing in
// for the unrelated program that got the dead daemon's pid, and a lock of the pid alone, as daemons before
// round 31 wrote it. The zombie case is shutdown.test.ts's.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome } from "../src/index.js";

const home = makeGuardedHome();
afterAll(() => home.cleanup());

const INIT = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "pipe", version: "1" } },
};

/** Runs a bridge over a home whose lock names `unrelated` as `lock` says, and expects it to be served. */
async function servedDespite(lock: (pid: number) => string): Promise<void> {
  const unrelated = spawn("sleep", ["60"], { stdio: "ignore" });
  try {
    mkdirSync(home.home, { recursive: true, mode: 0o700 });
    writeFileSync(join(home.home, "daemon.lock"), lock(unrelated.pid!), { mode: 0o600 });
    const r = await home.cli(["connect", "-s", "everything"], {
      input: `${JSON.stringify(INIT)}\n`,
      timeoutMs: 30_000,
    });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 1, result: { serverInfo: {} } });
  } finally {
    unrelated.kill("SIGKILL");
    await home.cli(["stop"], { timeoutMs: 30_000 });
    rmSync(join(home.home, "daemon.lock"), { force: true });
  }
}

describe("a lock left by a dead daemon whose pid another program now has", () => {
  it("is stale: the bridge starts a daemon and the client is served", async () => {
    await servedDespite((pid) => `${pid}\n`);
  });

  it("is stale when it records its daemon's start too (a lock as written since round 31)", async () => {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    await servedDespite((pid) => `${pid}\n${boot}:1\n`);
  });
});
