// The daemon's client transport for a Streamable HTTP upstream (MCP 2025-03-26 and later), in place of the MCP
// SDK's, whose client code and schemas cost the daemon about 10 MB once loaded. Each message is a POST; the
// server answers a request with JSON or an event stream, and anything else with 202. The session id the
// server gives in Mcp-Session-Id and the negotiated MCP-Protocol-Version go with every later request, with
// the bearer token. Once `notifications/initialized` is accepted, a GET opens the server's own stream (405:
// it has none). An event stream that ends without the answer it was for, or the GET stream in any case, is
// resumed with a GET carrying the last event id it saw (Last-Event-ID), after a wait that grows, or the one
// the server asked for (`retry:`); http-transport.ts paces every GET besides. A request whose answer can no
// longer come (an exchange that ended cleanly without it, a stream that cannot be resumed) is reported
// (AnswerLost) for the session to answer, as is an initialize the server has not answered within 30 s. A 404
// for the session id ends the transport (sessionExpired).
// close() ends the session at the server with a DELETE.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import {
  AnswerLost,
  type Fetch,
  fetchWithinOrigin,
  HttpStatusError,
  checkedMessage,
  isResponse,
  mediaType,
  parseBody,
  parseMessage,
  redirectNotFollowed,
} from "./http-client-common.js";
import { DEFAULT_ANSWER_TIMEOUT_MS } from "./answer-timeout.js";
import { EventStreamParser, readEventStream, type ServerSentEvent } from "./sse-events.js";

/** Failed reopenings of one stream before it is given up. */
const MAX_RETRIES = 2;
/**
 * Resumptions of a request's stream that each brought a new event but not the answer and ended within
 * WORKING_STREAM_MS, in a row, before the request is given up: a server that gives every stream a new id and
 * ends it at once would otherwise be resumed for ever, its call never answered. The reconnect pace (1, 2, 4,
 * 8, 16 s) makes this about half a minute of such streams.
 */
const MAX_SHORT_RESUMPTIONS = 5;
/** A stream that lived this long was a working one (reconnect-pacer.ts judges so too): the count starts over. */
const WORKING_STREAM_MS = 10_000;
const FIRST_DELAY_MS = 1_000;
const DELAY_GROWTH = 1.5;
const LONGEST_DELAY_MS = 30_000;
/** How long the DELETE that ends the session at the server may take. */
const DELETE_MS = 5_000;

const EXPIRED =
  "the server ended its session (HTTP 404 for the session id); the client must start a new session";

/** How a stream's reopenings went: those that failed or brought nothing new, those that ended at once. */
interface Tries {
  failed: number;
  short: number;
}

