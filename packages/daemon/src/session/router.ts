// One client connection = one MCP session with its own upstream session: a router between two endpoints.
// Every message is received, classified, correlated with its request, run through the pipeline for its
// direction, audited, and routed (forwarded, answered in its place, held, or dropped). Requests are
// correlated in both directions, so a response is inspected with its request.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  classify,
  errorResponse,
  ID_IN_FLIGHT,
  identityLabel,
  runPipeline,
  takeNotices,
  type Direction,
  type EffectivePolicy,
  type ErrorReason,
  type Identity,
  type JsonObject,
  type JsonRpcId,
  type Message,
  type MessageContext,
  type PipelineResult,
  type RequestMessage,
  type TraceEntry,
} from "@mcp-guard/core";
import { AuditScrub } from "../audit-scrub.js";
import type { ClientEndpoint } from "../client-endpoint.js";
import { droppedNotice } from "../dropped-notice.js";
import { Lane } from "../lane.js";
import { listsFor, SessionListings } from "../listings.js";
import { AuditRows } from "./audit-rows.js";
import { BadInput } from "./bad-input.js";
import { Correlation, type Pending } from "./correlation.js";
import { Deadline } from "./deadline.js";
import type { EndpointEnd } from "./endpoint.js";
import { HeldCalls } from "./held-calls.js";
import { judgedAgain } from "./judged-again.js";
import {
  LIFECYCLE_DETAIL,
  lifecycleRefusal,
  notificationRefusal,
  type NotificationGround,
} from "./lifecycle.js";
import type { SessionOptions, SessionStatus } from "./options.js";
import { Outbox } from "./outbox.js";
import { OwnRequests } from "./own-requests.js";
import { passesReview, withheldWords } from "./server-words.js";
import { OpenElicitations, serverNotificationRefusal } from "./server-notifications.js";
import { PeerOutput } from "./peer-output.js";
import { refusedUnrun } from "./refused-unrun.js";
import { replayedAnswer } from "./replayed-answer.js";
import { declaresRoots, readingChanged, ROOTS_CHANGED } from "./roots-changed.js";
import { SessionEnd, type EndAnswer } from "./session-end.js";
import { UpstreamLink } from "./upstream-link.js";
import { Valve } from "./valve.js";

export { ServerUnavailableError } from "./upstream-link.js";
export type { SessionOptions, SessionStatus } from "./options.js";

const now = () => performance.now();

const opposite = (d: Direction): Direction => (d === "to_server" ? "to_client" : "to_server");

const wasModified = (step: TraceEntry): boolean => step.action === "modify";

const isObject = (v: unknown): boolean => typeof v === "object" && v !== null && !Array.isArray(v);

/** Messages that may queue behind a slow step in one direction before its sender is no longer read. */
const LANE_HIGH = 256;
/** The default of `daemon.max_requests_in_flight`. */
const MAX_REQUESTS_IN_FLIGHT = 512;
/** Cancelled requests whose late answer may still come, per direction, per request allowed in flight. */
const CANCELLED_PER_IN_FLIGHT = 4;

export class Session {
  state: "open" | "draining" | "closed" = "open";
  readonly startedAt = Date.now();
  private readonly client: ClientEndpoint;
  private readonly upstream: UpstreamLink;
  private readonly pending: Correlation;
  private readonly lanes: Record<Direction, Lane<EndAnswer>>;
  /** Every await in a lane is raced against it (session-end.ts). */
  private readonly end = new SessionEnd();
  private readonly rows: AuditRows;
  private readonly held = new HeldCalls();
  private readonly outbox: Outbox;
  private readonly badInput: BadInput;
  private readonly own: OwnRequests;
  private readonly identityLabel: string;
  /** Who the session speaks for; only its credential's expiry moves (renewCredential). */
  private whom: Identity;
  private policy: EffectivePolicy;
  /** Interceptors' per-session memory. */
  private readonly interceptorState = new Map<string, unknown>();
  /** What the content scan keeps between the events it reads again on a replay (replayed-answer.ts). */
  private readonly replayState = new Map<string, unknown>();
  /** The guard's own notices on their way through the chain (sendNotices): only these speak as the guard. */
  private readonly ownNotices = new WeakSet<Message>();
  /** Which of the server's lists this session has seen; missing ones are fetched before a call is judged. */
  private readonly listings: SessionListings;
  /** The client's initialize went to the server: another one is refused (lifecycle.ts). */
  private initializeSent = false;
  /** The server's answer to initialize reached the client: before it, no notification of the client's passes. */
  private initializeAnswered = false;
  /** The client completed initialization, so the guard may send its own requests to the server. */
  private initialized = false;
  /** The client's initialize declared roots: the server may hold some, and is told when a reload changes them. */
  private clientHasRoots = false;
  /** What the client's notifications are judged by (lifecycle.ts), made once for the session. */
  private readonly notificationGround: NotificationGround;
  /** The URL-mode elicitations the server opened: only their completion reaches the client. */
  private readonly elicitations = new OpenElicitations();
  /** The server has said something (its first word is its answer to initialize): it has started. */
  private heardFromServer = false;
  /** How the chain runs, the same for every message of the session (not an object made per message). */
  private readonly pipelineOptions: { readonly timeoutMs: number; readonly now: () => number };
  /** Reading each peer, stopped while the other reads slowly, this one's messages queue, or the guard's own
   * words to it wait unread (valve.ts). */
  private readonly clientInput: Valve;
  private readonly upstreamInput: Valve;
  /** What waits for each peer to read it (peer-output.ts). */
  private readonly clientOutput: PeerOutput;
  private readonly upstreamOutput: PeerOutput;
  private readonly maxInFlight: number;

