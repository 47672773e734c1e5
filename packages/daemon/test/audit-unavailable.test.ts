// When the audit cannot be written and its queue is full, nothing new is forwarded in either direction:
// the client's request is answered, the server's notification is dropped, the server's request is refused.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditRepository, DurableBatchRepository, openDatabase } from "@mcp-guard/store";
import { describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import { memorySession, silent } from "./memory-session.js";

describe("an unwritable, full audit", () => {
  it("stops traffic in both directions instead of forwarding it unaudited", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-full-"));
    const db = openDatabase(join(dir, "a.db"));
    const journal = new AuditJournal(join(dir, "audit.journal"));
    const audit = new AuditWriter(new DurableBatchRepository(db), journal, silent, {
      flushMs: 1_000_000,
      queueMax: 2,
    });
    db.close();
    const { client, upstream } = memorySession(audit);
    // While the audit still accepts, a request starts the upstream and goes through.
    client.deliver({ jsonrpc: "2.0", id: 1, method: "ping" });
    await new Promise((r) => setTimeout(r, 20));
    expect(upstream.received).toEqual([{ jsonrpc: "2.0", id: 1, method: "ping" }]);
    upstream.deliver({ jsonrpc: "2.0", id: 1, result: {} });
    expect(audit.accepting).toBe(false); // the request and its response fill the queue of 2

    client.deliver({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    client.deliver({ jsonrpc: "2.0", method: "notifications/roots/list_changed" });
    upstream.deliver({
      jsonrpc: "2.0",
      method: "notifications/message",
      params: { level: "info", data: "x" },
    });
    upstream.deliver({
      jsonrpc: "2.0",
      id: 9,
      method: "sampling/createMessage",
      params: { messages: [], maxTokens: 5 },
    });
    await new Promise((r) => setTimeout(r, 20));

    expect(client.received).toEqual([
      { jsonrpc: "2.0", id: 1, result: {} },
      {
        jsonrpc: "2.0",
        id: 2,
        error: {
          code: -32603,
          message: "Internal error: the audit log cannot be written",
          data: { reason: "internal_error", detail: "the audit log cannot be written" },
        },
      },
    ]);
    expect(upstream.received.slice(1)).toEqual([
      {
        jsonrpc: "2.0",
        id: 9,
        error: {
          code: -32603,
          message: "Internal error: the audit log cannot be written",
          data: { reason: "internal_error", detail: "the audit log cannot be written" },
        },
      },
    ]);
  });

  it("stores a message refused because its row could not be journaled as refused, not as allowed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-nojournal-"));
    const db = openDatabase(join(dir, "a.db"));
    const journal = new AuditJournal(join(dir, "audit.journal"));
    const audit = new AuditWriter(new DurableBatchRepository(db), journal, silent, { flushMs: 1_000_000 });
    const { client, upstream } = memorySession(audit);
    client.deliver({ jsonrpc: "2.0", id: 1, method: "ping" });
    await new Promise((r) => setTimeout(r, 20));
    upstream.deliver({ jsonrpc: "2.0", id: 1, result: {} });
    await new Promise((r) => setTimeout(r, 20));
    journal.close(); // every journal write fails from here on, as on a full disk; SQLite still works
    client.deliver({ jsonrpc: "2.0", id: 2, method: "ping" });
    await new Promise((r) => setTimeout(r, 20));
    expect(upstream.received).toEqual([{ jsonrpc: "2.0", id: 1, method: "ping" }]);
    expect(client.received.at(-1)).toMatchObject({ id: 2, error: { code: -32603 } });
    expect(audit.flush()).toBe(true);
    const rows = new AuditRepository(db)
      .query({ limit: 10 })
      .map((r) => [r.direction, r.rpc_id, r.decision, r.reason]);
    expect(rows).toEqual([
      ["to_server", "2", "error", "audit_unavailable"],
      ["to_client", "1", "allow", null],
      ["to_server", "1", "allow", null],
    ]);
    db.close();
  });
});
