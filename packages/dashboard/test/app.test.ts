// The dashboard app through inject(): host and origin checks, the token and the one-time login, the JSON
// endpoints, decisions, and the metrics.
import { describe, expect, it } from "vitest";
import { buildDashboard } from "../src/app.js";
import { METRIC_NAMES, type AuditEntry, type DashboardSource } from "../src/index.js";

const TOKEN = "a".repeat(64);
const event = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  ts: 1,
  session_id: "s",
  server: "fs",
  direction: "to_server",
  kind: "request",
  method: "tools/call",
  target: "read_file",
  identity: "os:u",
  decision: "block",
  reason: "sensitive_data",
  trace: [
    {
      interceptor: "content_scan",
      action: "block",
      findings: ["credit_card at params.arguments.card"],
    },
  ],
  latency_ms: 0.2,
  ...over,
});

function setup() {
  const decided: string[] = [];
  const source: DashboardSource = {
    status: () => ({
      pid: 1,
      servers: { fs: { transport: "stdio", sessions: 2, last_error: null } },
      sessions: [],
      audit: { last_error: null },
    }),
    audit: (f) => [event({ id: 5 }), event({ id: 4 })].slice(0, f.limit),
    decisionsPerMinute: () => [{ minute: 1, decision: "allow", n: 3 }],
    approvals: () => [],
    decide: (id, decision) => (decided.push(`${id}:${decision}`), id === "ok"),
    pinChanges: () => [],
    approvePin: () => false,
    auditQueueDepth: () => 7,
  };
  const dashboard = buildDashboard(source, {
    token: TOKEN,
    port: () => 4321,
    knownMethods: ["tools/call", "tools/list"],
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    dashboard.app.inject({
      method: "GET",
      url,
      headers: { host: "127.0.0.1:4321", authorization: `Bearer ${TOKEN}`, ...headers },
    });
  return { dashboard, decided, get };
}

describe("dashboard app", () => {
  it("answers /healthz without a token, and nothing else", async () => {
    const { dashboard } = setup();
    const health = await dashboard.app.inject({ url: "/healthz", headers: { host: "127.0.0.1:4321" } });
    expect(health.json()).toEqual({ status: "healthy", failing_servers: [] });
    expect(
      (await dashboard.app.inject({ url: "/api/status", headers: { host: "127.0.0.1:4321" } })).statusCode,
    ).toBe(401);
    expect(
      (
        await dashboard.app.inject({
          url: "/api/status",
          headers: { host: "127.0.0.1:4321", authorization: "Bearer wrong" },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("refuses other hosts (DNS rebinding) and other origins", async () => {
    const { get } = setup();
    expect((await get("/api/status", { host: "evil.example:4321" })).statusCode).toBe(403);
    expect((await get("/healthz", { host: "127.0.0.1:9999" })).statusCode).toBe(403);
    expect((await get("/api/status", { origin: "http://evil.example" })).statusCode).toBe(403);
    expect(
      (await get("/api/status", { origin: "http://localhost:4321", host: "localhost:4321" })).statusCode,
    ).toBe(200);
  });

  it("logs a browser in once with a login link, by cookie", async () => {
    const { dashboard } = setup();
    const code = dashboard.loginCode();
    const login = await dashboard.app.inject({
      url: `/login?code=${code}`,
      headers: { host: "127.0.0.1:4321" },
    });
    expect(login.statusCode).toBe(302);
    const cookie = String(login.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await dashboard.app.inject({
      url: "/",
      headers: { host: "127.0.0.1:4321", cookie: cookie.split(";")[0]! },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>mcp-guard</title>");
    expect(page.body).not.toMatch(/<script[^>]+src=/); // no CDN, nothing external
    expect(
      (await dashboard.app.inject({ url: `/login?code=${code}`, headers: { host: "127.0.0.1:4321" } }))
        .statusCode,
    ).toBe(401);
  });

  it("serves status, audit pages and stats, and records decisions", async () => {
    const { get, dashboard, decided } = setup();
    expect((await get("/api/status")).json()).toMatchObject({ pid: 1 });
    expect((await get("/api/servers")).json()).toEqual({
      fs: { transport: "stdio", sessions: 2, last_error: null },
    });
    expect((await get("/api/sessions")).json()).toEqual([]);
    expect((await get("/api/audit?limit=1")).json()).toMatchObject({ rows: [{ id: 5 }], next_before_id: 5 });
    expect((await get("/api/stats")).json()).toEqual([{ minute: 1, decision: "allow", n: 3 }]);
    const post = (url: string) =>
      dashboard.app.inject({
        method: "POST",
        url,
        headers: { host: "127.0.0.1:4321", authorization: `Bearer ${TOKEN}` },
        payload: {},
      });
    expect((await post("/api/approvals/ok/approve")).statusCode).toBe(200);
    expect((await post("/api/approvals/gone/deny")).statusCode).toBe(409);
    expect((await post("/api/approvals/ok/maybe")).statusCode).toBe(404);
    expect(decided).toEqual(["ok:approved", "gone:denied"]);
  });

  it("exposes Prometheus metrics fed by audit events", async () => {
    const { get, dashboard } = setup();
    dashboard.publish(event());
    dashboard.publish(event({ decision: "allow", reason: null, trace: [] }));
    const text = (await get("/metrics")).body;
    for (const name of METRIC_NAMES) expect(text).toContain(`# HELP ${name}`);
    expect(text).toContain(
      'mcp_guard_messages_total{server="fs",method="tools/call",direction="to_server",decision="block"} 1',
    );
    expect(text).toContain('mcp_guard_blocks_total{server="fs",reason="sensitive_data"} 1');
    expect(text).toContain('mcp_guard_detections_total{type="credit_card"} 1');
    expect(text).toContain("mcp_guard_audit_queue_depth 7");
    expect(text).toContain('mcp_guard_sessions{server="fs"} 2');
  });

  it("keeps every label bounded whatever the peers send", async () => {
    const { get, dashboard } = setup();
    const flood = (from: number) => {
      for (let i = from; i < from + 5000; i++) {
        dashboard.publish(
          event({
            method: `x/${i}`,
            reason: `free text ${i}`,
            server: `s${i}`,
            trace: [{ interceptor: "content_scan", action: "block", findings: [`t${i} at params`] }],
          }),
        );
      }
    };
    flood(0);
    const first = (await get("/metrics")).body;
    flood(5000);
    const text = (await get("/metrics")).body;
    // Another 5,000 distinct values change counts, not the number of series.
    expect(text.split("\n").length).toBe(first.split("\n").length);
    expect(text).toContain('method="other"');
    expect(text).not.toContain('method="x/');
    expect(text).toContain('reason="other"');
    expect(text).toContain('type="other"');
    expect(text).toContain('server="other"');
  });
});
