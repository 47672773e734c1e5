// A client that never waits for answers, before a tool that never gives one: each request in flight is kept
// by the daemon until it is answered, so without a cap one session could grow the daemon's memory (which every
// other session and the HTTP front door share) without end. Past `daemon.max_requests_in_flight` a request is
// refused with too_many_in_flight and never reaches the server; an answer or a cancellation frees a place.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [
      { name: "wait_forever", description: "Waits.", inputSchema: { type: "object" } },
      { name: "echo", description: "Returns its arguments.", inputSchema: { type: "object" } },
    ],
    hangs: ["wait_forever"],
  }),
);
const home = makeGuardedHome(recorderServerYaml("recorder", log), "  max_requests_in_flight: 4");
afterAll(() => home.cleanup());

const call = (id: number, name: string) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name, arguments: { n: id } },
});
const reasonOf = (answer: Record<string, unknown>) =>
  (answer.error as { data?: { reason?: string } } | undefined)?.data?.reason;
const callsSeen = () =>
  recorded(log)
    .filter((m): m is Record<string, unknown> => typeof m === "object" && m.method === "tools/call")
    .map((m) => m.id);

describe("requests in flight through the bridge", () => {
  it("refuses the request past the cap before the server sees it, and frees a place on cancellation", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list" });
    await bridge.answerTo(1);

    for (let id = 10; id < 16; id++) bridge.send(call(id, "wait_forever"));
    expect(reasonOf(await bridge.answerTo(14))).toBe("too_many_in_flight");
    expect(reasonOf(await bridge.answerTo(15))).toBe("too_many_in_flight");
    // The refusals come back at once, while the fourth call may still be on its way to the server.
    const deadline = Date.now() + 10_000;
    while (callsSeen().length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200)); // and nothing more arrives after it
    expect(callsSeen()).toEqual([10, 11, 12, 13]);

    // A cancelled call frees its place; an answered one frees its place once answered.
    bridge.send({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 10 } });
    bridge.send(call(20, "echo"));
    expect(JSON.stringify((await bridge.answerTo(20)).result)).toContain("called echo");
    // Three calls wait and one place is left: of two requests in one write, the second is refused.
    bridge.send(`${JSON.stringify(call(21, "echo"))}\n${JSON.stringify(call(22, "echo"))}`);
    // The refusal is answered at once, before the server's answer to the first.
    const answers = [await bridge.next(), await bridge.next()];
    expect(answers.map((a) => [a.id, reasonOf(a) ?? "answered"])).toEqual([
      [22, "too_many_in_flight"],
      [21, "answered"],
    ]);
    expect(callsSeen()).toEqual([10, 11, 12, 13, 20, 21]);

    // The refusals are in the audit, under their reason.
    const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
    const rows = stdout
      .trim()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { reason?: string });
    expect(rows.filter((r) => r.reason === "too_many_in_flight")).toHaveLength(3);
    bridge.close();
  });
});
