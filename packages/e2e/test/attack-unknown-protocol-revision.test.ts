// Attack: a bridge session negotiated under a protocol revision the guard does not know. The guard's checks
// are written per revision (the methods each side may send, the members read-members.ts reads, tasks since
// 2025-11-25), and its HTTP door refuses an MCP-Protocol-Version outside the five revisions it knows with 400
// (streamable-http.ts). The bridge takes any: a client's initialize naming "2099-01-01" is forwarded as it is,
// and a server that speaks that revision answers with it, so client and server go on under rules the guard
// has never read (a member a later revision adds to tools/call or sampling is forwarded without a check:
// members of params the guard does not read pass today). Why it matters: a later revision that moves what a
// request names is a way round every check until the guard is updated, and the two doors should agree.
// Fixed behaviour: the guard negotiates only revisions it knows, as a server does (it forwards the initialize
// with its own latest revision, which the server then answers with, or refuses the server's answer naming
// an unknown one); the client is never told the session runs under "2099-01-01".
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

/** The revisions the guard's HTTP door accepts (streamable-http.ts, the SDK's list). */
const KNOWN = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05", "2024-10-07"];

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

describe("an initialize naming a protocol revision the guard does not know", () => {
  it("does not open a session under that revision", async () => {
    const bridge = new RawBridge(home, "recorder");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: { protocolVersion: "2099-01-01", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
    });
    const answer = await bridge.next(30_000);
    bridge.close();
    await bridge.exited;
    const negotiated = (answer.result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    expect([...KNOWN, "refused"]).toContain(answer.error === undefined ? negotiated : "refused");
  });
});
