// Attack (round 14): a server whose policy lets it sample (sampling: { enabled: true }) asked the client to
// attach the context of every MCP server the client talks to (`includeContext: "allServers"`), so what
// other servers returned, under their own policies, would be sent back to this one with the completion.
// The guard guards one server at a time and cannot judge another's context, so it now asks for this
// server's context at most: "allServers", and any value the specification does not define (a client may read
// it leniently), become "thisServer". Before: 2 of 2 such requests reached the client unchanged. Negatives:
// "none", "thisServer" and no includeContext reach it as they were sent.
// Review (round 14): the same request with the member spelled `IncludeContext` was forwarded as it was (the
// guard reads `includeContext` only), and a client that reads keys case-insensitively (Go's encoding/json,
// .NET's web defaults) would attach every server's context: 1 of 1 reached the client before. Such a request
// is now refused like every other field the guard reads under another case.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const sampling = (id: string, includeContext?: string) => ({
  jsonrpc: "2.0",
  id,
  method: "sampling/createMessage",
  params: {
    messages: [{ role: "user", content: { type: "text", text: "What is the weather like?" } }],
    maxTokens: 50,
    ...(includeContext === undefined ? {} : { includeContext }),
  },
});
const SENT = [
  sampling("all", "allServers"),
  sampling("all-cased", "AllServers"),
  sampling("none", "none"),
  sampling("this", "thisServer"),
  sampling("absent"),
];

const policy = ["    policy:", "      sampling: { enabled: true }"].join("\n");
/** A guarded home whose recording server sends `sent` to the client right after initialisation. */
function homeSending(sent: unknown[]) {
  const log = join(makeGuardedHome().dir, "recorder.log");
  writeFileSync(`${log}.to-client.json`, JSON.stringify(sent));
  return makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
}
const home = homeSending(SENT);
const { params: absentParams, ...absentRest } = sampling("cased-key");
const CASED_KEY = [
  { ...absentRest, params: { ...absentParams, IncludeContext: "allServers" } },
  sampling("after"),
];
const casedHome = homeSending(CASED_KEY);
afterAll(async () => {
  await Promise.all([home.cleanup(), casedHome.cleanup()]);
});

describe("a server's sampling request for other servers' context", () => {
  it("asks the client for this server's context at most", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const received: Record<string, unknown> = {};
    while (Object.keys(received).length < SENT.length) {
      const line = await bridge.next();
      if (line.method !== "sampling/createMessage") continue;
      received[String(line.id)] = (line.params as { includeContext?: unknown }).includeContext ?? "(absent)";
    }
    bridge.close();
    await bridge.exited;
    expect(received).toEqual({
      all: "thisServer",
      "all-cased": "thisServer",
      none: "none",
      this: "thisServer",
      absent: "(absent)",
    });
  });

  it("refuses the member under another case, which a lenient client would read as includeContext", async () => {
    const bridge = new RawBridge(casedHome, "recorder");
    await bridge.initialize();
    const received: string[] = [];
    for (;;) {
      const line = await bridge.next();
      if (line.method !== "sampling/createMessage") continue;
      received.push(String(line.id));
      if (line.id === "after") break;
    }
    bridge.close();
    await bridge.exited;
    expect(received).toEqual(["after"]);
  });
});
