import type { DaemonConfig, ServerConfig } from "@mcp-guard/config";
import type { Logger } from "../logger.js";
import { serverEnvironment } from "../server-env.js";
import { StdioUpstream } from "./stdio-upstream.js";
import { httpTransport, TransportUpstream } from "./transport-upstream.js";
import type { Upstream } from "./upstream.js";

export type { Upstream, UpstreamInbound } from "./upstream.js";
export { TransportUpstream } from "./transport-upstream.js";

export function createUpstream(server: ServerConfig, daemon: DaemonConfig, logger: Logger): Upstream {
  if (server.transport === "stdio") {
    return new StdioUpstream({
      command: server.command!,
      args: server.args,
      env: serverEnvironment(process.env, [...daemon.env_passthrough, ...server.env_passthrough], server.env),
      cwd: server.cwd,
      maxMessageBytes: daemon.max_message_bytes,
      logger,
    });
  }
  const url = server.url!;
  const transport = server.transport;
  return new TransportUpstream(
    () => httpTransport({ transport, url, bearerToken: server.upstream_auth_token }),
    new URL(url).origin,
  );
}
