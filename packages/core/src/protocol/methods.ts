// The methods the MCP specification defines, per direction, as the SDK's schema lists them (a test in the
// daemon compares this table with the SDK's ClientRequest/ClientNotification/ServerRequest/
// ServerNotification unions, so an SDK upgrade that adds one is noticed). Nothing else is forwarded: a
// method outside this table, or a request method sent without an id, is a side door.
import type { Direction } from "../pipeline.js";

const CLIENT_REQUESTS = [
  "ping",
  "initialize",
  "completion/complete",
  "logging/setLevel",
  "prompts/get",
  "prompts/list",
  "resources/list",
  "resources/templates/list",
  "resources/read",
  "resources/subscribe",
  "resources/unsubscribe",
  "tools/call",
  "tools/list",
  "tasks/get",
  "tasks/result",
  "tasks/list",
  "tasks/cancel",
] as const;

const CLIENT_NOTIFICATIONS = [
  "notifications/cancelled",
  "notifications/progress",
  "notifications/initialized",
  "notifications/roots/list_changed",
  "notifications/tasks/status",
] as const;

const SERVER_REQUESTS = [
  "ping",
  "sampling/createMessage",
  "elicitation/create",
  "roots/list",
  "tasks/get",
  "tasks/result",
  "tasks/list",
  "tasks/cancel",
] as const;

const SERVER_NOTIFICATIONS = [
  "notifications/cancelled",
  "notifications/progress",
  "notifications/message",
  "notifications/resources/updated",
  "notifications/resources/list_changed",
  "notifications/tools/list_changed",
  "notifications/prompts/list_changed",
  "notifications/tasks/status",
  "notifications/elicitation/complete",
] as const;

/** Who may send what: to_server messages come from the client, to_client ones from the server. */
export const MCP_METHODS: Record<
  Direction,
  { requests: ReadonlySet<string>; notifications: ReadonlySet<string> }
> = {
  to_server: { requests: new Set(CLIENT_REQUESTS), notifications: new Set(CLIENT_NOTIFICATIONS) },
  to_client: { requests: new Set(SERVER_REQUESTS), notifications: new Set(SERVER_NOTIFICATIONS) },
};

const ALL = new Set<string>([
  ...CLIENT_REQUESTS,
  ...CLIENT_NOTIFICATIONS,
  ...SERVER_REQUESTS,
  ...SERVER_NOTIFICATIONS,
]);
const ANY_REQUEST = new Set<string>([...CLIENT_REQUESTS, ...SERVER_REQUESTS]);

/** Every method name the specification defines, in either direction (a bounded set, safe as a label). */
export const SPEC_METHODS: readonly string[] = [...ALL].sort();

export const isSpecMethod = (method: string): boolean => ALL.has(method);
export const isRequestMethod = (method: string): boolean => ANY_REQUEST.has(method);
