// An upstream over any SDK client transport: SSE and Streamable HTTP in production, the SDK's in-memory
// pair in tests. The transport parses and validates JSON-RPC itself; the session still classifies every
// message it receives before forwarding.
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { JsonObject } from "@mcp-guard/core";
import type { Upstream, UpstreamInbound } from "./upstream.js";

export interface HttpUpstreamOptions {
  transport: "sse" | "streamable-http";
  url: string;
  bearerToken?: string | undefined;
}

export function httpTransport(options: HttpUpstreamOptions): Transport {
  const url = new URL(options.url);
  const requestInit: RequestInit = options.bearerToken
    ? { headers: { Authorization: `Bearer ${options.bearerToken}` } }
    : {};
  return options.transport === "sse"
    ? new SSEClientTransport(url, { requestInit })
    : new StreamableHTTPClientTransport(url, { requestInit });
}

export class TransportUpstream implements Upstream {
  onInbound: (event: UpstreamInbound) => void = () => {};
  onClosed: (reason: string) => void = () => {};
  readonly pid = undefined;
  private closing = false;
  private closePromise: Promise<void> | undefined;
  private lastError: string | undefined;

  constructor(
    private readonly transport: Transport,
    private readonly label = "the server",
  ) {
    transport.onmessage = (message) => {
      this.onInbound({ kind: "message", message: message as unknown as JsonObject, bytes: 0 });
    };
    transport.onerror = (err) => {
      this.lastError = err.message;
    };
    transport.onclose = () => {
      if (!this.closing)
        this.onClosed(`the connection to ${this.label} closed${this.lastError ? `: ${this.lastError}` : ""}`);
    };
  }

  async start(): Promise<void> {
    try {
      await this.transport.start();
    } catch (err) {
      throw new Error(`cannot connect to ${this.label}: ${(err as Error).message}`);
    }
  }

  send(message: JsonObject): Promise<void> {
    return this.transport.send(message as unknown as JSONRPCMessage);
  }

  setProtocolVersion(version: string): void {
    this.transport.setProtocolVersion?.(version);
  }

  pause(): void {}
  resume(): void {}

  close(): Promise<void> {
    this.closing = true;
    this.closePromise ??= this.transport.close().catch(() => {});
    return this.closePromise;
  }
}
