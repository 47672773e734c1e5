// Whether the process a daemon lock names still holds it (round 31: a lock was held by whatever process
// had its pid, so after a crash or a reboot that handed the pid to another program no daemon could start).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { holdsLock, lockText, parseLock } from "../src/daemon-lock.js";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** A live process running `file` under node, as the daemon runs bin/mcp-guard.js. */
async function running(file: string): Promise<number> {
  const script = join(mkdtempSync(join(tmpdir(), "mcpg-holder-")), file);
  writeFileSync(script, "setInterval(() => {}, 1000); process.stdout.write('up');");
  const child = spawn(process.execPath, [script, "start"], { stdio: ["ignore", "pipe", "ignore"] });
  children.push(child);
  await new Promise((resolve) => child.stdout?.once("data", resolve));
  return child.pid ?? 0;
}

describe("the daemon lock's holder", () => {
  it("records the pid first and the process's start after it", () => {
    const record = parseLock(lockText());
    expect(record).toEqual({ pid: process.pid, started: expect.stringMatching(/^[0-9a-f-]+:\d+$/) });
    expect(holdsLock(record!)).toBe(true);
  });

  it("is not a process with the same pid that started at another time (or in another boot)", () => {
    const started = parseLock(lockText())!.started!;
    expect(holdsLock({ pid: process.pid, started: `${started}0` })).toBe(false);
    expect(holdsLock({ pid: process.pid, started: `another-boot:${started.split(":")[1]}` })).toBe(false);
  });

  it("is not a process that has gone", async () => {
    const pid = await running("gone.js");
    children.pop()?.kill("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(holdsLock({ pid })).toBe(false);
  });

  it("without a recorded start (an older lock), is only a live process that runs mcp-guard", async () => {
    expect(holdsLock({ pid: await running("mcp-guard.js") })).toBe(true);
    expect(holdsLock({ pid: await running("mcp-guard-daemon.js") })).toBe(true);
    expect(holdsLock({ pid: await running("other-program.js") })).toBe(false);
  });

  it("reads a lock of a pid alone, and refuses one that names no pid", () => {
    expect(parseLock("123\n")).toEqual({ pid: 123 });
    expect(parseLock("")).toBeUndefined();
    expect(parseLock("-4\n")).toBeUndefined();
  });
});
