// Attack (side door, bridge): MCP's lifecycle lets a client send nothing but ping before initialize, and
// initialize once. The HTTP front door holds both (`not_initialized`, `already_initialized`, each a block row
// in the session's audit, docs/http.md says "as the bridge audits the same input"), but the bridge's session
// forwards them: a `tools/list` sent before initialize reaches the server before any capability was
// negotiated, and a second `initialize` mid-session re-negotiates the server's session (here down to protocol
// 2024-11-05, under another clientInfo) behind the guard's back, while the guard keeps judging the session by
// what it negotiated first. Why it matters: the guard's picture of the session (its protocol revision, what
// it listed and pinned) is only right if the server's session is the one the guard saw begin; a client that
// can restart it at will can make the server run under terms the guard never reviewed. Fixed behaviour: as
// over HTTP, a request other than ping before initialize, and a second initialize, are refused
// (invalid_request) with a block row and never reach the server; the session goes on.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

describe("requests out of the lifecycle's order over the bridge", () => {
  it("do not reach the server", async () => {
    const bridge = new RawBridge(home, "recorder");
    bridge.send({ jsonrpc: "2.0", id: "early", method: "tools/list" });
    const early = await bridge.answerTo("early", 30_000);
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: "again",
      method: "initialize",
      params: {
        protocolVersion: "2024-11-05",
        capabilities: {},
        clientInfo: { name: "other", version: "9" },
      },
    });
    const again = await bridge.answerTo("again");
    bridge.send({ jsonrpc: "2.0", id: "after", method: "ping" });
    const after = await bridge.answerTo("after");
    bridge.close();
    await bridge.exited;
    const seen = recorded(log).filter((m) => typeof m === "object" && (m.id === "early" || m.id === "again"));
    expect({
      reachedServer: seen.map((m) => (m as { id: string }).id),
      earlyRefused: early.error !== undefined,
      againRefused: again.error !== undefined,
      sessionGoesOn: after.result !== undefined,
    }).toEqual({ reachedServer: [], earlyRefused: true, againRefused: true, sessionGoesOn: true });
  });
});
