// Attack (round 32, found from outside): none got through (kept as a guard). Tried: an HTTP client's call
// held for a person (spend.require_approval with wait_for_approval_seconds), then DELETE of its session while
// the POST that carried the call is still open and waiting for its answer. What is in flight or held when a
// session closes gets `session_ended` on its id (README, round 31), HTTP DELETE among the ways a session
// closes.
// A user expects that POST's stream to end with the call's answer (session_ended) rather than with nothing,
// the audit to record how the call ended, and a person approving it afterwards to send nothing to the server.
// Proved through the real `mcp-guard serve` front door and the real CLI's `approvals list` and `logs`.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  freePort,
  makeGuardedHome,
  rawRequest,
  recorded,
  recorderServerYaml,
  serveHttp,
  heldCalls,
  type Served,
} from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
let served: Served | undefined;
const held = [
  "    policy:",
  "      spend:",
  "        require_approval: [delete_account]",
  "        wait_for_approval_seconds: 60",
];
let home: ReturnType<typeof makeGuardedHome> | undefined;
afterAll(async () => {
  await served?.stop();
  await home?.cleanup();
});

describe("HTTP DELETE of a session with a call held for a person", () => {
  it("answers the held call on its POST with session_ended, audited", async () => {
    const port = await freePort();
    home = makeGuardedHome(
      recorderServerYaml("recorder", log, undefined, held.join("\n")),
      ["  http:", `    port: ${port}`, "    allow_anonymous: true"].join("\n"),
    );
    served = await serveHttp(home);
    const url = `${served.url}/recorder`;
    const opened = await rawRequest(url, { method: "POST", headers: MCP_HEADERS, body: INITIALIZE });
    expect(opened.status).toBe(200);
    const session = String(opened.headers["mcp-session-id"]);
    const headers = { ...MCP_HEADERS, "mcp-session-id": session, "mcp-protocol-version": "2025-06-18" };
    const initialized = await rawRequest(url, {
      method: "POST",
      headers,
      body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
    });
    expect(initialized.status).toBe(202);
    const call = rawRequest(url, {
      method: "POST",
      headers,
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 3,
        method: "tools/call",
        params: { name: "delete_account", arguments: { user: "bob" } },
      }),
    });
    await heldCalls(home!); // the call waits for a person
    const deleted = await rawRequest(url, { method: "DELETE", headers });
    expect(deleted.status).toBe(200);
    const answer = await Promise.race([
      call.then((r) => r.body),
      new Promise<string>((r) => setTimeout(() => r("(the POST never ended)"), 15_000)),
    ]);
    expect(answer).toContain("session_ended");
    const rows = (await home.cli(["logs", "--json", "--limit", "1000"])).stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { direction: string; rpc_id: string | null; reason: string | null });
    expect(
      rows.some((r) => r.direction === "to_client" && r.rpc_id === "3" && r.reason === "session_ended"),
    ).toBe(true);
    // A person approves it afterwards: nothing reaches the server for a session that is gone.
    const list = (await home.cli(["approvals", "list"])).stdout;
    const id = /^(\S+) +pending +recorder +delete_account/m.exec(list)?.[1];
    expect(id, list).toBeDefined();
    expect((await home.cli(["approvals", "approve", id!, "--by", "person"])).code).toBe(0);
    await new Promise((r) => setTimeout(r, 1_500));
    const calls = recorded(log).filter(
      (m) => typeof m === "object" && (m as { method?: unknown }).method === "tools/call",
    );
    expect(calls).toEqual([]);
  });
});
