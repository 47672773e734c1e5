// Input that never became a message it may forward: from the client it is answered (with the id, when one
// can be read) and audited; from the server it is logged and audited, and when it was the answer to a
// request in flight (too large to read), that request is answered with the reason.
import { performance } from "node:perf_hooks";
import {
  classify,
  errorResponse,
  guessId,
  guessOversizedId,
  type Direction,
  type ErrorReason,
  type JsonRpcId,
} from "@mcp-guard/core";
import type { Logger } from "../logger.js";
import type { AuditRows } from "./audit-rows.js";
import type { Correlation } from "./correlation.js";
import type { InputProblem, TransportRefusal } from "./endpoint.js";
import { NoiseBudget } from "./noise-budget.js";
import type { Outbox } from "./outbox.js";

const NOT_JSON_RPC = "the server wrote a line that is not JSON-RPC";

export class BadInput {
  constructor(
    private readonly outbox: Outbox,
    private readonly rows: AuditRows,
    private readonly pending: Correlation,
    private readonly logger: Logger,
    private readonly maxMessageBytes: number,
    /** Stops reading the server while it floods its output with messages it cannot use (noise-budget.ts). */
    private readonly stopServer: (stop: boolean) => void,
  ) {}

  fromClient(problem: InputProblem): void {
    if (problem.kind === "oversized") {
      const data = { limit: this.maxMessageBytes, bytes: problem.bytes };
      return this.refuse(
        guessOversizedId(problem.head, problem.tail),
        "message_too_large",
        problem.bytes,
        data,
      );
    }
    const bytes = problem.text.length;
    if (problem.kind === "inexact")
      return this.refuse(guessId(problem.text), "inexact_number", bytes, {
        number: problem.number,
        detail: "a JSON parser reads it as another number; send it as a string",
      });
    this.refuse(guessId(problem.text), problem.reason ?? "parse_error", bytes, { detail: problem.detail });
  }

  /** Answers the client for a message that never became one it may send, and audits it. */
  refuse(id: JsonRpcId | null, reason: ErrorReason, bytes: number, data: Record<string, unknown>): void {
    this.outbox.fromGuard(errorResponse(id, reason, data));
    this.rows.invalid("to_server", id, reason, bytes);
  }

  /**
   * A request the client's transport refused and answered itself (an HTTP 400): only its row is written
   * here, as the bridge's refusal of the same input writes one.
   */
  refusedByTransport({ reason, bytes, message }: TransportRefusal): void {
    const parsed = message === undefined ? undefined : classify(message);
    if (parsed === undefined || parsed.kind === "invalid")
      return this.rows.invalid("to_server", null, reason, bytes);
    this.rows.message("to_server", parsed, "block", reason, [], 0, bytes);
  }

  fromServer(problem: InputProblem): void {
    if (problem.kind === "inexact") return; // only a client's reader looks for inexact numbers
    if (problem.kind === "invalid")
      return this.noise(
        problem.reason ?? "parse_error",
        guessId(problem.text),
        NOT_JSON_RPC,
        problem.text.length,
      );
    const awaited = problem.ids?.filter((id) => this.pending.toServer.has(id));
    if (!awaited?.length)
      return this.oversizedFromServer(guessOversizedId(problem.head, problem.tail), problem.bytes);
    for (const id of awaited) this.oversizedFromServer(id, problem.bytes);
  }

  /**
   * A message over the cap that an endpoint parsed whole (an HTTP body, an event of an HTTP upstream: the
   * line endpoints skip such a message unread): refused as the line endpoints refuse theirs.
   */
  oversized(direction: Direction, value: unknown, bytes: number): void {
    const raw = (typeof value === "object" && value !== null ? value : {}) as { id?: unknown };
    const id = typeof raw.id === "string" || typeof raw.id === "number" ? raw.id : null;
    if (direction === "to_client") return this.oversizedFromServer(id, bytes);
    this.refuse(id, "message_too_large", bytes, { limit: this.maxMessageBytes, bytes });
  }

  private oversizedFromServer(id: JsonRpcId | null, bytes: number): void {
    const pending = id === null ? undefined : this.pending.toServer.get(id);
    if (pending === undefined || id === null)
      return this.noise("upstream_message_too_large", id, "an oversized server message was skipped", bytes);
    // The answer to a request in flight was too large to read: the request is answered with that error.
    this.pending.toServer.delete(id);
    const reason = "upstream_message_too_large";
    if (pending.own) {
      // The guard's own request (a listing it asked for): no client waits on this id.
      pending.own(undefined);
      this.rows.invalid("to_client", id, reason, bytes);
      return this.pending.settle();
    }
    this.outbox.fromGuard(errorResponse(id, reason, { limit: this.maxMessageBytes, bytes }));
    const waited = performance.now() - pending.receivedAt;
    this.rows.message("to_client", pending.request, "block", reason, [], waited, bytes);
    this.pending.settle();
  }

  /**
   * A server message that cannot be forwarded and answers nothing we wait for: logged and audited, one by one
   * within the session's budget, beyond it counted and recorded once per interval (noise-budget.ts).
   */
  noise(reason: ErrorReason, id: JsonRpcId | null, detail = NOT_JSON_RPC, bytes = 0): void {
    if (!this.budget.take(reason, bytes)) return;
    // Server and session are the logger's bindings: each key once per line.
    this.logger.warn({ reason, detail }, "dropped a server message");
    this.rows.invalid("to_client", id, reason, bytes);
  }

  /** Records what the budget counted and has not recorded yet: the session is closing. */
  flush(): void {
    this.budget.flush();
  }

  private readonly budget = new NoiseBudget(
    ({ reason, messages, bytes }) => {
      this.logger.warn({ reason, messages, bytes }, "dropped more server messages, not logged one by one");
      this.rows.invalidMany("to_client", reason, messages, bytes);
    },
    (stop) => this.stopServer(stop),
  );
}
