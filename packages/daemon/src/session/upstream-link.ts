// The session's upstream endpoint, made and started on the first message that needs it (a session that
// never sends anything never starts a server), and the one place that knows whether it is down.
import type { JsonObject, JsonRpcId } from "@mcp-guard/core";
import { NotSent, TooManyConnections, type Upstream } from "../upstream/index.js";

/** Thrown by createUpstream when the server cannot be used in this session, with the reason for the client. */
export class ServerUnavailableError extends Error {}

export interface UpstreamLinkRoute {
  create(): Upstream;
  /** Sets the new upstream's callbacks. */
  attach(upstream: Upstream): void;
  /** A request (by id) could not be delivered, and may have reached the server before it failed: answer it. */
  undelivered(id: JsonRpcId | undefined, reason: string): void;
  /** A request (by id) that never left for the server (it is down, or could not be reached): answer it. */
  unsent(id: JsonRpcId | undefined, reason: string): void;
  /** A request (by id) found no connection free for it (connection-shares.ts): refuse it (it was not sent). */
  refused(id: JsonRpcId | undefined, reason: string): void;
  /** The upstream could not be made, could not start, or ended. Called once. */
  down(reason: string): void;
}

export class UpstreamLink {
  private upstream: Upstream | undefined;
  private ready: Promise<void> | undefined;
  private started = false;
  private downReason: string | undefined;
  private closed = false;
  /** Reading the upstream is stopped (see valve.ts); an upstream made later starts stopped too. */
  private paused = false;

  constructor(private readonly route: UpstreamLinkRoute) {}

  get pid(): number | undefined {
    return this.upstream?.pid;
  }

  stderrTail(): string[] {
    return this.upstream?.stderrTail?.() ?? [];
  }

  pause(): void {
    this.paused = true;
    this.upstream?.pause();
  }

  resume(): void {
    this.paused = false;
    this.upstream?.resume();
  }

  setProtocolVersion(version: string): void {
    this.upstream?.setProtocolVersion?.(version);
  }

  /**
   * Sends, starting the upstream first if needed. A message that cannot be delivered answers its request
   * (`requestId`): as unsent where it never left, as undelivered where it may have reached the server; an
   * unexpected failure to make the upstream throws (internal_error).
   */
  send(message: JsonObject, requestId?: JsonRpcId): void | Promise<void> {
    if (this.downReason !== undefined) return this.route.unsent(requestId, this.downReason);
    if (!this.started)
      return this.start().then(
        () => this.send(message, requestId),
        (err: Error) => this.route.unsent(requestId, err.message),
      );
    const upstream = this.upstream;
    if (upstream === undefined) throw new Error("session: the upstream has started but is not set");
    let sent: void | Promise<void>;
    try {
      sent = upstream.send(message);
    } catch (err) {
      // A stdio server no longer running: nothing was written.
      return this.route.unsent(requestId, (err as Error).message);
    }
    if (sent)
      sent.catch((err: Error) => {
        if (err instanceof TooManyConnections) this.route.refused(requestId, err.message);
        else if (err instanceof NotSent) this.route.unsent(requestId, err.message);
        else this.route.undelivered(requestId, err.message);
      });
  }

  /** Marks the upstream down; true the first time (the caller then ends the session). */
  markDown(reason: string): boolean {
    if (this.downReason !== undefined) return false;
    this.downReason = reason;
    return true;
  }

  /** Idempotent; resolves once the upstream (and its process group) is gone. */
  close(): Promise<void> {
    this.closed = true;
    return this.upstream?.close() ?? Promise.resolve();
  }

  private start(): Promise<void> {
    // A session closed while its first message waited must not start a server nobody will reap.
    if (this.closed) return Promise.reject(new Error("the session is closed"));
    if (!this.ready) {
      let upstream: Upstream;
      try {
        upstream = this.route.create();
      } catch (err) {
        // A server that cannot be made (a variable its config needs is missing): its reason, to the client.
        // Anything else is a fault of ours, answered as internal_error by the caller.
        if (!(err instanceof ServerUnavailableError)) throw err;
        this.route.down(err.message);
        return Promise.reject(err);
      }
      this.upstream = upstream;
      this.route.attach(upstream);
      this.ready = upstream.start().then(
        () => {
          this.started = true;
          if (this.paused) upstream.pause();
        },
        (err: Error) => {
          this.route.down(err.message);
          throw err;
        },
      );
    }
    return this.ready;
  }
}
