// A session's environment (what the client gave the bridge) fills its server's `${VAR}`s and nothing else:
// the server runs with the daemon's PATH and HOME, however the client set them. Otherwise a client's PATH
// chose which program a bare `node` was (and so what received the secrets the guard fills in), and its HOME
// where the server's `~` led (attack-session-path-and-home.test.ts end to end).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runBridge } from "@mcp-guard/bridge";
import { loadConfigFile } from "@mcp-guard/config";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { afterAll, describe, expect, it } from "vitest";
import { Daemon } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-session-env-"));
const saw = join(dir, "server-saw.json");
const server = join(dir, "server.cjs");
// Records what it was started with, then answers initialize.
writeFileSync(
  server,
  [
    `require('node:fs').writeFileSync(${JSON.stringify(saw)}, JSON.stringify({`,
    "  PATH: process.env.PATH, HOME: process.env.HOME, TOKEN: process.env.TOKEN,",
    "  LD_PRELOAD: process.env.LD_PRELOAD, NODE_OPTIONS: process.env.NODE_OPTIONS }));",
    "require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {",
    "  const m = JSON.parse(line); if (m.id === undefined) return;",
    "  process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: m.id, result: { protocolVersion: '2025-06-18',",
    "    capabilities: {}, serverInfo: { name: 'env', version: '1' } } }) + '\\n'); });",
  ].join("\n"),
);
const configPath = join(dir, "mcp-guard.yaml");
writeFileSync(
  configPath,
  [
    "daemon:",
    `  home: ${JSON.stringify(join(dir, "home"))}`,
    "  dashboard_port: 0",
    "servers:",
    "  env:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(server)}]`,
    "    env:",
    "      TOKEN: ${TOKEN}",
  ].join("\n"),
);
const loaded = loadConfigFile(configPath);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const daemon = new Daemon({ config: loaded.config, variables: loaded.variables, configPath, watch: false });
afterAll(async () => {
  await daemon.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a session's environment", () => {
  it("fills the entry's variables, while PATH, HOME and the rest are the daemon's", async () => {
    await daemon.start();
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    void runBridge({
      server: "env",
      paths: resolveDaemonPaths({ home: join(dir, "home") }),
      startDaemon: () => {},
      env: {
        PATH: "/project/bin",
        HOME: "/project",
        TOKEN: "the-client's-token",
        LD_PRELOAD: "/project/hook.so",
        NODE_OPTIONS: "--require /project/hook.js",
      },
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
    expect(JSON.parse(line)).toMatchObject({ id: 1, result: { serverInfo: { name: "env" } } });
    stdin.end();
    expect(JSON.parse(readFileSync(saw, "utf8"))).toEqual({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TOKEN: "the-client's-token",
    });
  });
});
