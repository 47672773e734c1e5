// Attack (round 27, found from outside): the stdio upstream's new back-pressure stops reading the client while a
// server does not read its input. A client that ends its input then is never heard ending: its end of file
// waits, unread, behind the paused input, so the session never finishes (shutdown_timeout never starts), the
// bridge never exits and the server is never reaped. Before 7118e24 the client's end was read and the session
// closed after daemon.shutdown_timeout whatever the server did. Proved with a server that stops reading its
// stdin on a tools/call (a hung tool that blocks its process, as a synchronous server would).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge } from "../src/index.js";

const dir = makeGuardedHome().dir;
const script = join(dir, "stalling-server.mjs");
writeFileSync(
  script,
  `
import { createInterface } from "node:readline";
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
const rl = createInterface({ input: process.stdin });
rl.on("line", (line) => {
  let m;
  try { m = JSON.parse(line); } catch { return; }
  if (!("id" in m) || typeof m.method !== "string") return;
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: "2025-06-18",
      capabilities: { tools: {} }, serverInfo: { name: "stalling", version: "1" } } });
  if (m.method === "tools/list")
    return send({ jsonrpc: "2.0", id: m.id, result: { tools: [
      { name: "stall", description: "Works for a long time.", inputSchema: { type: "object" } } ] } });
  if (m.method === "tools/call") {
    // Busy from now on: stdin is no longer read (the pipe from the daemon fills up).
    rl.close();
    process.stdin.pause();
    return;
  }
  send({ jsonrpc: "2.0", id: m.id, result: {} });
});
setInterval(() => {}, 1 << 30);
`,
);
const home = makeGuardedHome(
  [
    "  stalling:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(script)}]`,
  ].join("\n"),
);
afterAll(() => home.cleanup());

const within = <T>(promise: Promise<T>, ms: number): Promise<T | "timed out"> =>
  Promise.race([promise, new Promise<"timed out">((r) => setTimeout(() => r("timed out"), ms))]);

async function stalledSession(flood: number): Promise<{ code: number | null } | "timed out"> {
  const bridge = new RawBridge(home, "stalling");
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list" });
  await bridge.answerTo(1);
  bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "stall", arguments: {} } });
  // What the client goes on saying while the tool works (more than a pipe and a stream buffer hold).
  const pad = "x".repeat(8 * 1024);
  for (let i = 0; i < flood; i++)
    bridge.send({ jsonrpc: "2.0", method: "notifications/roots/list_changed", params: { pad } });
  await new Promise((r) => setTimeout(r, 1000));
  // The client is done: the session waits up to shutdown_timeout (5 s) for the call, then ends.
  bridge.close();
  const exited = await within(bridge.exited, 25_000);
  if (exited === "timed out") bridge.child.kill("SIGKILL");
  return exited === "timed out" ? exited : { code: exited.code };
}

describe("a client that ends while its server does not read", () => {
  it("ends after shutdown_timeout when the client said little (control)", async () => {
    expect(await stalledSession(0)).not.toBe("timed out");
  });

  it("ends after shutdown_timeout when the client's writes filled the server's input", async () => {
    expect(await stalledSession(60)).not.toBe("timed out");
    // And the daemon holds no session for it any more.
    const status = await home.status();
    const open = status.running ? status.sessions.filter((s) => s.server === "stalling") : [];
    expect(open).toEqual([]);
  });

  // Round 33: a session that ended this way was still reaping its server (stdin closed, a grace, then
  // SIGTERM) when the daemon was told to stop, and the daemon exited first: the server, in a process group
  // of its own and deaf to the end of its input, ran on for ever (CI machines collected them).
  it("leaves no server running once the daemon has stopped", async () => {
    expect(await stalledSession(0)).not.toBe("timed out");
    await home.stop();
    const running = () =>
      readdirSync("/proc")
        .filter((pid) => /^\d+$/.test(pid))
        .filter((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(script);
          } catch {
            return false; // gone meanwhile
          }
        });
    const deadline = Date.now() + 3000;
    while (running().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(running()).toEqual([]);
  });
});
