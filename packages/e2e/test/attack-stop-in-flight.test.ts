// Attack (round 31, found from outside): calls left without an answer when their session ended. On
// `mcp-guard stop`, a call still running past daemon.shutdown_timeout and a call held for a person
// (spend.require_approval) got no JSON-RPC answer (the bridge printed "the daemon is stopping" and exited
// 1) and the audit showed them going out (or held) and nothing after, the same as a call still running; a
// client that closed stdin while a call was held for a person never had that call answered either (the
// session stopped the wait, then drained only what had gone to the server, and the bridge exited 0). A user
// expects what the README and the design promise when a server dies: every request gets an answer on its
// id (here `session_ended`, its detail saying why: the daemon stopping, the client's input closed before
// anyone decided), and the audit records how each call ended, before the session ends.
// Proved through the real bridge (relayed and descriptor-passing alike: the bridge is launched with pipes)
// and the real CLI's `stop` and `logs`, with the recording server that never answers `echo`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { heldCalls, makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(`${log}.definitions.json`, JSON.stringify({ hangs: ["echo"] }));
const held = [
  "    policy:",
  "      spend:",
  "        require_approval: [delete_account]",
  "        wait_for_approval_seconds: 60",
];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, held.join("\n")));
afterAll(() => home.cleanup());

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface Row {
  direction: string;
  rpc_id: string | null;
  decision: string;
  reason: string | null;
}

describe("mcp-guard stop with calls in flight", () => {
  it("answers a running call and a held call with an error on their ids, and audits how they ended", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: {} } });
    bridge.send({
      jsonrpc: "2.0",
      id: 3,
      method: "tools/call",
      params: { name: "delete_account", arguments: { user: "bob" } },
    });
    await until(
      () => recorded(log).some((m) => typeof m === "object" && m.method === "tools/call"),
      "the running call to reach the server",
    );
    await heldCalls(home); // the held call waits for a person

    const stop = await home.cli(["stop"], { timeoutMs: 60_000 });
    expect(stop.code).toBe(0);

    const lines: Record<string, unknown>[] = [];
    try {
      for (;;) lines.push(await bridge.next(5_000));
    } catch {
      // The bridge has exited: everything it wrote is read.
    }
    await bridge.exited;
    const answered = (id: number) => lines.find((l) => l.id === id);
    const ended = { code: expect.any(Number), data: expect.objectContaining({ reason: "session_ended" }) };
    expect({ running: answered(2)?.error, held: answered(3)?.error }).toEqual({
      running: expect.objectContaining(ended),
      held: expect.objectContaining(ended),
    });
    expect(answered(3)?.error).toMatchObject({
      data: { detail: expect.stringContaining("before anyone decided") },
    });

    const rows = (await home.cli(["logs", "--json", "--limit", "1000"])).stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Row);
    const endedRow = (id: string) =>
      rows.some((r) => r.direction === "to_client" && r.rpc_id === id && r.reason === "session_ended");
    expect({ running: endedRow("2"), held: endedRow("3") }).toEqual({ running: true, held: true });
  });
});

describe("a client that closes stdin with a call held for a person", () => {
  // README: "A client that closes stdin gets its in-flight answers first", and held calls count as in flight.
  // Before round 31 the session's finish() stopped every held wait first and then drained only what went to
  // the server: the held call was never answered, though the client still read, and the bridge exited 0.
  it("answers the held call before the session ends", async () => {
    const second = makeGuardedHome(recorderServerYaml("recorder", `${log}.2`, undefined, held.join("\n")));
    try {
      const bridge = new RawBridge(second, "recorder");
      await bridge.initialize();
      bridge.send({
        jsonrpc: "2.0",
        id: 3,
        method: "tools/call",
        params: { name: "delete_account", arguments: { user: "carol" } },
      });
      await heldCalls(second); // the call waits for a person
      bridge.close();
      const lines: Record<string, unknown>[] = [];
      try {
        for (;;) lines.push(await bridge.next(5_000));
      } catch {
        // The bridge has exited: everything it wrote is read.
      }
      await bridge.exited;
      expect(lines.find((l) => l.id === 3)).toMatchObject({
        id: 3,
        error: { code: expect.any(Number), data: { reason: "session_ended" } },
      });
    } finally {
      await second.cleanup();
    }
  });
});