  constructor(private readonly o: SessionOptions) {
    this.client = o.client;
    this.pipelineOptions = { timeoutMs: o.interceptorTimeoutMs, now };
    this.identityLabel = identityLabel(o.identity);
    this.whom = o.identity;
    const onError = (err: unknown) =>
      this.o.logger.error({ err }, "unexpected failure while handling a message");
    this.maxInFlight = o.maxRequestsInFlight ?? MAX_REQUESTS_IN_FLIGHT;
    this.notificationGround = this.groundOfNotifications();
    this.pending = new Correlation(CANCELLED_PER_IN_FLIGHT * this.maxInFlight);
    this.clientInput = new Valve(o.client);
    this.clientOutput = new PeerOutput(this.clientInput);
    this.lanes = {
      to_server: new Lane(onError, LANE_HIGH, (full) => this.clientInput.set("lane_full", full)),
      to_client: new Lane(onError, LANE_HIGH, (full) => this.upstreamInput.set("lane_full", full)),
    };
    this.policy = o.policy;
    this.rows = new AuditRows(
      o.id,
      o.server,
      this.identityLabel,
      o.auditScrub ?? new AuditScrub(undefined, randomBytes(32).toString("hex")),
      o.audit,
    );
    this.upstream = new UpstreamLink({
      create: o.createUpstream,
      attach: (upstream) => {
        upstream.onmessage = (message, bytes) => {
          this.heardFromServer = true;
          this.fromServer(message, bytes);
        };
        upstream.onerror = (problem) => this.badInput.fromServer(problem);
        upstream.onclose = (end) => this.upstreamDown(end.reason);
        // The server reads slower than the client writes: stop reading the client until it drains.
        upstream.onbackpressure = (backedUp) => {
          this.clientInput.set("peer_backed_up", backedUp);
          this.upstreamOutput.set(backedUp);
        };
        upstream.onunanswered = (ids, reason) => {
          for (const id of ids === "all" ? [...this.pending.toServer.keys()] : ids)
            this.undelivered(id, reason);
        };
      },
      undelivered: (id, reason) => this.undelivered(id, reason),
      unsent: (id, reason) => {
        this.notSent(id);
        this.undelivered(id, reason);
      },
      refused: (id, detail) => {
        if (id === undefined) return;
        this.notSent(id);
        this.unanswered(id, "too_many_in_flight", { detail });
      },
      down: (reason) => this.upstreamDown(reason),
    });
    this.upstreamInput = new Valve(this.upstream);
    this.upstreamOutput = new PeerOutput(this.upstreamInput);
    const own = new OwnRequests(this.pending, this.rows, this.upstream, o.serverAnswerTimeoutMs);
    this.own = own;
    this.listings = new SessionListings((method, params) => own.send(method, params));
    this.outbox = new Outbox({
      client: o.client,
      upstream: this.upstream,
      audit: o.audit,
      pending: this.pending,
      logger: o.logger,
      clientOutput: this.clientOutput,
      upstreamOutput: this.upstreamOutput,
      sentToClient: () => this.sendNotices(),
    });
    this.badInput = new BadInput(this.outbox, this.rows, this.pending, o.logger, o.maxMessageBytes, (stop) =>
      this.upstreamInput.set("flooding", stop),
    );
    const client = o.client;
    client.onmessage = (message, bytes) => this.fromClient(message, bytes);
    client.onerror = (problem) => this.badInput.fromClient(problem);
    client.onrefused = (refusal) => this.badInput.refusedByTransport(refusal);
    // A resuming HTTP client's stored answers leave under the policy in force now (replayed-answer.ts).
    client.onreplay = (stored, answers) =>
      replayedAnswer(stored, answers, {
        interceptors: this.o.interceptors("to_server"),
        context: (request) => this.contextFor("to_server", request),
        shownInterceptors: this.o.interceptors("to_client"),
        // A replayed stream's junctions are read among its replayed events, apart from the live stream's.
        shownContext: (message, request) => ({
          ...this.contextFor("to_client", message),
          request,
          state: this.replayState,
        }),
        options: this.pipelineOptions,
        auditing: this.o.audit.accepting,
        audited: (message, request, outcome, trace) =>
          this.rows.message(
            "to_client",
            message,
            outcome.action,
            outcome.action === "block" ? outcome.reason : null,
            trace,
            0,
            JSON.stringify(stored).length,
            request,
          ),
      });
    client.onclose = (end) => this.clientEnded(end);
    // The client reads slower than the server writes: stop reading the server until the client drains.
    client.onbackpressure = (backedUp) => {
      this.upstreamInput.set("peer_backed_up", backedUp);
      this.clientOutput.set(backedUp);
    };
  }

