// The client side of a session when the client speaks Streamable HTTP: our transport (streamable-http.ts)
// does the protocol (POST with SSE answers, the GET stream, DELETE, session ids, protocol versions,
// resumption); this endpoint hands the session the messages it accepted, and puts what the session sends on
// the right stream.
//
// Flow control. The transport writes each message straight to its response, so a client that reads slowly
// (or not at all) would make the response buffer everything the server sends. Instead, messages wait here,
// counted, while any of the session's responses is full; the session is told to stop reading its server
// (onbackpressure) until they drain. A response that stays full for `stallMs`, or while more than `bufferBytes` wait behind it, is
// ended: what it missed goes to the event store, from which the client can resume with Last-Event-ID.
// The other way, the session stops reading its client (pause) as it stops a socket: a POST that arrives
// meanwhile waits, unread, until resume; GET and DELETE go on.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorResponse, type JsonObject } from "@mcp-guard/core";
import type { ClientEndpoint } from "../client-endpoint.js";
import { ignore, type Endpoint, type TransportRefusal } from "../session/endpoint.js";
import { whatItAnswers } from "../session/replayed-answer.js";
import { BoundedEventStore, DEFAULT_EVENT_STORE_LIMITS, type EventStoreLimits } from "./event-store.js";
import type { RequestId } from "./jsonrpc-shape.js";
import { StreamableHttpTransport, type StreamableHttpOptions } from "./streamable-http.js";

/** Above this many bytes waiting, the session stops reading its server. */
const BACKLOG_BYTES = 256 * 1024;

export interface HttpEndpointOptions {
  maxBodyBytes: number;
  bodies: StreamableHttpOptions["bodies"];
  /** Bytes that may wait for a full response before it is ended. */
  bufferBytes: number;
  /** How long a response may stay full before it is ended. */
  stallMs: number;
  eventStore?: EventStoreLimits;
  /** The transport gave the session its id (after a successful initialize). */
  onInitialized: (sessionId: string) => void;
  /** The session ended, for whatever reason: forget its id. */
  onEnded: () => void;
  onError: (err: Error) => void;
  /**
   * A request the transport refused after the session ended (it had begun to arrive before): no session is
   * left to audit it, so the front door does.
   */
  refusedWithoutSession: (refusal: TransportRefusal) => void;
  /** A stream to a client that stopped reading was ended; `waiting` bytes were held for it. */
  onStreamEnded: (why: "stalled" | "buffer_full", waiting: number) => void;
}

interface Outgoing {
  message: JsonObject;
  relatedRequestId: RequestId | undefined;
  /** The client's request it belongs to, as the event store keeps it (whatItAnswers). */
  answers: JsonObject | undefined;
  /** The message serialised once, for its size and its write. */
  text: string;
}

export class HttpEndpoint implements ClientEndpoint {
  readonly kind = "http";
  onmessage: Endpoint["onmessage"] = ignore;
  onerror: Endpoint["onerror"] = ignore;
  onclose: Endpoint["onclose"] = ignore;
  onbackpressure: Endpoint["onbackpressure"] = ignore;
  onrefused: (refusal: TransportRefusal) => void = ignore;
  /** Judges a stored event again as it is replayed (the session's; until it sets it, nothing answered is). */
  onreplay: (message: JsonObject, answers: JsonObject | undefined) => JsonObject | undefined = (message) =>
    "method" in message
      ? undefined
      : errorResponse((message.id ?? null) as RequestId, "internal_error", {
          detail: "no session to judge it",
        });
  private readonly transport: StreamableHttpTransport;
  private readonly events: BoundedEventStore;
  /** Client requests not yet answered, oldest first, with their progress tokens and what names their target. */
  private readonly inFlight = new Map<RequestId, { token: unknown; answers: JsonObject }>();
  /** Messages from the session not yet handed to the transport, oldest first. */
  private readonly queue: Outgoing[] = [];
  private queuedBytes = 0;
  /** Sizes of the messages handed on, for the event store (it would otherwise serialise them again). */
  private readonly sizes = new WeakMap<JsonObject, number>();
  /** Every response the transport is writing, with the timer that ends it if it stays full. */
  private readonly responses = new Map<ServerResponse, NodeJS.Timeout | undefined>();
  /** The session was told to stop reading its server and not yet told to resume. */
  private backedUp = false;
  private pumping = false;
  private ended = false;
  private closed = false;
  /** The session stopped reading this client: POSTs wait here, unread, oldest first. */
  private paused = false;
  private readonly waitingPosts: (() => void)[] = [];

