// An unexpected exception while handling a request (here: creating the upstream throws) must still answer
// the request with internal_error, never leave it hanging or forward anything.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runBridge } from "@mcp-guard/bridge";
import { configSchema } from "@mcp-guard/config";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { afterAll, describe, expect, it } from "vitest";
import { Daemon } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-fail-"));
const daemon = new Daemon({
  config: configSchema.parse({
    servers: { broken: { command: "unused" } },
    daemon: { home: join(dir, "home"), dashboard_port: 0 },
  }),
  configPath: join(dir, "mcp-guard.yaml"),
  watch: false,
  createUpstream: () => {
    throw new Error("boom while creating the upstream");
  },
});
afterAll(async () => {
  await daemon.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("an unexpected failure", () => {
  it("answers the request with internal_error", async () => {
    await daemon.start();
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    void runBridge({
      server: "broken",
      paths: resolveDaemonPaths({ home: join(dir, "home") }),
      startDaemon: () => {},
      stdin,
      stdout,
      stderr: new PassThrough(),
    });
    stdin.write(
      `${JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } })}\n`,
    );
    const line = await new Promise<string>((resolve) =>
      stdout.once("data", (chunk: Buffer) => resolve(chunk.toString("utf8"))),
    );
    expect(JSON.parse(line)).toMatchObject({
      id: 1,
      error: { code: -32603, data: { reason: "internal_error" } },
    });
    stdin.end();
  });
});
