// The server side of MCP's Streamable HTTP transport, on node:http alone: one session's POSTs (one JSON-RPC
// message or a batch; requests answered on an SSE stream, notifications and responses with 202), its GET
// stream for what the server sends on its own (one at a time), DELETE, the Mcp-Session-Id it issues and
// checks, the MCP-Protocol-Version, Accept and Content-Type checks, the body size limit, and resumption with
// Last-Event-ID from the session's bounded event store. It answers as the MCP SDK's server transport does
// (statuses and JSON-RPC error bodies, which clients and the conformance suite read), for the protocol
// revisions that transport accepts, without its cost: the SDK's transport brings zod and the protocol's
// schemas, a web-standards adapter and the fetch classes, ~17 MB resident in a bare node.
//
// Writes go straight to each ServerResponse, so the endpoint above (http-endpoint.ts) sees a full socket as
// `writableNeedDrain` and holds its messages back; nothing here buffers beyond the response itself.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  errorResponse,
  ID_IN_FLIGHT,
  inexactNumber,
  KNOWN_PROTOCOL_REVISIONS,
  type JsonObject,
} from "@mcp-guard/core";
import { batchMembersTooDeep, nestedTooDeep, TOO_DEEP_DETAIL } from "../session/nesting.js";
import type { TransportRefusal } from "../session/endpoint.js";
import type { BodyClaim } from "./body-budget.js";
import type { BoundedEventStore } from "./event-store.js";
import {
  isInitializeRequest,
  isJsonRpcMessage,
  isRequest,
  isResponse,
  type RequestId,
} from "./jsonrpc-shape.js";
import { readBody, type BodyRefusal } from "./request-body.js";

/** A request without the header is taken as this revision (the spec's rule for a missing header). */
const DEFAULT_PROTOCOL_VERSION = "2025-03-26";
/**
 * From this revision on, clients take an event with empty data: each POST stream then starts with one, so
 * the client holds a Last-Event-ID before the first message. Older clients would choke on it.
 */
const PRIMING_SINCE = "2025-11-25";
const MAX_BATCH = 100;
const KEEP_ALIVE_MS = 15_000;
/** The event store's stream id for the GET stream. */
const STANDALONE = "_GET_stream";

const SSE_HEADERS = {
  "content-type": "text/event-stream",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no",
};

export interface StreamableHttpOptions {
  newSessionId: () => string;
  /** An initialize was accepted: the session has its id (before the session sees the message). */
  onSessionInitialized: (sessionId: string) => void;
  /** The client ended the session with DELETE. */
  onSessionClosed: () => void;
  /**
   * The guard refused the initialize for its rate limit before anything of its answer was sent: the client was
   * answered 429 with no session id, and the session must end (it holds a place and can never initialize).
   */
  onInitializeRefused: () => void;
  eventStore: BoundedEventStore;
  maxBodyBytes: number;
  /** Each body's share of the endpoint's bytes in progress, and how long it may stop arriving. */
  bodies: {
    claim: () => BodyClaim;
    stallMs: number;
    /** A body was refused (the front door audits it: nothing of the body reached the session). */
    refused: (why: BodyRefusal) => void;
  };
  keepAliveMs?: number;
  /**
   * A stored event about to be replayed to a resuming client, with the request it belongs to (none for an
   * event of the session's own stream): what to send in its place (itself, a copy redacted now, a refusal),
   * or undefined to send nothing (replayed-answer.ts).
   */
  replayed: (message: JsonObject, answers: JsonObject | undefined) => JsonObject | undefined;
}

/** What the audit learns of a refused POST: never its body. */
interface RefusedRequest {
  bytes: number;
  /** The one JSON-RPC message of a body that held one. */
  message?: JsonObject;
}

interface Stream {
  res: ServerResponse;
  keepAlive: NodeJS.Timeout | undefined;
}

/** A refused request: its status and JSON-RPC error, as the SDK gives them, and the audit's reason. */
type Refusal = [status: number, code: number, message: string, reason: TransportRefusalReason];

/** Why the transport refused a request, as its audit row says. */
export type TransportRefusalReason =
  | "http_method_not_allowed"
  | "not_acceptable"
  | "unsupported_media_type"
  | "parse_error"
  | "invalid_request"
  | "inexact_number"
  | "batch_too_large"
  | "already_initialized"
  | "initialize_not_alone"
  | "not_initialized"
  | "session_id_required"
  | "session_not_found"
  | "unsupported_protocol_version"
  | "stream_conflict"
  | "unknown_event_id";

