// One client connection = one MCP session with its own upstream session. Every message is parsed,
// classified, run through the pipeline for its direction, audited, and re-serialised; requests are
// correlated with their responses in both directions so a response is inspected with its request.
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  awaitHold,
  classify,
  errorResponse,
  guessId,
  LineSplitter,
  parseMessage,
  runPipeline,
  takeNotices,
  targetOf,
  type AuditEvent,
  type AuthState,
  type EffectivePolicy,
  type Direction,
  type ErrorReason,
  type Identity,
  type Interceptor,
  type JsonObject,
  type JsonRpcId,
  type Message,
  type PipelineResult,
  type RequestMessage,
  type TraceEntry,
  traceJson,
} from "@mcp-guard/core";
import { AuditScrub } from "./audit-scrub.js";
import type { AuditWriter } from "./audit-writer.js";
import type { ClientEndpoint } from "./client-endpoint.js";
import { droppedNotice } from "./dropped-notice.js";
import { Lane } from "./lane.js";
import { SessionListings } from "./listings.js";
import { WriteBatcher } from "./write-batcher.js";
import type { Logger } from "./logger.js";
import type { Upstream, UpstreamInbound } from "./upstream/index.js";

/** Thrown by createUpstream when the server cannot be used in this session, with the reason for the client. */
export class ServerUnavailableError extends Error {}

interface Pending {
  request: RequestMessage;
  receivedAt: number;
  /** Set for the guard's own requests (see listings.ts): their response goes here, not to the client. */
  own?: (response: Message | undefined) => void;
}

/** How long the guard waits for the server to answer its own list request before refusing to guess. */
const OWN_REQUEST_TIMEOUT_MS = 30_000;

export interface SessionOptions {
  id: string;
  server: string;
  identity: Identity;
  auth: AuthState;
  policy: EffectivePolicy;
  /** The bridge's pid, from the kernel's peer credentials. */
  clientPid: number;
  client: ClientEndpoint;
  audit: AuditWriter;
  logger: Logger;
  maxMessageBytes: number;
  interceptorTimeoutMs: number;
  interceptors: (direction: Direction) => readonly Interceptor[];
  /** Decides what of a method, target or id the audit may keep (default: digests unless a spec method). */
  auditScrub?: AuditScrub;
  createUpstream: () => Upstream;
  /** The server failed: why, and the last lines of its stderr (a stdio server that crashed says why there). */
  onUpstreamFailure: (reason: string, stderr: string[]) => void;
  onClosed: () => void;
}

export interface SessionStatus {
  id: string;
  server: string;
  identity: string;
  started_at: string;
  state: Session["state"];
  pending_requests: number;
  client_pid: number | null;
  upstream_pid: number | null;
  /** "descriptors" when the daemon reads and writes the client's stdio itself, "relayed" through the bridge. */
  client_io: ClientEndpoint["kind"];
}

const now = () => performance.now();

const opposite = (d: Direction): Direction => (d === "to_server" ? "to_client" : "to_server");

interface RecordFields {
  direction: Direction;
  kind: AuditEvent["kind"];
  method: string | null;
  target: string | null;
  rpcId: JsonRpcId | null;
  decision: AuditEvent["decision"];
  reason: string | null;
  trace: readonly TraceEntry[];
  latencyMs: number;
  bytes: number;
}

export class Session {
  state: "open" | "draining" | "closed" = "open";
  readonly startedAt = Date.now();
  private readonly splitter: LineSplitter;
  private upstream: Upstream | undefined;
  private upstreamReady: Promise<void> | undefined;
  private upstreamStarted = false;
  private upstreamDown: string | undefined;
  private readonly toServer = new Map<JsonRpcId, Pending>();
  private readonly toClient = new Map<JsonRpcId, Pending>();
  private readonly lanes: Record<Direction, Lane>;
  private drained: (() => void) | undefined;
  private readonly identityLabel: string;
  private readonly toClientWrites: WriteBatcher;
  private policy: EffectivePolicy;
  /** Calls held open while a person decides (policy spend.wait_for_approval_seconds). */
  private readonly held = new Map<JsonRpcId, { stop: () => void }>();
  /** Interceptors' per-session memory. */
  private readonly interceptorState = new Map<string, unknown>();
  private readonly scrub: AuditScrub;
  /** Which of the server's lists this session has seen; missing ones are fetched before a call is judged. */
  private readonly listings = new SessionListings((method, params) => this.ownRequest(method, params));
  /** The client completed initialization, so the guard may send its own requests to the server. */
  private initialized = false;

