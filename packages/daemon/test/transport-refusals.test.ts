// A request the client's transport refused and answered itself (an HTTP 400 of the Streamable HTTP
// transport) is audited by the session as the bridge's refusal of the same input is: one block row under the
// session's identity, saying why, naming the message's method and target when the request held one message
// (scrubbed as every row), and nothing answered or forwarded (the transport already answered).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuditEvent } from "@mcp-guard/core";
import { DurableBatchRepository, openDatabase, type Db } from "@mcp-guard/store";
import { afterEach, describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import type { ClientEndpoint } from "../src/client-endpoint.js";
import type { Session } from "../src/session.js";
import { memorySession, silent } from "./memory-session.js";

let dir: string;
let db: Db;
let session: Session | undefined;

function open() {
  dir = mkdtempSync(join(tmpdir(), "mcpg-transport-refusals-"));
  db = openDatabase(join(dir, "a.db"));
  const audit = new AuditWriter(new DurableBatchRepository(db), new AuditJournal(join(dir, "j")), silent);
  const events: AuditEvent[] = [];
  audit.subscribe((e) => events.push(e));
  const made = memorySession(audit);
  session = made.session;
  return { ...made, events };
}

afterEach(async () => {
  await session?.close("test over", "client_closed", false);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a request the client's transport refused", () => {
  it("leaves one block row saying why, and nothing else happens", async () => {
    const { client, upstream, events } = open();
    // The session listens for them (only an HTTP client's transport refuses any).
    const refused = (client as ClientEndpoint).onrefused;
    expect(refused).toBeTypeOf("function");
    refused?.({ reason: "parse_error", bytes: 42 });
    refused?.({
      reason: "unsupported_protocol_version",
      bytes: 80,
      message: { jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "echo", arguments: {} } },
    });
    refused?.({
      reason: "not_initialized",
      bytes: 30,
      message: { jsonrpc: "2.0", id: 5, method: "admin/exec" },
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(
      events.map(({ kind, method, target, rpc_id, identity, decision, reason, bytes }) => ({
        kind,
        method,
        target,
        rpc_id,
        identity,
        decision,
        reason,
        bytes,
      })),
    ).toEqual([
      {
        kind: "invalid",
        method: null,
        target: null,
        rpc_id: null,
        identity: "os:u",
        decision: "block",
        reason: "parse_error",
        bytes: 42,
      },
      {
        kind: "request",
        method: "tools/call",
        // (kept as a digest here: this session's scrub has no detection to clear a target with)
        target: expect.stringMatching(/^hmac:/) as unknown as string,
        rpc_id: "4",
        identity: "os:u",
        decision: "block",
        reason: "unsupported_protocol_version",
        bytes: 80,
      },
      {
        kind: "request",
        method: expect.stringMatching(/^hmac:/) as unknown as string,
        target: null,
        rpc_id: "5",
        identity: "os:u",
        decision: "block",
        reason: "not_initialized",
        bytes: 30,
      },
    ]);
    expect(client.received).toEqual([]);
    expect(upstream.received).toEqual([]);
  });
});
