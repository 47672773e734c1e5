// status, health and stop: authenticated requests to the running daemon.
import {
  controlRequest,
  isProcessRunning,
  probeDaemon,
  readDaemonKey,
  type ControlMessage,
} from "@mcp-guard/wire";
import { CliError } from "../cli-error.js";
import { paint } from "../colour.js";
import { openBrowser } from "../open-browser.js";
import { locateDaemon, type CommonOptions } from "../locate.js";

export interface OutputOptions extends CommonOptions {
  json?: boolean;
}

async function ask(options: CommonOptions, op: string): Promise<ControlMessage | undefined> {
  const { paths } = locateDaemon(options);
  if (!(await probeDaemon(paths.socket))) return undefined;
  return controlRequest(paths.socket, readDaemonKey(paths.key), op);
}

export async function status(options: OutputOptions): Promise<number> {
  const reply = await ask(options, "status");
  if (!reply) {
    if (options.json) process.stdout.write(`${JSON.stringify({ running: false })}\n`);
    else process.stdout.write(`daemon: not running (${locateDaemon(options).paths.home})\n`);
    return 3;
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ running: true, ...reply }, null, 2)}\n`);
    return 0;
  }
  const s = reply as unknown as {
    pid: number;
    version: string;
    started_at: string;
    config: string;
    config_error: string | null;
    home: string;
    servers: Record<
      string,
      {
        transport: string;
        disabled?: string | null;
        sessions: number;
        last_error: string | null;
        last_error_at: string | null;
        last_stderr?: string[];
        withheld?: { kind: string; name: string; reason: string; approve?: string }[];
      }
    >;
    sessions: {
      id: string;
      server: string;
      identity: string;
      started_at: string;
      pending_requests: number;
      client_pid: number | null;
      upstream_pid: number | null;
    }[];
    audit: { queued: number; written: number; last_error: string | null };
    pending?: { approvals: number; definition_changes: number };
    dashboard?: string | null;
    http?: { url: string | null; error: string | null };
  };
  const lines = [
    `daemon: ${paint("ok", "running")} (pid ${s.pid}, version ${s.version}, since ${s.started_at})`,
    `config: ${s.config}${s.config_error ? `\n        the last edit was NOT applied (the previous config stays in force): ${s.config_error}` : ""}`,
    `home:   ${s.home}`,
    `audit:  ${s.audit.written} rows written, ${s.audit.queued} queued${s.audit.last_error ? `, last error: ${s.audit.last_error}` : ""}`,
    `dashboard: ${s.dashboard ?? "not running"}${s.dashboard ? " (mcp-guard dashboard prints a login link)" : ""}`,
    ...(s.http?.url || s.http?.error
      ? [`http:   ${s.http.url ? `${s.http.url}/<server>` : paint("bad", s.http.error ?? "")}`]
      : []),
    `pending: ${pendingLine(s.pending)}`,
    "servers:",
    ...Object.entries(s.servers).map(([name, v]) => {
      const state =
        v.sessions > 0 ? `active, ${v.sessions} session(s)` : v.disabled ? paint("bad", v.disabled) : "idle";
      const error = v.last_error ? paint("bad", `  last error ${v.last_error_at}: ${v.last_error}`) : "";
      const stderr =
        v.last_error && v.last_stderr?.length
          ? `\n${v.last_stderr.map((l) => `      stderr: ${l}`).join("\n")}`
          : "";
      const withheld = (v.withheld ?? []).map(
        (w) =>
          `\n    withheld ${w.kind} ${w.kind === "instructions" ? "(instructions)" : w.name}: ${w.reason}${w.approve ? ` (approve: ${w.approve})` : ""}`,
      );
      return `  ${name.padEnd(20)} ${v.transport.padEnd(16)} ${state}${error}${stderr}${withheld.join("")}`;
    }),
    `sessions: ${s.sessions.length}`,
    ...s.sessions.map(
      (x) =>
        `  ${x.id.slice(0, 8)}  ${x.server.padEnd(20)} ${x.identity}  since ${x.started_at}  in flight ${x.pending_requests}  client pid ${x.client_pid ?? "-"}  server pid ${x.upstream_pid ?? "-"}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

function pendingLine(p: { approvals: number; definition_changes: number } | undefined): string {
  if (!p || p.approvals + p.definition_changes === 0) return "nothing waiting for a person";
  const parts = [
    p.approvals ? paint("warn", `${p.approvals} call(s) waiting for approval`) : "",
    p.definition_changes
      ? paint("warn", `${p.definition_changes} definition change(s) waiting for approval`)
      : "",
  ].filter(Boolean);
  return `${parts.join(", ")} (mcp-guard approvals list)`;
}

export async function health(options: OutputOptions): Promise<number> {
  const reply = await ask(options, "health");
  if (!reply) {
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ healthy: false, running: false })}\n`
        : "unhealthy: daemon not running\n",
    );
    return 1;
  }
  const problems = (reply.problems as string[]) ?? [];
  if (options.json) process.stdout.write(`${JSON.stringify(reply)}\n`);
  else
    process.stdout.write(
      reply.healthy ? "healthy\n" : `unhealthy:\n${problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
  return reply.healthy ? 0 : 1;
}

export async function stop(options: CommonOptions): Promise<void> {
  const { paths } = locateDaemon(options);
  const info = await probeDaemon(paths.socket);
  if (!info) {
    process.stdout.write("daemon is not running\n");
    return;
  }
  await controlRequest(paths.socket, readDaemonKey(paths.key), "stop");
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!(await probeDaemon(paths.socket, 300)) && !isProcessRunning(Number(info.pid))) {
      process.stdout.write(`daemon stopped (pid ${String(info.pid)})\n`);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new CliError(`the daemon (pid ${String(info.pid)}) did not stop within 120 s`);
}

export interface DashboardOptions extends CommonOptions {
  open?: boolean;
}

/** Prints (and with --open, opens) a one-time login link to the dashboard of the running daemon. */
export async function dashboard(options: DashboardOptions): Promise<void> {
  const reply = await ask(options, "dashboard_login");
  if (!reply) throw new CliError("the daemon is not running (mcp-guard start -d)");
  const url = String(reply.url);
  if (!url) throw new CliError("the dashboard is not running; see the daemon log");
  process.stdout.write(`${url}\n(a one-time link, valid for a minute)\n`);
  if (options.open) openBrowser(url);
}
