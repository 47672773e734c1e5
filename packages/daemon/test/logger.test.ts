// The daemon's logger, written through for real: credentials are redacted under the field names they
// actually travel under, and each key appears once per line even from a child logger.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-logger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(
  expected: number,
  log: (logger: ReturnType<typeof createLogger>) => void,
): Promise<string[]> {
  const file = join(dir, `${Math.random()}.log`);
  const logger = createLogger(file, "info");
  log(logger);
  // The destination opens asynchronously: wait until every line is on disk.
  for (let i = 0; i < 100; i++) {
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
    if (lines.length >= expected) return lines;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the log lines never reached the file");
}

describe("daemon logger", () => {
  it("redacts credentials by their real field names, at the top and one level down", async () => {
    const values = {
      api_key: "api-key-value-1",
      bearer_token: "bearer-value-2",
      access_token: "access-value-3",
      refresh_token: "refresh-value-4",
      client_secret: "client-secret-5",
      password: "password-6",
    };
    const lines = await written(4, (logger) => {
      logger.info(values, "top level");
      logger.info({ hello: values, credentials: { api_key: "api-key-value-7" } }, "nested");
      logger.info({ headers: { authorization: "Bearer header-value-8" } }, "headers");
      logger.info({ server: { env: { GITHUB_TOKEN: "env-value-9" } } }, "env");
    });
    const text = lines.join("\n");
    for (const value of [...Object.values(values), "api-key-value-7", "header-value-8", "env-value-9"])
      expect(text).not.toContain(value);
    expect(JSON.parse(lines[0]!)).toMatchObject({ api_key: "[REDACTED]", refresh_token: "[REDACTED]" });
  });

  it("writes each key once per line from a child logger", async () => {
    const [line] = await written(1, (logger) =>
      logger.child({ server: "fs", session: "s1" }).warn({ reason: "exited" }, "upstream ended"),
    );
    for (const key of ["server", "session", "reason", "msg", "pid", "time", "level"])
      expect(line!.split(`"${key}":`).length - 1, key).toBe(1);
  });

  it("writes an error's type, message and stack, cycles and BigInts without throwing", async () => {
    const cyclic: Record<string, unknown> = { n: 10n };
    cyclic.self = cyclic;
    const [failed, odd] = await written(2, (logger) => {
      logger.error({ err: new TypeError("boom") }, "failed");
      logger.warn({ cyclic }, "odd");
    });
    expect(JSON.parse(failed!)).toMatchObject({
      level: 50,
      msg: "failed",
      err: { type: "TypeError", message: "boom", stack: expect.stringContaining("TypeError: boom") },
    });
    expect(JSON.parse(odd!)).toMatchObject({ level: 40, cyclic: { n: "10" } });
    expect(odd).toContain('"[Circular]"');
  });

  it("drops lines below its level", async () => {
    const file = join(dir, "levels.log");
    const logger = createLogger(file, "warn");
    logger.debug("debug line");
    logger.info("info line");
    logger.warn("warn line");
    expect(
      readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).msg),
    ).toEqual(["warn line"]);
  });

  it("keeps lines it cannot write and writes them once it can, never throwing", () => {
    const gone = join(dir, "gone");
    mkdirSync(gone);
    const file = join(gone, "daemon.log");
    const logger = createLogger(file, "info");
    rmSync(gone, { recursive: true });
    expect(() => logger.info("while the directory is gone")).not.toThrow();
    mkdirSync(gone);
    logger.info("after it is back");
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).msg);
    expect(lines).toEqual(["while the directory is gone", "after it is back"]);
  });
});