const SESSION_NOT_FOUND: Refusal = [404, -32001, "Session not found", "session_not_found"];

export class StreamableHttpTransport {
  sessionId: string | undefined;
  /** A message from the client, as accepted (the session's router classifies it), with its size. */
  onmessage: (message: JsonObject, size: number) => void = () => {};
  /** Why a request was refused, or a message could not be placed. */
  onerror: (err: Error) => void = () => {};
  /**
   * A request refused here, answered with its status, for the audit (a body refused for its size or pace
   * goes to `bodies.refused` instead): the session never sees it, yet it leaves a row.
   */
  onrefused: (refusal: TransportRefusal) => void = () => {};
  private initialized = false;
  /**
   * The initialize the session is taking in, its stream and that stream's priming event (held back so that
   * nothing is written before the session has judged it), until the session has seen it or answers it.
   */
  private admitting: { id: RequestId; streamId: string; priming: string | undefined } | undefined;
  private closed = false;
  /** Open SSE responses: the GET stream, POST streams, and resumed ones, by event-store stream id. */
  private readonly streams = new Map<string, Stream>();
  /** Which POST stream each unanswered request belongs to. */
  private readonly requestStreams = new Map<RequestId, string>();
  /** The unanswered requests of each POST stream: the stream ends with the last answer. */
  private readonly pending = new Map<string, Set<RequestId>>();
  /** Streams on which the client holds an event id, so it can resume them after a disconnect. */
  private readonly resumable = new Set<string>();

  constructor(private readonly options: StreamableHttpOptions) {}

