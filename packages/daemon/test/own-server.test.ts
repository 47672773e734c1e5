import { describe, expect, it } from "vitest";
import { descendsFrom } from "../src/own-server.js";

describe("descendsFrom", () => {
  it("follows /proc's parent links up from a process", () => {
    expect(descendsFrom(process.pid, process.ppid)).toBe(true);
  });

  it("is false for the process itself, an ancestor asked the other way round, and a pid that is gone", () => {
    expect(descendsFrom(process.pid, process.pid)).toBe(false);
    expect(descendsFrom(process.ppid, process.pid)).toBe(false);
    expect(descendsFrom(2 ** 22 + 1, process.pid)).toBe(false);
  });
});
