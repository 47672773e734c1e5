// The dashboard's HTTP app, built apart from listen() so tests use inject(). Every route but /healthz, the
// page itself (static, no data) and /login needs a bearer header: the token, or the session secret a browser
// gets for a one-time login code. No cookie: a browser sends a host's cookies to all its ports, so another
// web server on 127.0.0.1 would receive them. Every request must be addressed to this loopback host (against
// DNS rebinding) and come from this origin.
import { timingSafeEqual } from "node:crypto";
import type { ServerResponse } from "node:http";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { LoginCodes } from "./login-codes.js";
import { LoginSessions } from "./login-sessions.js";
import { Metrics } from "./metrics.js";
import { PAGE } from "./page.js";
import type { AuditEntry, DashboardSource } from "./source.js";

export interface DashboardOptions {
  token: string;
  /** The bound port, once known (Host and Origin are checked against it). */
  port: () => number;
  now?: () => number;
  /** Method names that may appear as metric labels (any other is counted as "other"). */
  knownMethods?: readonly string[];
  /** Metrics counted since before this app existed (the daemon loads the app on its first request). */
  metrics?: Metrics;
  /** Login codes issued before this app existed. */
  loginCodes?: LoginCodes;
}

export interface Dashboard {
  app: FastifyInstance;
  metrics: Metrics;
  /** Feeds one audit event to the metrics and to live viewers. */
  publish(event: AuditEntry): void;
  /** Feeds one audit event to live viewers only. */
  live(event: AuditEntry): void;
  /** A link that logs a browser in once, within a minute. */
  loginCode(): string;
}

