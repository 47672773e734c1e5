// Attack (round 28, found from outside): round 27 bounds the cancelled ids a session keeps (four per place in flight, per
// direction; correlation.ts): past the bound a cancellation is refused and its request stays in flight,
// counted, so "cancel and send again" cannot grow the daemon's memory without end. The bound is checked in the
// router's inspect() on the notification as the client wrote it (canCancel: "none is needed for a request
// not in flight"), but the id that is then cancelled is read from the notification as it left the chain
// (decide(): forward.params.requestId). When content_scan redacts (a type whose request action is `redact`),
// the two differ: a cancellation naming "k1 a1@example.com" is waved through as naming no request in flight,
// then, redacted to "k1 [REDACTED:email]", cancels the request the client had sent with exactly that id. Every
// such cancellation frees a place and keeps an id for the session, with no bound; the server sees a call for
// each. Proved through the real bridge with max_requests_in_flight: 1 (so at most 4 ids may be kept) and a
// recording server whose tool never answers.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";
import { redefine } from "../src/recorder-session.js";

const log = join(makeGuardedHome().dir, "recorder.log");
redefine(log, {
  tools: [{ name: "slow", description: "Works for ever.", inputSchema: { type: "object" } }],
  hangs: ["slow"],
});
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  [
    "  max_requests_in_flight: 1",
    "pii:",
    "  actions:",
    "    email: { request: redact, response: redact }",
  ].join("\n"),
);
afterAll(() => home.cleanup());

const calls = () => recorded(log).filter((m) => typeof m !== "string" && m.method === "tools/call").length;
const cancellationsSeen = () =>
  recorded(log).filter((m) => typeof m !== "string" && m.method === "notifications/cancelled") as Array<{
    params: { requestId: unknown };
  }>;

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

describe("cancellations whose id the chain rewrites", () => {
  it("plain cancellations are bounded (control)", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    for (let i = 1; i <= 12; i++) {
      bridge.send({
        jsonrpc: "2.0",
        id: `p${i}`,
        method: "tools/call",
        params: { name: "slow", arguments: {} },
      });
      bridge.send({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: `p${i}` } });
    }
    bridge.send({ jsonrpc: "2.0", id: "last", method: "ping" });
    await bridge.answerTo("last");
    bridge.close();
    await bridge.exited;
    expect(calls()).toBeLessThanOrEqual(5);
  });

  it("cannot keep more cancelled ids than the bound", async () => {
    const before = calls();
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    // How the chain writes a redacted id: one cancellation of nothing in flight, as the server receives it.
    bridge.send({
      jsonrpc: "2.0",
      method: "notifications/cancelled",
      params: { requestId: "probe a0@example.com" },
    });
    const seenBefore = cancellationsSeen().length;
    await until(() => cancellationsSeen().length > seenBefore);
    const written = String(cancellationsSeen().at(-1)?.params.requestId);
    expect(written).not.toContain("a0@example.com");
    const idFor = (i: number) => written.replace("probe", `k${i}`);

    const rounds = 12;
    for (let i = 1; i <= rounds; i++) {
      bridge.send({
        jsonrpc: "2.0",
        id: idFor(i),
        method: "tools/call",
        params: { name: "slow", arguments: {} },
      });
      bridge.send({
        jsonrpc: "2.0",
        method: "notifications/cancelled",
        params: { requestId: `k${i} a${i}@example.com` },
      });
    }
    // Something after them all, answered, so that everything before has been routed.
    bridge.send({ jsonrpc: "2.0", id: "last", method: "ping" });
    await bridge.answerTo("last");
    await until(() => cancellationsSeen().length >= seenBefore + rounds + 1, 3_000);
    bridge.close();
    await bridge.exited;
    // One place in flight, four cancelled ids per place: at most 1 + 4 calls reach the server; the rest are
    // refused too_many_in_flight.
    expect(calls() - before).toBeLessThanOrEqual(5);
  });
});
