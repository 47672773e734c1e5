// A client's last message, written without the newline that ends it, then its input closed: `printf '%s'
// "$request" | mcp-guard connect -s x`, or a client killed after writing its last bytes. The daemon holds the
// bytes as an unfinished line and, at the end of input, forgets them: the request is neither forwarded nor
// refused, the client gets no answer, and the audit log has no row for it. The same for an oversized message
// (a 200 kB line over a 64 kB limit) cut off by the end of input: no "message too large", no row. Bad input must
// never be dropped silently: such a message is answered (or refused, with the id when it can be read) and audited.
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

const home: GuardedHome = makeGuardedHome("", "  max_message_bytes: 65536");
afterAll(async () => {
  await home.cleanup();
});

/** Every line the bridge writes until it exits. */
async function everything(bridge: RawBridge): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (;;) {
    try {
      out.push(await bridge.next(20_000));
    } catch {
      return out;
    }
  }
}

/** The audit rows of requests with this JSON-RPC id, once the audit has caught up (or after 10 s). */
async function rowsFor(id: number): Promise<Record<string, unknown>[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const logs = await home.cli(["logs", "--json", "-s", "fixture", "-l", "1000"]);
    const rows = logs.stdout
      .split("\n")
      .filter((l) => l.trim().startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((r) => String(r.rpc_id) === String(id));
    if (rows.length > 0 || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("a last message without its newline, then the end of input", () => {
  it("a request is answered and audited, not forgotten", async () => {
    const bridge = new RawBridge(home, "fixture");
    await bridge.initialize();
    const request = {
      jsonrpc: "2.0",
      id: 41,
      method: "tools/call",
      params: { name: "echo", arguments: { message: "last words" } },
    };
    bridge.child.stdin.write(JSON.stringify(request));
    bridge.child.stdin.end();
    const out = await everything(bridge);
    await bridge.exited;
    expect(out.filter((m) => m.id === 41)).toHaveLength(1);
    expect((await rowsFor(41)).length).toBeGreaterThan(0);
  });

  it("an oversized message is refused as too large and audited, not forgotten", async () => {
    const bridge = new RawBridge(home, "fixture");
    await bridge.initialize();
    const big = {
      jsonrpc: "2.0",
      id: 42,
      method: "tools/call",
      params: { name: "echo", arguments: { message: "x".repeat(200_000) } },
    };
    bridge.child.stdin.write(JSON.stringify(big));
    bridge.child.stdin.end();
    const out = await everything(bridge);
    await bridge.exited;
    expect(out.find((m) => m.id === 42)).toMatchObject({
      error: { code: -32600, data: { reason: "message_too_large" } },
    });
    expect(await rowsFor(42)).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: "message_too_large" })]),
    );
  });
});
