// Bad input through the real bridge: every case gets a specific answer, the stream stays in sync, and
// nothing hangs.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge } from "../src/index.js";

const home = makeGuardedHome(
  ["  missing:", '    command: "/nonexistent/mcp-server-binary"'].join("\n"),
  "  max_message_bytes: 65536",
);
afterAll(() => home.cleanup());

describe("bad input from the client", () => {
  it("answers malformed JSON, invalid JSON-RPC, batches and oversized messages, then keeps working", async () => {
    const bridge = new RawBridge(home, "fixture");
    expect(await bridge.initialize()).toMatchObject({
      id: "init",
      result: { serverInfo: { name: "fixture" } },
    });

    bridge.send('{"jsonrpc":"2.0","id":7,"method":"tools/list"');
    expect(await bridge.next()).toMatchObject({
      id: 7,
      error: { code: -32700, data: { reason: "parse_error" } },
    });

    bridge.send({ jsonrpc: "1.0", id: 8, method: "tools/list" });
    expect(await bridge.next()).toMatchObject({
      id: 8,
      error: { code: -32600, data: { reason: "invalid_request" } },
    });

    bridge.send([{ jsonrpc: "2.0", id: 9, method: "ping" }]);
    expect(await bridge.next()).toMatchObject({
      id: null,
      error: { code: -32600, data: { reason: "batch_not_supported" } },
    });

    const huge = JSON.stringify({
      jsonrpc: "2.0",
      id: 10,
      method: "tools/call",
      params: { name: "echo", arguments: { message: "y".repeat(200_000) } },
    });
    bridge.send(huge);
    expect(await bridge.next()).toMatchObject({
      id: 10,
      error: { code: -32600, data: { reason: "message_too_large", limit: 65536, bytes: huge.length } },
    });

    // The stream is still in sync: the next request is answered normally.
    bridge.send({
      jsonrpc: "2.0",
      id: 11,
      method: "tools/call",
      params: { name: "echo", arguments: { message: "still here" } },
    });
    expect(await bridge.next()).toMatchObject({
      id: 11,
      result: { content: [{ type: "text", text: "still here" }] },
    });

    bridge.close();
    expect((await bridge.exited).code).toBe(0);
  });

  it("refuses a second request with the id of one still in flight", async () => {
    const bridge = new RawBridge(home, "fixture");
    await bridge.initialize();
    const slow = {
      jsonrpc: "2.0",
      id: 20,
      method: "tools/call",
      params: { name: "slow", arguments: { ms: 300 } },
    };
    bridge.send(slow);
    bridge.send(slow);
    expect(await bridge.next()).toMatchObject({
      id: 20,
      error: {
        code: -32600,
        data: { reason: "invalid_request", detail: "a request with this id is already in flight" },
      },
    });
    expect(await bridge.next()).toMatchObject({ id: 20, result: { content: [{ text: "slept 300 ms" }] } });
    bridge.close();
    await bridge.exited;
  });

  it("refuses an unknown server, naming the configured ones", async () => {
    const bridge = new RawBridge(home, "no-such-server");
    const { code, stderr } = await bridge.exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /unknown server "no-such-server"; configured servers: everything, filesystem, memory, fixture, missing/,
    );
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("fails initialize with a clear error when the server command does not exist, and audits it", async () => {
    const bridge = new RawBridge(home, "missing");
    const reply = await bridge.initialize();
    expect(reply).toMatchObject({
      id: "init",
      error: { code: -32603, data: { reason: "upstream_unavailable" } },
    });
    expect(String((reply.error as { message: string }).message)).toContain(
      "command not found: /nonexistent/mcp-server-binary",
    );
    const { code, stderr } = await bridge.exited;
    expect(code).toBe(1);
    expect(stderr).toContain("command not found");
    await waitForAudit();
    const { stdout } = await home.cli(["logs", "--server", "missing", "--json"]);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { decision: string; reason: string; method: string });
    expect(rows).toContainEqual(
      expect.objectContaining({ method: "initialize", decision: "error", reason: "upstream_unavailable" }),
    );
  });

  it("makes the bridge exit non-zero with one line on stderr when the daemon dies mid-session", async () => {
    const bridge = new RawBridge(home, "fixture");
    await bridge.initialize();
    const pid = Number.parseInt(readFileSync(`${home.home}/daemon.lock`, "utf8"), 10); // its first line
    process.kill(pid, "SIGKILL");
    const { code, stderr } = await bridge.exited;
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^mcp-guard: lost the connection to the daemon( \(\w+\))?$/);
  });
});

/** Audit rows are written in batches within ~50 ms. */
function waitForAudit(): Promise<void> {
  return new Promise((r) => setTimeout(r, 300));
}
