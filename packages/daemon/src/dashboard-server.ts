// The dashboard, served by the daemon on 127.0.0.1: its data source over the daemon's stores, a token
// kept 0600 in the home (stable until deleted), and the bound port written next to it for the CLI.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lineDiff, SPEC_METHODS, type PinKind } from "@mcp-guard/core";
import { buildDashboard, type Dashboard, type DashboardSource } from "@mcp-guard/dashboard";
import {
  approvalDecisionRow,
  type AuditRepository,
  type PinRepository,
  type SpendRepository,
} from "@mcp-guard/store";
import type { AuditWriter } from "./audit-writer.js";
import { ensureSecret } from "./home.js";
import type { Logger } from "./logger.js";

export interface DashboardDeps {
  home: string;
  port: number;
  status: () => object;
  repository: AuditRepository;
  spend: SpendRepository;
  pins: PinRepository;
  audit: AuditWriter;
  logger: Logger;
}

const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2).split("\n");

export class DashboardServer {
  private dashboard: Dashboard | undefined;
  private port = 0;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly d: DashboardDeps) {}

  async start(): Promise<void> {
    const { d } = this;
    const source: DashboardSource = {
      status: d.status,
      audit: (f) =>
        d.repository.query({
          server: f.server,
          method: f.method,
          decision: f.decision,
          identity: f.identity,
          beforeId: f.beforeId,
          limit: f.limit,
        }),
      decisionsPerMinute: (since) => d.repository.decisionsPerMinute(since),
      approvals: () => d.spend.list(false, Date.now()),
      decide: (id, decision, by, reason) => {
        const request = d.spend.get(id);
        if (!request || !d.spend.decide(id, decision, by, reason, Date.now())) return false;
        this.auditDecision(request.server, request.tool, id, decision, by, reason);
        return true;
      },
      pinChanges: () =>
        d.pins.changes().map((c) => {
          const pinned = d.pins.get(c.server, c.kind, c.name);
          return {
            server: c.server,
            kind: c.kind,
            name: c.name,
            seen_at: c.seen_at,
            diff: [
              ...(c.findings.length
                ? [`!!! poisoned? the new definition carries: ${c.findings.join(", ")}`]
                : []),
              ...(pinned
                ? lineDiff(pretty(pinned.definition), pretty(c.definition))
                : pretty(c.definition).map((l) => `+ ${l}`)),
            ],
          };
        }),
      approvePin: (server, kind, name, by) => {
        const ok = d.pins.approve(server, kind as PinKind, name);
        if (ok) this.auditDecision(server, `${kind} ${name}`, "pin", "approved", by, undefined);
        return ok;
      },
      auditQueueDepth: () => d.audit.depth,
    };
    const dashboard = buildDashboard(source, {
      token: ensureSecret(join(d.home, "dashboard.token")),
      port: () => this.port,
      knownMethods: SPEC_METHODS,
    });
    this.dashboard = dashboard;
    // Each reads the audit events on its own: the counters, and the live view.
    this.unsubscribe.push(
      d.audit.subscribe((e) => dashboard.metrics.observe(e)),
      d.audit.subscribe((e) => dashboard.live(e)),
    );
    try {
      await dashboard.app.listen({ host: "127.0.0.1", port: d.port });
    } catch (err) {
      // Another daemon (another home) may hold the configured port: take any free one rather than fail.
      d.logger.warn({ err, port: d.port }, "dashboard port in use; listening on a free port instead");
      await dashboard.app.listen({ host: "127.0.0.1", port: 0 });
    }
    this.port = (dashboard.app.server.address() as { port: number }).port;
    writeFileSync(join(d.home, "dashboard.port"), `${this.port}\n`, { mode: 0o600 });
    d.logger.info({ port: this.port }, "dashboard listening");
  }

  /** Where the dashboard listens (log in through `mcp-guard dashboard`), or undefined before it started. */
  address(): string | undefined {
    return this.port ? `http://127.0.0.1:${this.port}/` : undefined;
  }

  loginUrl(): string {
    if (!this.dashboard) throw new Error("the dashboard is not running");
    return `http://127.0.0.1:${this.port}/login?code=${this.dashboard.loginCode()}`;
  }

  private auditDecision(
    server: string,
    target: string,
    id: string,
    decision: "approved" | "denied",
    by: string,
    reason: string | undefined,
  ): void {
    this.d.audit.record(
      approvalDecisionRow({
        now: Date.now(),
        channel: "dashboard",
        server,
        target,
        id,
        identity: `dashboard:${by}`,
        decision,
        reason,
      }),
    );
  }

  async stop(): Promise<void> {
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    await this.dashboard?.app.close();
  }
}