  constructor(private readonly o: SessionOptions) {
    this.splitter = new LineSplitter(o.maxMessageBytes);
    this.identityLabel = `${o.identity.method}:${o.identity.user}`;
    const onError = (err: unknown) =>
      this.o.logger.error({ err }, "unexpected failure while handling a message");
    this.lanes = { to_server: new Lane(onError), to_client: new Lane(onError) };
    this.toClientWrites = new WriteBatcher((text) => this.writeToClient(text));
    this.policy = o.policy;
    this.scrub = o.auditScrub ?? new AuditScrub(undefined, randomBytes(32).toString("hex"));
  }

  get id(): string {
    return this.o.id;
  }

  get server(): string {
    return this.o.server;
  }

  get identity(): Identity {
    return this.o.identity;
  }

  /** A reloaded config applies to the next message of an open session. */
  updatePolicy(policy: EffectivePolicy): void {
    this.policy = policy;
  }

  status(): SessionStatus {
    return {
      id: this.o.id,
      server: this.o.server,
      identity: this.identityLabel,
      started_at: new Date(this.startedAt).toISOString(),
      state: this.state,
      pending_requests: this.toServer.size,
      client_pid: this.o.clientPid > 0 ? this.o.clientPid : null,
      upstream_pid: this.upstream?.pid ?? null,
      client_io: this.o.client.kind,
    };
  }

  // ---- client -> server -------------------------------------------------------------------------------

  onClientData(chunk: Buffer): void {
    for (const event of this.splitter.push(chunk)) {
      if (event.kind === "oversized") {
        const id = guessId(event.head);
        this.rejectFromClient(id, "message_too_large", event.bytes, {
          limit: this.o.maxMessageBytes,
          bytes: event.bytes,
        });
      } else {
        this.fromClient(event.text);
      }
    }
  }

  private fromClient(text: string): void {
    const receivedAt = now();
    const bytes = text.length;
    const parsed = parseMessage(text);
    if (parsed.kind === "invalid") {
      this.rejectFromClient(parsed.id, parsed.reason, bytes, { detail: parsed.detail });
      return;
    }
    if (parsed.kind === "request" && this.state !== "open") {
      this.replyToClient(
        parsed,
        "upstream_unavailable",
        { detail: "the daemon is shutting down" },
        receivedAt,
        bytes,
      );
      return;
    }
    this.lanes.to_server.run(() => this.handle("to_server", parsed, receivedAt, bytes));
  }

  private rejectFromClient(
    id: JsonRpcId | null,
    reason: ErrorReason,
    bytes: number,
    data: Record<string, unknown>,
  ): void {
    this.sendToClient(errorResponse(id, reason, data));
    this.recordInvalid("to_server", id, reason, bytes);
  }

  private replyToClient(
    request: RequestMessage,
    reason: ErrorReason,
    data: Record<string, unknown>,
    receivedAt: number,
    bytes: number,
  ): void {
    this.sendToClient(errorResponse(request.id, reason, data));
    this.recordMessage("to_server", request, "error", reason, [], now() - receivedAt, bytes);
  }

  // ---- server -> client -------------------------------------------------------------------------------

  private onUpstream(event: UpstreamInbound): void {
    const receivedAt = now();
    if (event.kind === "message") {
      const parsed = classify(event.message);
      if (parsed.kind !== "invalid") {
        const bytes = event.bytes || JSON.stringify(event.message).length;
        this.lanes.to_client.run(() => this.handle("to_client", parsed, receivedAt, bytes));
        return;
      }
      this.upstreamNoise("invalid_request", parsed.id, parsed.detail, 0);
      return;
    }
    if (event.kind === "invalid") {
      this.upstreamNoise(
        "parse_error",
        guessId(event.text),
        "the server wrote a line that is not JSON-RPC",
        event.text.length,
      );
      return;
    }
    const id = guessId(event.head);
    const pending = id === null ? undefined : this.toServer.get(id);
    if (pending && id !== null) {
      this.toServer.delete(id);
      this.sendToClient(
        errorResponse(id, "upstream_message_too_large", {
          limit: this.o.maxMessageBytes,
          bytes: event.bytes,
        }),
      );
      this.recordMessage(
        "to_client",
        pending.request,
        "block",
        "upstream_message_too_large",
        [],
        now() - pending.receivedAt,
        event.bytes,
      );
      this.settle();
      return;
    }
    this.upstreamNoise(
      "upstream_message_too_large",
      id,
      "an oversized server message was skipped",
      event.bytes,
    );
  }

