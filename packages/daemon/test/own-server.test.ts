import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { carriesServerMark, runsInsideServer, SERVER_MARK, serverMark, stdioOf } from "../src/own-server.js";

const noStdio = () => false;

describe("runsInsideServer", () => {
  it("finds a server among a process's ancestors, or the process itself", () => {
    expect(
      runsInsideServer(process.pid, { isServer: (pid) => pid === process.ppid, isServerStdio: noStdio }),
    ).toBe(true);
    expect(
      runsInsideServer(process.pid, { isServer: (pid) => pid === process.pid, isServerStdio: noStdio }),
    ).toBe(true);
  });

  it("is false when no ancestor is a server, and for a pid that is gone", () => {
    expect(runsInsideServer(process.pid, { isServer: () => false, isServerStdio: noStdio })).toBe(false);
    expect(
      runsInsideServer(process.ppid, { isServer: (pid) => pid === process.pid, isServerStdio: noStdio }),
    ).toBe(false);
    expect(
      runsInsideServer(2 ** 22 + 1, { isServer: (pid) => pid === process.pid, isServerStdio: noStdio }),
    ).toBe(false);
  });

  // A relay's shell (`cat | bridge | cat`) keeps the server's pipes while the bridge gets fresh ones.
  it("finds a server's stdio held by the process or by a process above it", async () => {
    const shell = spawn("/bin/sh", ["-c", "sleep 5 </dev/null >/dev/null 2>&1 & echo $!; wait"], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    let relayed = 0;
    try {
      relayed = Number(await new Promise<string>((resolve) => shell.stdout.once("data", resolve)));
      const held = stdioOf(shell.pid ?? 0);
      expect(held).toHaveLength(2);
      // The child of the shell's fork has its redirections a moment after $! is known.
      for (let tries = 0; tries < 100 && stdioOf(relayed).length > 0; tries++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(stdioOf(relayed)).toEqual([]);
      const servers = { isServer: () => false, isServerStdio: (name: string) => held.includes(name) };
      expect(runsInsideServer(relayed, servers)).toBe(true);
      expect(runsInsideServer(shell.pid ?? 0, servers)).toBe(true);
      expect(runsInsideServer(process.pid, servers)).toBe(false);
    } finally {
      if (relayed > 0) process.kill(relayed, "SIGKILL");
      shell.kill("SIGKILL");
    }
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
