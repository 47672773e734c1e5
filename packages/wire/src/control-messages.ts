// The requests the CLI sends on a control connection (after a ControlHello) and the daemon's replies. The
// daemon answers each operation with the reply ControlReplies names for it, or an ErrorReply.
import {
  array,
  boolean,
  integer,
  literal,
  nullable,
  object,
  optional,
  record,
  string,
  variants,
  type Check,
} from "./checks.js";

/** A definition a server listed that its verdict keeps from the client, with the command that approves it. */
export interface WithheldDefinition {
  kind: string;
  name: string;
  reason: string;
  approve?: string | undefined;
}

export interface ServerStatus {
  transport: string;
  /** Why the server cannot start unless a client's entry supplies what it needs, or null. */
  disabled: string | null;
  sessions: number;
  last_error: string | null;
  last_error_at: string | null;
  /** The last stderr lines of the server behind the last error. */
  last_stderr: string[];
  withheld: WithheldDefinition[];
}

export interface SessionSummary {
  id: string;
  server: string;
  identity: string;
  started_at: string;
  state: string;
  pending_requests: number;
  client_pid: number | null;
  upstream_pid: number | null;
  /** "descriptors" when the daemon reads and writes the client's stdio itself, "relayed" through the bridge. */
  client_io: string;
}

export interface StatusReply {
  type: "status";
  pid: number;
  version: string;
  started_at: string;
  config: string;
  config_loaded_at: string;
  /** Why the last edit was not applied (the previous config stays in force), or null. */
  config_error: string | null;
  /**
   * Which API keys of the config in force are refused, and why: a refused reload found them written as is in
   * a config other local users can read. Null when none is.
   */
  api_keys_withheld: string | null;
  home: string;
  servers: Record<string, ServerStatus>;
  sessions: SessionSummary[];
  audit: { queued: number; written: number; last_write_at: string | null; last_error: string | null };
  /** Calls waiting for a person, and changed or new definitions waiting for approval. */
  pending: { approvals: number; definition_changes: number };
  dashboard: string | null;
  /** The HTTP endpoint's base URL (sessions at <url>/<server>), and why it is not listening. */
  http: { url: string | null; error: string | null };
}

/** Healthy when the database answers and the audit is keeping up. */
export interface HealthReply {
  type: "health";
  healthy: boolean;
  problems: string[];
  pid: number;
  sessions: number;
}

export interface OkReply {
  type: "ok";
  message: string;
}

/** A one-time login link to the dashboard; empty when the dashboard is not running. */
export interface DashboardReply {
  type: "dashboard";
  url: string;
}

/** Whether `mcp-guard reload` applied the config file; when not, why (the previous config stays in force). */
export interface ReloadReply {
  type: "reloaded";
  applied: boolean;
  problems: string | null;
}

export interface ErrorReply {
  type: "error";
  /** "bad_request" for a request the daemon could not read, "failed" when carrying it out failed. */
  reason: "bad_request" | "failed";
  message: string;
}

/** Each operation and the reply it gets when it succeeds. */
export interface ControlReplies {
  status: StatusReply;
  health: HealthReply;
  stop: OkReply;
  dashboard_login: DashboardReply;
  reload: ReloadReply;
}

export type ControlOp = keyof ControlReplies;
export type ControlRequest = { [Op in ControlOp]: { type: "request"; op: Op } }[ControlOp];
export type ControlReply = ControlReplies[ControlOp] | ErrorReply;

const CONTROL_OPS = [
  "status",
  "health",
  "stop",
  "dashboard_login",
  "reload",
] as const satisfies readonly ControlOp[];

const text = string(64 * 1024);
const count = integer(0);

const checkRequest: Check<ControlRequest> = object<{ type: "request"; op: ControlOp }>({
  type: literal("request"),
  op: literal(...CONTROL_OPS),
});

const checkStatus = object<StatusReply>({
  type: literal("status"),
  pid: integer(),
  version: text,
  started_at: text,
  config: text,
  config_loaded_at: text,
  config_error: nullable(text),
  api_keys_withheld: nullable(text),
  home: text,
  servers: record(
    object<ServerStatus>({
      transport: text,
      disabled: nullable(text),
      sessions: count,
      last_error: nullable(text),
      last_error_at: nullable(text),
      last_stderr: array(text),
      withheld: array(
        object<WithheldDefinition>({ kind: text, name: text, reason: text, approve: optional(text) }),
      ),
    }),
  ),
  sessions: array(
    object<SessionSummary>({
      id: text,
      server: text,
      identity: text,
      started_at: text,
      state: text,
      pending_requests: count,
      client_pid: nullable(integer()),
      upstream_pid: nullable(integer()),
      client_io: text,
    }),
  ),
  audit: object({
    queued: count,
    written: count,
    last_write_at: nullable(text),
    last_error: nullable(text),
  }),
  pending: object({ approvals: count, definition_changes: count }),
  dashboard: nullable(text),
  http: object({ url: nullable(text), error: nullable(text) }),
});

const checkReply = variants<ControlReply, "type">("a control reply", "type", {
  status: checkStatus,
  health: object<HealthReply>({
    type: literal("health"),
    healthy: boolean,
    problems: array(text),
    pid: integer(),
    sessions: count,
  }),
  ok: object<OkReply>({ type: literal("ok"), message: text }),
  dashboard: object<DashboardReply>({ type: literal("dashboard"), url: text }),
  reloaded: object<ReloadReply>({ type: literal("reloaded"), applied: boolean, problems: nullable(text) }),
  error: object<ErrorReply>({
    type: literal("error"),
    reason: literal("bad_request", "failed"),
    message: text,
  }),
});

/** The reply type each operation expects, for checking that the daemon answered what was asked. */
export const REPLY_TYPE: { [Op in ControlOp]: ControlReplies[Op]["type"] } = {
  status: "status",
  health: "health",
  stop: "ok",
  dashboard_login: "dashboard",
  reload: "reloaded",
};

/** A request on a control connection. Throws ControlProtocolError. */
export function parseControlRequest(value: unknown): ControlRequest {
  return checkRequest(value, "request");
}

export function parseControlReply(value: unknown): ControlReply {
  return checkReply(value, "reply");
}
