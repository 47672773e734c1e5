// The daemon's client transport for a legacy SSE upstream (MCP 2024-11-05's HTTP+SSE), in place of the MCP SDK's
// and the eventsource package under it. A GET opens the server's event stream; its first `endpoint` event names
// (within the same origin) where each message is POSTed; every answer and message of the server's comes on
// that stream as a `message` event. A stream that ends or breaks off is reopened, with the last event id it
// gave (Last-Event-ID), after the server's `retry:` or 3 s (http-transport.ts paces every GET besides); a
// stream refused (204, another status than 200, or not an event stream) is not. The bearer token and the
// negotiated MCP-Protocol-Version go with every request.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import {
  type Fetch,
  fetchWithinOrigin,
  HttpStatusError,
  parseMessage,
  redirectNotFollowed,
} from "./http-client-common.js";
import { EventStreamParser, readEventStream, type ServerSentEvent } from "./sse-events.js";

/** The wait before a stream is reopened when the server asked for none (the HTML standard's suggestion). */
const DEFAULT_RETRY_MS = 3_000;

export class SseClient implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;
  private endpoint: URL | undefined;
  private protocolVersion: string | undefined;
  private lastEventId = "";
  private retryMs = DEFAULT_RETRY_MS;
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Until the first `endpoint` event: start()'s promise. */
  private starting: { resolve: () => void; reject: (err: Error) => void } | undefined;

  constructor(
    private readonly url: URL,
    private readonly fetch: Fetch,
    private readonly bearerToken?: string,
  ) {}

  /** Opens the stream; resolves once the server has named its endpoint. */
  start(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.starting = { resolve, reject };
      void this.open();
    });
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) throw new Error("Not connected");
    try {
      const response = await fetchWithinOrigin(this.fetch, endpoint, {
        method: "POST",
        headers: this.headers({ "content-type": "application/json" }),
        body: JSON.stringify(message),
        signal: this.abort.signal,
      });
      if (!response.ok) {
        const text = await response.text().catch(() => null);
        const said = redirectNotFollowed(response, endpoint) ?? text;
        throw new Error(`Error POSTing to endpoint (HTTP ${response.status}): ${said}`);
      }
      await response.body?.cancel();
    } catch (err) {
      this.onerror?.(err as Error);
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.stop();
    this.starting?.reject(new Error("closed before the server named its endpoint"));
    this.starting = undefined;
    this.onclose?.();
  }

  private stop(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.abort.abort();
  }

  private headers(extra: Record<string, string>): Record<string, string> {
    const headers: Record<string, string> = { ...extra };
    if (this.protocolVersion !== undefined) headers["mcp-protocol-version"] = this.protocolVersion;
    if (this.bearerToken) headers.authorization = `Bearer ${this.bearerToken}`;
    return headers;
  }

  /** Opens (or reopens) the stream and reads it to its end. */
  private async open(): Promise<void> {
    let response: Response;
    try {
      response = await fetchWithinOrigin(this.fetch, this.url, {
        method: "GET",
        headers: this.headers({
          accept: "text/event-stream",
          ...(this.lastEventId ? { "last-event-id": this.lastEventId } : {}),
        }),
        signal: this.abort.signal,
      });
    } catch (err) {
      return this.reopenLater(err);
    }
    const refusal =
      response.status === 204
        ? "Server sent HTTP 204, not reconnecting"
        : response.status !== 200
          ? (redirectNotFollowed(response, this.url) ?? `Non-200 status code (${response.status})`)
          : !(response.headers.get("content-type") ?? "").startsWith("text/event-stream")
            ? 'Invalid content type, expected "text/event-stream"'
            : undefined;
    if (refusal !== undefined || !response.body) {
      await response.body?.cancel().catch(() => {});
      return this.fail(new HttpStatusError(response.status, `SSE error: ${refusal ?? "no body"}`));
    }
    const parser = new EventStreamParser((event) => this.event(event), this.lastEventId);
    let broke: unknown;
    try {
      await readEventStream(response.body, parser);
    } catch (err) {
      broke = err;
    }
    this.lastEventId = parser.lastEventId;
    if (parser.retry !== undefined) this.retryMs = parser.retry;
    this.reopenLater(broke ?? new Error("the stream ended"));
  }

  private event({ type, data }: ServerSentEvent): void {
    if (type === "endpoint") {
      try {
        const endpoint = new URL(data, this.url);
        if (endpoint.origin !== this.url.origin)
          throw new Error(`Endpoint origin does not match connection origin: ${endpoint.origin}`);
        this.endpoint = endpoint;
      } catch (err) {
        this.fail(err as Error);
        void this.close();
        return;
      }
      this.starting?.resolve();
      this.starting = undefined;
      return;
    }
    if (type !== "message") return;
    let message: JSONRPCMessage;
    try {
      message = parseMessage(data);
    } catch (err) {
      return this.onerror?.(err as Error);
    }
    this.onmessage?.(message);
  }

  /** The stream is refused: nothing reopens it. */
  private fail(err: Error): void {
    if (this.closed) return;
    this.starting?.reject(err);
    this.starting = undefined;
    this.onerror?.(err);
  }

  /**
   * The stream ended or could not be opened: reopened after the wait, unless the transport is closed or
   * never started (start() then fails with `reason`).
   */
  private reopenLater(reason: unknown): void {
    if (this.closed) return;
    const err = new Error(`SSE error: ${reason instanceof Error ? reason.message : String(reason)}`);
    if (this.starting) {
      this.fail(err);
      this.stop();
      return;
    }
    this.onerror?.(err);
    this.timer = setTimeout(() => void this.open(), this.retryMs);
  }
}