  /** A server message that cannot be forwarded and answers nothing we wait for: logged and audited. */
  private upstreamNoise(reason: ErrorReason, id: JsonRpcId | null, detail: string, bytes: number): void {
    this.o.logger.warn(
      { reason, detail }, // server and session are the logger's bindings: each key once per line
      "dropped a server message",
    );
    this.recordInvalid("to_client", id, reason, bytes);
  }

  // ---- both directions --------------------------------------------------------------------------------

  /**
   * Runs a message through inspection; if anything unexpected throws, a request is still answered
   * (internal_error, to whoever sent it) and nothing is forwarded: no request is ever left hanging.
   */
  private handle(
    direction: Direction,
    message: Message,
    receivedAt: number,
    bytes: number,
  ): void | Promise<void> {
    const fail = (err: unknown, detail?: string) => {
      if (!detail)
        this.o.logger.error(
          { err, direction, kind: message.kind },
          "unexpected failure while handling a message; refused",
        );
      if (message.kind !== "request") return;
      this.sentTowards(direction).delete(message.id);
      const error = errorResponse(
        message.id,
        "internal_error",
        detail ? { detail: (err as Error).message } : {},
      );
      if (direction === "to_server") this.sendToClient(error);
      else void this.sendUpstream(error as unknown as JsonObject);
    };
    if (!this.o.audit.accepting && message.kind !== "response") {
      // Fail closed: what cannot be audited is not forwarded, in either direction. Requests are answered;
      // notifications are dropped (logged). Responses to requests already in flight still pass.
      this.o.logger.warn({ direction, kind: message.kind }, "audit log unavailable; message refused");
      if (message.kind === "request") fail(new Error("the audit log cannot be written"), "audit_unavailable");
      return;
    }
    try {
      const result = this.inspect(direction, message, receivedAt, bytes);
      return result instanceof Promise ? result.catch(fail) : result;
    } catch (err) {
      fail(err);
    }
  }

  private inspect(
    direction: Direction,
    message: Message,
    receivedAt: number,
    bytes: number,
  ): void | Promise<void> {
    const answered =
      message.kind === "response" ? this.sentTowards(opposite(direction)).get(message.id) : undefined;
    const inFlight =
      message.kind === "request" &&
      (this.sentTowards(direction).has(message.id) ||
        (direction === "to_server" && this.held.has(message.id)));
    if (message.kind === "request" && inFlight) {
      // Two requests in flight with one id would make their responses ambiguous.
      const error = errorResponse(message.id, "invalid_request", {
        detail: "a request with this id is already in flight",
      });
      if (direction === "to_server") this.sendToClient(error);
      else void this.sendUpstream(error as unknown as JsonObject);
      this.recordMessage(direction, message, "block", "invalid_request", [], 0, bytes);
      return;
    }
    if (message.kind === "response" && !answered) {
      // The id is the peer's choice and unscanned: it stays out of the log.
      this.o.logger.warn({ server: this.o.server, direction }, "response to no pending request");
      this.recordMessage(direction, message, "block", "invalid_request", [], 0, bytes);
      return;
    }
    if (direction === "to_server" && message.kind === "request" && this.initialized && this.o.auth.ok) {
      const missing = this.listings.missing(message);
      if (missing.length > 0)
        return this.listings
          .fetch(missing)
          .then(() => this.check(direction, message, answered, receivedAt, bytes));
    }
    return this.check(direction, message, answered, receivedAt, bytes);
  }

