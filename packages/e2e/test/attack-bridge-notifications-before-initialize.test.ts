// Attack (lifecycle): round 43 made the bridge's session take nothing but `ping` before `initialize`
// (attack-bridge-lifecycle-order.test.ts), since a server must not be made to act before capabilities are
// negotiated. The rule holds for requests only: notifications sent before `initialize` are forwarded, in
// front of it. A client that opens with `notifications/initialized` tells the server the handshake is over
// before it began (the SDK's Server fires `oninitialized` and may start asking the client for roots or
// sampling with no capabilities known), and `notifications/roots/list_changed`, `notifications/cancelled`
// and `notifications/progress` reach a server that has agreed no protocol revision with anyone. The MCP
// lifecycle says the initialization phase must be the first interaction between client and server. Why it
// matters: the guard judges a session by what its initialize negotiated (the sampling and elicitation
// capabilities it hides, the protocol revision it reads messages by), and the server acting before that
// is what round 43 closed for requests. Fixed behaviour: before `initialize`, a client's notification is
// dropped and audited `not_initialized` (as a request is refused), so the server's first message is the
// initialize and it sees `notifications/initialized` once, after it.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

describe("a client's notifications before initialize", () => {
  it("do not reach the server ahead of the handshake", async () => {
    const bridge = new RawBridge(home, "recorder");
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    bridge.send({ jsonrpc: "2.0", method: "notifications/roots/list_changed" });
    bridge.send({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 5, reason: "x" } });
    bridge.send({
      jsonrpc: "2.0",
      method: "notifications/progress",
      params: { progressToken: 5, progress: 1 },
    });
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: "last", method: "ping" });
    await bridge.answerTo("last");
    bridge.close();
    await bridge.exited;
    const methods = recorded(log).map((m) => (typeof m === "object" ? m.method : m));
    expect({
      first: methods[0],
      initializedNotices: methods.filter((m) => m === "notifications/initialized").length,
    }).toEqual({ first: "initialize", initializedNotices: 1 });
  });
});
