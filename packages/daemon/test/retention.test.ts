import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "@mcp-guard/config";
import { AuditRepository, openDatabase } from "@mcp-guard/store";
import { describe, expect, it } from "vitest";
import { Daemon } from "../src/index.js";

describe("audit retention", () => {
  it("deletes rows older than audit.retention_days when the daemon starts", async () => {
    const home = join(mkdtempSync(join(tmpdir(), "mcpg-ret-")), "home");
    mkdirSync(home, { mode: 0o700 });
    const db = openDatabase(join(home, "mcp-guard.db"));
    const row = (ts: number) => ({
      ts,
      session_id: "s",
      server: "a",
      direction: "to_server" as const,
      kind: "request" as const,
      method: "ping",
      target: null,
      rpc_id: "1",
      identity: "os:u",
      decision: "allow" as const,
      reason: null,
      trace: "[]",
      latency_ms: 0,
      bytes: 1,
    });
    const day = 86_400_000;
    new AuditRepository(db).insertMany([
      row(Date.now() - 10 * day),
      row(Date.now() - 2 * day),
      row(Date.now()),
    ]);
    db.close();

    const config = configSchema.parse({ servers: {}, daemon: { home }, audit: { retention_days: 3 } });
    const daemon = new Daemon({ config, configPath: join(home, "x.yaml") });
    await daemon.start();
    await daemon.stop();

    const after = openDatabase(join(home, "mcp-guard.db"), { readonly: true });
    expect(new AuditRepository(after).count()).toBe(2);
    after.close();
  });
});
