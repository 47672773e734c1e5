// The dashboard app through inject(): host and origin checks, the token, the one-time login and the session
// it opens (never a cookie), the JSON endpoints, decisions, and the metrics.
import { describe, expect, it } from "vitest";
import { buildDashboard, type Dashboard } from "../src/app.js";
import { SESSION_TTL_MS } from "../src/login-sessions.js";
import { METRIC_NAMES, type AuditEntry, type AuditFilter, type DashboardSource } from "../src/index.js";

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

function setup(now?: () => number, lastError: string | null = null) {
  const decided: string[] = [];
  const filters: AuditFilter[] = [];
  const source: DashboardSource = {
    status: () => ({
      pid: 1,
      servers: { fs: { transport: "stdio", sessions: 2, last_error: lastError } },
      sessions: [],
      audit: { last_error: null },
    }),
    audit: (f) => (filters.push(f), [event({ id: 5 }), event({ id: 4 })].slice(0, f.limit)),
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
    now,
    knownMethods: ["tools/call", "tools/list"],
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    dashboard.app.inject({
      method: "GET",
      url,
      headers: { host: "127.0.0.1:4321", authorization: `Bearer ${TOKEN}`, ...headers },
    });
  return { dashboard, decided, filters, get };
}

/** What the page's script does with the login link's code. */
const redeem = (dashboard: Dashboard, code: unknown) =>
  dashboard.app.inject({
    method: "POST",
    url: "/login",
    headers: { host: "127.0.0.1:4321", origin: "http://127.0.0.1:4321" },
    payload: { code },
  });

describe("dashboard app", () => {
  it("answers /healthz without a token, and nothing else", async () => {
    const { dashboard } = setup();
    const health = await dashboard.app.inject({ url: "/healthz", headers: { host: "127.0.0.1:4321" } });
    expect(health.json()).toEqual({ status: "healthy", failing: 0 });
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

  it("names the failing servers in /healthz to the token only", async () => {
    const { dashboard, get } = setup(undefined, "the server process exited with code 1");
    const open = await dashboard.app.inject({ url: "/healthz", headers: { host: "127.0.0.1:4321" } });
    expect(open.json()).toEqual({ status: "degraded", failing: 1 });
    expect((await get("/healthz")).json()).toEqual({
      status: "degraded",
      failing: 1,
      failing_servers: ["fs"],
    });
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

  it("logs a browser in once with a login link, by a session secret the page sends in a header", async () => {
    const { dashboard } = setup();
    const code = dashboard.loginCode();
    // The link opens the page (static, no data) without spending the code; the page's script posts it.
    const page = await dashboard.app.inject({
      url: `/login?code=${code}`,
      headers: { host: "127.0.0.1:4321" },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>mcp-guard</title>");
    expect(page.body).not.toMatch(/<script[^>]+src=/); // no CDN, nothing external
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    // Never framed by another page: one on another port of 127.0.0.1 would get it shown logged in.
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.headers["cross-origin-opener-policy"]).toBe("same-origin");
    const login = await redeem(dashboard, code);
    expect(login.statusCode).toBe(200);
    expect(login.headers["set-cookie"]).toBeUndefined();
    const { session } = login.json<{ session: string }>();
    expect(session).toMatch(/^[0-9a-f]{64}$/);
    expect(session).not.toBe(TOKEN);
    const status = await dashboard.app.inject({
      url: "/api/status",
      headers: { host: "127.0.0.1:4321", authorization: `Bearer ${session}` },
    });
    expect(status.statusCode).toBe(200);
    expect((await redeem(dashboard, code)).statusCode).toBe(401);
  });

  it("takes no cookie as a credential: a browser sends those to every port of the host", async () => {
    const { dashboard } = setup();
    const { session } = (await redeem(dashboard, dashboard.loginCode())).json<{ session: string }>();
    for (const cookie of [`mcpg_session=${TOKEN}`, `mcpg_session=${session}`]) {
      const res = await dashboard.app.inject({
        url: "/api/approvals",
        headers: { host: "127.0.0.1:4321", cookie },
      });
      expect(res.statusCode).toBe(401);
    }
  });

  it("refuses a login code posted from another origin, and one that is not a string", async () => {
    const { dashboard } = setup();
    const code = dashboard.loginCode();
    const foreign = await dashboard.app.inject({
      method: "POST",
      url: "/login",
      headers: { host: "127.0.0.1:4321", origin: "http://127.0.0.1:5173" },
      payload: { code },
    });
    expect(foreign.statusCode).toBe(403);
    expect((await redeem(dashboard, [code])).statusCode).toBe(401);
  });

  it("ends a login's session after its lifetime", async () => {
    let clock = 0;
    const { dashboard } = setup(() => clock);
    const { session } = (await redeem(dashboard, dashboard.loginCode())).json<{ session: string }>();
    const status = () =>
      dashboard.app.inject({
        url: "/api/status",
        headers: { host: "127.0.0.1:4321", authorization: `Bearer ${session}` },
      });
    clock = SESSION_TTL_MS;
    expect((await status()).statusCode).toBe(200);
    clock = SESSION_TTL_MS + 1;
    expect((await status()).statusCode).toBe(401);
  });

  it("serves status, audit pages and stats, and records decisions", async () => {
    const { get, dashboard, decided, filters } = setup();
    expect((await get("/api/status")).json()).toMatchObject({ pid: 1 });
    expect((await get("/api/servers")).json()).toEqual({
      fs: { transport: "stdio", sessions: 2, last_error: null },
    });
    expect((await get("/api/sessions")).json()).toEqual([]);
    expect((await get("/api/audit?limit=1")).json()).toMatchObject({ rows: [{ id: 5 }], next_before_id: 5 });
    // The method and tool filters reach the source as typed (it also matches the rows keeping digests).
    await get("/api/audit?method=admin%2Fexec&tool=transfer_funds");
    expect(filters.at(-1)).toMatchObject({ method: "admin/exec", target: "transfer_funds" });
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