export class StreamableHttpClient implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;
  sessionId: string | undefined;
  /**
   * Settles once the server has answered the GET that opens its own stream (200, 405 or a failure), or once it
   * is known that none will be opened (`notifications/initialized` was refused or answered otherwise than 202).
   */
  readonly standaloneStream: Promise<void>;
  private settleStandalone!: () => void;
  private protocolVersion: string | undefined;
  /** The server's `retry:`, once it gave one: the wait before any stream is reopened. */
  private retryMs: number | undefined;
  private readonly abort = new AbortController();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  /** The server answered the session's id with 404 (sessionExpired). */
  private expired = false;
  /** The initialize request awaiting its answer within initializeMs, and whether that time ran out. */
  private initializing: { id: string | number; timer: NodeJS.Timeout; late: boolean } | undefined;

  /**
   * `initializeMs`: how long the server may take to answer initialize, headers and answer together
   * (`daemon.server_answer_timeout`, as long as the guard waits for the answer to a request of its own and for a
   * legacy server's endpoint): a server that never answers it left the client's initialize, and the session,
   * waiting for ever.
   */
  constructor(
    private readonly url: URL,
    private readonly fetch: Fetch,
    private readonly bearerToken?: string,
    private readonly initializeMs = DEFAULT_ANSWER_TIMEOUT_MS,
  ) {
    this.standaloneStream = new Promise<void>((resolve) => (this.settleStandalone = resolve));
  }

  /** Nothing is opened before the first message. */
  async start(): Promise<void> {}

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const initialized = "method" in message && message.method === "notifications/initialized";
    try {
      const opensStream = await this.post(message);
      if (initialized && opensStream) this.openStandalone();
      else if (initialized) this.settleStandalone();
    } catch (err) {
      if (initialized) this.settleStandalone();
      this.onerror?.(err as Error);
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.abort.abort();
    this.settleStandalone();
    this.endSession();
    this.onclose?.();
  }

  private headers(extra: Record<string, string>): Record<string, string> {
    const headers: Record<string, string> = { ...extra };
    if (this.sessionId !== undefined) headers["mcp-session-id"] = this.sessionId;
    if (this.protocolVersion !== undefined) headers["mcp-protocol-version"] = this.protocolVersion;
    if (this.bearerToken) headers.authorization = `Bearer ${this.bearerToken}`;
    return headers;
  }

  /** POSTs `message` and reads the answer; true when it was 202 (accepted, no body). */
  private async post(message: JSONRPCMessage): Promise<boolean> {
    if (this.expired) throw new Error(EXPIRED);
    const sentSession = this.sessionId;
    const requestId = "method" in message && "id" in message ? message.id : undefined;
    const initialize = requestId !== undefined && "method" in message && message.method === "initialize";
    const signal = initialize ? this.answerInTime(requestId) : this.abort.signal;
    const response = await fetchWithinOrigin(this.fetch, this.url, {
      method: "POST",
      headers: this.headers({
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      }),
      body: JSON.stringify(message),
      signal,
    }).catch((err: unknown) => {
      throw this.initializing?.late === true && initialize ? new Error(this.noInitialize()) : err;
    });
    if (response.status === 404 && sentSession !== undefined) return this.sessionExpired(response);
    const sessionId = response.headers.get("mcp-session-id");
    if (sessionId) this.sessionId = sessionId;
    if (!response.ok) {
      const text = await response.text().catch(() => null);
      const said = redirectNotFollowed(response, this.url) ?? text;
      throw new HttpStatusError(response.status, `Streamable HTTP error: Error POSTing to endpoint: ${said}`);
    }
    if (response.status === 202 || requestId === undefined) {
      // Notifications and responses have no answer: a body here is not read (http-transport.ts reports it).
      await response.body?.cancel();
      // A request has one (MCP: JSON or an event stream), and nothing else will carry it.
      if (requestId !== undefined)
        this.lost(requestId, "the server accepted the request (HTTP 202) without answering it");
      return response.status === 202;
    }
    const contentType = response.headers.get("content-type");
    const type = mediaType(contentType);
    if (type === "text/event-stream") {
      void this.readStream(response.body, false, undefined, requestId, { failed: 0, short: 0 });
      return false;
    }
    if (type !== "application/json") {
      await response.body?.cancel();
      throw new HttpStatusError(-1, `Streamable HTTP error: Unexpected content type: ${contentType}`);
    }
    const data = parseBody(await response.text());
    const messages = Array.isArray(data) ? data.map(checkedMessage) : [checkedMessage(data)];
    let answered = false;
    for (const answer of messages) {
      if (isResponse(answer) && "id" in answer && answer.id === requestId) answered = true;
      this.hand(answer);
    }
    if (!answered) this.lost(requestId, "the server's JSON answer did not answer the request");
    return false;
  }

  /**
   * The signal of the initialize POST: aborted with the transport, or once initializeMs pass before its
   * answer is handed on; the request is then answered (AnswerLost) and its exchange, or stream, ended.
   */
  private answerInTime(requestId: string | number): AbortSignal {
    const exchange = new AbortController();
    this.abort.signal.addEventListener("abort", () => exchange.abort(), { once: true });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.initializing?.timer !== timer) return;
      this.initializing.late = true;
      exchange.abort(new Error(this.noInitialize()));
      this.lost(requestId, this.noInitialize());
    }, this.initializeMs);
    this.timers.add(timer);
    this.initializing = { id: requestId, timer, late: false };
    return exchange.signal;
  }

  private noInitialize(): string {
    return `the server did not answer initialize within ${this.initializeMs / 1000} s`;
  }

  /** Hands a message on; the answer to initialize ends its wait. */
  private hand(message: JSONRPCMessage): void {
    const awaited = this.initializing;
    if (awaited && !awaited.late && isResponse(message) && "id" in message && message.id === awaited.id) {
      clearTimeout(awaited.timer);
      this.timers.delete(awaited.timer);
      this.initializing = undefined;
    }
    this.onmessage?.(message);
  }

  /** The answer to `requestId` can no longer come: the session answers the request (transport-upstream.ts). */
  private lost(requestId: string | number, why: string): void {
    if (!this.closed) this.onerror?.(new AnswerLost([requestId], why));
  }

  private openStandalone(): void {
    this.get(undefined)
      .catch((err: unknown) => {
        if (!this.closed) this.onerror?.(err as Error);
      })
      .finally(() => this.settleStandalone());
  }

  /**
   * A GET stream: the server's own, or one resuming a stream after `lastEventId` (the stream of the request
   * `requestId`, when it was one's). Rejects when refused; a 405 is a refusal only for a request's stream.
   */
  private async get(
    lastEventId: string | undefined,
    requestId?: string | number,
    tries: Tries = { failed: 0, short: 0 },
  ): Promise<void> {
    if (this.expired) throw new Error(EXPIRED);
    const sentSession = this.sessionId;
    const response = await fetchWithinOrigin(this.fetch, this.url, {
      method: "GET",
      headers: this.headers({
        accept: "text/event-stream",
        ...(lastEventId ? { "last-event-id": lastEventId } : {}),
      }),
      signal: this.abort.signal,
    });
    if (response.status === 404 && sentSession !== undefined) return this.sessionExpired(response);
    if (!response.ok) {
      await response.body?.cancel();
      // The server offers no stream of its own; a request's stream cannot be resumed then either.
      if (response.status === 405 && requestId === undefined) return;
      const said = redirectNotFollowed(response, this.url) ?? response.statusText;
      throw new HttpStatusError(response.status, `Streamable HTTP error: Failed to open SSE stream: ${said}`);
    }
    void this.readStream(response.body, requestId === undefined, lastEventId, requestId, tries);
  }

  /**
   * Hands on the messages of an event stream. One that ends (or breaks off) before it carried an answer is
   * resumed when it can be: a GET stream always, a request's stream once it gave an event id. A request's
   * stream that cannot be resumed, whose resumptions bring nothing new MAX_RETRIES times, or which bring
   * something new but end at once MAX_SHORT_RESUMPTIONS times in a row, loses its answer: the request is
   * answered with an error rather than left waiting.
   */
  private async readStream(
    body: ReadableStream<Uint8Array> | null,
    reconnectable: boolean,
    lastEventId: string | undefined,
    requestId: string | number | undefined,
    tries: Tries,
  ): Promise<void> {
    const opened = Date.now();
    let answered = false;
    const event = ({ type, data }: ServerSentEvent) => {
      if (type !== "message" || data === "") return;
      let message: JSONRPCMessage;
      try {
        message = parseMessage(data);
      } catch (err) {
        return this.onerror?.(err as Error);
      }
      if (isResponse(message) && "id" in message && message.id === requestId) answered = true;
      this.hand(message);
    };
    const parser = new EventStreamParser(event, lastEventId);
    if (body) {
      try {
        await readEventStream(body, parser);
      } catch (err) {
        if (!this.closed) this.onerror?.(new Error(`SSE stream disconnected: ${String(err)}`));
      }
    }
    if (parser.retry !== undefined) this.retryMs = parser.retry;
    if (this.closed || answered || (this.initializing?.late === true && this.initializing.id === requestId))
      return;
    if (!(reconnectable || parser.lastEventId !== "")) {
      if (requestId !== undefined)
        this.lost(requestId, "the server's event stream ended without the answer and cannot be resumed");
      return;
    }
    // The end of the server's own stream carries no answer to wait for: its count starts again. A request's
    // resumption that brought no new event counts as a failed one; one that did but ended at once counts
    // as a short one; one that did and lived starts both counts again.
    const progressed = parser.lastEventId !== (lastEventId ?? "");
    const worked = Date.now() - opened >= WORKING_STREAM_MS;
    const next: Tries =
      requestId === undefined || (progressed && worked)
        ? { failed: 0, short: 0 }
        : progressed
          ? { failed: 0, short: tries.short + 1 }
          : { failed: tries.failed + 1, short: tries.short };
    this.reopen(parser.lastEventId || undefined, next, requestId);
  }

  private reopen(lastEventId: string | undefined, tries: Tries, requestId?: string | number): void {
    if (tries.failed >= MAX_RETRIES || tries.short >= MAX_SHORT_RESUMPTIONS) {
      this.onerror?.(
        new Error(
          `Maximum reconnection attempts (${tries.failed >= MAX_RETRIES ? MAX_RETRIES : MAX_SHORT_RESUMPTIONS}) exceeded.`,
        ),
      );
      if (requestId !== undefined)
        this.lost(
          requestId,
          tries.failed >= MAX_RETRIES
            ? "the server's event stream ended without the answer and could not be resumed"
            : `the server's event stream was resumed ${MAX_SHORT_RESUMPTIONS} times and ended each time without the answer`,
        );
      return;
    }
    const delay = this.retryMs ?? Math.min(FIRST_DELAY_MS * DELAY_GROWTH ** tries.failed, LONGEST_DELAY_MS);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.get(lastEventId, requestId, tries).catch((err: unknown) => {
        if (this.closed) return;
        const text = err instanceof Error ? err.message : String(err);
        this.onerror?.(new Error(`Failed to reconnect SSE stream: ${text}`));
        // A server without resumption (405), or without the session (404), will not resume it later either.
        const final = err instanceof HttpStatusError && (err.code === 405 || err.code === 404);
        this.reopen(
          lastEventId,
          { failed: final ? MAX_RETRIES : tries.failed + 1, short: tries.short },
          requestId,
        );
      });
    }, delay);
    this.timers.add(timer);
  }

  /**
   * The server answered the session's id with 404: it ended the session (idle expiry, a restart). MCP has the
   * client start a new one with a new initialize; the guard instead ends its client's session (the client's
   * initialize, pins and policy start over with it) and never sends the dead id again, not even in a DELETE.
   * The request that met the 404 fails with it; the transport closes, which ends the guard's session.
   */
  private async sessionExpired(response: Response): Promise<never> {
    await response.body?.cancel().catch(() => {});
    if (!this.expired) {
      this.expired = true;
      this.sessionId = undefined;
      this.onerror?.(new Error(EXPIRED));
      void this.close();
    }
    throw new HttpStatusError(404, EXPIRED);
  }

  /** Tells the server the session is over (it may refuse with 405); nothing waits for its answer. */
  private endSession(): void {
    if (this.sessionId === undefined) return;
    const init = { method: "DELETE", headers: this.headers({}), signal: AbortSignal.timeout(DELETE_MS) };
    fetchWithinOrigin(this.fetch, this.url, init)
      .then((response) => response.body?.cancel())
      .catch(() => {});
  }
}
