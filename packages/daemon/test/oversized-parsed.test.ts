// daemon.max_message_bytes holds for every endpoint, also those that parse a message whole before the session
// sees it (an HTTP POST's body, an event of a Streamable HTTP upstream): the line endpoints skip an oversized
// line unread, and the router refuses a parsed one the same way, in both directions.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuditEvent } from "@mcp-guard/core";
import { DurableBatchRepository, openDatabase, type Db } from "@mcp-guard/store";
import { afterEach, describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import type { Session } from "../src/session.js";
import { memorySession, silent } from "./memory-session.js";

let dir: string;
let db: Db;
let session: Session | undefined;

function open() {
  dir = mkdtempSync(join(tmpdir(), "mcpg-oversized-"));
  db = openDatabase(join(dir, "a.db"));
  const audit = new AuditWriter(new DurableBatchRepository(db), new AuditJournal(join(dir, "j")), silent);
  const events: AuditEvent[] = [];
  audit.subscribe((e) => events.push(e));
  const made = memorySession(audit, {}, 4096);
  session = made.session;
  return { ...made, events };
}

afterEach(async () => {
  await session?.close("test over", "client_closed", false);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const reasonOf = (m: object | undefined) =>
  (m as { error?: { data?: { reason?: string } } } | undefined)?.error?.data?.reason;

describe("a parsed message over daemon.max_message_bytes", () => {
  it("from the client is refused with its id and never reaches the server", async () => {
    const { client, upstream, events } = open();
    client.onmessage({ jsonrpc: "2.0", id: 7, method: "ping", params: { pad: "x".repeat(5000) } }, 5050);
    const [answer] = await client.receivedCount(1);
    expect([answer?.id, reasonOf(answer)]).toEqual([7, "message_too_large"]);
    expect(upstream.received).toEqual([]);
    expect(events.map((e) => e.reason)).toEqual(["message_too_large"]);
  });

  it("from the server answers the request it would have answered", async () => {
    const { client, upstream } = open();
    client.deliver({ jsonrpc: "2.0", id: 1, method: "ping" });
    await upstream.receivedCount(1);
    upstream.onmessage({ jsonrpc: "2.0", id: 1, result: { pad: "x".repeat(5000) } }, 5030);
    const [answer] = await client.receivedCount(1);
    expect([answer?.id, reasonOf(answer)]).toEqual([1, "upstream_message_too_large"]);
    // The request is settled: a late second answer is no answer to anything.
    upstream.deliver({ jsonrpc: "2.0", id: 1, result: {} });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(client.received).toHaveLength(1);
  });
});