  /** Starts listening to the client. */
  start(): void {
    this.client.start().catch((err: unknown) => {
      this.o.logger.error({ err }, "the client endpoint failed to start");
      void this.close("the client endpoint failed", "client_closed", false);
    });
  }

  get id(): string {
    return this.o.id;
  }

  get server(): string {
    return this.o.server;
  }

  get identity(): Identity {
    return this.whom;
  }

  /**
   * The same identity proved again by a newer credential (an HTTP client that refreshed its OAuth token):
   * the session now lasts as long as the newer one. Anything else about the identity must be unchanged
   * (the caller ends the session when the roles change); an earlier expiry never shortens a later one.
   */
  renewCredential(fresh: Identity): boolean {
    const now = this.whom;
    if (fresh.method !== now.method || fresh.user !== now.user || fresh.uid !== now.uid) return false;
    if ([...fresh.roles].sort().join("\n") !== [...now.roles].sort().join("\n")) return false;
    if (now.expiresAt === undefined || fresh.expiresAt === undefined || fresh.expiresAt <= now.expiresAt)
      return false;
    this.whom = { ...now, expiresAt: fresh.expiresAt };
    return true;
  }

  /**
   * Its server was launched (a process: a remote server is not) and has said nothing yet, not even its
   * answer to initialize: it is still starting. Each launch of a server entry that loops back into the
   * daemon opens another session in this state (own-server.ts, MAX_STARTING_LAUNCHES).
   */
  get serverStarting(): boolean {
    return this.upstream.pid !== undefined && !this.heardFromServer;
  }

  /**
   * A reloaded config applies to the next message of an open session, and to the late half of an exchange
   * begun before it (a result, an answer: the checks judge it by the policy in force when it leaves). What the
   * server holds from before, the client's roots, it is told to ask for again when what it may read changed.
   */
  updatePolicy(policy: EffectivePolicy): void {
    const reading = readingChanged(this.policy, policy);
    this.policy = policy;
    if (reading) this.rootsChanged();
  }

  /** Tells the server the client's roots changed (roots-changed.ts), in order with the client's messages. */
  private rootsChanged(): void {
    if (this.state !== "open" || !this.initialized || !this.clientHasRoots) return;
    const notice = classify(ROOTS_CHANGED) as Message;
    const bytes = JSON.stringify(ROOTS_CHANGED).length;
    this.lanes.to_server.run(() => {
      // Fail closed as for any message: what cannot be audited is not sent.
      if (!this.o.audit.accepting) return;
      const row = this.rows.message("to_server", notice, "allow", null, [], 0, bytes);
      this.outbox.forward("to_server", notice, row);
    });
  }

  status(): SessionStatus {
    return {
      id: this.o.id,
      server: this.o.server,
      identity: this.identityLabel,
      started_at: new Date(this.startedAt).toISOString(),
      state: this.state,
      pending_requests: this.pending.toServer.size,
      client_pid: this.o.clientPid > 0 ? this.o.clientPid : null,
      upstream_pid: this.upstream.pid ?? null,
      client_io: this.client.kind,
    };
  }

  // ---- receive ----------------------------------------------------------------------------------------

  private fromClient(value: unknown, bytes: number): void {
    const receivedAt = now();
    if (bytes > this.o.maxMessageBytes) return this.badInput.oversized("to_server", value, bytes);
    const parsed = classify(value);
    if (parsed.kind === "invalid")
      return this.badInput.refuse(parsed.id, parsed.reason, bytes, { detail: parsed.detail });
    if (parsed.kind === "request" && this.state !== "open") {
      this.outbox.fromGuard(
        errorResponse(parsed.id, "upstream_unavailable", { detail: "the daemon is shutting down" }),
      );
      this.rows.message("to_server", parsed, "error", "upstream_unavailable", [], now() - receivedAt, bytes);
      return;
    }
    this.lanes.to_server.run(
      () => this.route("to_server", parsed, receivedAt, bytes),
      (answer) => this.notRouted("to_server", parsed, receivedAt, bytes, answer),
    );
  }

