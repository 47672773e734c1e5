// Probe (round 27b, from outside; the door held): a session stops reading its server while the client reads
// slower than the server writes. A paused child stdout never reports its end (node emits no 'close' for it),
// so closing such a session could wait for the server's pipes for ever, and `mcp-guard stop` with a client
// that stopped reading (a frozen editor) would never complete. It does: the daemon stops within its
// deadlines. Proved with the flood fixture held back (FLOOD_LOG) and a client that stops reading its stdout.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, FLOOD, makeGuardedHome } from "../src/index.js";

const dir = makeGuardedHome().dir;
const floodLog = join(dir, "flood.log");
const home = makeGuardedHome(
  [
    "  flood:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FLOOD)}]`,
    `    env: { FLOOD_LOG: ${JSON.stringify(floodLog)} }`,
  ].join("\n"),
);
let daemonPid: number | undefined;
afterAll(async () => {
  // The daemon may still be stuck in its stop: end it so that the run does not leak it.
  if (daemonPid)
    try {
      process.kill(daemonPid, "SIGKILL");
    } catch {
      /* gone */
    }
  await home.cleanup();
});

describe("mcp-guard stop with a client that stopped reading", () => {
  it("stops the daemon within its shutdown deadlines", async () => {
    const bridge = spawn(process.execPath, [CLI, "connect", "-s", "flood", "-c", home.configPath], {
      env: home.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    bridge.stdin.on("error", () => {});
    let out = "";
    const onData = (t: Buffer) => (out += t.toString("utf8"));
    bridge.stdout.on("data", onData);
    const send = (m: object) => bridge.stdin.write(`${JSON.stringify(m)}\n`);
    send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "slow", version: "1" } },
    });
    const deadline = Date.now() + 30_000;
    while (!out.includes('"id":1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain('"id":1');
    send({ jsonrpc: "2.0", method: "notifications/initialized" });
    send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    while (!out.includes('"id":2') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // The client stops reading; the server floods it (2,000 progress notifications of 8 KB).
    bridge.stdout.off("data", onData);
    bridge.stdout.pause();
    send({
      jsonrpc: "2.0",
      id: 3,
      method: "tools/call",
      params: { name: "flood", arguments: { count: 2000, size: 8192 }, _meta: { progressToken: "p" } },
    });
    await new Promise((r) => setTimeout(r, 3000));
    // The server was held back: the session stopped reading it.
    expect(existsSync(floodLog) && readFileSync(floodLog, "utf8").trim().length > 0).toBe(true);
    const status = await home.status();
    expect(status.running).toBe(true);
    daemonPid = status.running ? status.pid : undefined;

    const started = Date.now();
    const stopped = await home.cli(["stop"], { timeoutMs: 45_000 }).then(
      (r) => r.code,
      (err: Error) => err.message,
    );
    // shutdown_timeout is 5 s and a server gets 2 s + 2 s to end: 45 s is far more than a stop needs.
    expect(stopped).toBe(0);
    expect(Date.now() - started).toBeLessThan(45_000);
    bridge.kill("SIGKILL");
  });
});