  async handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.closed) return this.refuse(res, SESSION_NOT_FOUND);
    switch (req.method) {
      case "POST":
        return this.post(req, res);
      case "GET":
        return this.get(req, res);
      case "DELETE":
        return this.delete(req, res);
      default:
        return this.refuse(res, [405, -32000, "Method not allowed.", "http_method_not_allowed"], {
          headers: { allow: "GET, POST, DELETE" },
        });
    }
  }

  /**
   * Sends one message on the stream it belongs to: a response with its request, anything else with
   * `relatedRequestId`'s request, or without one on the GET stream. Every message is stored for resumption
   * first, so one sent while its stream is away is replayed when the client comes back. `text` is the
   * message serialised, when the caller has it; `answers`, the client's request it belongs to, is stored with
   * it so that a replay is judged again. Throws when the message has nowhere to go.
   */
  send(message: JsonObject, relatedRequestId?: RequestId, text?: string, answers?: JsonObject): void {
    const response = isResponse(message);
    const requestId = response ? (message["id"] as RequestId | undefined) : relatedRequestId;
    const store = this.options.eventStore;
    if (requestId === undefined) {
      if (response) throw new Error("Cannot send a response on the standalone SSE stream");
      const eventId = store.storeEvent(STANDALONE, message);
      const stream = this.streams.get(STANDALONE);
      if (stream) write(stream.res, eventChunk(eventId, text ?? JSON.stringify(message)));
      return;
    }
    const streamId = this.requestStreams.get(requestId);
    if (streamId === undefined)
      throw new Error(`No connection established for request ID: ${String(requestId)}`);
    if (this.admitting?.streamId === streamId) {
      if (response && this.admitting.id === requestId && this.refusedForRateLimit(streamId, message)) return;
      this.admitted();
    }
    const eventId = store.storeEvent(streamId, message, answers);
    const stream = this.streams.get(streamId);
    const chunk = eventChunk(eventId, text ?? JSON.stringify(message));
    const waiting = this.pending.get(streamId);
    if (response) {
      this.requestStreams.delete(requestId);
      waiting?.delete(requestId);
    }
    if (!response || (waiting && waiting.size > 0)) {
      if (!stream) return;
      write(stream.res, chunk);
      this.resumable.add(streamId);
      return;
    }
    // The last answer of its stream: written and the stream ended in one go.
    this.pending.delete(streamId);
    const canResume = this.resumable.delete(streamId);
    if (stream) return this.endStream(streamId, chunk);
    // The stream went away: its client can fetch the answers by resuming, unless it never saw an event id.
    if (!canResume && !this.closed)
      throw new Error(`No connection established for request ID: ${String(requestId)}`);
  }

  /**
   * The session has judged the initialize and sent it on (or is answering it): its stream's headers, and its
   * priming event first, go out now.
   */
  admitted(): void {
    const admitting = this.admitting;
    this.admitting = undefined;
    const res = admitting && this.streams.get(admitting.streamId)?.res;
    if (!res || res.writableEnded) return;
    if (admitting?.priming !== undefined) write(res, admitting.priming);
    else res.flushHeaders();
  }

  /**
   * An initialize the guard refused for its rate limit, answered before its stream wrote anything, gets what
   * the front door's other limits give: 429 with Retry-After and the refusal as its body, and no session id
   * (the session ends, giving back its place). Once the stream has begun, the answer goes on it as any other.
   */
  private refusedForRateLimit(streamId: string, answer: JsonObject): boolean {
    const data = (answer["error"] as { data?: { reason?: unknown; retry_after_ms?: unknown } } | undefined)
      ?.data;
    const stream = this.streams.get(streamId);
    if (data?.reason !== "rate_limited" || !stream || stream.res.headersSent) return false;
    this.admitting = undefined;
    this.resumable.delete(streamId);
    const waitMs = typeof data.retry_after_ms === "number" ? data.retry_after_ms : 1000;
    this.streams.delete(streamId);
    clearInterval(stream.keepAlive);
    this.pending.delete(streamId);
    this.requestStreams.delete(answer["id"] as RequestId);
    this.sessionId = undefined;
    this.initialized = false;
    for (const name of stream.res.getHeaderNames()) stream.res.removeHeader(name);
    stream.res
      .writeHead(429, {
        "content-type": "application/json",
        "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))),
      })
      .end(JSON.stringify(answer));
    this.options.onInitializeRefused();
    return true;
  }

  /** Ends every stream; later requests are answered "Session not found". */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    for (const streamId of [...this.streams.keys()]) this.endStream(streamId);
    this.requestStreams.clear();
    this.pending.clear();
    this.resumable.clear();
    return Promise.resolve();
  }

  private async post(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const accept = req.headers.accept ?? "";
    if (!accept.includes("application/json") || !accept.includes("text/event-stream"))
      return this.refuse(res, [
        406,
        -32000,
        "Not Acceptable: Client must accept both application/json and text/event-stream",
        "not_acceptable",
      ]);
    if (!isJsonContentType(req.headers["content-type"]))
      return this.refuse(res, [
        415,
        -32000,
        "Unsupported Media Type: Content-Type must be application/json",
        "unsupported_media_type",
      ]);
    const { maxBodyBytes, bodies } = this.options;
    const read = await readBody(req, {
      maxBytes: maxBodyBytes,
      claim: bodies.claim(),
      stallMs: bodies.stallMs,
    });
    if ("refused" in read) return this.refuseBody(req, res, read.refused);
    const body = read.text;
    // What a refusal of this body tells the audit: its size, and its message when it held one.
    const refused: RefusedRequest = { bytes: Buffer.byteLength(body) };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return this.refuse(res, [400, -32700, "Parse error: Invalid JSON", "parse_error"], { refused });
    }
    // As the bridge's reader (endpoint.ts): a number JSON.parse would change is refused, not forwarded changed.
    const inexact = inexactNumber(body);
    if (inexact !== undefined)
      return this.refuse(
        res,
        [
          400,
          -32600,
          `Number cannot be forwarded exactly: ${inexact}; send it as a string`,
          "inexact_number",
        ],
        { refused },
      );
    if (Array.isArray(parsed) && parsed.length > MAX_BATCH)
      return this.refuse(
        res,
        [400, -32600, `Invalid Request: Batch must not exceed ${MAX_BATCH} messages`, "batch_too_large"],
        { refused },
      );
    const batch = Array.isArray(parsed);
    const messages: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    if (!messages.every(isJsonRpcMessage))
      return this.refuse(res, [400, -32700, "Parse error: Invalid JSON-RPC message", "invalid_request"], {
        refused,
      });
    // A message nested too deep to judge (the checks and sizeOf's JSON.stringify recurse into it) is refused
    // as the bridge's reader refuses its line (endpoint.ts), measured on the text: alone, with the request; in a
    // batch, on its own, and the rest of the batch goes on.
    if (!batch) {
      const message = messages[0] as JsonObject;
      refused.message = message;
      if (nestedTooDeep(body)) {
        refused.message = shallow(message);
        return this.refuse(res, [400, -32600, `Invalid Request: ${TOO_DEEP_DETAIL}`, "invalid_request"], {
          refused,
        });
      }
    }
    const tooDeep = batch ? tooDeepMembers(messages as JsonObject[], body) : new Map<JsonObject, number>();
    // The session may have ended while the body arrived.
    if (this.closed) return this.refuse(res, SESSION_NOT_FOUND, { refused });
    const initialize = messages.find(isInitializeRequest);
    if (initialize) {
      if (this.initialized)
        return this.refuse(
          res,
          [400, -32600, "Invalid Request: Server already initialized", "already_initialized"],
          { refused },
        );
      if (messages.length > 1)
        return this.refuse(
          res,
          [
            400,
            -32600,
            "Invalid Request: Only one initialization request is allowed",
            "initialize_not_alone",
          ],
          { refused },
        );
      const sessionId = this.options.newSessionId();
      this.sessionId = sessionId;
      this.initialized = true;
      this.options.onSessionInitialized(sessionId);
      if (this.closed) return this.refuse(res, SESSION_NOT_FOUND, { refused });
    } else {
      const refusal = this.sessionRefusal(req) ?? versionRefusal(req);
      if (refusal) return this.refuse(res, refusal, { refused });
    }
    const requests = messages.filter(isRequest);
    if (requests.length === 0) {
      // Notifications and responses only: nothing will be answered on this request.
      for (const message of messages) {
        const bytes = tooDeep.get(message);
        if (bytes === undefined) this.onmessage(message, sizeOf(message, batch, body));
        else this.onrefused({ reason: "invalid_request", bytes, message: shallow(message) });
      }
      res.writeHead(202).end();
      return;
    }
    const streamId = randomUUID();
    this.openStream(streamId, res);
    const waiting = new Set<RequestId>();
    // Answers find their stream by id: a second request under an id in flight (in an earlier POST or this
    // batch) would take the first one's stream, whose answer would then be lost and the stream left open.
    // It is refused at once, as the session refuses it over the bridge.
    const duplicates = new Set<JsonObject>();
    for (const request of requests) {
      const id = request["id"] as RequestId;
      if (tooDeep.has(request)) continue;
      if (this.requestStreams.has(id)) {
        duplicates.add(request);
        continue;
      }
      this.requestStreams.set(id, streamId);
      waiting.add(id);
    }
    if (waiting.size > 0) this.pending.set(streamId, waiting);
    const version = initialize
      ? String((initialize["params"] as JsonObject)["protocolVersion"])
      : (protocolVersionOf(req) ?? DEFAULT_PROTOCOL_VERSION);
    const priming =
      version >= PRIMING_SINCE ? eventChunk(this.options.eventStore.storeEvent(streamId, {}), "") : undefined;
    if (priming !== undefined) this.resumable.add(streamId);
    // An initialize's stream writes nothing until the session has judged it (admitted) or answered it: a
    // rate-limited one is then still answered 429 instead (send).
    if (initialize) this.admitting = { id: initialize["id"] as RequestId, streamId, priming };
    else if (priming !== undefined) write(res, priming);
    for (const duplicate of duplicates)
      this.refuseOnStream(streamId, duplicate, ID_IN_FLIGHT, sizeOf(duplicate, batch, body));
    for (const message of messages) {
      const bytes = tooDeep.get(message);
      if (bytes === undefined) {
        if (!duplicates.has(message)) this.onmessage(message, sizeOf(message, batch, body));
      } else if (isRequest(message)) this.refuseOnStream(streamId, message, TOO_DEEP_DETAIL, bytes);
      else this.onrefused({ reason: "invalid_request", bytes, message: shallow(message) });
    }
    if (waiting.size === 0) return this.endStream(streamId);
    // The headers go out with the first event; a client whose answer takes longer gets them on their own
    // soon, as it would from the SDK (its clients wait for them before they count the request as sent), but
    // for an initialize still being judged. (flushHeaders only sends what was not sent.)
    if (!res.writableEnded)
      setTimeout(() => res.writableEnded || this.admitting?.streamId === streamId || res.flushHeaders(), 1);
  }

  /**
   * Answers, on its POST's stream, a request of a batch refused here as invalid (its id already in flight, or
   * nested too deep), and reports it for the audit.
   */
  private refuseOnStream(streamId: string, request: JsonObject, detail: string, bytes: number): void {
    const id = request["id"] as RequestId;
    const answer = errorResponse(id, "invalid_request", { detail });
    const eventId = this.options.eventStore.storeEvent(streamId, answer);
    const stream = this.streams.get(streamId);
    if (stream) write(stream.res, eventChunk(eventId, JSON.stringify(answer)));
    this.resumable.add(streamId);
    this.onrefused({ reason: "invalid_request", bytes, message: shallow(request) });
  }

  private get(req: IncomingMessage, res: ServerResponse): void {
    if (!req.headers.accept?.includes("text/event-stream"))
      return this.refuse(res, [
        406,
        -32000,
        "Not Acceptable: Client must accept text/event-stream",
        "not_acceptable",
      ]);
    const refusal = this.sessionRefusal(req) ?? versionRefusal(req);
    if (refusal) return this.refuse(res, refusal);
    const lastEventId = req.headers["last-event-id"];
    if (typeof lastEventId === "string" && lastEventId !== "") return this.resume(lastEventId, res);
    if (this.streams.has(STANDALONE))
      return this.refuse(res, [
        409,
        -32000,
        "Conflict: Only one SSE stream is allowed per session",
        "stream_conflict",
      ]);
    this.openStream(STANDALONE, res);
    // The client learns at once that the stream is open (the server may send on it any time now).
    res.flushHeaders();
  }

  /** Replays what the stream of `lastEventId` sent after it, then carries the rest of that stream. */
  private resume(lastEventId: string, res: ServerResponse): void {
    const store = this.options.eventStore;
    const streamId = store.getStreamIdForEventId(lastEventId);
    if (streamId === undefined)
      return this.refuse(res, [400, -32000, "Invalid event ID format", "unknown_event_id"]);
    if (this.streams.has(streamId))
      return this.refuse(res, [
        409,
        -32000,
        "Conflict: Stream already has an active connection",
        "stream_conflict",
      ]);
    this.openStream(streamId, res);
    // What a stream stored is judged again as it leaves now: a reload may have denied the call, or made a
    // type it carries one to block or redact, since (replayed-answer.ts). What is refused or redacted goes in
    // its place under the same event id.
    store.replayEventsAfter(lastEventId, {
      send: (id, message, answers) => {
        let now: JsonObject | undefined = message;
        try {
          now = this.options.replayed(message, answers);
        } catch (err) {
          // Fail closed: an answer that cannot be judged again is not replayed.
          const detail = `the stored answer could not be judged again: ${(err as Error).message}`;
          now = isResponse(message)
            ? errorResponse(message["id"] as RequestId, "internal_error", { detail })
            : undefined;
        }
        if (now !== undefined) write(res, eventChunk(id, JSON.stringify(now)));
      },
    });
    // A POST stream whose requests were all answered has nothing more to carry.
    if (streamId !== STANDALONE && !this.pending.has(streamId)) return this.endStream(streamId);
    this.resumable.add(streamId);
    res.flushHeaders();
  }

  private delete(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = this.sessionRefusal(req) ?? versionRefusal(req);
    if (refusal) return Promise.resolve(this.refuse(res, refusal));
    this.options.onSessionClosed();
    res.writeHead(200).end();
    return this.close();
  }

  private sessionRefusal(req: IncomingMessage): Refusal | undefined {
    if (!this.initialized) return [400, -32000, "Bad Request: Server not initialized", "not_initialized"];
    const sessionId = req.headers["mcp-session-id"];
    if (!sessionId)
      return [400, -32000, "Bad Request: Mcp-Session-Id header is required", "session_id_required"];
    if (sessionId !== this.sessionId) return SESSION_NOT_FOUND;
    return undefined;
  }

  private openStream(streamId: string, res: ServerResponse): void {
    const headers: Record<string, string> = { ...SSE_HEADERS };
    if (this.sessionId !== undefined) headers["mcp-session-id"] = this.sessionId;
    // Set, not yet written: they go with the first event, and an initialize refused before it gets others.
    res.statusCode = 200;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const every = this.options.keepAliveMs ?? KEEP_ALIVE_MS;
    // A comment line now and then keeps proxies from closing a quiet stream; not into a full one.
    const keepAlive = setInterval(() => res.writableNeedDrain || res.write(": keepalive\n\n"), every).unref();
    const stream = { res, keepAlive };
    this.streams.set(streamId, stream);
    res.once("close", () => {
      clearInterval(keepAlive);
      if (this.streams.get(streamId) === stream) this.streams.delete(streamId);
    });
  }

  /** Ends a stream, after a last chunk if one is given. */
  private endStream(streamId: string, last?: string): void {
    const stream = this.streams.get(streamId);
    if (!stream) return;
    this.streams.delete(streamId);
    clearInterval(stream.keepAlive);
    if (!stream.res.writableEnded) stream.res.end(last);
  }

  private refuseBody(req: IncomingMessage, res: ServerResponse, why: BodyRefusal) {
    const { maxBodyBytes, bodies } = this.options;
    bodies.refused(why);
    if (why === "too_large")
      return this.answer(
        res,
        413,
        -32000,
        `Payload Too Large: Request body must not exceed ${maxBodyBytes} bytes`,
      );
    if (why === "over_budget")
      return this.answer(
        res,
        503,
        -32000,
        "Service Unavailable: request bodies in progress would exceed daemon.http.max_body_bytes_in_progress_per_identity or max_body_bytes_in_progress; retry once earlier requests are read",
        { "retry-after": "1" },
      );
    // The client stopped sending: it is told why, and its connection is closed.
    res.once("finish", () => req.destroy());
    return this.answer(
      res,
      408,
      -32000,
      `Request Timeout: no part of the body arrived for ${bodies.stallMs / 1000} s`,
      { connection: "close" },
    );
  }

  /** Answers a refused request and reports it for the audit. */
  private refuse(
    res: ServerResponse,
    [status, code, message, reason]: Refusal,
    { headers, refused }: { headers?: Record<string, string>; refused?: RefusedRequest } = {},
  ): void {
    this.onrefused({ reason, bytes: refused?.bytes ?? 0, message: refused?.message });
    this.answer(res, status, code, message, headers);
  }

  private answer(
    res: ServerResponse,
    status: number,
    code: number,
    message: string,
    headers: Record<string, string> = {},
  ): void {
    this.onerror(new Error(message));
    res
      .writeHead(status, { "content-type": "application/json", ...headers })
      .end(JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null }));
  }
}

