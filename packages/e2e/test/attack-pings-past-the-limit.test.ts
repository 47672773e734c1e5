// Attack (limits): `ping` is the one request a server's `rate_limit` never counts (docs/policy.md, Rate
// limits), so that a client's keep-alive is never refused. It is still forwarded to the server and audited
// each time (30 pings left 60 rows naming ping in `logs --json`): an identity held to 3 requests a minute
// sends 40 pings in a second and all 40 reach the server, as notifications did before round 44
// (attack-notifications-unlimited). Why it matters: the limit is the user's bound on how hard one agent or
// API key can drive a server (each ping is a read and a write on the server's transport; over HTTP, a POST
// the upstream must answer) and on how fast it can grow the audit. Fixed behaviour: a ping past the
// identity's limit is not forwarded: the guard answers it itself with an empty result (keep-alive still
// works) or refuses it rate_limited; the recording server receives no more pings than the limit lets
// requests through.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const POLICY = ["    policy:", "      rate_limit:", "        requests_per_minute: 3"].join("\n");
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, POLICY));
afterAll(() => home.cleanup());

const pingsSeen = () => recorded(log).filter((m) => typeof m === "object" && m.method === "ping").length;

describe("pings under a rate limit", () => {
  it("reach the server no more often than the limit lets requests", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    for (let i = 0; i < 40; i++) bridge.send({ jsonrpc: "2.0", id: `ping-${i}`, method: "ping" });
    // The guard answers a refused ping at once, ahead of the server's answers to earlier ones: read in any order.
    const answers = new Map<unknown, Record<string, unknown>>();
    while (answers.size < 40) {
      const line = await bridge.next(30_000);
      if (typeof line.id === "string" && line.id.startsWith("ping-")) answers.set(line.id, line);
    }
    const answered = [...answers.keys()];
    // Keep-alive within the limit: the first pings are the server's, answered with an empty result.
    expect(answers.get("ping-0")).toMatchObject({ result: {} });
    bridge.close();
    await bridge.exited;
    // Every ping is answered (keep-alive works); the server sees no more of them than of any request.
    expect(answered).toHaveLength(40);
    expect(pingsSeen()).toBeLessThanOrEqual(3);
  });
});
