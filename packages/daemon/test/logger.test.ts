// The daemon's logger, written through for real: credentials are redacted under the field names they
// actually travel under, and each key appears once per line even from a child logger.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
});