  private check(
    direction: Direction,
    message: Message,
    answered: Pending | undefined,
    receivedAt: number,
    bytes: number,
  ): void | Promise<void> {
    const result = runPipeline(
      this.o.interceptors(direction),
      {
        direction,
        sessionId: this.o.id,
        server: this.o.server,
        identity: this.o.identity,
        auth: this.o.auth,
        policy: this.policy,
        state: this.interceptorState,
        message,
        request: answered?.request,
      },
      { timeoutMs: this.o.interceptorTimeoutMs, now },
    );
    if (result instanceof Promise)
      return result.then((r) => this.decide(direction, message, r, answered, receivedAt, bytes));
    return this.decide(direction, message, result, answered, receivedAt, bytes);
  }

  private decide(
    direction: Direction,
    original: Message,
    result: PipelineResult,
    answered: Pending | undefined,
    receivedAt: number,
    bytes: number,
  ): void | Promise<void> {
    const { verdict, trace } = result;
    const forward = result.message;
    const waited = answered ? now() - answered.receivedAt : now() - receivedAt;
    if (forward.kind === "response") this.sentTowards(opposite(direction)).delete(forward.id);
    if (answered?.own) {
      this.tellClient();
      const blocked = verdict.action === "block" || verdict.action === "hold";
      this.recordMessage(
        direction,
        original,
        blocked ? "block" : "allow",
        blocked ? verdict.reason : null,
        trace,
        waited,
        bytes,
        answered.request,
      );
      answered.own(blocked ? undefined : forward);
      this.settle();
      return;
    }

    if (verdict.action === "hold" || verdict.action === "block") {
      this.recordMessage(
        direction,
        original,
        "block",
        verdict.reason,
        trace,
        waited,
        bytes,
        answered?.request,
      );
      // A held call is answered once its step settles; what cannot be held is answered like a block.
      if (verdict.action === "hold" && this.hold(direction, original, result, receivedAt, bytes)) return;
      if (original.kind === "notification") {
        // Notifications get no reply: the audit row is the record, and the client is told in a log message.
        this.sendToClient(droppedNotice(direction, original.method, verdict.reason));
        return;
      }
      const error = errorResponse(original.id, verdict.reason, verdict.data);
      // The blocked side gets the error in place of the message: a blocked request is answered to its
      // sender, a blocked response reaches the requester as an error.
      const toSender = original.kind === "request";
      if ((direction === "to_server") === toSender) this.sendToClient(error);
      else void this.sendUpstream(error as unknown as JsonObject);
      if (original.kind === "response") this.settle();
      return;
    }

    const decision =
      verdict.action === "modify" || trace.some((t) => t.action === "modify") ? "modify" : "allow";
    const row = this.recordMessage(
      direction,
      original,
      decision,
      null,
      trace,
      waited,
      bytes,
      answered?.request,
    );
    if (
      forward.kind === "notification" &&
      forward.method === "notifications/cancelled" &&
      direction === "to_server"
    ) {
      const held = this.held.get(forward.params?.requestId as JsonRpcId);
      if (held) held.stop();
    }
    if (forward.kind === "notification" && forward.method === "notifications/cancelled") {
      // The sender gave up on its request; per MCP no response will come, so stop waiting for one.
      const id = forward.params?.requestId;
      if ((typeof id === "string" || typeof id === "number") && this.sentTowards(direction).delete(id))
        this.settle();
    }
    if (direction === "to_client") {
      if (forward.kind === "request") this.toClient.set(forward.id, { request: forward, receivedAt });
      if (forward.kind === "notification") this.listings.notified(forward.method);
      if (forward.kind === "response" && answered) this.listings.forwarded(answered.request, forward);
      if (forward.kind === "response" && answered?.request.method === "initialize")
        this.noteProtocolVersion(forward.raw);
      this.forwardOnceAudited(direction, forward, row, () => {
        this.toClientWrites.push(`${JSON.stringify(forward.raw)}\n`);
        this.tellClient(); // after the response: nothing may precede an initialize result
      });
      if (forward.kind === "response") this.settle();
      return;
    }
    if (forward.kind === "request") this.toServer.set(forward.id, { request: forward, receivedAt });
    if (forward.kind === "notification" && forward.method === "notifications/initialized")
      this.initialized = true;
    const requestId = forward.kind === "request" ? forward.id : undefined;
    this.forwardOnceAudited(direction, forward, row, () => this.sendUpstream(forward.raw, requestId));
  }

