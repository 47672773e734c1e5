// Reading a file a person names, whatever it turns out to be (round 36: a config that was a named pipe hung
// every command, one that was a symlink to /dev/zero was read until memory ran out).
import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegularFile, UnreadableFileError } from "../src/regular-file.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-regular-"));

describe("readRegularFile", () => {
  it("reads a regular file, through a symlink too", () => {
    writeFileSync(join(dir, "plain"), "servers: {}\n");
    symlinkSync(join(dir, "plain"), join(dir, "link"));
    expect(readRegularFile(join(dir, "plain"), 100)).toBe("servers: {}\n");
    expect(readRegularFile(join(dir, "link"), 100)).toBe("servers: {}\n");
  });

  it.each([
    ["a named pipe", (at: string) => execFileSync("mkfifo", [at])],
    ["a character device", (at: string) => symlinkSync("/dev/zero", at)],
    ["a directory", (at: string) => symlinkSync(dir, at)],
  ])("refuses %s at once, naming the file", (kind, make) => {
    const at = join(dir, kind.replace(/ /g, "-"));
    make(at);
    expect(() => readRegularFile(at, 100)).toThrow(
      new UnreadableFileError(at, `is not a regular file but ${kind}`),
    );
  });

  it("refuses a file over the size its reader takes", () => {
    writeFileSync(join(dir, "large"), "x".repeat(2049));
    expect(() => readRegularFile(join(dir, "large"), 2048)).toThrow(
      /large is larger than the 2 KiB it may be$/,
    );
  });

  it("throws a missing file's error as is, with its code", () => {
    expect(() => readRegularFile(join(dir, "missing"), 100)).toThrow(
      expect.objectContaining({ code: "ENOENT" }),
    );
  });
});