  private fromServer(value: unknown, bytes: number): void {
    const receivedAt = now();
    if (bytes > this.o.maxMessageBytes) return this.badInput.oversized("to_client", value, bytes);
    if (!isObject(value)) return this.badInput.noise("parse_error", null, undefined, bytes);
    const parsed = classify(value);
    if (parsed.kind === "invalid") return this.badInput.noise("invalid_request", parsed.id, parsed.detail);
    this.lanes.to_client.run(
      () => this.route("to_client", parsed, receivedAt, bytes),
      (answer) => this.notRouted("to_client", parsed, receivedAt, bytes, answer),
    );
  }

  // ---- correlate, inspect -----------------------------------------------------------------------------

  /**
   * Runs a message through inspection; if anything unexpected throws, a request is still answered
   * (internal_error, to whoever sent it) and nothing is forwarded: no request is ever left hanging.
   */
  private route(direction: Direction, message: Message, receivedAt: number, bytes: number) {
    if (!this.o.audit.accepting && message.kind !== "response") {
      // Fail closed: what cannot be audited is not forwarded, in either direction. Requests are answered;
      // notifications are dropped (logged). Responses to requests already in flight still pass.
      this.o.logger.warn({ direction, kind: message.kind }, "audit log unavailable; message refused");
      if (message.kind === "request")
        this.failed(direction, message, new Error("the audit log cannot be written"), true);
      return;
    }
    try {
      const result = this.inspect(direction, message, receivedAt, bytes);
      if (result instanceof Promise)
        return result.catch((err: unknown) => this.failed(direction, message, err, false));
    } catch (err) {
      this.failed(direction, message, err, false);
    }
  }

  /** An unexpected failure (or, `known`, a refusal with its reason): a request is answered internal_error. */
  private failed(direction: Direction, message: Message, err: unknown, known: boolean): void {
    if (!known)
      this.o.logger.error(
        { err, direction, kind: message.kind },
        "unexpected failure while handling a message; refused",
      );
    if (message.kind !== "request") return;
    this.pending.sentTowards(direction).delete(message.id);
    const detail = known ? { detail: (err as Error).message } : {};
    this.outbox.answerSender(direction, message, errorResponse(message.id, "internal_error", detail));
  }

  private inspect(direction: Direction, message: Message, receivedAt: number, bytes: number) {
    const answered =
      message.kind === "response" ? this.pending.sentTowards(opposite(direction)).get(message.id) : undefined;
    if (message.kind === "request" && this.inFlight(direction, message.id)) {
      // Two requests in flight with one id would make their responses ambiguous; so would a request and the
      // late answer to a cancelled one.
      const detail = this.pending.wasCancelled(direction, message.id)
        ? "a request with this id was cancelled and its answer may still come"
        : ID_IN_FLIGHT;
      this.outbox.answerSender(direction, message, errorResponse(message.id, "invalid_request", { detail }));
      this.rows.message(direction, message, "block", "invalid_request", [], 0, bytes);
      return;
    }
    if (message.kind === "request" && this.awaiting(direction) >= this.maxInFlight) {
      // Each request in flight is kept until answered: a peer that never waits for answers, before a
      // server that never gives them, would otherwise grow the daemon's memory without end.
      const data = {
        limit: this.maxInFlight,
        detail: `${this.maxInFlight} requests already await an answer`,
      };
      this.outbox.answerSender(direction, message, errorResponse(message.id, "too_many_in_flight", data));
      this.rows.message(direction, message, "block", "too_many_in_flight", [], 0, bytes);
      return;
    }
    // An unauthenticated session reaches no server: its refusal names the credential (the chain), not this.
    if (direction === "to_server" && message.kind === "notification" && this.o.auth.ok) {
      const refusal = notificationRefusal(message, this.notificationGround);
      if (refusal) {
        // Only audited: the specification has a receiver ignore such a notification, and a cancellation that
        // crossed its call's answer is an ordinary race, not worth a warning to the client.
        this.rows.message(direction, message, "block", refusal, [], 0, bytes);
        return;
      }
    }
    // The same for a server's notifications about this session's work (server-notifications.ts); the guard's
    // own notices are log messages, which name nothing.
    if (direction === "to_client" && message.kind === "notification") {
      const refusal = serverNotificationRefusal(message, this.pending, this.elicitations);
      if (refusal) {
        this.rows.message(direction, message, "block", refusal, [], 0, bytes);
        return;
      }
    }
    if (
      message.kind === "notification" &&
      message.method === "notifications/cancelled" &&
      !this.pending.canCancel(direction, message.params?.requestId)
    ) {
      // Each cancelled id stays taken until its late answer (correlation.ts); past the bound the request
      // stays in flight instead, and its answer, when it comes, is delivered as any other.
      this.rows.message(direction, message, "block", "too_many_in_flight", [], 0, bytes);
      this.outbox.fromGuard(droppedNotice(direction, message.method, "too_many_in_flight"));
      return;
    }
    if (message.kind === "response" && !answered) {
      // The id is the peer's choice and unscanned: it stays out of the log.
      const late = this.pending.answeredLate(opposite(direction), message.id);
      this.o.logger.warn(
        { server: this.o.server, direction },
        late ? "response to a cancelled request; dropped" : "response to no pending request",
      );
      this.rows.message(direction, message, "block", "invalid_request", [], 0, bytes);
      return;
    }
    // An unauthenticated session reaches no server: its refusal names the credential (the chain), not this.
    if (direction === "to_server" && message.kind === "request" && this.o.auth.ok) {
      const outOfOrder = lifecycleRefusal(message.method, this.initializeSent);
      if (outOfOrder) {
        const detail = LIFECYCLE_DETAIL[outOfOrder];
        this.outbox.answerSender(
          direction,
          message,
          errorResponse(message.id, "invalid_request", { detail }),
        );
        this.rows.message(direction, message, "block", outOfOrder, [], 0, bytes);
        return;
      }
    }
    if (
      direction === "to_server" &&
      message.kind === "request" &&
      !this.initialized &&
      this.o.auth.ok &&
      listsFor(message).length > 0
    ) {
      // The guard lists for a session only once it is initialized; before, the server's present
      // definitions are unknown (it may have changed while the daemon was stopped), so no call is judged.
      const detail =
        "send initialize and notifications/initialized first: the guard reads the server's lists before a call";
      this.outbox.answerSender(direction, message, errorResponse(message.id, "invalid_request", { detail }));
      this.rows.message(direction, message, "block", "invalid_request", [], 0, bytes);
      return;
    }
    if (direction === "to_server" && message.kind === "request" && this.initialized && this.o.auth.ok) {
      const missing = this.listings.missing(message);
      if (missing.length > 0)
        return this.end.whileOpen(
          this.listings.fetch(missing),
          (noAnswer) =>
            noAnswer
              ? this.notRouted(direction, message, receivedAt, bytes, noAnswer)
              : this.check(direction, message, answered, receivedAt, bytes),
          (answer) => this.notRouted(direction, message, receivedAt, bytes, answer),
        );
    }
    return this.check(direction, message, answered, receivedAt, bytes);
  }

