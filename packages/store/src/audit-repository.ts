// Audit rows in SQLite: batched inserts, filtered queries, retention.
import type { AuditEvent, AuditSink } from "@mcp-guard/core";
import { encodeTrace } from "@mcp-guard/core/audit-trace";
import type Database from "better-sqlite3";
import type { Db } from "./database.js";
import { AUDIT_COLUMNS, type PackedAuditRows } from "./packed-rows.js";

/** A row as the table holds it: the trace as stored JSON (encodeTrace; decodeTrace reads it back). */
export interface AuditRow extends Omit<AuditEvent, "trace"> {
  id?: number;
  trace: string;
}

/** What insertMany takes: events, or rows whose trace is JSON already (a journal written before). */
export type StorableRow = AuditEvent | AuditRow;

export interface AuditQuery {
  server?: string | undefined;
  /** A method, or the forms it may be kept in (itself, its digest): a row with any of them matches. */
  method?: string | readonly string[] | undefined;
  /** A target, or the forms it may be kept in. */
  target?: string | readonly string[] | undefined;
  identity?: string | undefined;
  decision?: string | undefined;
  sessionId?: string | undefined;
  sinceMs?: number | undefined;
  untilMs?: number | undefined;
  /** Pagination: rows older than this id. */
  beforeId?: number | undefined;
  limit?: number | undefined;
}

const COLUMNS = AUDIT_COLUMNS;

/**
 * Rows per INSERT statement: one statement binding many rows is far cheaper than many statements. A batch
 * is cut into powers of two, so at most seven statements are ever prepared; one per batch size (up to 64,
 * each a compiled program of hundreds of KB for the larger ones) held SQLite's heap a few MB higher.
 */
const ROWS_PER_STATEMENT = 64;

export class AuditRepository implements AuditSink {
  private readonly statements = new Map<number, Database.Statement>();

  constructor(private readonly db: Db) {}

  private insertStatement(rows: number): Database.Statement {
    let statement = this.statements.get(rows);
    if (!statement) {
      const tuple = `(${COLUMNS.map(() => "?").join(", ")})`;
      statement = this.db.prepare(
        `INSERT OR ROLLBACK INTO audit_log (${COLUMNS.join(", ")}) VALUES ${Array(rows).fill(tuple).join(", ")}`,
      );
      this.statements.set(rows, statement);
    }
    return statement;
  }

  /** One transaction for the whole batch: all rows land or none do. */
  insertMany(rows: readonly StorableRow[]): void {
    this.insertRows(rows.length, (i, values, v) => {
      const row = rows[i]!;
      for (const column of COLUMNS) values[v++] = column === "trace" ? storedTrace(row.trace) : row[column];
      return v;
    });
  }

  /** The same for rows packed off the heap (PackedAuditRows), in their order. */
  insertPacked(rows: PackedAuditRows): void {
    this.insertRows(rows.length, (i, values, v) => rows.fill(i, values, v));
  }

  /**
   * `fill` writes row i's columns into values from v and returns where it stopped. Inside a transaction
   * already (a durable batch) the rows go into it: no savepoint of their own. A row the table refuses
   * (OR ROLLBACK) undoes the whole transaction at once, so SQLite keeps no statement journal to undo one
   * statement alone; either way none of the batch lands.
   */
  private insertRows(count: number, fill: (i: number, values: unknown[], v: number) => number): void {
    if (count === 0) return;
    const insert = () => {
      for (let start = 0; start < count;) {
        let size = ROWS_PER_STATEMENT;
        while (size > count - start) size >>= 1;
        const values = new Array<unknown>(size * COLUMNS.length);
        let v = 0;
        for (let i = start; i < start + size; i++) v = fill(i, values, v);
        this.insertStatement(size).run(values);
        start += size;
      }
    };
    if (this.db.inTransaction) insert();
    else this.db.transaction(insert)();
  }

  /** Newest first. */
  query(q: AuditQuery = {}): AuditRow[] {
    const where: string[] = [];
    const args: Record<string, unknown> = {};
    const eq = (column: string, key: string, value: string | readonly string[] | undefined) => {
      if (value === undefined) return;
      if (typeof value === "string") {
        where.push(`${column} = @${key}`);
        args[key] = value;
        return;
      }
      const names = value.map((_, i) => `@${key}${i}`);
      where.push(names.length === 0 ? "0" : `${column} IN (${names.join(", ")})`);
      value.forEach((v, i) => (args[`${key}${i}`] = v));
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
    if (q.beforeId !== undefined) {
      where.push("id < @before_id");
      args.before_id = q.beforeId;
    }
    if (q.untilMs !== undefined) {
      where.push("ts <= @until");
      args.until = q.untilMs;
    }
    const limit = Math.max(1, Math.min(q.limit ?? 100, 100_000));
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ts DESC, id DESC LIMIT ${limit}`;
    return this.db.prepare(sql).all(args) as AuditRow[];
  }

  /** Rows per minute (epoch minutes) and decision since a time: the dashboard's chart. */
  decisionsPerMinute(sinceMs: number): { minute: number; decision: string; n: number }[] {
    return this.db
      .prepare(
        "SELECT ts / 60000 AS minute, decision, COUNT(*) AS n FROM audit_log WHERE ts >= ? GROUP BY minute, decision ORDER BY minute",
      )
      .all(sinceMs) as { minute: number; decision: string; n: number }[];
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM audit_log").get() as { n: number }).n;
  }

  /** Retention: deletes rows older than the cutoff; returns how many went. */
  deleteOlderThan(cutoffMs: number): number {
    return this.db.prepare("DELETE FROM audit_log WHERE ts < ?").run(cutoffMs).changes;
  }
}

/** The audit row for a person's decision on an approval request (from the CLI or the dashboard). */
export function approvalDecisionRow(d: {
  now: number;
  channel: "cli" | "dashboard";
  server: string;
  target: string;
  id: string;
  identity: string;
  decision: "approved" | "denied";
  reason: string | undefined;
}): AuditEvent {
  return {
    ts: d.now,
    session_id: d.channel,
    server: d.server,
    direction: "to_server",
    kind: "approval",
    method: d.decision === "approved" ? "approvals/approve" : "approvals/deny",
    target: d.target,
    rpc_id: d.id,
    identity: d.identity,
    decision: d.decision === "approved" ? "allow" : "block",
    reason: d.reason ?? null,
    trace: [],
    latency_ms: 0,
    bytes: 0,
  };
}

function storedTrace(trace: StorableRow["trace"]): string {
  return typeof trace === "string" ? trace : encodeTrace(trace);
}
