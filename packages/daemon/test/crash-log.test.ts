// A daemon that crashes says so in daemon.log, where `status` and a person look (a detached daemon's stderr
// goes to its start-up log only), and a stopped daemon leaves no listener on the process behind.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "@mcp-guard/config";
import { afterAll, describe, expect, it } from "vitest";
import { Daemon } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a crash", () => {
  it("is written to daemon.log before Node ends the process", async () => {
    const daemon = new Daemon({
      config: configSchema.parse({
        servers: { notes: { command: "unused" } },
        daemon: { home: join(dir, "home"), dashboard_port: 0 },
      }),
      configPath: join(dir, "mcp-guard.yaml"),
      watch: false,
    });
    const monitors = process.listenerCount("uncaughtExceptionMonitor");
    await daemon.start();
    try {
      // What Node emits just before it prints an uncaught error and exits.
      const boom = new Error("boom in a handler");
      for (const monitor of process.listeners("uncaughtExceptionMonitor")) monitor(boom, "uncaughtException");
      const lines = readFileSync(join(dir, "home", "daemon.log"), "utf8")
        .trim()
        .split("\n");
      const crash = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === 60);
      expect(crash).toMatchObject({
        msg: "the daemon crashed",
        origin: "uncaughtException",
        err: { message: "boom in a handler" },
      });
    } finally {
      await daemon.stop();
    }
    expect(process.listenerCount("uncaughtExceptionMonitor")).toBe(monitors);
  });
});
