// Attack (limits): round 43 made a client's notifications count against the identity's rate limit, except
// the three that only speak of a request already in flight: initialized, cancelled and progress. The guard
// takes those on their word. A `notifications/cancelled` naming a request the client never sent, and a
// `notifications/progress` whose token no request of the server's carries, are forwarded uncounted, each
// with an audit row: an identity held to 5 requests a minute sends a server thirty of each in a second (and
// as many as it likes), and the server must look each one up. The MCP specification binds both to a live
// request: progress "MUST only reference tokens that were provided in an active request", and a
// cancellation "MUST only reference requests that were previously issued in the same direction" and are
// still in progress; and `notifications/initialized`, which the lifecycle sends once, is forwarded each of
// the thirty times a client repeats it. Why it matters: the exemption exists for the bookkeeping of real requests, and here it
// is an unmetered channel to the server and into the audit. Fixed behaviour: a client's cancellation
// naming no request of this session in flight (or held), and a client's progress naming no progress token
// of a server request in flight, and any `notifications/initialized` after the first, are dropped and
// audited (as a blocked notification is), or counted like any other notification; a cancellation of a real
// call still passes (proved below).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, redefine } from "../src/index.js";

const POLICY = ["    policy:", "      rate_limit:", "        requests_per_minute: 5"].join("\n");
const log = join(makeGuardedHome().dir, "recorder.log");
redefine(log, {
  tools: [{ name: "slow_report", description: "Builds a report.", inputSchema: { type: "object" } }],
  hangs: ["slow_report"],
});
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, POLICY));
afterAll(() => home.cleanup());

const seen = (method: string) => recorded(log).filter((m) => typeof m === "object" && m.method === method);

describe("cancellations and progress that name nothing in flight", () => {
  it("are not forwarded beyond the limit, while a real cancellation is", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    // A real call, then its real cancellation: the one exempt message the server must get.
    bridge.send({
      jsonrpc: "2.0",
      id: 7,
      method: "tools/call",
      params: { name: "slow_report", arguments: {} },
    });
    bridge.send({
      jsonrpc: "2.0",
      method: "notifications/cancelled",
      params: { requestId: 7, reason: "user" },
    });
    for (let i = 0; i < 30; i++) {
      bridge.send({
        jsonrpc: "2.0",
        method: "notifications/progress",
        params: { progressToken: `upload-${i}`, progress: i, total: 30 },
      });
      bridge.send({
        jsonrpc: "2.0",
        method: "notifications/cancelled",
        params: { requestId: 1000 + i, reason: "user" },
      });
      bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    }
    // Once this ping is answered, everything before it has been routed.
    bridge.send({ jsonrpc: "2.0", id: "last", method: "ping" });
    await bridge.answerTo("last");
    bridge.close();
    await bridge.exited;
    const cancelledIds = seen("notifications/cancelled").map(
      (m) => ((m as { params?: { requestId?: unknown } }).params ?? {}).requestId,
    );
    expect({
      realCancellationForwarded: cancelledIds.includes(7),
      unboundCancellations: cancelledIds.filter((id) => id !== 7).length,
      unboundProgress: seen("notifications/progress").length,
      initializedNotices: seen("notifications/initialized").length,
    }).toEqual({
      realCancellationForwarded: true,
      unboundCancellations: 0,
      unboundProgress: 0,
      initializedNotices: 1,
    });
  });
});
