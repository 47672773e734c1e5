import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { carriesServerMark, runsInsideServer, SERVER_MARK, serverMark, stdioOf } from "../src/own-server.js";

describe("runsInsideServer", () => {
  it("finds a server among a process's ancestors, or the process itself", () => {
    expect(runsInsideServer(process.pid, (pid) => pid === process.ppid)).toBe(true);
    expect(runsInsideServer(process.pid, (pid) => pid === process.pid)).toBe(true);
  });

  it("is false when no ancestor is a server, and for a pid that is gone", () => {
    expect(runsInsideServer(process.pid, () => false)).toBe(false);
    expect(runsInsideServer(process.ppid, (pid) => pid === process.pid)).toBe(false);
    expect(runsInsideServer(2 ** 22 + 1, (pid) => pid === process.pid)).toBe(false);
  });
});

describe("carriesServerMark", () => {
  it("is true for the environment of a server this daemon started, and what inherits it", () => {
    expect(carriesServerMark({ PATH: "/bin", ...serverMark() })).toBe(true);
  });

  it("is false without the mark, or with another daemon's", () => {
    expect(carriesServerMark(undefined)).toBe(false);
    expect(carriesServerMark({ PATH: "/bin" })).toBe(false);
    expect(carriesServerMark({ [SERVER_MARK]: "" })).toBe(false);
    expect(carriesServerMark({ [SERVER_MARK]: "0".repeat(32) })).toBe(false);
  });
});

describe("stdioOf", () => {
  it("names the pipes or sockets a process was given as stdin and stdout", () => {
    const child = spawn("sleep", ["5"], { stdio: ["pipe", "pipe", "ignore"] });
    try {
      const names = stdioOf(child.pid ?? 0);
      expect(names).toHaveLength(2);
      for (const name of names) expect(name).toMatch(/^(pipe|socket):\[\d+\]$/);
      expect(names[0]).not.toBe(names[1]);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("names nothing for a file or a device (shared by unrelated processes), or a process that is gone", () => {
    const dir = mkdtempSync(join(tmpdir(), "own-server-"));
    const file = openSync(join(dir, "out"), "w");
    const child = spawn("sleep", ["5"], { stdio: ["ignore", file, "ignore"] });
    try {
      expect(stdioOf(child.pid ?? 0)).toEqual([]);
    } finally {
      child.kill("SIGKILL");
      closeSync(file);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(stdioOf(2 ** 22 + 1)).toEqual([]);
  });
});
