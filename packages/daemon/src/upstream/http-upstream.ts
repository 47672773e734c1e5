// SSE and Streamable HTTP servers, through the SDK's client transports. The transport parses and validates
// JSON-RPC itself; the daemon still classifies every message it receives before forwarding.
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

export class HttpUpstream implements Upstream {
  onInbound: (event: UpstreamInbound) => void = () => {};
  onClosed: (reason: string) => void = () => {};
  readonly pid = undefined;
  private readonly transport: Transport;
  private closing = false;
  private closePromise: Promise<void> | undefined;
  private lastError: string | undefined;

  constructor(options: HttpUpstreamOptions) {
    const url = new URL(options.url);
    const requestInit: RequestInit = options.bearerToken
      ? { headers: { Authorization: `Bearer ${options.bearerToken}` } }
      : {};
    this.transport =
      options.transport === "sse"
        ? new SSEClientTransport(url, { requestInit })
        : new StreamableHTTPClientTransport(url, { requestInit });
    this.transport.onmessage = (message) => {
      this.onInbound({ kind: "message", message: message as unknown as JsonObject, bytes: 0 });
    };
    this.transport.onerror = (err) => {
      this.lastError = err.message;
    };
    this.transport.onclose = () => {
      if (!this.closing) this.onClosed(`the connection to ${url.origin} closed${this.lastError ? `: ${this.lastError}` : ""}`);
    };
  }

  async start(): Promise<void> {
    try {
      await this.transport.start();
    } catch (err) {
      throw new Error(`cannot connect: ${(err as Error).message}`);
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
