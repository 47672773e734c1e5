// Attack (limits): a server's `rate_limit` bounds the requests one identity sends it, but a client's
// notifications pass it uncounted, and some of them make the server act. `notifications/roots/list_changed`
// has the server ask the client for its roots again and re-read them (server-filesystem re-resolves every
// root on the disk each time); an identity held to 5 requests a minute sends it a thousand a second, each
// forwarded and each given an audit row. Why it matters: the limit is the user's bound on what one agent or
// API key can make a server do (and on how fast it can grow the audit), and this goes round it with a
// method the specification lets any client send. Fixed behaviour: a client notification that makes the
// server act (roots/list_changed) counts against the identity's limits like a request (beyond them it is
// dropped and audited, as a blocked notification is); cancellations and progress keep passing.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const POLICY = ["    policy:", "      rate_limit:", "        requests_per_minute: 5"].join("\n");
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, POLICY));
afterAll(() => home.cleanup());

const seen = (method: string) =>
  recorded(log).filter((m) => typeof m === "object" && m.method === method).length;

describe("client notifications under a rate limit", () => {
  it("reach the server no more often than the limit lets requests", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    for (let i = 0; i < 50; i++) bridge.send({ jsonrpc: "2.0", method: "notifications/roots/list_changed" });
    // A request after them: once it is answered, every notification before it has been routed.
    bridge.send({ jsonrpc: "2.0", id: "last", method: "ping" });
    await bridge.answerTo("last");
    bridge.close();
    await bridge.exited;
    // The same identity's requests: a sixth in the minute is refused.
    expect(seen("notifications/roots/list_changed")).toBeLessThanOrEqual(5);
  });
});
