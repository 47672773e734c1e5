// The dashboard, served by the daemon on 127.0.0.1: its data source over the daemon's stores, a token
// kept 0600 in the home (stable until deleted), and the bound port written next to it for the CLI.
// The port is bound at start, but the HTTP app (fastify) is loaded on the first request: most daemons are
// never browsed, and the app costs several MB. Metrics count every audit event from the start.
import { writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import {
  decodeTrace,
  definitionChangeId,
  lineDiff,
  methodForms,
  SPEC_METHODS,
  targetForms,
} from "@mcp-guard/core";
import {
  loadDashboard,
  LoginCodes,
  Metrics,
  type Dashboard,
  type DashboardSource,
} from "@mcp-guard/dashboard";
import {
  approvalDecisionRow,
  type AuditRepository,
  type PinRepository,
  type SpendRepository,
} from "@mcp-guard/store";
import { logAcceptErrors } from "./accept-errors.js";
import { keepDescriptorsForOwner } from "./descriptor-reserve.js";
import type { AuditWriter } from "./audit-writer.js";
import { ensureSecret } from "./home.js";
import type { Logger } from "./logger.js";
import { redactShown, shownName } from "./shown-text.js";

export interface DashboardDeps {
  home: string;
  port: number;
  status: () => object;
  repository: AuditRepository;
  spend: SpendRepository;
  pins: PinRepository;
  audit: AuditWriter;
  logger: Logger;
  /** The daemon key: a method or tool filter also matches the rows that keep the value as its digest. */
  auditKey: string;
}

/** Connections the dashboard keeps open at once; more are closed as they come. */
const MAX_CONNECTIONS = 64;
/** How long a connection may take to send its request's headers, and its whole request. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2).split("\n");

export class DashboardServer {
  private dashboard: Dashboard | undefined;
  private loading: Promise<Dashboard> | undefined;
  private server: Server | undefined;
  private port = 0;
  private readonly loginCodes = new LoginCodes();
  private readonly source: DashboardSource;
  private readonly metrics: Metrics;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly d: DashboardDeps) {
    this.source = this.makeSource();
    this.metrics = new Metrics(this.source, SPEC_METHODS);
  }

  private makeSource(): DashboardSource {
    const { d } = this;
    return {
      status: d.status,
      audit: (f) =>
        d.repository
          .query({
            server: f.server,
            method: f.method === undefined ? undefined : methodForms(f.method, d.auditKey),
            target: f.target === undefined ? undefined : targetForms(f.target, d.auditKey),
            decision: f.decision,
            identity: f.identity,
            beforeId: f.beforeId,
            limit: f.limit,
          })
          .map((row) => ({ ...row, trace: decodeTrace(row.trace) ?? [] })),
      decisionsPerMinute: (since) => d.repository.decisionsPerMinute(since),
      approvals: () => d.spend.list(false, Date.now()),
      decide: (id, decision, by, reason) => {
        const request = d.spend.get(id);
        if (!request || !d.spend.decide(id, decision, by, reason, Date.now())) return false;
        this.auditDecision(request.server, request.tool, id, decision, by, reason);
        return true;
      },
      // A server chooses its definitions' names and texts: shown with every detected value redacted, the
      // diff worked out on the real texts first (a changed key still shows as a changed line), and a change
      // approved by its id as well as by its name (a redacted name names nothing).
      pinChanges: () =>
        d.pins.changes().map((c) => {
          const pinned = d.pins.get(c.server, c.kind, c.name);
          const lines = [
            ...(c.findings.length
              ? [`!!! poisoned? the new definition carries: ${c.findings.join(", ")}`]
              : []),
            ...(pinned
              ? lineDiff(pretty(pinned.definition), pretty(c.definition))
              : pretty(c.definition).map((l) => `+ ${l}`)),
          ];
          return {
            server: c.server,
            kind: c.kind,
            name: shownName(c.name),
            id: definitionChangeId(c),
            seen_at: c.seen_at,
            diff: lines.map((l) => redactShown(l, "diff line")),
          };
        }),
      // The button names the change by its id, a digest of the definition the page showed, never by its
      // bare name: a definition the server listed under that name since is another change, not approved.
      approvePin: (server, kind, id, by) => {
        const change = d.pins.changes(server).find((c) => c.kind === kind && definitionChangeId(c) === id);
        const ok = change !== undefined && d.pins.approve(server, change.kind, change.name, change.hash);
        if (ok) {
          const target = `${kind} ${shownName(change.name)}`;
          this.auditDecision(server, target, "pin", "approved", by, undefined);
        }
        return ok;
      },
      auditQueueDepth: () => d.audit.depth,
    };
  }

  async start(): Promise<void> {
    const { d } = this;
    // The token file exists from the start: the CLI reads it to scrape /metrics.
    ensureSecret(join(d.home, "dashboard.token"));
    // Each reads the audit events on its own: the counters from the start, the live view once loaded.
    this.unsubscribe.push(
      d.audit.subscribe((e) => this.metrics.observe(e)),
      d.audit.subscribe((e) => this.dashboard?.live(e)),
    );
    // A browser opens a handful of connections and sends its request at once: more than this many, or one
    // that has not sent its headers within seconds, is another local user holding descriptors.
    const server = createServer(
      { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
      (req, res) => this.handle(req, res),
    );
    server.maxConnections = MAX_CONNECTIONS;
    this.server = server;
    try {
      await listen(server, d.port);
    } catch (err) {
      // Another daemon (another home) may hold the configured port: take any free one rather than fail.
      d.logger.warn({ err, port: d.port }, "dashboard port in use; listening on a free port instead");
      await listen(server, 0);
    }
    logAcceptErrors(server, "dashboard server", d.logger);
    keepDescriptorsForOwner(server, "dashboard server", d.logger);
    this.port = (server.address() as AddressInfo).port;
    writeFileSync(join(d.home, "dashboard.port"), `${this.port}\n`, { mode: 0o600 });
    d.logger.info({ port: this.port }, "dashboard listening");
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (this.dashboard) return this.dashboard.app.routing(req, res);
    this.load().then(
      (dashboard) => dashboard.app.routing(req, res),
      (err: unknown) => {
        this.d.logger.error({ err }, "the dashboard could not be loaded");
        res.writeHead(500, { "content-type": "text/plain" }).end("the dashboard could not be loaded\n");
      },
    );
  }

  /** The app, built once; a failed load is retried by the next request. */
  private load(): Promise<Dashboard> {
    this.loading ??= (async () => {
      const buildDashboard = await loadDashboard();
      const dashboard = buildDashboard(this.source, {
        token: ensureSecret(join(this.d.home, "dashboard.token")),
        port: () => this.port,
        knownMethods: SPEC_METHODS,
        metrics: this.metrics,
        loginCodes: this.loginCodes,
      });
      await dashboard.app.ready();
      this.dashboard = dashboard;
      return dashboard;
    })().catch((err: unknown) => {
      this.loading = undefined;
      throw err;
    });
    return this.loading;
  }

  /** Where the dashboard listens (log in through `mcp-guard dashboard`), or undefined before it started. */
  address(): string | undefined {
    return this.port ? `http://127.0.0.1:${this.port}/` : undefined;
  }

  loginUrl(): string {
    if (!this.server) throw new Error("the dashboard is not running");
    return `http://127.0.0.1:${this.port}/login?code=${this.loginCodes.issue()}`;
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

  /** Ends live views and open connections: a stopping daemon waits for no browser. */
  async stop(): Promise<void> {
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    const dashboard = await this.loading?.catch(() => undefined);
    await dashboard?.app.close();
    const server = this.server;
    if (!server?.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}
