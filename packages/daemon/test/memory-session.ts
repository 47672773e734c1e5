// A session between two in-memory endpoints (the daemon's equivalent of an injected request): no socket, no
// process. The options a test does not care about get quiet, permissive values; a test passes the rest.
import { effectivePolicy } from "@mcp-guard/core";
import pino from "pino";
import type { AuditWriter } from "../src/audit-writer.js";
import { MemoryEndpoint, Session, type SessionOptions } from "../src/session.js";

export const silent = pino({ level: "silent" });

/** A policy that denies nothing and allows sampling and elicitation. */
export const openPolicy = effectivePolicy(
  {
    permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
    rate_limit: { tool_limits: {}, method_limits: {} },
    sampling: { enabled: true },
    elicitation: { enabled: true },
  },
  [],
  {},
);

/**
 * A started session whose client and server are the returned endpoints; `made` counts how often the session
 * asked for its upstream (once, on the first message, unless it failed).
 */
export function memorySession(
  audit: AuditWriter,
  options: Partial<Omit<SessionOptions, "client" | "audit" | "maxMessageBytes">> = {},
  maxMessageBytes = 1 << 20,
): { session: Session; client: MemoryEndpoint; upstream: MemoryEndpoint; made: () => number } {
  const client = new MemoryEndpoint(maxMessageBytes);
  const upstream = new MemoryEndpoint(maxMessageBytes);
  let made = 0;
  const session = new Session({
    id: "s",
    server: "srv",
    identity: { method: "os", user: "u", uid: 1, roles: [] },
    auth: { ok: true },
    policy: openPolicy,
    clientPid: 1,
    logger: silent,
    interceptorTimeoutMs: 1000,
    finishTimeoutMs: 1000,
    interceptors: () => [],
    createUpstream: () => {
      made++;
      return upstream;
    },
    onUpstreamFailure: () => {},
    onClosed: () => {},
    ...options,
    client,
    audit,
    maxMessageBytes,
  });
  session.start();
  return { session, client, upstream, made: () => made };
}

/**
 * The client's initialize, answered by the server: a session takes no other request before it (lifecycle.ts).
 * What the exchange left on either side is then forgotten, so a test counts only its own messages.
 */
export async function initializeExchange(client: MemoryEndpoint, upstream: MemoryEndpoint): Promise<void> {
  const version = "2025-06-18";
  client.deliver({
    jsonrpc: "2.0",
    id: "initialize",
    method: "initialize",
    params: { protocolVersion: version, capabilities: {}, clientInfo: { name: "test", version: "1" } },
  });
  await upstream.receivedCount(1);
  upstream.deliver({
    jsonrpc: "2.0",
    id: "initialize",
    result: { protocolVersion: version, capabilities: {}, serverInfo: { name: "server", version: "1" } },
  });
  await client.receivedCount(1);
  client.received.length = 0;
  upstream.received.length = 0;
}
