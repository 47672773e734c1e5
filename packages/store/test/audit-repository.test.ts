import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuditRepository, openDatabase, type AuditRow } from "../src/index.js";
import { decodeTrace } from "@mcp-guard/core/audit-trace";

const row = (over: Partial<AuditRow>): AuditRow => ({
  ts: 1000,
  session_id: "s1",
  server: "fs",
  direction: "to_server",
  kind: "request",
  method: "tools/call",
  target: "read_file",
  rpc_id: "1",
  identity: "os:alice",
  decision: "allow",
  reason: null,
  trace: "[]",
  latency_ms: 0.1,
  bytes: 10,
  ...over,
});

describe("audit repository", () => {
  it("creates owner-only files and applies migrations once", () => {
    const file = join(mkdtempSync(join(tmpdir(), "mcpg-db-")), "a.db");
    const db = openDatabase(file);
    new AuditRepository(db).insertMany([row({})]);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) {
      expect(existsSync(f), f).toBe(true);
      expect((statSync(f).mode & 0o777).toString(8), f).toBe("600");
    }
    db.close();
    const again = openDatabase(file);
    expect(new AuditRepository(again).count()).toBe(1);
    again.close();
  });

  it("filters, orders newest first, limits, and enforces retention", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-db-")), "a.db"));
    const repo = new AuditRepository(db);
    repo.insertMany([
      row({ ts: 1000 }),
      row({ ts: 2000, server: "mem", method: "tools/list", target: null }),
      row({ ts: 3000, decision: "block", reason: "invalid_request", identity: "os:bob" }),
      row({ ts: 4000, direction: "to_client", kind: "response" }),
    ]);
    expect(repo.query().map((r) => r.ts)).toEqual([4000, 3000, 2000, 1000]);
    expect(repo.query({ server: "mem" }).map((r) => r.ts)).toEqual([2000]);
    expect(repo.query({ decision: "block" }).map((r) => r.identity)).toEqual(["os:bob"]);
    expect(repo.query({ identity: "os:alice", target: "read_file" }).map((r) => r.ts)).toEqual([4000, 1000]);
    expect(repo.query({ sinceMs: 2000, untilMs: 3000 }).map((r) => r.ts)).toEqual([3000, 2000]);
    expect(repo.query({ limit: 1 }).map((r) => r.ts)).toEqual([4000]);
    expect(repo.deleteOlderThan(3000)).toBe(2);
    expect(repo.count()).toBe(2);
    db.close();
  });

  it("serialises an event's trace (its times rounded by the pipeline) when it stores it, and takes rows whose trace is JSON already", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-db-")), "a.db"));
    const repo = new AuditRepository(db);
    const trace = [
      { interceptor: "rate_limit", action: "pass" as const, ms: 0.012 },
      {
        interceptor: "content_scan",
        action: "block" as const,
        ms: 1,
        reason: "sensitive_data",
        findings: ["ssn at params.x"],
      },
    ];
    repo.insertMany([
      { ...row({ ts: 1 }), trace },
      row({ ts: 2, trace: '[{"interceptor":"a","action":"pass","ms":1}]' }),
    ]);
    const [second, first] = repo.query();
    // One short array per step (the member names are not repeated in every row), read back as steps.
    expect(first?.trace).toBe(
      '[["rate_limit","pass",0.012],["content_scan","block",1,"sensitive_data",["ssn at params.x"]]]',
    );
    expect(decodeTrace(first?.trace ?? "")).toEqual([
      { interceptor: "rate_limit", action: "pass", ms: 0.012 },
      {
        interceptor: "content_scan",
        action: "block",
        ms: 1,
        reason: "sensitive_data",
        findings: ["ssn at params.x"],
      },
    ]);
    expect(decodeTrace(second?.trace ?? "")).toEqual([{ interceptor: "a", action: "pass", ms: 1 }]);
    db.close();
  });

  it("inserts batches of any size, each row once and in order", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-db-")), "a.db"));
    const repo = new AuditRepository(db);
    let ts = 0;
    for (const size of [1, 63, 64, 65, 127, 200, 1000]) {
      repo.insertMany(Array.from({ length: size }, () => row({ ts: ++ts })));
    }
    expect(repo.count()).toBe(ts);
    const stored = repo.query({ limit: 1000 }).map((r) => r.ts);
    expect(stored).toEqual(Array.from({ length: 1000 }, (_, i) => ts - i));
    db.close();
  });

  it("refuses to open a missing database read-only instead of creating it", () => {
    expect(() => openDatabase(join(tmpdir(), "mcpg-does-not-exist.db"), { readonly: true })).toThrow(
      /no audit database/,
    );
  });
});
