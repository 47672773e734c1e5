// Attack (round 36, found from outside): a stdio server that closes its output, or its input, and goes on
// running. The README promises that a stdio server that dies during a call ends its session and every request
// in flight is answered `upstream_unavailable` at once; the guard learns that a server is gone only from its
// process ending ('close'), never from the end of its output nor from a write into an input nobody reads any
// more (that EPIPE is ignored, "reported through 'close'", which never comes). A server whose stdout is
// closed (a crashed writer thread, a library that closed fd 1, a process that daemonised badly) can never
// answer again, and one whose stdin is closed never hears another request; yet the call waits for ever,
// `status` shows the session open with the call pending and no error, and every later call is sent to a
// server that cannot take or answer it. Proved through the real bridge with servers that close fd 1 (on a
// call, leaving it unanswered) or their stdin (after answering a call), and keep running.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const scratch = makeGuardedHome();
const script = join(scratch.dir, "closing-server.cjs");
writeFileSync(
  script,
  `
const { closeSync, writeFileSync } = require("node:fs");
writeFileSync(${JSON.stringify(join(scratch.dir, "server.pid"))}, String(process.pid));
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
const lines = require("node:readline").createInterface({ input: process.stdin });
lines.on("line", (line) => {
  let m;
  try { m = JSON.parse(line); } catch { return; }
  if (!("id" in m) || typeof m.method !== "string") return;
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: "2025-06-18",
      capabilities: { tools: {} }, serverInfo: { name: "closing", version: "1" } } });
  if (m.method === "tools/list")
    return send({ jsonrpc: "2.0", id: m.id, result: { tools: [
      { name: "close_output", description: "Closes its output.", inputSchema: { type: "object" } },
      { name: "close_input", description: "Closes its input.", inputSchema: { type: "object" } },
      { name: "work", description: "Does some work.", inputSchema: { type: "object" } } ] } });
  if (m.method === "tools/call" && m.params.name === "close_output") return closeSync(1);
  if (m.method === "tools/call" && m.params.name === "close_input") {
    send({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text: "done" }] } });
    lines.close();
    process.stdin.destroy();
    // Node may keep descriptor 0 open behind the stream: closed for certain, as a server closing it would.
    try { closeSync(0); } catch {}
    return process.stderr.write("input closed\\n");
  }
  send({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text: "done" }] } });
});
// The process itself keeps running.
setInterval(() => {}, 1 << 30);
`,
);
const home = makeGuardedHome(nodeServerYaml("closing", [script]));
afterAll(async () => {
  await home.cleanup();
  await scratch.cleanup();
});

const call = (id: number, name: string) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name, arguments: {} },
});

/** The answer to `id`, or what happened instead; the server's end is seen at once, 20 s leave room for load. */
async function answerOf(bridge: RawBridge, id: number): Promise<Record<string, unknown> | string> {
  try {
    return await bridge.answerTo(id, 20_000);
  } catch (err) {
    return `no answer: ${(err as Error).message}`;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Like a server whose process died: its session ended, its process group reaped, the reason in `status` and
 * in the audit of the call it left unanswered.
 */
async function expectEndedAsGone(id: number, why: RegExp): Promise<void> {
  const pid = Number(readFileSync(join(scratch.dir, "server.pid"), "utf8"));
  const deadline = Date.now() + 10_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(alive(pid), "the server's process is reaped").toBe(false);
  const status = JSON.parse((await home.cli(["status", "--json"])).stdout) as {
    servers: Record<string, { sessions: number; last_error: string | null }>;
  };
  expect(status.servers.closing).toMatchObject({ sessions: 0, last_error: expect.stringMatching(why) });
  await new Promise((r) => setTimeout(r, 500)); // the audit is written in batches
  const rows = (await home.cli(["logs", "--json", "--server", "closing", "--method", "tools/call"])).stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { rpc_id: string | null; reason: string | null });
  expect(rows.filter((r) => r.rpc_id === String(id)).map((r) => r.reason)).toContain("upstream_unavailable");
}

describe("a server that can no longer be talked to, although its process runs", () => {
  it("closed its output during a call: the call is answered upstream_unavailable", async () => {
    const bridge = new RawBridge(home, "closing");
    await bridge.initialize();
    bridge.send(call(2, "close_output"));
    const answer = await answerOf(bridge, 2);
    bridge.close();
    await bridge.exited;
    expect(answer).toMatchObject({ id: 2, error: { data: { reason: "upstream_unavailable" } } });
    expect(JSON.stringify(answer)).toMatch(/closed its output/);
    await expectEndedAsGone(2, /closed its output/);
  });

  it("closed its input: the next call is answered upstream_unavailable", async () => {
    const bridge = new RawBridge(home, "closing");
    await bridge.initialize();
    bridge.send(call(2, "close_input"));
    expect(await bridge.answerTo(2)).toMatchObject({ id: 2, result: {} });
    await new Promise((r) => setTimeout(r, 500));
    bridge.send(call(3, "work"));
    const answer = await answerOf(bridge, 3);
    bridge.close();
    await bridge.exited;
    expect(answer).toMatchObject({ id: 3, error: { data: { reason: "upstream_unavailable" } } });
    expect(JSON.stringify(answer)).toMatch(/closed its input/);
    await expectEndedAsGone(3, /closed its input/);
  });
});
