import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditRepository, openDatabase } from "@mcp-guard/store";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { AuditWriter } from "../src/audit-writer.js";

const event = (n: number) => ({
  ts: n,
  session_id: "s",
  server: "srv",
  direction: "to_server" as const,
  kind: "request" as const,
  method: "ping",
  target: null,
  rpc_id: String(n),
  identity: "os:u",
  decision: "allow" as const,
  reason: null,
  trace: "[]",
  latency_ms: 0.123,
  bytes: 1,
});

const silent = pino({ level: "silent" });

describe("AuditWriter", () => {
  it("batches rows and loses none on flush", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-aw-")), "a.db"));
    const repo = new AuditRepository(db);
    const writer = new AuditWriter(repo, silent, { flushMs: 10_000, batchMax: 100 });
    for (let i = 0; i < 250; i++) writer.record(event(i));
    expect(repo.count()).toBe(200); // two full batches went straight away
    expect(writer.depth).toBe(50);
    writer.flush();
    expect(repo.count()).toBe(250);
    expect(repo.query({ limit: 1 })[0]).toMatchObject({ ts: 249, latency_ms: 0.123 });
    db.close();
  });

  it("keeps rows when the database fails and stops accepting traffic at its cap (fail-closed)", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-aw-")), "a.db"));
    const writer = new AuditWriter(new AuditRepository(db), silent, {
      flushMs: 10_000,
      batchMax: 5,
      queueMax: 20,
    });
    db.close();
    for (let i = 0; i < 19; i++) writer.record(event(i));
    expect(writer.depth).toBe(19);
    expect(writer.lastError).toMatch(/not open/);
    expect(writer.accepting).toBe(true);
    writer.record(event(19));
    expect(writer.accepting).toBe(false);
    writer.flush();
    expect(writer.depth).toBe(20);
  });
});
