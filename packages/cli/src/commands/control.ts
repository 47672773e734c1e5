// status, health and stop: authenticated requests to the running daemon.
import {
  controlRequest,
  DaemonKeyError,
  isProcessRunning,
  probeDaemon,
  readDaemonKey,
  unansweringDaemon,
  type ControlOp,
  type ControlReplies,
  type StatusReply,
} from "@mcp-guard/wire";
import { CliError } from "../cli-error.js";
import { paint } from "../colour.js";
import { openPrivately } from "../open-browser.js";
import { requireTerminal } from "../person.js";
import { locateDaemon, type CommonOptions } from "../locate.js";
import { printJson, terminalField } from "../printable.js";
import { stopBySignal } from "../signal-stop.js";

export interface OutputOptions extends CommonOptions {
  json?: boolean;
}

const BUSY_DAEMON_MS = 5000;

/** A daemon holds the home's lock but does not answer on its socket (wire's unansweringDaemon). */
class UnansweringDaemonError extends CliError {
  constructor(readonly daemon: NonNullable<ReturnType<typeof unansweringDaemon>>) {
    super(`${daemon.problem}; mcp-guard stop ends it`);
  }
}

/** The reply; undefined when no daemon runs; an UnansweringDaemonError when one runs but does not answer. */
async function ask<Op extends ControlOp>(
  options: CommonOptions,
  op: Op,
  timeoutMs?: number,
): Promise<ControlReplies[Op] | undefined> {
  const { paths } = locateDaemon(options);
  // A missing socket or a refused connection fails at once; the wait is only for a daemon that is there but
  // busy (sessions starting on a loaded machine took over a second), which must not read as "not running".
  if (!(await probeDaemon(paths.socket, BUSY_DAEMON_MS))) {
    const silent = unansweringDaemon(paths);
    if (silent) throw new UnansweringDaemonError(silent);
    return undefined;
  }
  return controlRequest(paths.socket, daemonKey(paths.key), op, timeoutMs);
}

/** The key every request presents; without it the daemon can be asked nothing. */
function daemonKey(path: string): string {
  try {
    return readDaemonKey(path);
  } catch (err) {
    if (err instanceof DaemonKeyError)
      throw new CliError(`${err.message}; the daemon cannot be asked anything without it`);
    throw err;
  }
}

