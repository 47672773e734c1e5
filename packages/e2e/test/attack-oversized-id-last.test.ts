// Attack (round 28, found in review): the answer to a call was over daemon.max_message_bytes and the guard
// looked for its id in its first 4 KB only. The MCP SDK's servers write the id last
// (`{"result":…,"jsonrpc":"2.0","id":5}`), so an oversized answer from nearly every real server named no
// request: it was skipped as noise and the call was never answered (the client waited for ever). Worse, a
// result whose first bytes hold an `"id"` of its own (a row's, a resource's) named that request instead.
// What a user expects: the call is answered upstream_message_too_large, whatever the layout.
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge } from "../src/index.js";

const LIMIT = 16_384;
const home = makeGuardedHome("", `  max_message_bytes: ${LIMIT}`);
afterAll(() => home.cleanup());

describe("an SDK server's answer over daemon.max_message_bytes (its id written last)", () => {
  it("answers the call upstream_message_too_large instead of leaving it unanswered", async () => {
    const bridge = new RawBridge(home, "fixture");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 41,
      method: "tools/call",
      params: { name: "big", arguments: { bytes: LIMIT * 4 } },
    });
    const reply = await bridge.answerTo(41, 10_000);
    expect((reply.error as { data?: { reason?: string } } | undefined)?.data?.reason).toBe(
      "upstream_message_too_large",
    );
    // The session goes on: the next call is answered.
    bridge.send({
      jsonrpc: "2.0",
      id: 42,
      method: "tools/call",
      params: { name: "echo", arguments: { message: "next" } },
    });
    expect(JSON.stringify(await bridge.answerTo(42))).toContain("next");
    bridge.close();
    await bridge.exited;
  });
});
