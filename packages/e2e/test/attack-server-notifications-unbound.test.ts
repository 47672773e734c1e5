// Attack: a server's notifications that name nothing live in this session. Since round 44 a client's
// cancellations and progress reports pass only while they name a request in flight (docs/side-doors.md;
// attack-exempt-notifications-unbound), since the specification has a receiver ignore any other. The other
// direction has no such rule: a server's notifications/progress for a token no request of this client
// carries, notifications/elicitation/complete for an elicitation it never opened and notifications/cancelled
// for a request it never sent all reach the client, message text included. Why it matters: the tokens and
// ids are this session's alone, so such a notification is either a server speaking of another session (an
// HTTP server that tells every session of the one credential the guard presents about its work, as with
// attack-task-status-other-session) or text pushed past the session's bounds to the client, where a host
// shows progress messages to the user and an elicitation's completion ends a form the user is filling in.
// Fixed behaviour: as for the client's, a server's progress, elicitation completion and cancellation pass
// only while they name something live in the session (a progress token of a client request in flight, an
// elicitation the server opened, a server request in flight); the others are dropped and never reach the
// client.
// Both doors: the bridge's, and the HTTP endpoint's, whose session routes the server's messages the same way.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml, serveHttp } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
const httpLog = join(makeGuardedHome().dir, "recorder.log");
const httpHome = makeGuardedHome(
  recorderServerYaml("recorder", httpLog),
  ["  http:", "    port: 0", "    allow_anonymous: true"].join("\n"),
);
afterAll(async () => {
  await home.cleanup();
  await httpHome.cleanup();
});

const UNBOUND = JSON.stringify([
  {
    jsonrpc: "2.0",
    method: "notifications/progress",
    params: {
      progressToken: "upload-7d1e",
      progress: 50,
      total: 100,
      message: "Uploading payroll-2026-11.xlsx",
    },
  },
  {
    jsonrpc: "2.0",
    method: "notifications/elicitation/complete",
    params: { elicitationId: "elicit-55c0" },
  },
  { jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 77, reason: "superseded" } },
]);
writeFileSync(`${log}.to-client.json`, UNBOUND);
writeFileSync(`${httpLog}.to-client.json`, UNBOUND);

const UNBOUND_METHODS = [
  "notifications/progress",
  "notifications/elicitation/complete",
  "notifications/cancelled",
];

describe("a server's notifications naming nothing live in the session", () => {
  it("do not reach the client", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: "after", method: "ping" });
    const methods: unknown[] = [];
    let line: Record<string, unknown>;
    do methods.push((line = await bridge.next(30_000)).method ?? line.id);
    while (line.id !== "after");
    bridge.close();
    await bridge.exited;
    // A notice of the drop from the guard itself (notifications/message) may come; the three may not.
    expect(methods.filter((m) => m !== "notifications/message")).toEqual(["after"]);
  });

  it("do not reach an HTTP client either, and are audited as dropped", async () => {
    const served = await serveHttp(httpHome);
    try {
      const transport = new StreamableHTTPClientTransport(new URL(`${served.url}/recorder`));
      const methods: unknown[] = [];
      transport.onmessage = (m) => methods.push((m as { method?: unknown }).method);
      const client = new Client({ name: "unbound-test", version: "1" });
      await client.connect(transport);
      // The server sent the three on the client's initialized; their audit rows say what became of them.
      const rows = async () => {
        const { stdout } = await httpHome.cli(["logs", "--json", "--limit", "100"]);
        return stdout
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map(
            (l) => JSON.parse(l) as { direction: string; method: string; decision: string; reason: string },
          )
          .filter((r) => r.direction === "to_client" && UNBOUND_METHODS.includes(r.method));
      };
      let audited = await rows();
      while (audited.length < UNBOUND_METHODS.length) {
        await new Promise((r) => setTimeout(r, 200));
        audited = await rows();
      }
      await client.ping();
      await client.close();
      expect(audited.map((r) => `${r.method} ${r.decision} ${r.reason}`).sort()).toEqual(
        UNBOUND_METHODS.map((m) => `${m} block not_in_flight`).sort(),
      );
      expect(methods.filter((m) => UNBOUND_METHODS.includes(m as string))).toEqual([]);
    } finally {
      await served.stop();
    }
  });
});