/**
 * A message's size for the audit, in bytes as the line endpoints count them (the session refuses a message over
 * daemon.max_message_bytes): the body's when it came alone (no second serialisation).
 */
function sizeOf(message: JsonObject, batch: boolean, body: string): number {
  return Buffer.byteLength(batch ? JSON.stringify(message) : body);
}

/** A batch's members nested too deep, each with its size in bytes. */
function tooDeepMembers(members: JsonObject[], body: string): Map<JsonObject, number> {
  const found = new Map<JsonObject, number>();
  for (const [position, bytes] of batchMembersTooDeep(body)) {
    const member = members[position];
    if (member !== undefined) found.set(member, bytes);
  }
  return found;
}

/**
 * What the audit reads of a refused message: its envelope and its params' plain values (a tool's name, a
 * resource's uri), never a nested member, which may be too deep to walk.
 */
function shallow(message: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(message))
    if (typeof value !== "object" || value === null) copy[key] = value;
  const params = message["params"];
  if (typeof params === "object" && params !== null && !Array.isArray(params)) {
    const plain: JsonObject = {};
    for (const [key, value] of Object.entries(params))
      if (typeof value !== "object" || value === null) plain[key] = value;
    copy["params"] = plain;
  }
  return copy;
}

/** One SSE event; empty data is the priming event, which carries only its id. */
function eventChunk(eventId: string, data: string): string {
  return data === "" ? `id: ${eventId}\ndata: \n\n` : `event: message\nid: ${eventId}\ndata: ${data}\n\n`;
}

function write(res: ServerResponse, chunk: string): void {
  if (!res.writableEnded && !res.destroyed) res.write(chunk);
}

function protocolVersionOf(req: IncomingMessage): string | undefined {
  const version = req.headers["mcp-protocol-version"];
  return typeof version === "string" ? version : undefined;
}

function versionRefusal(req: IncomingMessage): Refusal | undefined {
  const version = protocolVersionOf(req);
  if (version === undefined || KNOWN_PROTOCOL_REVISIONS.includes(version)) return undefined;
  return [
    400,
    -32000,
    `Bad Request: Unsupported protocol version: ${version} (supported versions: ${KNOWN_PROTOCOL_REVISIONS.join(", ")})`,
    "unsupported_protocol_version",
  ];
}

/** application/json by its media type, with any parameters; a list of types (joined duplicates) is not. */
function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const semicolon = value.indexOf(";");
  const essence = (semicolon < 0 ? value : value.slice(0, semicolon)).trim().toLowerCase();
  return essence === "application/json" && (semicolon < 0 || !value.slice(semicolon).includes(","));
}
