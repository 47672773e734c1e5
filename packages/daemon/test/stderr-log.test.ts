// What a server's stderr costs the daemon's log: a budget per interval, the rest counted and said.
import { generateKeyPairSync } from "node:crypto";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Logger } from "../src/logger.js";
import { StderrLog } from "../src/upstream/stderr-log.js";

const TOKEN = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A";

function recorder() {
  const lines: { fields: Record<string, unknown>; msg: string }[] = [];
  const record = (fields: Record<string, unknown>, msg: string) => lines.push({ fields, msg });
  return { lines, log: { info: record, warn: record } as unknown as Logger };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a server's stderr in the daemon's log", () => {
  it("logs the first lines of each interval, counts the rest and says how many once per interval", () => {
    const { lines, log } = recorder();
    const stderr = new StderrLog(log);
    for (let i = 0; i < 1000; i++) stderr.push(`line ${i}\n`);
    const logged = lines.filter((l) => l.msg === "server stderr");
    expect(logged.length).toBeLessThanOrEqual(100);
    expect(logged[0]!.fields.stderr).toBe("line 0");
    expect(lines.filter((l) => /not logged/.test(l.msg))).toEqual([]);
    vi.advanceTimersByTime(10_000);
    const reports = lines.filter((l) => /not logged/.test(l.msg));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.fields.skipped_lines).toBe(1000 - logged.length);
    // A new interval: its first lines are logged again.
    stderr.push("after\n");
    expect(lines.at(-1)!.fields.stderr).toBe("after");
  });

  it("bounds the characters logged as well as the lines", () => {
    const { lines, log } = recorder();
    const stderr = new StderrLog(log);
    for (let i = 0; i < 50; i++) stderr.push(`${"x".repeat(5000)}\n`);
    const chars = lines.reduce((sum, l) => sum + String(l.fields.stderr ?? "").length, 0);
    expect(chars).toBeLessThanOrEqual(40 * 1024);
    stderr.end();
    expect(lines.at(-1)!.msg).toMatch(/^\d+ lines of this server's stderr not logged/);
  });

  it("shows the last lines in the tail, unlogged ones redacted too", () => {
    const { log } = recorder();
    const stderr = new StderrLog(log);
    for (let i = 0; i < 500; i++) stderr.push(`line ${i}\n`);
    stderr.push(`fatal: token ${TOKEN} refused\n`);
    const tail = stderr.tail();
    expect(tail).toHaveLength(20);
    expect(tail.at(-2)).toBe("line 499");
    expect(tail.at(-1)).toMatch(/^fatal: token .*REDACTED.* refused$/);
    expect(tail.join("\n")).not.toContain(TOKEN.slice(4));
  });

  it("keeps a private key written past the budget out of the tail", () => {
    const { log } = recorder();
    const stderr = new StderrLog(log);
    for (let i = 0; i < 500; i++) stderr.push(`line ${i}\n`);
    const key = generateKeyPairSync("ec", { namedCurve: "P-256" })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    // Its lines past the budget are not redacted when read, yet followed: none of them reaches the tail.
    stderr.push(`${key.trim()}\ndone\n`);
    const tail = stderr.tail();
    expect(tail.at(-1)).toBe("done");
    const bodies = key.split("\n").filter((l) => l && !l.startsWith("-----"));
    for (const body of bodies) expect(tail.join("\n")).not.toContain(body.slice(-8));
  });

  it("stops reading past the read budget until the interval ends, and reads to the end once released", async () => {
    const { log } = recorder();
    const stderr = new StderrLog(log);
    const stream = new PassThrough();
    stderr.follow(stream);
    const delivered = () => new Promise((resolve) => setImmediate(resolve));
    const chunk = `${"y".repeat(1023)}\n`.repeat(1024); // 1 MiB
    for (let i = 0; i < 17; i++) stream.write(chunk);
    await delivered();
    expect(stream.isPaused()).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(stream.isPaused()).toBe(false);
    for (let i = 0; i < 17; i++) stream.write(chunk);
    await delivered();
    expect(stream.isPaused()).toBe(true);
    stderr.release();
    expect(stream.isPaused()).toBe(false);
  });
});