  /**
   * A message the session ended before routing it (still queued, or its step waiting on something the end
   * cut), or could not judge (the server did not answer the listing it is judged by): a client's request is
   * answered with that reason; each is audited so, once.
   */
  private notRouted(
    direction: Direction,
    message: Message,
    receivedAt: number,
    bytes: number,
    { reason, data }: EndAnswer,
  ): void {
    if (direction === "to_server" && message.kind === "request")
      this.outbox.fromGuard(errorResponse(message.id, reason, data));
    this.rows.message(direction, message, "error", reason, [], now() - receivedAt, bytes);
  }

  /** The session's state as the client's notifications are judged by it (lifecycle.ts). */
  private groundOfNotifications(): NotificationGround {
    const isId = (v: unknown): v is JsonRpcId => typeof v === "string" || typeof v === "number";
    return {
      initializeSent: () => this.initializeSent,
      initializeAnswered: () => this.initializeAnswered,
      initializedSent: () => this.initialized,
      // The guard's own requests are not the client's to cancel: a listing cut short would leave a call unjudged.
      requestInFlight: (id) =>
        isId(id) &&
        (this.held.has(id) || (this.pending.toServer.has(id) && !this.pending.toServer.get(id)?.own)),
      // Linear in the server's requests in flight, which maxInFlight bounds; progress is the rare message.
      progressTokenLive: (token) => {
        if (!isId(token)) return false;
        for (const { request } of this.pending.toClient.values()) {
          const meta = request.params?._meta;
          if (isObject(meta) && (meta as { progressToken?: unknown }).progressToken === token) return true;
        }
        return false;
      },
    };
  }

  /** Requests sent in `direction` that await an answer (the client's held calls among them). */
  private awaiting(direction: Direction): number {
    return this.pending.sentTowards(direction).size + (direction === "to_server" ? this.held.size : 0);
  }

