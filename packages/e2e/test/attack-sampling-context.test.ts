// Attack (round 14): a server whose policy lets it sample (sampling: { enabled: true }) asked the client to
// attach the context of every MCP server the client talks to (`includeContext: "allServers"`), so what
// other servers returned, under their own policies, would be sent back to this one with the completion.
// The guard guards one server at a time and cannot judge another's context, so it now asks for this
// server's context at most: "allServers", and any value the specification does not define (a client may read
// it leniently), become "thisServer". Before: 2 of 2 such requests reached the client unchanged. Negatives:
// "none", "thisServer" and no includeContext reach it as they were sent.
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

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(`${log}.to-client.json`, JSON.stringify(SENT));
const policy = ["    policy:", "      sampling: { enabled: true }"].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

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
});
