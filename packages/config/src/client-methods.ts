// The request methods a client may send a server, as the MCP specification defines them: the only ones the
// guard forwards, and so the only names a `method_limits` entry can count. Config cannot import core (DESIGN
// §3); a daemon test keeps this list equal to core's side-door table (protocol/methods.ts).
export const CLIENT_REQUEST_METHODS: readonly string[] = [
  "completion/complete",
  "initialize",
  "logging/setLevel",
  "ping",
  "prompts/get",
  "prompts/list",
  "resources/list",
  "resources/read",
  "resources/subscribe",
  "resources/templates/list",
  "resources/unsubscribe",
  "tasks/cancel",
  "tasks/get",
  "tasks/list",
  "tasks/result",
  "tools/call",
  "tools/list",
];
