// mcp-guard logs: reads the audit database directly (the daemon need not run).
import { methodForms, targetForms } from "@mcp-guard/core/audit-filter";
import { decodeTrace } from "@mcp-guard/core/audit-trace";
import { AuditRepository, type AuditQuery, type AuditRow } from "@mcp-guard/store";
import { DaemonKeyError, readDaemonKey } from "@mcp-guard/wire";
import { CliError } from "../cli-error.js";
import { requireKnownServer, withDatabase } from "../database.js";
import { locateDaemon, type CommonOptions } from "../locate.js";
import { printJson, terminalField } from "../printable.js";

export interface LogsOptions extends CommonOptions {
  server?: string;
  method?: string;
  tool?: string;
  user?: string;
  decision?: string;
  session?: string;
  last?: string;
  since?: string;
  limit?: string;
  json?: boolean;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DECISIONS = ["allow", "modify", "block", "error"];

export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(text.trim());
  if (!match) throw new CliError(`--last expects a duration such as 30s, 15m, 1h or 7d, not "${text}"`, 2);
  return Number(match[1]) * UNITS[match[2]!]!;
}

export function parseSince(text: string): number {
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(ms))
    throw new CliError(`--since expects an ISO date/time or epoch milliseconds, not "${text}"`, 2);
  return ms;
}

/**
 * The query of the options. `key` is the daemon key: a method or tool filter matches the rows that keep the
 * value as the audit's digest of it too (a method outside the specification, a cut or flagged target).
 */
export function buildQuery(o: LogsOptions, now = Date.now(), key?: string): AuditQuery {
  if (o.decision && !DECISIONS.includes(o.decision)) {
    throw new CliError(`--decision must be one of ${DECISIONS.join(", ")}, not "${o.decision}"`, 2);
  }
  const limit = o.limit === undefined ? 100 : Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new CliError(`--limit expects a positive integer, not "${o.limit}"`, 2);
  let sinceMs = o.since ? parseSince(o.since) : undefined;
  if (o.last) sinceMs = Math.max(sinceMs ?? 0, now - parseDuration(o.last));
  return {
    server: o.server,
    method: o.method === undefined ? undefined : methodForms(o.method, key),
    target: o.tool === undefined ? undefined : targetForms(o.tool, key),
    identity: o.user === undefined ? undefined : o.user.includes(":") ? o.user : `os:${o.user}`,
    decision: o.decision,
    sessionId: o.session,
    sinceMs,
    limit,
  };
}

/**
 * One row as one line. The method, the target, the identity, the reason and the findings' paths are the peers'
 * words (a refused call's row keeps its tool name as written), so each is printed as a terminal field.
 */
export function formatRow(row: AuditRow): string {
  const time = new Date(row.ts).toISOString().replace("T", " ").replace("Z", "");
  const arrow = row.direction === "to_server" ? "→" : "←";
  const what = terminalField([row.kind, row.method ?? "", row.target ?? ""].filter(Boolean).join(" "));
  const reason = row.reason ? `  [${terminalField(row.reason)}]` : "";
  const findings = findingsOf(row.trace);
  const found = findings.length ? `  {${terminalField(findings.join("; "))}}` : "";
  return `${time}  ${row.decision.padEnd(6)} ${terminalField(row.server).padEnd(14)} ${arrow} ${what}  ${terminalField(row.identity)}  ${row.latency_ms}ms${reason}${found}`;
}

/** "<type> at <path>" entries the checks recorded (types and paths only; values are never stored). */
function findingsOf(trace: string): string[] {
  return decodeTrace(trace)?.flatMap((t) => t.findings ?? []) ?? [];
}

/**
 * The daemon key, read (never printed) when a filter needs it; undefined where no daemon ever ran, which
 * left no key and no rows. A key that exists but cannot be read fails the command: answering "no audit
 * entries match" for rows kept as digests is what the key is read to prevent.
 */
function digestKey(options: LogsOptions): string | undefined {
  if (options.method === undefined && options.tool === undefined) return undefined;
  const { paths } = locateDaemon(options);
  try {
    return readDaemonKey(paths.key);
  } catch (err) {
    if (!(err instanceof DaemonKeyError)) throw err;
    if (err.code === "ENOENT") return undefined;
    throw new CliError(`${err.message}; -m and -t need it to find values the audit keeps as digests`);
  }
}

export async function logs(options: LogsOptions): Promise<void> {
  const query = buildQuery(options, Date.now(), digestKey(options));
  const rows = withDatabase(options, (db) => new AuditRepository(db).query(query), { readonly: true });
  if (rows.length === 0 && options.server !== undefined)
    await requireKnownServer(options, options.server, false);
  if (options.json) {
    for (const row of rows) printJson({ ...row, trace: decodeTrace(row.trace) ?? row.trace });
    return;
  }
  if (rows.length === 0) {
    process.stdout.write("no audit entries match\n");
    return;
  }
  // Oldest first reads naturally in a terminal; the query takes the newest `limit` rows.
  for (const row of rows.reverse()) process.stdout.write(`${formatRow(row)}\n`);
}
