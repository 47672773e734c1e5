import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keysMatch } from "../src/connection.js";
import { acquireLock, AlreadyRunningError } from "../src/home.js";
import { lockText } from "@mcp-guard/wire";
import { Lane } from "../src/lane.js";
import { serverEnvironment } from "../src/server-env.js";
import { SERVER_MARK, serverMark } from "../src/own-server.js";

describe("serverEnvironment", () => {
  const daemonEnv = {
    PATH: "/bin",
    HOME: "/home/u",
    AWS_SECRET_ACCESS_KEY: "s3cr3t",
    GITHUB_TOKEN: "ghp_x",
    EXTRA: "e",
  };
  it("passes the safe set and configured values, never other daemon variables", () => {
    expect(serverEnvironment(daemonEnv, [], { API_URL: "u" })).toEqual({
      PATH: "/bin",
      HOME: "/home/u",
      API_URL: "u",
      ...serverMark(),
    });
  });
  it("adds explicitly passed-through names, and configured values win", () => {
    expect(serverEnvironment(daemonEnv, ["EXTRA", "MISSING"], { HOME: "/srv" })).toEqual({
      PATH: "/bin",
      HOME: "/srv",
      EXTRA: "e",
      ...serverMark(),
    });
  });
  it("always ends with the mark of the daemon that starts the server, whatever the entry sets", () => {
    expect(serverEnvironment(daemonEnv, [SERVER_MARK], { [SERVER_MARK]: "other" })[SERVER_MARK]).toBe(
      serverMark()[SERVER_MARK],
    );
  });
});

describe("single-instance lock", () => {
  const pidIn = (lock: string) => readFileSync(lock, "utf8").split("\n")[0];

  it("lets one holder in, names it to the next, and is free after release", () => {
    const lock = join(mkdtempSync(join(tmpdir(), "mcpg-lock-")), "daemon.lock");
    const release = acquireLock(lock);
    expect(pidIn(lock)).toBe(String(process.pid));
    release();
    expect(existsSync(lock)).toBe(false);
    acquireLock(lock)();
  });

  it("refuses while the live process that wrote it holds it", () => {
    const lock = join(mkdtempSync(join(tmpdir(), "mcpg-lock-")), "daemon.lock");
    writeFileSync(lock, lockText(process.ppid));
    expect(() => acquireLock(lock)).toThrow(AlreadyRunningError);
    expect(pidIn(lock)).toBe(String(process.ppid));
  });

  it("takes over a lock left by a dead process", () => {
    const lock = join(mkdtempSync(join(tmpdir(), "mcpg-lock-")), "daemon.lock");
    const dead = Number(execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]));
    writeFileSync(lock, `${dead}\n`);
    const release = acquireLock(lock);
    expect(pidIn(lock)).toBe(String(process.pid));
    release();
  });

  it("takes over a lock whose pid a process that did not write it now has", () => {
    const lock = join(mkdtempSync(join(tmpdir(), "mcpg-lock-")), "daemon.lock");
    writeFileSync(lock, `${process.ppid}\n${lockText(process.ppid).split("\n")[1]}0\n`);
    const release = acquireLock(lock);
    expect(pidIn(lock)).toBe(String(process.pid));
    release();
  });
});

// A key that is not a string never gets here: the hello's parser refuses it (wire control-messages tests).
describe("keysMatch", () => {
  it.each([
    ["a".repeat(64), true],
    ["b".repeat(64), false],
    ["a".repeat(63), false],
    ["", false],
  ])("compares %s", (presented, expected) => {
    expect(keysMatch("a".repeat(64), presented)).toBe(expected);
  });
});

describe("Lane", () => {
  it("runs synchronous tasks at once and keeps later tasks behind an asynchronous one", async () => {
    const order: string[] = [];
    const lane = new Lane(() => {});
    lane.run(() => void order.push("sync-1"));
    expect(order).toEqual(["sync-1"]);
    lane.run(() => new Promise<void>((r) => setTimeout(() => (order.push("async-2"), r()), 20)));
    lane.run(() => void order.push("sync-3"));
    expect(order).toEqual(["sync-1"]);
    await lane.idle();
    expect(order).toEqual(["sync-1", "async-2", "sync-3"]);
  });

  it("reports a failing task and carries on", async () => {
    const errors: unknown[] = [];
    const lane = new Lane((e) => errors.push(e));
    lane.run(() => Promise.reject(new Error("x")));
    let ran = false;
    lane.run(() => void (ran = true));
    await lane.idle();
    expect(ran).toBe(true);
    expect(errors).toHaveLength(1);
  });
  it("ends by dropping what has not started, telling each why, and is idle at once", async () => {
    const lane = new Lane<string>(() => {});
    const ran: string[] = [];
    const dropped: string[] = [];
    lane.run(() => new Promise<void>(() => {})); // a step that never settles
    lane.run(
      () => void ran.push("queued"),
      (why) => dropped.push(`queued: ${why}`),
    );
    lane.end("session ended");
    expect(dropped).toEqual(["queued: session ended"]);
    await lane.idle();
    lane.run(
      () => void ran.push("later"),
      (why) => dropped.push(`later: ${why}`),
    );
    expect(dropped).toEqual(["queued: session ended", "later: session ended"]);
    expect(ran).toEqual([]);
  });
});
