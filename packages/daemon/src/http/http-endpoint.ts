// The client side of a session when the client speaks Streamable HTTP: the SDK's server transport does the
// protocol (POST with SSE or JSON answers, the GET stream, DELETE, session ids, protocol versions,
// resumption); this endpoint hands the session the messages it parsed, and puts what the session sends on
// the right stream.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { JSONRPCMessage, RequestId } from "@modelcontextprotocol/sdk/types.js";
import type { JsonObject } from "@mcp-guard/core";
import type { ClientEndpoint } from "../client-endpoint.js";
import { ignore, type Endpoint } from "../session/endpoint.js";
import { BoundedEventStore } from "./event-store.js";

/** Events kept per session for Last-Event-ID resumption. */
const RESUMABLE_EVENTS = 1000;

export interface HttpEndpointOptions {
  maxBodyBytes: number;
  /** The transport gave the session its id (after a successful initialize). */
  onInitialized: (sessionId: string) => void;
  /** The session ended, for whatever reason: forget its id. */
  onEnded: () => void;
  onError: (err: Error) => void;
}

export class HttpEndpoint implements ClientEndpoint {
  readonly kind = "http";
  onmessage: Endpoint["onmessage"] = ignore;
  onerror: Endpoint["onerror"] = ignore;
  onclose: Endpoint["onclose"] = ignore;
  onbackpressure: Endpoint["onbackpressure"] = ignore;
  private readonly transport: StreamableHTTPServerTransport;
  /** Client requests not yet answered, oldest first, with their progress tokens. */
  private readonly inFlight = new Map<RequestId, unknown>();
  private sending: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(private readonly options: HttpEndpointOptions) {
    this.transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => options.onInitialized(id),
      // DELETE: the client has ended the session; nobody is left to answer.
      onsessionclosed: () => this.onclose({ reason: "the client ended the session", finished: false }),
      eventStore: new BoundedEventStore(RESUMABLE_EVENTS),
      maxRequestBodySize: options.maxBodyBytes,
    });
    this.transport.onmessage = (message) => this.fromClient(message);
    this.transport.onerror = (err) => options.onError(err);
  }

  get sessionId(): string | undefined {
    return this.transport.sessionId;
  }

  handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    return this.transport.handleRequest(req, res);
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  /** Messages are sent in order, each on the stream it belongs to. */
  send(message: JsonObject): void {
    if (this.ended) return;
    const rpc = message as JSONRPCMessage; // the session sends only messages it classified
    const relatedRequestId = this.streamFor(rpc);
    this.sending = this.sending
      .then(() => this.transport.send(rpc, { relatedRequestId }))
      .catch((err: unknown) => this.options.onError(err as Error));
  }

  close(): Promise<void> {
    if (this.ended) return Promise.resolve();
    this.ended = true;
    this.options.onEnded();
    // Let what the session sent last (its final answers) go out before the streams close.
    void this.sending.then(() => this.transport.close());
    return Promise.resolve();
  }

  // SSE writes are not flow-controlled by the SDK's transport: there is nothing to pause or wait for.
  pause(): void {}
  resume(): void {}

  route(): void {
    // HTTP requests reach the transport directly (handle), not as socket frames.
  }

  private fromClient(message: JSONRPCMessage): void {
    if ("method" in message && "id" in message) {
      const meta = (message.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta;
      this.inFlight.set(message.id, meta?.progressToken);
    }
    this.onmessage(message, JSON.stringify(message).length);
  }

  /**
   * Which POST stream carries a message. A response goes with its request. What a server sends on its own
   * carries no link to a request over stdio, so, as a server behind HTTP would do for the request it is
   * working on, progress goes with the request that holds its token, anything else with the latest request
   * still in flight, and with none in flight to the session's GET stream.
   */
  private streamFor(message: JSONRPCMessage): RequestId | undefined {
    if (!("method" in message)) {
      if (message.id !== undefined) this.inFlight.delete(message.id);
      return undefined;
    }
    if (message.method === "notifications/progress") {
      const token = (message.params as { progressToken?: unknown } | undefined)?.progressToken;
      for (const [id, held] of this.inFlight) if (held !== undefined && held === token) return id;
    }
    let latest: RequestId | undefined;
    for (const id of this.inFlight.keys()) latest = id;
    return latest;
  }
}