  private inFlight(direction: Direction, id: JsonRpcId): boolean {
    return this.pending.taken(direction, id) || (direction === "to_server" && this.held.has(id));
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
      this.contextFor(direction, message, answered),
      this.pipelineOptions,
    );
    if (result instanceof Promise)
      return this.end.whileOpen(
        result,
        (r) => this.decide(direction, message, r, answered, receivedAt, bytes),
        (answer) => this.notRouted(direction, message, receivedAt, bytes, answer),
      );
    return this.decide(direction, message, result, answered, receivedAt, bytes);
  }

  /**
   * What the checks see of a message: the session, its identity and the policy in force now. Only the
   * guard's own notices are marked, on a copy: a spread in the literal itself made an empty object and a
   * slower copy for every message.
   */
  private contextFor(direction: Direction, message: Message, answered?: Pending): MessageContext {
    const ctx: MessageContext = {
      direction,
      sessionId: this.o.id,
      server: this.o.server,
      launch: this.o.launch,
      identity: this.whom,
      auth: this.o.auth,
      policy: this.policy,
      state: this.interceptorState,
      message,
      request: answered?.request,
      handedCredentials: this.o.handedCredentials,
    };
    return this.ownNotices.has(message) ? { ...ctx, fromGuard: true } : ctx;
  }

  // ---- route by verdict -------------------------------------------------------------------------------

  private decide(
    direction: Direction,
    original: Message,
    result: PipelineResult,
    answered: Pending | undefined,
    receivedAt: number,
    bytes: number,
  ): void {
    const { verdict, trace } = result;
    const forward = result.message;
    const waited = answered ? now() - answered.receivedAt : now() - receivedAt;
    if (forward.kind === "response") this.pending.sentTowards(opposite(direction)).delete(forward.id);
    // The server refused the call before running it (unknown tool, arguments failing its schema): what passing
    // it committed (a charge, an approval) is taken back, as for a call never sent. Any other error may come
    // after the work was done (refused-unrun.ts) and keeps it, as a result does (isError too: the tool ran,
    // and may have spent), and as a call with no answer does.
    if (
      direction === "to_client" &&
      original.kind === "response" &&
      original.error &&
      refusedUnrun(original.error)
    )
      answered?.release?.();
    const request = answered?.request;
    if (answered?.own) {
      this.sendNotices();
      return this.own.answered(answered, answered.own, direction, original, result, bytes);
    }
    if (verdict.action === "hold" || verdict.action === "block") {
      this.rows.message(direction, original, "block", verdict.reason, trace, waited, bytes, request);
      // A held call is answered once its step settles; what cannot be held is answered like a block.
      if (verdict.action === "hold" && this.hold(direction, original, result, receivedAt, bytes)) return;
      if (original.kind === "notification") {
        // Notifications get no reply: the audit row is the record, and the client is told in a log message.
        this.outbox.fromGuard(droppedNotice(direction, original.method, verdict.reason));
        return;
      }
      // The blocked side gets the error in place of the message: a blocked request is answered to its
      // sender, a blocked response reaches the requester as an error.
      this.outbox.answerSender(direction, original, errorResponse(original.id, verdict.reason, verdict.data));
      if (original.kind === "response") this.pending.settle();
      return;
    }
    const modified = verdict.action === "modify" || trace.some(wasModified);
    const row = this.rows.message(
      direction,
      original,
      modified ? "modify" : "allow",
      null,
      trace,
      waited,
      bytes,
      request,
    );
    // The id as its sender wrote it, which the bound on cancelled ids was checked against (inspect): the
    // chain may have redacted it into another request's id, which would then be freed unchecked.
    if (original.kind === "notification" && original.method === "notifications/cancelled")
      this.cancelled(direction, original.params?.requestId);
    if (direction === "to_client") {
      if (forward.kind === "request") this.pending.toClient.set(forward.id, { request: forward, receivedAt });
      this.elicitations.forwarded(forward);
      if (forward.kind === "notification") this.listings.notified(forward.method);
      if (forward.kind === "response" && request) {
        this.listings.forwarded(request, forward);
        if (request.method === "initialize") {
          this.noteProtocolVersion(forward.raw);
          // An error leaves the session uninitialized: its client's notifications stay unforwarded.
          if (forward.error === undefined) this.initializeAnswered = true;
        }
      }
      this.outbox.forward(direction, forward, row);
      if (forward.kind === "response") this.pending.settle();
      return;
    }
    if (forward.kind === "request")
      this.pending.toServer.set(forward.id, { request: forward, receivedAt, release: result.release });
    if (forward.kind === "request" && forward.method === "initialize") {
      this.initializeSent = true;
      this.clientHasRoots = declaresRoots(forward.params);
      this.client.initializeForwarded?.();
    }
    if (forward.kind === "notification" && forward.method === "notifications/initialized")
      this.initialized = true;
    this.outbox.forward(direction, forward, row);
  }

  /** The sender gave up on its request; per MCP no response will come, so stop waiting for one. */
  private cancelled(direction: Direction, id: unknown): void {
    if (typeof id !== "string" && typeof id !== "number") return;
    if (direction === "to_server") this.held.stop(id);
    this.pending.cancel(direction, id);
    this.pending.settle();
  }

  /** What the checks want the client to know (e.g. a definition withheld, and how to approve it). */
  private sendNotices(): void {
    for (const data of takeNotices(this.interceptorState)) {
      const raw = {
        jsonrpc: "2.0",
        method: "notifications/message",
        params: { level: "warning", logger: "mcp-guard", data },
      };
      // It names what a server presented: it passes the chain (detection, the audit) like the server's own.
      const notice = classify(raw) as Message;
      this.ownNotices.add(notice);
      const bytes = JSON.stringify(raw).length;
      const receivedAt = now();
      this.lanes.to_client.run(
        () => this.route("to_client", notice, receivedAt, bytes),
        (answer) => this.notRouted("to_client", notice, receivedAt, bytes, answer),
      );
    }
  }

  /**
   * A client's request whose chain stopped at a hold: waited on outside the ordered lane, and once the held
   * step settles routed on the result of the rest of the chain (the steps before it are not run again).
   */
  private hold(
    direction: Direction,
    request: Message,
    result: PipelineResult,
    receivedAt: number,
    bytes: number,
  ): boolean {
    if (direction !== "to_server" || request.kind !== "request" || this.state !== "open") return false;
    const failed = (err: unknown) => {
      this.o.logger.error({ err }, "a held call could not be settled; refused");
      this.outbox.fromGuard(errorResponse(request.id, "internal_error", { detail: (err as Error).message }));
      if (this.o.audit.accepting)
        this.rows.message(
          direction,
          request,
          "error",
          "internal_error",
          result.trace,
          now() - receivedAt,
          bytes,
        );
    };
    return this.held.hold(
      request,
      receivedAt,
      result,
      {
        // A tick repeats the client's progressToken (as long as the client made it): while the client has not
        // read what waits for it, the tick is skipped, not queued; the next one after it drains says the same.
        progress: (notification) => {
          if (!this.clientOutput.backedUp) this.outbox.fromGuard(notification);
        },
        failed,
        settled: (resumed) => {
          // Every way below that does not forward the call takes back what settling it committed (a charge).
          const release = () => resumed.release?.();
          if (this.state === "closed") return release();
          // Decided, but not yet routed when the session ends: answered with the end, like a held call.
          const ended = ({ reason, data }: EndAnswer) => {
            release();
            this.endedWith(request, receivedAt, reason, data);
          };
          const failedHere = (err: unknown) => {
            release();
            failed(err);
          };
          this.lanes.to_server.run(() => {
            // Fail closed as for any message: what cannot be audited is not forwarded.
            if (!this.o.audit.accepting) return failedHere(new Error("the audit log cannot be written"));
            const route = (final: PipelineResult) => {
              try {
                this.decide(direction, request, final, undefined, receivedAt, bytes);
              } catch (err) {
                // Whether it reached the server cannot be told here: its charge stands.
                failed(err);
              }
            };
            const judge = () => {
              // Building the chain again can throw (a config reload gone wrong): the call is refused and answered.
              let final: ReturnType<typeof judgedAgain>;
              try {
                final = judgedAgain(
                  this.o.interceptors(direction),
                  this.contextFor(direction, request),
                  resumed,
                  this.pipelineOptions,
                );
              } catch (err) {
                return failedHere(err);
              }
              if (final instanceof Promise) return this.end.whileOpen(final, route, ended).catch(failedHere);
              route(final);
            };
            // The server said its list changed while the call waited: it is listed again first, so the call is
            // judged by what the server presents now, as any call is.
            const missing = this.listings.missing(request);
            if (missing.length > 0)
              return this.end
                .whileOpen(
                  this.listings.fetch(missing),
                  (noAnswer) => (noAnswer ? ended(noAnswer) : judge()),
                  ended,
                )
                .catch(failedHere);
            return judge();
          }, ended);
        },
      },
      () => this.contextFor(direction, request),
    );
  }

  private noteProtocolVersion(raw: JsonObject): void {
    const version = (raw.result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    if (typeof version === "string") this.upstream.setProtocolVersion(version);
  }

  // ---- the upstream's end -----------------------------------------------------------------------------

  /** A client's request that never reached the server: what passing it committed (a charge) is undone. */
  private notSent(id: JsonRpcId | undefined): void {
    if (id !== undefined) this.pending.toServer.get(id)?.release?.();
  }

  /** A request that could not be delivered is answered, not left hanging. */
  private undelivered(id: JsonRpcId | undefined, reason: string): void {
    if (id === undefined || !this.pending.toServer.has(id)) return;
    this.unanswered(id, "upstream_unavailable", this.unavailable(reason));
  }

  /**
   * What the client is told of a server that cannot take its request: why, and the server's last words, if
   * they pass the review of the server's own errors (server-words.ts).
   */
  private unavailable(reason: string): Record<string, unknown> {
    const stderr = this.upstream.stderrTail();
    const detail = `server "${this.o.server}": ${reason}`;
    const data = stderr.length ? { detail, stderr } : { detail };
    if (passesReview(this.policy.integrity, "upstream_unavailable", data)) return data;
    this.withheld(data);
    return { detail: `server "${this.o.server}": ${withheldWords(reason)}` };
  }

  /** The server's failure as the session_ended error and the bridge tell it (server-words.ts). */
  private endedBecause(reason: string): string {
    const detail = `server "${this.o.server}": ${reason}`;
    if (passesReview(this.policy.integrity, "session_ended", { detail })) return detail;
    this.withheld({ detail });
    return `server "${this.o.server}": ${withheldWords(reason)}`;
  }

  private withheld(data: Record<string, unknown>): void {
    this.o.logger.warn(data, "the server's words withheld from the client: they did not pass the review");
  }

  /**
   * A request to the server that will get no answer from it: the client's is answered with this error and
   * audited as ended (the log shows how each call ended, not only that it went out); the guard's own is
   * told there is no answer.
   */
  private unanswered(id: JsonRpcId, reason: ErrorReason, data: Record<string, unknown>): void {
    const pending = this.pending.toServer.get(id);
    if (!pending) return;
    this.pending.toServer.delete(id);
    if (pending.own) pending.own({ kind: "no_answer", reason, data });
    else this.endedWith(pending.request, pending.receivedAt, reason, data);
    this.pending.settle();
  }

  /** Answers the client's request with an error in the guard's name and audits it as that request's end. */
  private endedWith(
    request: RequestMessage,
    receivedAt: number,
    reason: ErrorReason,
    data: Record<string, unknown>,
  ): void {
    this.outbox.fromGuard(errorResponse(request.id, reason, data));
    this.rows.message("to_client", request, "error", reason, [], now() - receivedAt, 0);
  }

  /** The session ends before anyone decided on its held calls: each is answered, not left hanging. */
  private endHeld(why: string): void {
    for (const { request, receivedAt } of this.held.endAll())
      this.endedWith(request, receivedAt, "session_ended", { detail: `${why} before anyone decided` });
  }

  private upstreamDown(reason: string): void {
    if (!this.upstream.markDown(reason)) return;
    this.o.onUpstreamFailure(reason, this.upstream.stderrTail());
    this.o.logger.warn({ reason }, "upstream ended");
    // Nothing is left to wait for: what was sent to the server is answered now, the guard's own listing among
    // it (a call waiting in the lane for that listing would wait for ever, were the lane awaited first), and
    // so is what the session has not routed yet, which no server can take any more.
    for (const id of [...this.pending.toServer.keys()]) this.undelivered(id, reason);
    this.endLanes({ reason: "upstream_unavailable", data: this.unavailable(reason) });
    // Nothing else waits on this close: a failure to reap the server is logged here or nowhere.
    this.close(this.endedBecause(reason), "upstream_closed").catch((err: unknown) =>
      this.o.logger.error({ err }, "closing the session after its upstream ended failed"),
    );
  }

  // ---- lifecycle --------------------------------------------------------------------------------------

  /** End of input from the client answers what is in flight, then ends; a dropped client ends at once. */
  private clientEnded(end: EndpointEnd): void {
    if (end.finished) void this.finish(this.o.finishTimeoutMs);
    else void this.close(end.reason, "client_closed", false);
  }

  /**
   * Stops taking new requests and waits (up to the deadline) for the ones sent to the server. Calls held for
   * a person are answered at once (`why` says what ended them): no one can be counted on to decide within
   * the deadline, and a call approved now would reach a server about to be reaped.
   */
  async drain(timeoutMs: number, why: string): Promise<void> {
    if (this.state === "open") this.state = "draining";
    this.endHeld(why);
    await this.pending.drain(timeoutMs);
  }

  /**
   * The client has no more to say: let in-flight requests finish, then close quietly. The deadline runs from
   * now, across every wait: a lane held by a step that never settles (a listing the server never gives) only
   * uses it up, and close() then answers what still waits.
   */
  async finish(timeoutMs: number): Promise<void> {
    const deadline = new Deadline(timeoutMs);
    await deadline.wait(this.lanes.to_server.idle()); // the client's last requests reach the server first
    await this.drain(deadline.left, "the client closed its input");
    await deadline.wait(this.lanes.to_client.idle());
    await this.close("client finished", "client_closed", false);
  }

  /**
   * Nothing more is routed: what waits in a lane (queued, or at an await) is answered with `answer` now,
   * while its client can still read it, instead of judged later into a closed session, or never.
   */
  private endLanes(answer: EndAnswer): void {
    this.end.end(answer); // the steps under way first: their messages came before the queued ones
    this.lanes.to_server.end(answer);
    this.lanes.to_client.end(answer);
  }

  /**
   * Idempotent. Answers what is still in flight, held, or not yet routed with `session_ended` (the reason in
   * its detail), tells the bridge why (unless the client itself went away) and reaps the upstream.
   */
  close(message: string, reason: string, notifyClient = true): Promise<void> {
    if (this.state === "closed") return this.upstream.close();
    this.state = "closed";
    this.endHeld(message);
    for (const id of [...this.pending.toServer.keys()])
      this.unanswered(id, "session_ended", { detail: message });
    this.endLanes({ reason: "session_ended", data: { detail: message } });
    this.badInput.flush();
    this.o.audit.endTurn(); // what waits for this turn's audit write goes out before the client ends
    void this.client.close(notifyClient ? { reason, message } : undefined);
    this.o.onClosed();
    return this.upstream.close();
  }
}