  /**
   * Forwards at the end of the turn, once the turn's audit rows are journaled. A message whose row could
   * not be made durable is not forwarded: a request is answered with an error, a response is replaced by
   * one (its requester is not left waiting), a notification is dropped.
   */
  private forwardOnceAudited(direction: Direction, message: Message, row: AuditEvent, send: () => unknown) {
    const answerInstead = (detail: string, err?: unknown) => {
      this.o.logger.error({ err, direction, kind: message.kind }, `message refused: ${detail}`);
      if (message.kind === "notification") return;
      if (message.kind === "request") this.sentTowards(direction).delete(message.id);
      const error = errorResponse(message.id, "internal_error", err ? {} : { detail });
      const toClient = (direction === "to_server") === (message.kind === "request");
      if (toClient) this.toClientWrites.push(`${JSON.stringify(error)}\n`);
      else void this.sendUpstream(error as unknown as JsonObject);
      if (message.kind === "request" && direction === "to_server") this.settle();
    };
    this.o.audit.afterDurable(
      () => {
        try {
          send();
        } catch (err) {
          answerInstead("unexpected failure while forwarding", err);
        }
      },
      () => {
        row.decision = "error";
        row.reason = "audit_unavailable";
        answerInstead("the audit log cannot be written");
      },
    );
  }