// Served without a credential: the page holds no data and asks for everything with its session secret.
const PUBLIC_PATHS = new Set(["/healthz", "/", "/login"]);
const PAGE_HEADERS = {
  // Never in a frame: a page on another port of 127.0.0.1 is the same site, so a frame of the dashboard in
  // the tab the person logged in with is logged in too, and could be dressed up to get an Approve clicked.
  "content-security-policy":
    "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  // Nor left in reach of a page that opened it: a page on another port that opens the dashboard keeps no
  // handle on the tab (it is put in a browsing context group of its own), so it cannot steer it afterwards.
  "cross-origin-opener-policy": "same-origin",
  // The login link's address holds its code until the page's script replaces it: no other site is told it.
  "referrer-policy": "no-referrer",
};

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function buildDashboard(source: DashboardSource, options: DashboardOptions): Dashboard {
  const now = options.now ?? Date.now;
  // forceCloseConnections: a stopping daemon must not wait for browsers' keep-alive or live connections.
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, forceCloseConnections: true });
  const metrics = options.metrics ?? new Metrics(source, options.knownMethods);
  const codes = options.loginCodes ?? new LoginCodes(now);
  const sessions = new LoginSessions(now);
  const viewers = new Set<ServerResponse>();
  app.addHook("onClose", async () => {
    for (const v of viewers) v.end();
    viewers.clear();
  });

  const hostAllowed = (host: string | undefined) => {
    const port = options.port();
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };

  app.addHook("onRequest", async (req, reply) => {
    if (!hostAllowed(req.headers.host))
      return reply.code(403).send({ error: "this dashboard only answers on its loopback address" });
    const origin = req.headers.origin;
    if (origin !== undefined && !hostAllowed(origin.replace(/^http:\/\//, "")))
      return reply.code(403).send({ error: "cross-origin request refused" });
    if (PUBLIC_PATHS.has(req.url.split("?")[0]!)) return;
    if (!authorized(req)) return reply.code(401).send({ error: "run mcp-guard dashboard for a login link" });
  });

  function authorized(req: FastifyRequest): boolean {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    return bearer !== undefined && (same(bearer, options.token) || sessions.valid(bearer));
  }

  // Open to any local process (a health probe has no token), so without one it says how many servers fail,
  // not which: their names are the owner's business.
  app.get("/healthz", async (req) => {
    const status = source.status() as {
      servers?: Record<string, { last_error: string | null }>;
      audit?: { last_error: string | null };
    };
    const failing = Object.entries(status.servers ?? {})
      .filter(([, s]) => s.last_error)
      .map(([n]) => n);
    return {
      status: status.audit?.last_error ? "unhealthy" : failing.length ? "degraded" : "healthy",
      failing: failing.length,
      ...(authorized(req) ? { failing_servers: failing } : {}),
    };
  });

  // The login link opens the page, whose script posts the code here (a GET spends nothing, so a link
  // preview cannot use it up) and keeps the secret it gets in sessionStorage, which is this origin's alone.
  const page = async (_req: FastifyRequest, reply: FastifyReply) =>
    reply.type("text/html; charset=utf-8").headers(PAGE_HEADERS).send(PAGE);
  app.get("/", page);
  app.get("/login", page);
  app.post<{ Body: { code?: unknown } | undefined }>("/login", async (req, reply) => {
    const code = req.body?.code;
    if (typeof code !== "string" || !codes.redeem(code))
      return reply
        .code(401)
        .send({ error: "This login link has expired or was used. Run mcp-guard dashboard again." });
    return reply.header("cache-control", "no-store").send({ session: sessions.open() });
  });
  app.get("/api/status", async () => source.status());
  app.get("/api/servers", async () => (source.status() as { servers?: unknown }).servers ?? {});
  app.get("/api/sessions", async () => (source.status() as { sessions?: unknown }).sessions ?? []);
  app.get<{ Querystring: Record<string, string | undefined> }>("/api/audit", async (req) => {
    const q = req.query;
    const limit = Math.min(Math.max(Number(q.limit ?? 100) || 100, 1), 1000);
    const rows = source.audit({
      server: q.server || undefined,
      method: q.method || undefined,
      target: q.tool || undefined,
      decision: q.decision || undefined,
      identity: q.identity || undefined,
      beforeId: q.before_id ? Number(q.before_id) : undefined,
      limit,
    });
    return { rows, next_before_id: rows.length === limit ? rows[rows.length - 1]?.id : null };
  });
  app.get("/api/stats", async () => source.decisionsPerMinute(now() - 60 * 60_000));
  app.get("/api/approvals", async () => source.approvals());
  app.post<{ Params: { id: string; decision: string }; Body: { reason?: string } | undefined }>(
    "/api/approvals/:id/:decision",
    async (req, reply) => {
      const decision =
        req.params.decision === "approve"
          ? "approved"
          : req.params.decision === "deny"
            ? "denied"
            : undefined;
      if (!decision) return reply.code(404).send({ error: "approve or deny" });
      const ok = source.decide(req.params.id, decision, "dashboard", req.body?.reason);
      return ok ? { ok: true } : reply.code(409).send({ error: "not a pending, unexpired request" });
    },
  );
  app.get("/api/pins", async () => source.pinChanges());
  app.post<{ Body: { server?: string; kind?: string; name?: string } }>(
    "/api/pins/approve",
    async (req, reply) => {
      const { server, kind, name } = req.body ?? {};
      if (!server || !kind || name === undefined)
        return reply.code(400).send({ error: "server, kind and name are required" });
      return source.approvePin(server, kind, name, "dashboard")
        ? { ok: true }
        : reply.code(409).send({ error: "nothing pending" });
    },
  );
  app.get("/metrics", async (_req, reply) => reply.type(metrics.contentType).send(metrics.text()));
  app.get("/api/events", (req, reply: FastifyReply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    res.write(": live audit\n\n");
    viewers.add(res);
    req.raw.on("close", () => viewers.delete(res));
  });

  function live(event: AuditEntry): void {
    if (viewers.size === 0) return;
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const v of viewers) v.write(line);
  }

  return {
    app,
    metrics,
    publish(event) {
      metrics.observe(event);
      live(event);
    },
    live,
    loginCode: () => codes.issue(),
  };
}
