// What a session sends, and when: a forwarded message leaves at the end of its turn, once the turn's audit
// rows are journaled; the guard's own messages to the client (errors, notices, progress) keep their place
// in that order and go out even when the audit fails.
import {
  errorResponse,
  type AuditEvent,
  type Direction,
  type JsonObject,
  type Message,
} from "@mcp-guard/core";
import type { AuditWriter, Waiting } from "../audit-writer.js";
import type { ClientEndpoint } from "../client-endpoint.js";
import type { Logger } from "../logger.js";
import type { Correlation } from "./correlation.js";
import type { PeerOutput } from "./peer-output.js";
import type { UpstreamLink } from "./upstream-link.js";

export interface OutboxRoute {
  client: ClientEndpoint;
  upstream: UpstreamLink;
  audit: AuditWriter;
  pending: Correlation;
  logger: Logger;
  /** Each peer's output: told each time the guard speaks to that peer on its own. */
  clientOutput: PeerOutput;
  upstreamOutput: PeerOutput;
  /** Runs after each message sent to the client (what the checks want the client to know follows it). */
  sentToClient: () => void;
}

export class Outbox {
  constructor(private readonly r: OutboxRoute) {}

  /**
   * Forwards `message` in `direction` once its audit row is durable. A message whose row could not be made
   * durable is not forwarded: a request is answered with an error, a response is replaced by one (its
   * requester is not left waiting), a notification is dropped.
   */
  forward(direction: Direction, message: Message, row: AuditEvent): void {
    this.r.audit.whenDurable(new Forwarding(this, direction, message, row));
  }

  /** The forwarding's row is journaled: the message leaves. */
  released(direction: Direction, message: Message): void {
    try {
      this.send(direction, message);
    } catch (err) {
      this.notForwarded(direction, message, "unexpected failure while forwarding", err);
    }
  }

  /** The forwarding's row could not be journaled: the message is refused, and its row says so. */
  refused(direction: Direction, message: Message, row: AuditEvent): void {
    this.r.audit.amend(row, "error", "audit_unavailable");
    this.notForwarded(direction, message, "the audit log cannot be written");
  }

  /** An error in place of `message`, to whoever waits on it: a request's sender, a response's requester. */
  answerSender(direction: Direction, message: Message, error: JsonObject): void {
    if (senderIsClient(direction, message)) this.fromGuard(error);
    else this.toServer(error);
  }

  /** The guard's own message to the client, in order with forwarded ones. */
  fromGuard(message: JsonObject): void {
    this.r.clientOutput.spoke();
    const send = () => this.r.client.send(message);
    this.r.audit.afterDurable(send, send);
  }

  /** The guard's own message to the server. */
  private toServer(message: JsonObject): void {
    this.r.upstreamOutput.spoke();
    void this.r.upstream.send(message);
  }

  private send(direction: Direction, message: Message): void {
    if (direction === "to_server") {
      void this.r.upstream.send(message.raw, message.kind === "request" ? message.id : undefined);
      return;
    }
    this.r.client.send(message.raw);
    this.r.sentToClient(); // after the message: nothing may precede an initialize result
  }

  private notForwarded(direction: Direction, message: Message, detail: string, err?: unknown): void {
    this.r.logger.error({ err, direction, kind: message.kind }, `message refused: ${detail}`);
    if (message.kind === "notification") return;
    if (message.kind === "request") {
      const pending = this.r.pending.sentTowards(direction);
      // Never sent: what passing it committed (a charge) is undone.
      pending.get(message.id)?.release?.();
      pending.delete(message.id);
    }
    const error = errorResponse(message.id, "internal_error", err ? {} : { detail });
    // Already at the end of the turn: an error for the client goes straight out.
    if (!senderIsClient(direction, message)) this.toServer(error);
    else {
      this.r.clientOutput.spoke();
      this.r.client.send(error);
    }
    if (message.kind === "request" && direction === "to_server") this.r.pending.settle();
  }
}

/** A message waiting for its row's journal write: one object per message, not two closures and a pair. */
class Forwarding implements Waiting {
  constructor(
    private readonly outbox: Outbox,
    private readonly direction: Direction,
    private readonly message: Message,
    private readonly row: AuditEvent,
  ) {}

  release(): void {
    this.outbox.released(this.direction, this.message);
  }

  refuse(): void {
    this.outbox.refused(this.direction, this.message, this.row);
  }
}

/** Who waits on an answer in place of `message`: the sender of a request, the requester of a response. */
function senderIsClient(direction: Direction, message: Message): boolean {
  return (direction === "to_server") === (message.kind === "request");
}