  constructor(private readonly options: HttpEndpointOptions) {
    this.events = new BoundedEventStore(
      options.eventStore ?? DEFAULT_EVENT_STORE_LIMITS,
      (m) => this.sizes.get(m) ?? JSON.stringify(m).length,
    );
    this.transport = new StreamableHttpTransport({
      newSessionId: () => randomUUID(),
      onSessionInitialized: (id) => options.onInitialized(id),
      // DELETE: the client has ended the session; nobody is left to answer.
      onSessionClosed: () => {
        if (!this.ended) this.onclose({ reason: "the client ended the session", finished: false });
      },
      // Answered 429 already: the session, which never reached a server, ends and gives back its place.
      onInitializeRefused: () => {
        if (!this.ended)
          this.onclose({ reason: "its initialize was refused for the rate limit", finished: false });
      },
      eventStore: this.events,
      maxBodyBytes: options.maxBodyBytes,
      bodies: options.bodies,
      replayed: (message, answers) => this.onreplay(message, answers),
    });
    this.transport.onmessage = (message, size) => this.fromClient(message, size);
    this.transport.onerror = (err) => options.onError(err);
    this.transport.onrefused = (refusal) => this.onrefused(refusal);
  }

  get sessionId(): string | undefined {
    return this.transport.sessionId;
  }

  /** Bytes waiting for the client here, plus what its responses hold unsent. */
  get bufferedBytes(): number {
    let held = this.queuedBytes;
    for (const res of this.responses.keys()) held += res.writableLength;
    return held;
  }

  /** The resumption store, for its limits and expiry. */
  get eventStore(): BoundedEventStore {
    return this.events;
  }

  handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.paused && req.method === "POST")
      return new Promise<void>((resolve) =>
        this.waitingPosts.push(() => void this.handle(req, res).then(resolve, resolve)),
      );
    this.responses.set(res, undefined);
    const drained = () => {
      clearTimeout(this.responses.get(res));
      if (this.responses.has(res)) this.responses.set(res, undefined);
      this.pump();
    };
    res.on("drain", drained);
    res.once("close", () => {
      res.off("drain", drained);
      clearTimeout(this.responses.get(res));
      this.responses.delete(res);
      this.pump();
    });
    return this.transport.handleRequest(req, res);
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  /** Messages are sent in order, each on the stream it belongs to; a backlog stops the session's server. */
  send(message: JsonObject): void {
    if (this.ended) return;
    const text = JSON.stringify(message);
    const relatedRequestId = this.streamFor(message);
    const answers = this.answered(message, relatedRequestId);
    if (!("method" in message) && message.id !== undefined) this.inFlight.delete(message.id as RequestId);
    this.queue.push({ message, relatedRequestId, answers, text });
    this.queuedBytes += text.length;
    if (this.queuedBytes > this.options.bufferBytes && this.queue.length > 1) this.shed("buffer_full");
    this.pump();
    if (!this.backedUp && this.backlogged()) {
      this.backedUp = true;
      this.onbackpressure(true);
    }
  }

  close(): Promise<void> {
    if (this.ended) return Promise.resolve();
    this.ended = true;
    // A keep-alive connection may hold this endpoint's last response for a while: it must not hold the session.
    this.onmessage = ignore;
    this.onclose = ignore;
    this.onrefused = (refusal) => this.options.refusedWithoutSession(refusal);
    this.options.onEnded();
    // POSTs that waited for a resume are answered now (the session is gone: 404).
    this.resume();
    // What the session sent last (its final answers) goes out before the streams close.
    this.pump();
    return Promise.resolve();
  }

  // The session's messages to this client are flow-controlled above (onbackpressure). The client's own
  // messages arrive one POST at a time: while paused, a POST is held before its body is read.
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    while (!this.paused) {
      const next = this.waitingPosts.shift();
      if (next === undefined) break;
      next();
    }
  }

  /** The session sent the initialize on to its server: the client's stream may begin. */
  initializeForwarded(): void {
    this.transport.admitted();
  }

  route(): void {
    // HTTP requests reach the transport directly (handle), not as socket frames.
  }

  private backlogged(): boolean {
    return this.queuedBytes > BACKLOG_BYTES || this.fullResponses().length > 0;
  }

  private fullResponses(): ServerResponse[] {
    return [...this.responses.keys()].filter((res) => res.writableNeedDrain);
  }

  /** Hands queued messages to the transport while no response is full; then frees the session's reader. */
  private pump(): void {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0 && this.fullResponses().length === 0) {
        const next = this.queue.shift();
        if (next === undefined) break;
        this.queuedBytes -= next.text.length;
        this.sizes.set(next.message, next.text.length);
        try {
          this.transport.send(next.message, next.relatedRequestId, next.text, next.answers);
        } catch (err) {
          this.options.onError(err as Error);
        }
      }
    } finally {
      this.pumping = false;
    }
    const full = this.fullResponses();
    for (const res of full) {
      if (this.responses.get(res) === undefined)
        this.responses.set(
          res,
          setTimeout(() => res.writableNeedDrain && this.endStream(res, "stalled"), this.options.stallMs),
        );
    }
    if (this.backedUp && !this.backlogged()) {
      this.backedUp = false;
      this.onbackpressure(false);
    }
    if (this.ended && this.queue.length === 0 && !this.closed) {
      this.closed = true;
      void this.transport.close();
    }
  }

  /** Ends every full response: the client has stopped reading, and more waits for it than may. */
  private shed(why: "buffer_full"): void {
    for (const res of this.fullResponses()) this.endStream(res, why);
  }

  private endStream(res: ServerResponse, why: "stalled" | "buffer_full"): void {
    this.options.onStreamEnded(why, this.bufferedBytes);
    clearTimeout(this.responses.get(res));
    this.responses.delete(res);
    res.destroy();
    this.pump();
  }

  private fromClient(message: JsonObject, size: number): void {
    if ("method" in message && "id" in message) {
      const meta = (message.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta;
      this.inFlight.set(message.id as RequestId, {
        token: meta?.progressToken,
        answers: whatItAnswers(message),
      });
    }
    this.onmessage(message, size);
  }

  /** The client's request a message belongs to: the one it answers, or the one whose stream carries it. */
  private answered(message: JsonObject, relatedRequestId: RequestId | undefined): JsonObject | undefined {
    const id = "method" in message ? relatedRequestId : (message.id as RequestId | undefined);
    return id === undefined ? undefined : this.inFlight.get(id)?.answers;
  }

  /**
   * Which POST stream carries a message. A response goes with its request. What a server sends on its own
   * carries no link to a request over stdio, so, as a server behind HTTP would do for the request it is
   * working on, progress goes with the request that holds its token, anything else with the latest request
   * still in flight, and with none in flight to the session's GET stream.
   */
  private streamFor(message: JsonObject): RequestId | undefined {
    if (!("method" in message)) return undefined;
    if (message.method === "notifications/progress") {
      const token = (message.params as { progressToken?: unknown } | undefined)?.progressToken;
      for (const [id, held] of this.inFlight) if (held.token !== undefined && held.token === token) return id;
    }
    let latest: RequestId | undefined;
    for (const id of this.inFlight.keys()) latest = id;
    return latest;
  }
}
