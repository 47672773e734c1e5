// Prometheus metrics, fed by every audit event and read at scrape time for gauges.
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { AuditEntry, DashboardSource } from "./source.js";

export const METRIC_NAMES = [
  "mcp_guard_messages_total",
  "mcp_guard_blocks_total",
  "mcp_guard_latency_ms",
  "mcp_guard_detections_total",
  "mcp_guard_rate_limited_total",
  "mcp_guard_sessions",
  "mcp_guard_server_up",
  "mcp_guard_audit_queue_depth",
] as const;

export class Metrics {
  readonly registry = new Registry();
  private readonly messages = new Counter({
    name: "mcp_guard_messages_total",
    help: "Messages by server, method, direction and decision",
    labelNames: ["server", "method", "direction", "decision"],
    registers: [this.registry],
  });
  private readonly blocks = new Counter({
    name: "mcp_guard_blocks_total",
    help: "Blocked messages by server and reason",
    labelNames: ["server", "reason"],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: "mcp_guard_latency_ms",
    help: "Request pipeline time and response round trip, in milliseconds",
    labelNames: ["server", "direction"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 100, 1000, 10000],
    registers: [this.registry],
  });
  private readonly detections = new Counter({
    name: "mcp_guard_detections_total",
    help: "Detections and integrity findings by type",
    labelNames: ["type"],
    registers: [this.registry],
  });
  private readonly rateLimited = new Counter({
    name: "mcp_guard_rate_limited_total",
    help: "Calls refused by a rate limit",
    labelNames: ["server"],
    registers: [this.registry],
  });

  constructor(source: DashboardSource) {
    const status = () =>
      source.status() as { servers?: Record<string, { sessions: number; last_error: string | null }> };
    new Gauge({
      name: "mcp_guard_sessions",
      help: "Live sessions by server",
      labelNames: ["server"],
      registers: [this.registry],
      collect() {
        for (const [server, s] of Object.entries(status().servers ?? {})) this.set({ server }, s.sessions);
      },
    });
    new Gauge({
      name: "mcp_guard_server_up",
      help: "1 unless the server's last upstream connection failed",
      labelNames: ["server"],
      registers: [this.registry],
      collect() {
        for (const [server, s] of Object.entries(status().servers ?? {}))
          this.set({ server }, s.last_error ? 0 : 1);
      },
    });
    new Gauge({
      name: "mcp_guard_audit_queue_depth",
      help: "Audit rows waiting to be written",
      registers: [this.registry],
      collect() {
        this.set(source.auditQueueDepth());
      },
    });
  }

  observe(e: AuditEntry): void {
    const method = e.method ?? "(none)";
    this.messages.inc({ server: e.server, method, direction: e.direction, decision: e.decision });
    this.latency.observe({ server: e.server, direction: e.direction }, e.latency_ms);
    if (e.decision === "block" && e.reason) this.blocks.inc({ server: e.server, reason: e.reason });
    if (e.reason === "rate_limited") this.rateLimited.inc({ server: e.server });
    if (e.trace.includes('"findings"')) {
      for (const t of JSON.parse(e.trace) as { findings?: string[] }[]) {
        for (const f of t.findings ?? []) this.detections.inc({ type: f.split(" ")[0] ?? "unknown" });
      }
    }
  }
}
