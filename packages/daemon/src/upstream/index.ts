import type { DaemonConfig, ServerConfig } from "@mcp-guard/config";
import type { Logger } from "../logger.js";
import { serverEnvironment } from "../server-env.js";
import type { ConnectionShare } from "./connection-shares.js";
import { StdioUpstream } from "./stdio-upstream.js";
import { TransportUpstream } from "./transport-upstream.js";
import type { Upstream } from "./upstream.js";

export { NotSent, type Upstream } from "./upstream.js";
export { TransportUpstream } from "./transport-upstream.js";
export { ConnectionShares, TooManyConnections, type ConnectionShare } from "./connection-shares.js";
export { runningServers } from "./stdio-upstream.js";

/**
 * A stdio server runs with the daemon's environment (its safe set and passthrough names) under its entry's
 * `env`, never a session's: a client's PATH chose which program a bare `node` or `npx` was, and so what
 * received the secrets the guard fills in, and its HOME where the server's `~` led while the guard read `~`
 * with the daemon's (attack-session-path-and-home.test.ts). `known`: the credentials the guard hands the
 * server (known-values.ts), never repeated from what the server says. `share`: the places the connections
 * to an HTTP server take (connection-shares.ts).
 */
export function createUpstream(
  server: ServerConfig,
  daemon: DaemonConfig,
  logger: Logger,
  known: readonly string[] = [],
  share?: ConnectionShare,
): Upstream {
  if (server.transport === "stdio") {
    const command = server.command;
    if (command === undefined) throw new Error("a stdio server needs a command");
    return new StdioUpstream({
      command,
      args: server.args,
      env: serverEnvironment(process.env, [...daemon.env_passthrough, ...server.env_passthrough], server.env),
      cwd: server.cwd,
      maxMessageBytes: daemon.max_message_bytes,
      logger,
      known,
    });
  }
  const url = server.url;
  if (url === undefined) throw new Error(`a ${server.transport} server needs a url`);
  const transport = server.transport;
  return new TransportUpstream(
    async (gate, reports) =>
      (await import("./http-transport.js")).httpTransport(
        {
          transport,
          url,
          bearerToken: server.upstream_auth_token,
          maxMessageBytes: daemon.max_message_bytes,
          share,
          answerTimeoutMs: daemon.server_answer_timeout * 1000,
        },
        gate,
        reports,
      ),
    new URL(url).origin,
    known,
  );
}
