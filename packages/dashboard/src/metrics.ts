// Prometheus metrics, fed by every audit event and read at scrape time for gauges.
import { CONTENT_TYPE, Counter, Gauge, Histogram, Registry } from "./prometheus.js";
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

/**
 * Every label takes its values from a bounded set, whatever peers send: a value from `known` as it is
 * (anything else is "other"), or without a known set the first `max` distinct values, then "other". A
 * client that invents 20,000 method names must not grow the registry or /metrics.
 */
export class LabelValues {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly known?: ReadonlySet<string>,
  ) {}

  of(value: string): string {
    if (this.known) return this.known.has(value) ? value : "other";
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return "other";
    this.seen.add(value);
    return value;
  }
}

const DECISIONS = new Set(["allow", "modify", "block", "error"]);

/** Values of the audit's own rows besides the protocol's methods. */
const OWN_METHODS = ["(none)", "approvals/approve", "approvals/deny"];

export class Metrics {
  readonly registry = new Registry();
  readonly contentType = CONTENT_TYPE;
  private readonly messages = this.registry.add(
    new Counter("mcp_guard_messages_total", "Messages by server, method, direction and decision", [
      "server",
      "method",
      "direction",
      "decision",
    ]),
  );
  private readonly blocks = this.registry.add(
    new Counter("mcp_guard_blocks_total", "Blocked messages by server and reason", ["server", "reason"]),
  );
  private readonly latency = this.registry.add(
    new Histogram(
      "mcp_guard_latency_ms",
      "Request pipeline time and response round trip, in milliseconds",
      ["server", "direction"],
      [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 100, 1000, 10000],
    ),
  );
  private readonly detections = this.registry.add(
    new Counter("mcp_guard_detections_total", "Detections and integrity findings by type", ["type"]),
  );
  private readonly rateLimited = this.registry.add(
    new Counter("mcp_guard_rate_limited_total", "Calls refused by a rate limit", ["server"]),
  );

  private readonly labels: Record<"server" | "method" | "reason" | "type", LabelValues>;

  /** `knownMethods`: the method names that may be labels (the protocol's); any other is "other". */
  constructor(
    source: Pick<DashboardSource, "status" | "auditQueueDepth">,
    knownMethods: readonly string[] = [],
  ) {
    this.labels = {
      server: new LabelValues(64),
      method: new LabelValues(0, new Set([...knownMethods, ...OWN_METHODS])),
      reason: new LabelValues(128),
      type: new LabelValues(128),
    };
    const servers = () =>
      Object.entries(
        (source.status() as { servers?: Record<string, { sessions: number; last_error: string | null }> })
          .servers ?? {},
      );
    this.registry.add(
      new Gauge("mcp_guard_sessions", "Live sessions by server", ["server"], () =>
        servers().map(([server, s]) => [[server], s.sessions] as const),
      ),
    );
    this.registry.add(
      new Gauge(
        "mcp_guard_server_up",
        "1 unless the server's last upstream connection failed",
        ["server"],
        () => servers().map(([server, s]) => [[server], s.last_error ? 0 : 1] as const),
      ),
    );
    this.registry.add(
      new Gauge("mcp_guard_audit_queue_depth", "Audit rows waiting to be written", [], () => [
        [[], source.auditQueueDepth()],
      ]),
    );
  }

  /** The exposition for a scrape. */
  text(): string {
    return this.registry.metrics();
  }

  observe(e: AuditEntry): void {
    const { labels } = this;
    const server = labels.server.of(e.server);
    const method = labels.method.of(e.method ?? "(none)");
    const direction = e.direction === "to_server" ? "to_server" : "to_client";
    const decision = DECISIONS.has(e.decision) ? e.decision : "other";
    this.messages.inc([server, method, direction, decision]);
    this.latency.observe([server, direction], e.latency_ms);
    if (e.decision === "block" && e.reason) this.blocks.inc([server, labels.reason.of(e.reason)]);
    if (e.reason === "rate_limited") this.rateLimited.inc([server]);
    // A counted loop: this runs for every audit row, and a for-of made an iterator per row and a result per
    // step (the daemon's allocation profile).
    for (let i = 0; i < e.trace.length; i++) {
      const findings = e.trace[i]?.findings;
      if (findings === undefined) continue;
      for (const f of findings) this.detections.inc([labels.type.of(f.split(" ")[0] ?? "unknown")]);
    }
  }
}
