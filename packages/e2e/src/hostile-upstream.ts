// A hand-written HTTP server as a guarded home's upstream: what the attacks that play a hostile Streamable
// HTTP or legacy SSE server start from. The server listens on a free loopback port, and a handler that
// throws or rejects destroys its answer, so a broken fixture shows as a broken connection, not a crash.
import {
  createServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { makeGuardedHome, type GuardedHome } from "./harness.js";

export interface HostileUpstream {
  home: GuardedHome;
  http: HttpServer;
  /** Ends the home (its daemon first), then the server and every connection still open to it. */
  close(): Promise<void>;
}

/**
 * Starts `handle` on a loopback port and makes a home whose servers are `servers(port)`'s lines, followed in
 * the config by `configTail` (as makeGuardedHome takes them).
 */
export async function hostileUpstream(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  servers: (port: number) => string[],
  configTail?: string,
): Promise<HostileUpstream> {
  const http = createServer((req, res) => void (async () => handle(req, res))().catch(() => res.destroy()));
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;
  const home = makeGuardedHome(servers(port).join("\n"), configTail);
  return {
    home,
    http,
    async close() {
      await home.cleanup();
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
    },
  };
}

/** The config lines of one server `name` reached over `transport` at `path` of the hostile server. */
export function hostileServerLines(
  name: string,
  transport: "sse" | "streamable-http",
  port: number,
  path = transport === "sse" ? "/sse" : "/mcp",
): string[] {
  return [`  ${name}:`, `    transport: ${transport}`, `    url: http://127.0.0.1:${port}${path}`];
}

/** A request's body as a JSON object (an empty body as {}). */
export async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
}
