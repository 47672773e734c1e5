// An upstream over any SDK client transport: SSE and Streamable HTTP in production, the SDK's in-memory
// pair in tests. The transport parses and validates JSON-RPC itself; the session still classifies every
// message it receives before forwarding.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { JsonObject } from "@mcp-guard/core";
import type { HttpConnection } from "./http-transport.js";
import type { Upstream, UpstreamInbound } from "./upstream.js";

/** How long later messages wait for the server's standalone stream before going out regardless. */
const STANDALONE_STREAM_WAIT_MS = 5_000;

export class TransportUpstream implements Upstream {
  onInbound: (event: UpstreamInbound) => void = () => {};
  onClosed: (reason: string) => void = () => {};
  readonly pid = undefined;
  private closing = false;
  private closePromise: Promise<void> | undefined;
  private lastError: string | undefined;
  /** Set between `notifications/initialized` and the standalone stream's answer: later sends wait on it. */
  private gate: Promise<void> | undefined;
  private transport!: Transport;
  private standaloneStream: Promise<void> | undefined;

  /** `connect` is a transport, or makes one when the session starts. */
  constructor(
    private readonly connect: Transport | (() => Promise<HttpConnection>),
    private readonly label = "the server",
  ) {}

  private attach({ transport, standaloneStream }: HttpConnection): void {
    this.transport = transport;
    this.standaloneStream = standaloneStream;
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
      this.attach(typeof this.connect === "function" ? await this.connect() : { transport: this.connect });
      await this.transport.start();
    } catch (err) {
      throw new Error(`cannot connect to ${this.label}: ${(err as Error).message}`);
    }
  }

  send(message: JsonObject): Promise<void> {
    const out = () => this.transport.send(message as unknown as JSONRPCMessage);
    const sent = this.gate ? this.gate.then(out) : out();
    if (this.standaloneStream && message.method === "notifications/initialized" && !("id" in message)) {
      // A failed send is reported to its caller; the messages behind it go out as they would have.
      const gate = sent
        .catch(() => {})
        .then(() => {
          const stream = this.standaloneStream;
          return stream && withDeadline(stream, STANDALONE_STREAM_WAIT_MS);
        });
      this.gate = gate;
      void gate.then(() => {
        if (this.gate === gate) this.gate = undefined;
      });
    }
    return sent;
  }

  setProtocolVersion(version: string): void {
    this.transport.setProtocolVersion?.(version);
  }

  pause(): void {}
  resume(): void {}

  close(): Promise<void> {
    this.closing = true;
    this.closePromise ??= (this.transport?.close() ?? Promise.resolve()).catch(() => {});
    return this.closePromise;
  }
}

function withDeadline(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