  /** The guard's own request to the server (a list it needs before judging a call); audited, never shown. */
  private ownRequest(method: string, params: JsonObject): Promise<Message | undefined> {
    const id = `mcp-guard/${randomUUID()}`;
    const raw: JsonObject = { jsonrpc: "2.0", id, method, params };
    const request: RequestMessage = { kind: "request", id, method, params, raw };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.toServer.delete(id)) this.settle();
        resolve(undefined);
      }, OWN_REQUEST_TIMEOUT_MS);
      const own = (response: Message | undefined) => {
        clearTimeout(timer);
        resolve(response);
      };
      this.toServer.set(id, { request, receivedAt: now(), own });
      this.recordMessage("to_server", request, "allow", null, [], 0, JSON.stringify(raw).length);
      void this.sendUpstream(raw, id);
    });
  }

  /** What the checks want the client to know (e.g. a definition withheld, and how to approve it). */
  private tellClient(): void {
    for (const data of takeNotices(this.interceptorState)) {
      const raw = {
        jsonrpc: "2.0",
        method: "notifications/message",
        params: { level: "warning", logger: "mcp-guard", data },
      };
      // It names what a server presented: it passes the chain (detection, the audit) like the server's own.
      const notice = classify(raw) as Message;
      this.lanes.to_client.run(() => this.handle("to_client", notice, now(), JSON.stringify(raw).length));
    }
  }

  /**
   * Holds a client's request whose chain stopped at a hold (a call waiting for a person): waits outside the
   * ordered lane (the session goes on), keeps a client that asked for progress informed, and once the held
   * step settles decides on the result of the rest of the chain. Cancelling the call ends the wait.
   */
  private hold(
    direction: Direction,
    request: Message,
    result: PipelineResult,
    receivedAt: number,
    bytes: number,
  ): boolean {
    if (direction !== "to_server" || request.kind !== "request" || this.state !== "open") return false;
    if (this.held.has(request.id)) return false;
    const approvalId = result.verdict.action === "hold" ? result.verdict.data?.approval_id : undefined;
    const progressToken = (request.params?._meta as { progressToken?: unknown } | undefined)?.progressToken;
    const controller = new AbortController();
    this.held.set(request.id, { stop: () => controller.abort() });
    const onTick = (ticks: number) => {
      if (progressToken === undefined || ticks % 4 !== 0) return;
      this.sendToClient({
        jsonrpc: "2.0",
        method: "notifications/progress",
        params: {
          progressToken,
          progress: ticks / 4,
          message: `waiting for approval ${String(approvalId)} (mcp-guard approvals approve ${String(approvalId)})`,
        },
      });
    };
    const failed = (err: unknown) => {
      this.held.delete(request.id);
      this.o.logger.error({ err }, "a held call could not be settled; refused");
      this.sendToClient(errorResponse(request.id, "internal_error", { detail: (err as Error).message }));
      if (this.o.audit.accepting)
        this.recordMessage(
          direction,
          request,
          "error",
          "internal_error",
          result.trace,
          now() - receivedAt,
          bytes,
        );
    };
    const settled = (resumed: PipelineResult | undefined) => {
      this.held.delete(request.id);
      if (!resumed || this.state === "closed") return;
      this.lanes.to_server.run(() => {
        // Fail closed as for any message: what cannot be audited is not forwarded.
        if (!this.o.audit.accepting) return failed(new Error("the audit log cannot be written"));
        try {
          const decided = this.decide(direction, request, resumed, undefined, receivedAt, bytes);
          return decided instanceof Promise ? decided.catch(failed) : decided;
        } catch (err) {
          failed(err);
        }
      });
    };
    awaitHold(result, { pollMs: 250, now: Date.now, signal: controller.signal, onTick }).then(
      settled,
      failed,
    );
    return true;
  }

  /** Requests that travelled in `direction` and await their response. */
  private sentTowards(direction: Direction): Map<JsonRpcId, Pending> {
    return direction === "to_server" ? this.toServer : this.toClient;
  }

  private noteProtocolVersion(raw: JsonObject): void {
    const version = (raw.result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    if (typeof version === "string") this.upstream?.setProtocolVersion(version);
  }

  // ---- upstream ---------------------------------------------------------------------------------------

  private sendUpstream(message: JsonObject, requestId?: JsonRpcId): void | Promise<void> {
    if (this.upstreamDown) {
      this.failRequest(requestId, this.upstreamDown);
      return;
    }
    if (!this.upstreamStarted) {
      return this.startUpstream().then(
        () => this.sendUpstream(message, requestId),
        (err: Error) => this.failRequest(requestId, err.message),
      );
    }
    const upstream = this.upstream;
    if (upstream === undefined) throw new Error("session: the upstream has started but is not set");
    upstream.send(message).catch((err: Error) => this.failRequest(requestId, err.message));
  }

  private startUpstream(): Promise<void> {
    // A session closed while its first message waited must not start a server nobody will reap.
    if (this.state === "closed") return Promise.reject(new Error("the session is closed"));
    if (!this.upstreamReady) {
      let upstream: Upstream;
      try {
        upstream = this.o.createUpstream();
      } catch (err) {
        // A server that cannot be made (a variable its config needs is missing): its reason, to the client.
        // Anything else is a fault of ours, answered as internal_error by the caller.
        if (!(err instanceof ServerUnavailableError)) throw err;
        this.upstreamClosed(err.message);
        return Promise.reject(err);
      }
      this.upstream = upstream;
      upstream.onInbound = (event) => this.onUpstream(event);
      upstream.onClosed = (reason) => this.upstreamClosed(reason);
      this.upstreamReady = upstream.start().then(
        () => {
          this.upstreamStarted = true;
        },
        (err: Error) => {
          this.upstreamClosed(err.message);
          throw err;
        },
      );
    }
    return this.upstreamReady;
  }

  /** A request that could not be delivered is answered, not left hanging. */
  private failRequest(id: JsonRpcId | undefined, reason: string): void {
    if (id === undefined) return;
    const pending = this.toServer.get(id);
    if (!pending) return;
    this.toServer.delete(id);
    if (pending.own) {
      pending.own(undefined);
      this.settle();
      return;
    }
    const stderr = this.upstream?.stderrTail?.() ?? [];
    this.sendToClient(
      errorResponse(id, "upstream_unavailable", {
        detail: `server "${this.o.server}": ${reason}`,
        ...(stderr.length ? { stderr } : {}),
      }),
    );
    this.recordMessage(
      "to_client",
      pending.request,
      "error",
      "upstream_unavailable",
      [],
      now() - pending.receivedAt,
      0,
    );
    this.settle();
  }

  private upstreamClosed(reason: string): void {
    if (this.upstreamDown) return;
    this.upstreamDown = reason;
    this.o.onUpstreamFailure(reason, this.upstream?.stderrTail?.() ?? []);
    this.o.logger.warn({ reason }, "upstream ended");
    // Let queued client messages reach failRequest first, then end the session.
    void this.lanes.to_server.idle().then(() => {
      for (const id of [...this.toServer.keys()]) this.failRequest(id, reason);
      // Nothing else waits on this close: a failure to reap the server is logged here or nowhere.
      this.close(`server "${this.o.server}": ${reason}`, "upstream_closed").catch((err: unknown) =>
        this.o.logger.error({ err }, "closing the session after its upstream ended failed"),
      );
    });
  }

  // ---- output, audit, lifecycle -----------------------------------------------------------------------

  /** The guard's own messages to the client: in order with forwarded ones, sent even if the audit fails. */
  private sendToClient(message: object): void {
    const send = () => this.toClientWrites.push(`${JSON.stringify(message)}\n`);
    this.o.audit.afterDurable(send, send);
  }

  private writeToClient(text: string): void {
    if (!this.o.client.writable) return;
    const ok = this.o.client.write(text);
    if (!ok && this.upstream) {
      // The client reads slower than the server writes: stop reading the server until the client drains.
      this.upstream.pause();
      this.o.client.onDrain(() => this.upstream?.resume());
    }
  }

  private recordMessage(
    direction: Direction,
    message: Message,
    decision: AuditEvent["decision"],
    reason: string | null,
    trace: readonly TraceEntry[],
    latencyMs: number,
    bytes: number,
    request?: RequestMessage,
  ): AuditEvent {
    const method = message.kind === "response" ? (request?.method ?? null) : message.method;
    const params = message.kind === "response" ? request?.params : message.params;
    return this.record({
      direction,
      kind: message.kind === "response" && message.error ? "error" : message.kind,
      method,
      target: method ? targetOf(method, params) : null,
      rpcId: message.kind === "notification" ? null : message.id,
      decision,
      reason,
      trace,
      latencyMs,
      bytes,
    });
  }

  private record(e: RecordFields): AuditEvent {
    // Built field by field (no spreads): this runs twice per proxied call.
    const row: AuditEvent = {
      ts: Date.now(),
      session_id: this.o.id,
      server: this.o.server,
      direction: e.direction,
      kind: e.kind,
      method: this.scrub.method(e.method),
      target: this.scrub.target(e.target),
      rpc_id: this.scrub.id(e.rpcId),
      identity: this.identityLabel,
      decision: e.decision,
      reason: e.reason,
      trace: traceJson(e.trace),
      latency_ms: Math.round(e.latencyMs * 1000) / 1000,
      bytes: e.bytes,
    };
    this.o.audit.record(row);
    return row;
  }

  /** A message that never became a valid JSON-RPC message (or was too large to read). */
  private recordInvalid(
    direction: Direction,
    id: JsonRpcId | null,
    reason: ErrorReason,
    bytes: number,
  ): void {
    this.record({
      direction,
      kind: "invalid",
      method: null,
      target: null,
      rpcId: id,
      decision: "block",
      reason,
      trace: [],
      latencyMs: 0,
      bytes,
    });
  }

  private settle(): void {
    if (this.toServer.size === 0) this.drained?.();
  }

  /** Stops taking new requests and waits (up to the deadline) for the ones in flight. */
  async drain(timeoutMs: number): Promise<void> {
    if (this.state === "open") this.state = "draining";
    if (this.toServer.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.drained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** The client has no more to say: let in-flight requests finish, then close quietly. */
  async finish(timeoutMs: number): Promise<void> {
    for (const held of this.held.values()) held.stop();
    await this.lanes.to_server.idle();
    await this.drain(timeoutMs);
    await this.lanes.to_client.idle();
    await this.close("client finished", "client_closed", false);
  }

  /** Idempotent. Tells the bridge why (unless the client itself went away) and reaps the upstream. */
  close(message: string, reason: string, notifyClient = true): Promise<void> {
    if (this.state === "closed") return this.upstream?.close() ?? Promise.resolve();
    this.state = "closed";
    for (const held of this.held.values()) held.stop();
    this.o.audit.endTurn(); // what waits for this turn's audit write goes out before the socket ends
    this.toClientWrites.flush();
    this.o.client.end(notifyClient ? { reason, message } : undefined);
    this.o.onClosed();
    return this.upstream?.close() ?? Promise.resolve();
  }
}
