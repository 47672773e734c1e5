// Attack (round 32, found from outside): a call waiting for the guard's own listing of the server's tools
// (the guard lists them before it judges a session's first call) was neither in flight nor held, so nothing
// answered it when its session ended. At `mcp-guard stop` it was judged after the session had closed and
// "answered" into it: the client got nothing on its id, and the audit showed the call refused (unknown_name)
// 5 s later. When the client closed stdin, the session waited for its lane to be idle before its deadline
// (daemon.shutdown_timeout) even began, and the lane waited for a listing the server never gives: no answer,
// and the bridge, the session and its server stayed for ever. When the server died while listing, the session
// waited for its lane before it answered what was pending, the guard's own listing among it, which the lane
// waited for: each waited for the other, and the session stayed open with its dead server.
// A user expects every request the client sent to be answered on its id (session_ended, or
// upstream_unavailable for a server that died), audited once, and the session to end, whatever the guard
// itself was waiting for.
// Proved through the real bridge and the real CLI's `stop`, with a small server that never answers tools/list
// and one that dies a second after it is asked.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

/** The reason of the error the client got on `id` (undefined when nothing came on it). */
const reasonOn = (lines: Record<string, unknown>[], id: number) =>
  (lines.find((l) => l.id === id) as { error?: { data?: { reason?: string } } } | undefined)?.error?.data
    ?.reason;

const dir = makeGuardedHome().dir;
const server = join(dir, "slow-lister.cjs");
const seen = join(dir, "seen.log");
writeFileSync(
  server,
  `const { appendFileSync } = require("node:fs");
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
let rest = "";
process.stdin.on("data", (chunk) => {
  const lines = (rest + chunk).split("\\n");
  rest = lines.pop();
  for (const line of lines) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    appendFileSync(${JSON.stringify(seen)}, (m.method || "response") + "\\n");
    if (m.id === undefined || !m.method) continue;
    if (m.method === "initialize")
      send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "slow", version: "1" } } });
    else if (m.method === "tools/list") {} // never answered: a server still building its list
    else send({ jsonrpc: "2.0", id: m.id, result: {} });
  }
});
`,
);
// The same server, but it dies a second after it is asked for its tools (a crash while building the list).
const dying = join(dir, "dying-lister.cjs");
writeFileSync(
  dying,
  `const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
let rest = "";
process.stdin.on("data", (chunk) => {
  const lines = (rest + chunk).split("\\n");
  rest = lines.pop();
  for (const line of lines) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    if (m.id === undefined || !m.method) continue;
    if (m.method === "initialize")
      send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "dying", version: "1" } } });
    else if (m.method === "tools/list") setTimeout(() => process.exit(1), 1000);
    else send({ jsonrpc: "2.0", id: m.id, result: {} });
  }
});
`,
);
const home = makeGuardedHome(`${nodeServerYaml("slow", [server])}\n${nodeServerYaml("dying", [dying])}`);
afterAll(() => home.cleanup());

describe("mcp-guard stop while a call waits for the guard's listing of the tools", () => {
  it("answers the call on its id", async () => {
    const bridge = new RawBridge(home, "slow");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: {} } });
    // The guard asks the server for its tools before judging the call.
    for (let i = 0; i < 100; i++) {
      if (existsSync(seen) && readFileSync(seen, "utf8").includes("tools/list")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(readFileSync(seen, "utf8")).toContain("tools/list");
    const stop = await home.cli(["stop"], { timeoutMs: 60_000 });
    expect(stop.code).toBe(0);
    const lines: Record<string, unknown>[] = [];
    try {
      for (;;) lines.push(await bridge.next(5_000));
    } catch {
      // The bridge has exited: everything it wrote is read.
    }
    await bridge.exited;
    const answer = lines.find((l) => l.id === 2);
    expect(answer, JSON.stringify(lines)).toBeDefined();
    expect(answer?.error).toMatchObject({ data: { reason: "session_ended" } });
  });
});

describe("a client that closes stdin while a call waits for the guard's listing of the tools", () => {
  // README: "A client that closes stdin gets its in-flight answers first", within daemon.shutdown_timeout
  // (5 s here), and the session then ends. Before: the session waited for its lane to be idle before the
  // deadline even began, the lane waited for a listing the server never gives, and so the bridge never
  // exited, the call was never answered and the session and its server stayed open.
  it("answers the call on its id and ends the session", async () => {
    const bridge = new RawBridge(home, "slow");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "echo", arguments: {} } });
    await new Promise((r) => setTimeout(r, 1_000));
    bridge.close();
    const closedAt = Date.now();
    const lines: Record<string, unknown>[] = [];
    try {
      for (;;) lines.push(await bridge.next(20_000));
    } catch {
      // The bridge has exited, or said nothing for 20 s (four times the shutdown timeout).
    }
    const exited = await Promise.race([
      bridge.exited.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), 1_000)),
    ]);
    const status = (await home.status()) as { sessions?: { server: string }[] };
    const open = (status.sessions ?? []).filter((s) => s.server === "slow").length;
    // Within the shutdown timeout counted from the close, with a margin for a loaded machine.
    const endedInTime = Date.now() - closedAt < 15_000;
    expect({
      answer: reasonOn(lines, 7),
      bridgeExited: exited,
      endedInTime,
      openSessions: open,
    }).toEqual({
      answer: "session_ended",
      bridgeExited: true,
      endedInTime: true,
      openSessions: 0,
    });
  });
});

describe("a server that dies while a call waits for the guard's listing of its tools", () => {
  it("answers the call on its id and ends the session", async () => {
    const bridge = new RawBridge(home, "dying");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 9,
      method: "tools/call",
      params: { name: "echo", arguments: {} },
    });
    const lines: Record<string, unknown>[] = [];
    try {
      for (;;) {
        const line = await bridge.next(20_000);
        lines.push(line);
        if (line.id === 9) break;
      }
    } catch {
      // The bridge has exited, or said nothing for 20 s.
    }
    const status = (await home.status()) as {
      sessions?: { server: string; upstream_pid: number | null }[];
    };
    const open = (status.sessions ?? []).filter((x) => x.server === "dying");
    // The server is gone (its pid answers nothing), so the session has nothing left to wait for.
    const alive = open.some((x) => {
      try {
        if (x.upstream_pid) process.kill(x.upstream_pid, 0);
        return x.upstream_pid !== null;
      } catch {
        return false;
      }
    });
    expect({
      serverAlive: alive,
      answer: reasonOn(lines, 9),
      openSessions: open.length,
    }).toEqual({
      serverAlive: false,
      answer: "upstream_unavailable",
      openSessions: 0,
    });
    bridge.close();
    await bridge.exited;
  });
});
