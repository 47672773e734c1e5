// The daemon's client transport for a legacy SSE upstream (MCP 2024-11-05's HTTP+SSE), in place of the MCP SDK's
// and the eventsource package under it. A GET opens the server's event stream; its first `endpoint` event names
// (within the same origin) where each message is POSTed; every answer and message of the server's comes on
// that stream as a `message` event. A stream that ends or breaks off is reopened, with the last event id it
// gave (Last-Event-ID), after the server's `retry:` or 3 s (http-transport.ts paces every GET besides), and
// again after each refusal (another status than 200, not an event stream, a failed connection) up to
// MAX_REOPEN_FAILURES in a row; a 204 (the standard's "do not reconnect"), or one refusal too many, and the
// server is gone: the transport closes, which ends the guard's session. The requests in flight when a stream
// ends are answered with an error (AnswerLost: a new stream does not carry the old one's answers), and
// messages sent while it is being reopened wait for it; a reopened stream naming another endpoint (a new
// session on the server) closes the transport, as the session the client initialised is gone. A server that
// never finishes naming its endpoint fails start() after its connect timeout (`daemon.server_answer_timeout`).
// The bearer token and the negotiated MCP-Protocol-Version go with every request.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import {
  AnswerLost,
  type Fetch,
  fetchWithinOrigin,
  HttpStatusError,
  isResponse,
  parseMessage,
  redirectNotFollowed,
} from "./http-client-common.js";
import { DEFAULT_ANSWER_TIMEOUT_MS } from "./answer-timeout.js";
import { EventStreamParser, readEventStream, type ServerSentEvent } from "./sse-events.js";
import { NotSent } from "./upstream.js";

/**
 * A reopened stream that names another endpoint than the one before: the server began a new session there
 * (the MCP SDK's legacy server does on every GET), which nobody initialised, and the client's is lost.
 * Replaying the client's initialize would not bring back what the session set up (subscriptions, log level,
 * roots), so the session fails clearly instead of POSTing into a session the server knows nothing of.
 */
const NEW_SESSION =
  "SSE error: the reopened event stream named another endpoint: the server began a new session and lost this one";
/** The wait before a stream is reopened when the server asked for none (the HTML standard's suggestion). */
const DEFAULT_RETRY_MS = 3_000;
/** Reopenings refused (or failed) in a row before the server is taken as gone. */
const MAX_REOPEN_FAILURES = 5;

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
  /** The requests POSTed whose answer has not come on the stream yet. */
  private readonly inFlight = new Set<string | number>();
  /** While the stream is being reopened: settles once it names its endpoint again, or the server is gone. */
  private reopening:
    { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } | undefined;
  /** Reopenings refused or failed since the stream last named its endpoint. */
  private failures = 0;

  /**
   * `connectMs`: how long the server may take to name its endpoint once asked for its stream
   * (`daemon.server_answer_timeout`, as long as the guard waits for the answer to a request of its own):
   * start() fails after it.
   */
  constructor(
    private readonly url: URL,
    private readonly fetch: Fetch,
    private readonly bearerToken?: string,
    private readonly connectMs = DEFAULT_ANSWER_TIMEOUT_MS,
  ) {}

  /** Opens the stream; resolves once the server has named its endpoint. */
  start(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.starting = { resolve, reject };
      this.timer = setTimeout(() => {
        this.fail(
          new Error(`SSE error: the server did not name its endpoint within ${this.connectMs / 1000} s`),
        );
        this.stop();
      }, this.connectMs);
      void this.open();
    });
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  async send(message: JSONRPCMessage): Promise<void> {
    // The endpoint a reopened stream names may be another: nothing is POSTed until it has.
    if (this.reopening) await this.reopening.promise;
    const endpoint = this.endpoint;
    if (!endpoint || this.closed) throw new NotSent("Not connected");
    const requestId = "method" in message && "id" in message ? message.id : undefined;
    if (requestId !== undefined) this.inFlight.add(requestId);
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
      if (requestId !== undefined) this.inFlight.delete(requestId); // its failed send answers it
      this.onerror?.(err as Error);
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.stop();
    this.starting?.reject(new Error("closed before the server named its endpoint"));
    this.starting = undefined;
    this.reopening?.reject(new NotSent("the connection to the server closed"));
    this.reopening = undefined;
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
      const err = new HttpStatusError(response.status, `SSE error: ${refusal ?? "no body"}`);
      // Refused before the session started, or told not to reconnect: nothing reopens it.
      if (this.starting || response.status === 204) return this.gone(err);
      return this.reopenLater(err);
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
    this.streamEnded(broke !== undefined);
    this.reopenLater(broke ?? new Error("the stream ended"));
  }

  /**
   * The stream that carries every answer ended: a new one carries none of the old one's (a legacy server
   * starts a new session on each), so the requests in flight are answered now rather than left waiting.
   */
  private streamEnded(broke: boolean): void {
    if (this.closed || this.starting) return;
    this.reopening ??= deferred();
    if (this.inFlight.size === 0) return;
    const ids = [...this.inFlight];
    this.inFlight.clear();
    const how = broke ? "broke off" : "ended";
    this.onerror?.(new AnswerLost(ids, `the server's event stream ${how} before it answered`));
  }

  private event({ type, data }: ServerSentEvent): void {
    if (type === "endpoint") {
      try {
        const endpoint = new URL(data, this.url);
        if (endpoint.origin !== this.url.origin)
          throw new Error(`Endpoint origin does not match connection origin: ${endpoint.origin}`);
        if (this.reopening && this.endpoint && endpoint.href !== this.endpoint.href)
          return this.gone(new Error(NEW_SESSION));
        this.endpoint = endpoint;
      } catch (err) {
        this.fail(err as Error);
        void this.close();
        return;
      }
      if (this.starting) clearTimeout(this.timer);
      this.starting?.resolve();
      this.starting = undefined;
      this.failures = 0;
      this.reopening?.resolve();
      this.reopening = undefined;
      return;
    }
    if (type !== "message") return;
    let message: JSONRPCMessage;
    try {
      message = parseMessage(data);
    } catch (err) {
      return this.onerror?.(err as Error);
    }
    if (isResponse(message) && "id" in message && message.id !== undefined) this.inFlight.delete(message.id);
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
   * The server is gone: before the session started, start() fails with `err`; after, the transport closes
   * (the session then answers what is in flight and ends, as when a stdio server exits).
   */
  private gone(err: Error): void {
    if (this.closed) return;
    if (this.starting) {
      this.fail(err);
      this.stop();
      return;
    }
    this.onerror?.(err);
    void this.close();
  }

  /**
   * The stream ended or could not be opened: reopened after the wait, unless the transport is closed, never
   * started, or MAX_REOPEN_FAILURES reopenings in a row failed (the server is then gone).
   */
  private reopenLater(reason: unknown): void {
    if (this.closed) return;
    const text = reason instanceof Error ? reason.message : String(reason);
    const err = new Error(text.startsWith("SSE error: ") ? text : `SSE error: ${text}`);
    if (this.starting || this.failures >= MAX_REOPEN_FAILURES) return this.gone(err);
    this.failures++;
    this.onerror?.(err);
    this.timer = setTimeout(() => void this.open(), this.retryMs);
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {}); // a send that awaits it is told; nobody else need be
  return { promise, resolve, reject };
}
