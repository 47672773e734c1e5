// Attack (round 36, found from outside): a daemon that is running but cannot be reached. The CLI judges "running"
// by whether the socket answers within 5 s, never by the lock, whose process it can check:
//  - `mcp-guard start` run in a terminal and suspended with Ctrl-Z (SIGSTOP), or a daemon whose event loop is
//    stuck, keeps its process, its lock, its socket and every session's server, and the kernel still accepts
//    connections on the socket; `status` prints "daemon: not running" and exits 3, and `stop` prints "daemon
//    is not running" and exits 0, having stopped nothing (the daemon carries on once continued);
//  - a daemon whose socket file was removed (a cleaner, a mistaken `rm`) is told apart by nobody either:
//    `status` and `stop` say "not running", and every bridge waits 20 s and then says "the daemon did not start
//    within 20 s" while the running daemon's lock is why none can start (`start -d` does name it).
// What a user expects: the CLI says that the daemon (its pid, from the lock) is running but not answering,
// `stop` stops it or fails saying so (never reports success), and a bridge names the daemon that is in the way.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type CliResult } from "../src/index.js";

const home = makeGuardedHome();
const started: number[] = [];
afterAll(async () => {
  // The harness stops a daemon through its socket: one the test cut off is ended here.
  for (const pid of started) {
    resume(pid);
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      /* gone */
    }
    await gone(pid);
  }
  await home.cleanup();
});

function resume(pid: number): void {
  try {
    process.kill(pid, "SIGCONT");
  } catch {
    /* gone */
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.startsWith("Z");
  } catch {
    return false;
  }
}

async function gone(pid: number, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

/** Starts the daemon with a session and returns its pid, from the lock. */
async function runningDaemon(): Promise<number> {
  const bridge = new RawBridge(home, "fixture");
  await bridge.initialize();
  bridge.close();
  await bridge.exited;
  const pid = Number.parseInt(readFileSync(join(home.home, "daemon.lock"), "utf8"), 10);
  started.push(pid);
  return pid;
}

const said = (r: CliResult) => `${r.stdout}${r.stderr}`;

describe("a daemon that is running but cannot be reached", () => {
  it("suspended: status does not say it is not running, and stop does not claim success", async () => {
    const pid = await runningDaemon();
    let status: CliResult;
    let stop: CliResult;
    process.kill(pid, "SIGSTOP");
    try {
      status = await home.cli(["status"]);
      stop = await home.cli(["stop"]);
    } finally {
      resume(pid);
    }
    // Whatever stop sent a suspended process takes effect once it runs again.
    const stopped = await gone(pid);
    expect(said(status)).not.toMatch(/not running/);
    expect(said(status)).toContain(String(pid));
    expect(status.code).not.toBe(3);
    expect(said(stop)).not.toMatch(/not running/);
    // Either it stopped the daemon, or it failed saying it could not.
    expect({ stopped, code: stop.code === 0 ? 0 : "non-zero" }).not.toEqual({ stopped: false, code: 0 });
  });

  it("its socket removed: status, stop and a bridge name the daemon in the way", async () => {
    const pid = await runningDaemon();
    rmSync(join(home.home, "daemon.sock"));
    const status = await home.cli(["status"]);
    const bridge = new RawBridge(home, "fixture");
    const { code, stderr } = await bridge.exited;
    const stop = await home.cli(["stop"]);
    const stopped = !alive(pid);
    expect(said(status)).not.toMatch(/not running/);
    expect(said(status)).toContain(String(pid));
    expect(code).toBe(1);
    expect(stderr).toContain(String(pid));
    expect(said(stop)).not.toMatch(/not running/);
    expect({ stopped, code: stop.code === 0 ? 0 : "non-zero" }).not.toEqual({ stopped: false, code: 0 });
  });
});
