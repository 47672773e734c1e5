// Audit rows in SQLite: batched inserts, filtered queries, retention.
import type { Db } from "./database.js";

export interface AuditRow {
  id?: number;
  ts: number;
  session_id: string;
  server: string;
  direction: "to_server" | "to_client";
  kind: string;
  method: string | null;
  target: string | null;
  rpc_id: string | null;
  identity: string;
  decision: "allow" | "modify" | "block" | "error";
  reason: string | null;
  trace: string;
  latency_ms: number;
  bytes: number;
}

export interface AuditQuery {
  server?: string | undefined;
  method?: string | undefined;
  target?: string | undefined;
  identity?: string | undefined;
  decision?: string | undefined;
  sessionId?: string | undefined;
  sinceMs?: number | undefined;
  untilMs?: number | undefined;
  limit?: number | undefined;
}

const COLUMNS = [
  "ts",
  "session_id",
  "server",
  "direction",
  "kind",
  "method",
  "target",
  "rpc_id",
  "identity",
  "decision",
  "reason",
  "trace",
  "latency_ms",
  "bytes",
] as const;

export class AuditRepository {
  private readonly insert;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map((c) => `@${c}`).join(", ")})`,
    );
  }

  /** One transaction for the whole batch: all rows land or none do. */
  insertMany(rows: readonly AuditRow[]): void {
    if (rows.length === 0) return;
    this.db.transaction((batch: readonly AuditRow[]) => {
      for (const row of batch) this.insert.run(row);
    })(rows);
  }

  /** Newest first. */
  query(q: AuditQuery = {}): AuditRow[] {
    const where: string[] = [];
    const args: Record<string, unknown> = {};
    const eq = (column: string, key: string, value: unknown) => {
      if (value === undefined) return;
      where.push(`${column} = @${key}`);
      args[key] = value;
    };
    eq("server", "server", q.server);
    eq("method", "method", q.method);
    eq("target", "target", q.target);
    eq("identity", "identity", q.identity);
    eq("decision", "decision", q.decision);
    eq("session_id", "session_id", q.sessionId);
    if (q.sinceMs !== undefined) {
      where.push("ts >= @since");
      args.since = q.sinceMs;
    }
    if (q.untilMs !== undefined) {
      where.push("ts <= @until");
      args.until = q.untilMs;
    }
    const limit = Math.max(1, Math.min(q.limit ?? 100, 100_000));
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ts DESC, id DESC LIMIT ${limit}`;
    return this.db.prepare(sql).all(args) as AuditRow[];
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM audit_log").get() as { n: number }).n;
  }

  /** Retention: deletes rows older than the cutoff; returns how many went. */
  deleteOlderThan(cutoffMs: number): number {
    return this.db.prepare("DELETE FROM audit_log WHERE ts < ?").run(cutoffMs).changes;
  }
}