export async function status(options: OutputOptions): Promise<number> {
  let reply: StatusReply | undefined;
  try {
    reply = await ask(options, "status");
  } catch (err) {
    if (!(err instanceof UnansweringDaemonError && options.json)) throw err;
    const { pid, problem } = err.daemon;
    printJson({ running: true, answering: false, pid, problem });
    return 1;
  }
  if (!reply) {
    if (options.json) printJson({ running: false });
    else process.stdout.write(`daemon: not running (${locateDaemon(options).paths.home})\n`);
    return 3;
  }
  if (options.json) {
    printJson({ running: true, ...reply }, 2);
    return 0;
  }
  const lines = [
    `daemon: ${paint("ok", "running")} (pid ${reply.pid}, version ${reply.version}, since ${reply.started_at})`,
    `config: ${reply.config}${reply.config_error ? `\n        the last edit was NOT applied (the previous config stays in force): ${terminalField(reply.config_error)}` : ""}`,
    ...(reply.api_keys_withheld ? [`keys:   ${paint("bad", terminalField(reply.api_keys_withheld))}`] : []),
    `home:   ${reply.home}`,
    `audit:  ${reply.audit.written} rows written, ${reply.audit.queued} queued${reply.audit.last_error ? `, last error: ${terminalField(reply.audit.last_error)}` : ""}`,
    `dashboard: ${reply.dashboard ?? "not running"}${reply.dashboard ? " (mcp-guard dashboard prints a login link)" : ""}`,
    ...(reply.http.url || reply.http.error
      ? [`http:   ${reply.http.url ? `${reply.http.url}/<server>` : paint("bad", reply.http.error ?? "")}`]
      : []),
    `pending: ${pendingLine(reply.pending)}`,
    "servers:",
    ...Object.entries(reply.servers).map(([name, v]) => {
      const state =
        v.sessions > 0 ? `active, ${v.sessions} session(s)` : v.disabled ? paint("bad", v.disabled) : "idle";
      const error = v.last_error
        ? paint("bad", `  last error ${v.last_error_at}: ${terminalField(v.last_error)}`)
        : "";
      const stderr =
        v.last_error && v.last_stderr.length
          ? `\n${v.last_stderr.map((l) => `      stderr: ${terminalField(l)}`).join("\n")}`
          : "";
      const withheld = v.withheld.map(
        (w) =>
          `\n    withheld ${w.kind} ${w.kind === "instructions" ? "(instructions)" : terminalField(w.name)}: ${terminalField(w.reason)}${w.approve ? ` (approve: ${terminalField(w.approve)})` : ""}`,
      );
      return `  ${name.padEnd(20)} ${v.transport.padEnd(16)} ${state}${error}${stderr}${withheld.join("")}`;
    }),
    `sessions: ${reply.sessions.length}`,
    ...reply.sessions.map(
      (x) =>
        `  ${x.id.slice(0, 8)}  ${x.server.padEnd(20)} ${terminalField(x.identity)}  since ${x.started_at}  in flight ${x.pending_requests}  client pid ${x.client_pid ?? "-"}  server pid ${x.upstream_pid ?? "-"}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

function pendingLine(p: StatusReply["pending"]): string {
  if (p.approvals + p.definition_changes === 0) return "nothing waiting for a person";
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
    if (options.json) printJson({ healthy: false, running: false });
    else process.stdout.write("unhealthy: daemon not running\n");
    return 1;
  }
  if (options.json) printJson(reply);
  else
    process.stdout.write(
      reply.healthy ? "healthy\n" : `unhealthy:\n${reply.problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
  return reply.healthy ? 0 : 1;
}

export async function stop(options: CommonOptions): Promise<void> {
  const { paths } = locateDaemon(options);
  const info = await probeDaemon(paths.socket, BUSY_DAEMON_MS);
  if (!info) {
    const silent = unansweringDaemon(paths);
    process.stdout.write(silent ? `${await stopBySignal(silent)}\n` : "daemon is not running\n");
    return;
  }
  await controlRequest(paths.socket, daemonKey(paths.key), "stop");
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!(await probeDaemon(paths.socket, 300)) && !isProcessRunning(info.pid)) {
      process.stdout.write(`daemon stopped (pid ${info.pid})\n`);
      return;
    }
    // Every 20 ms: a daemon with nothing in flight is gone within about 60 ms of being asked.
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new CliError(`the daemon (pid ${info.pid}) did not stop within 120 s`);
}

/** Applies the config file now; says why when the daemon kept the previous one. */
export async function reload(options: CommonOptions): Promise<number> {
  // Loading may fetch an `extends` source: give it longer than a status takes.
  const reply = await ask(options, "reload", 60_000);
  if (!reply) {
    process.stdout.write(`daemon: not running (${locateDaemon(options).paths.home})\n`);
    return 3;
  }
  if (reply.applied) {
    process.stdout.write("config reloaded\n");
    return 0;
  }
  process.stderr.write(
    `mcp-guard: the config was NOT applied (the previous config stays in force): ${reply.problems ?? "unknown reason"}\n`,
  );
  return 1;
}

export interface DashboardOptions extends CommonOptions {
  open?: boolean;
}

/** Prints (and with --open, opens) a one-time login link to the dashboard of the running daemon. */
export async function dashboard(options: DashboardOptions): Promise<void> {
  await requireTerminal(options, "a login link to the dashboard");
  const reply = await ask(options, "dashboard_login");
  if (!reply) throw new CliError("the daemon is not running (mcp-guard start -d)");
  const url = reply.url;
  if (!url) throw new CliError("the dashboard is not running; see the daemon log");
  process.stdout.write(`${url}\n(a one-time link, valid for a minute)\n`);
  if (options.open) openPrivately(url, locateDaemon(options).paths.home);
}
