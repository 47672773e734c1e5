// Stopping by signal a daemon that does not answer on its socket (round 36): only the process the lock proves,
// in order when it heeds SIGTERM (even suspended), with SIGKILL when it does not.
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { lockText, parseLock, type LockHolder } from "@mcp-guard/wire";
import { stopBySignal } from "../src/signal-stop.js";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** A live node process running `script`, once it has started it. */
async function running(script: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["-e", `${script}; process.stdout.write("up")`], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  children.push(child);
  await new Promise((resolve) => child.stdout?.once("data", resolve));
  return child;
}

function holder(pid: number, proven = true): LockHolder & { problem: string } {
  return { ...parseLock(lockText(pid))!, proven, problem: `the daemon (pid ${pid}) does not answer` };
}

const exit = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));

describe("stopping a daemon that does not answer", () => {
  it("wakes a suspended daemon to its SIGTERM, which it heeds", async () => {
    const child = await running("setInterval(() => {}, 1000)");
    const ended = exit(child);
    process.kill(child.pid!, "SIGSTOP");
    expect(await stopBySignal(holder(child.pid!))).toMatch(/^daemon stopped \(pid \d+;.*SIGTERM/);
    expect(await ended).toBe("SIGTERM");
  });

  it("kills one whose SIGTERM never takes effect, after the grace period", async () => {
    const child = await running("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)");
    const ended = exit(child);
    expect(await stopBySignal(holder(child.pid!), 500)).toMatch(/^daemon killed \(pid \d+\)/);
    expect(await ended).toBe("SIGKILL");
  });

  it("signals nothing when the lock does not prove the pid is still its daemon", async () => {
    const child = await running("setInterval(() => {}, 1000)");
    await expect(stopBySignal(holder(child.pid!, false))).rejects.toThrow(/stop it yourself/);
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();
  });
});
