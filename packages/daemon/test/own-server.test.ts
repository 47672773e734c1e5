import { describe, expect, it } from "vitest";
import { carriesServerMark, runsInsideServer, SERVER_MARK, serverMark } from "../src/own-server.js";

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
