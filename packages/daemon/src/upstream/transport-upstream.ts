// An upstream over a client transport of the MCP SDK's shape: the daemon's own SSE and Streamable HTTP ones in
// production (http-transport.ts), the SDK's in-memory pair in tests. The transport parses and checks the
// JSON-RPC envelope itself; the session still classifies every message it receives before forwarding.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { JsonObject } from "@mcp-guard/core";
import { ignore, type Endpoint, type InputProblem } from "../session/endpoint.js";
import { TooManyConnections } from "./connection-shares.js";
import { AnswerLost, NestedTooDeep, NotJsonRpc } from "./http-client-common.js";
import { TOO_DEEP_DETAIL } from "../session/nesting.js";
import { FlowGate } from "./flow-gate.js";
import { PostsInFlight } from "./posts-in-flight.js";
import { scrubServerText } from "./stderr-scrub.js";
import type { AnswerReports, HttpConnection } from "./http-transport.js";
import { NotSent, type Upstream } from "./upstream.js";

/** How long an answer that broke off waits for what arrived before the break to be read. */
const BROKEN_ANSWER_GRACE_MS = 100;
/** How long later messages wait for the server's standalone stream before going out regardless. */
const STANDALONE_STREAM_WAIT_MS = 5_000;
/** Notifications and responses on their way to the server at once, per session (posts-in-flight.ts). */
const POSTS_IN_FLIGHT = 64;

export class TransportUpstream implements Upstream {
  readonly kind = "transport";
  onmessage: Endpoint["onmessage"] = ignore;
  onerror: Endpoint["onerror"] = ignore;
  onclose: Endpoint["onclose"] = ignore;
  onbackpressure: Endpoint["onbackpressure"] = ignore;
  onunanswered: Upstream["onunanswered"];
  readonly pid = undefined;
  private closing = false;
  private closePromise: Promise<void> | undefined;
  private lastError: string | undefined;
  /** Set between `notifications/initialized` and the standalone stream's answer: later sends wait on it. */
  private gate: Promise<void> | undefined;
  private transport!: Transport;
  private standaloneStream: Promise<void> | undefined;
  /** Closed while the session has stopped reading this server (see flow-gate.ts). */
  private readonly flow = new FlowGate();
  private readonly posts = new PostsInFlight(POSTS_IN_FLIGHT, (full) => this.onbackpressure(full));

  /**
   * `connect` is a transport, or makes one when the session starts (reading its answers through `flow`; an
   * in-memory transport in tests has no answers to hold back).
   */
  constructor(
    private readonly connect:
      Transport | ((gate: FlowGate, reports: AnswerReports) => Promise<HttpConnection>),
    private readonly label = "the server",
    /** The credentials the guard handed this server, withheld from its error texts (known-values.ts). */
    private readonly known: readonly string[] = [],
  ) {}

  private attach({ transport, standaloneStream }: HttpConnection): void {
    this.transport = transport;
    this.standaloneStream = standaloneStream;
    // The transport parsed the message already; its size is measured as it would travel (in bytes, as the
    // line endpoints count it: the session refuses one over daemon.max_message_bytes).
    transport.onmessage = (message) => {
      let bytes: number;
      try {
        bytes = Buffer.byteLength(JSON.stringify(message));
      } catch {
        // Too deep to serialise (the transports refuse deeper than session/nesting.ts allows first): refused as malformed,
        // and never a throw, which would end the reading of the stream that carried it.
        return this.onerror(TOO_DEEP);
      }
      this.onmessage(message, bytes);
    };
    transport.onerror = (err) => {
      const malformed = malformedMessage(err);
      if (malformed) return this.onerror(malformed);
      if (err instanceof AnswerLost)
        return this.brokeOff(err.ids, `no answer can come from ${this.label}: ${err.message}`);
      this.lastError = scrubServerText(err.message, this.known);
    };
    transport.onclose = () => {
      if (!this.closing)
        this.onclose({
          reason: `the connection to ${this.label} closed${this.lastError ? `: ${this.lastError}` : ""}`,
          finished: false,
        });
    };
  }

  async start(): Promise<void> {
    try {
      this.attach(
        typeof this.connect === "function"
          ? await this.connect(this.flow, {
              unanswerable: (ids) => this.brokeOff(ids),
              // Dropped unread: the session answers the requests it still awaits among `ids` (or the one
              // whose id the message's first bytes name) as a stdio server's oversized line.
              oversized: ({ bytes, head, tail }, ids) =>
                this.onerror({ kind: "oversized", bytes, head, tail, ids }),
              unread: () => this.onerror({ ...NOT_JSON_RPC, detail: "a body answering a notification" }),
            })
          : { transport: this.connect },
      );
      await this.transport.start();
    } catch (err) {
      throw new Error(
        `cannot connect to ${this.label}: ${scrubServerText((err as Error).message, this.known)}`,
      );
    }
  }

  /**
   * Answers broke off with their connection (the server went away mid-call): the SDK's transports only report
   * it through onerror, and the legacy one reconnects for ever, so the requests would never be answered. A
   * moment later (what arrived before the break is read first) the session answers those it still awaits
   * upstream_unavailable (as the SDK's own client rejects them); it knows which are in flight. So are those
   * whose exchange ended cleanly without their answer, or whose stream could not be resumed (AnswerLost).
   */
  private brokeOff(
    ids: readonly (string | number)[] | "all",
    reason = `the connection to ${this.label} broke before it answered`,
  ): void {
    setTimeout(() => {
      if (!this.closing) this.onunanswered?.(ids, reason);
    }, BROKEN_ANSWER_GRACE_MS).unref();
  }

  send(message: JsonObject): Promise<void> {
    // Async, so a refused envelope is a rejected send like any other failure, never a throw at the caller.
    // A failure's text may hold the body of the server's HTTP error status ("Error POSTing to endpoint: …"),
    // which the client is told in upstream_unavailable: redacted as a stdio server's stderr is.
    const post = async () =>
      this.transport.send(jsonRpcEnvelope(message)).catch((err: unknown) => {
        if (err instanceof TooManyConnections) throw err; // the guard's own words, answered as such
        const text = scrubServerText(err instanceof Error ? err.message : String(err), this.known);
        const said = `${statusOf(err)}${text}`;
        throw err instanceof NotSent ? new NotSent(said) : new Error(said);
      });
    const out = () => this.posts.run(post, "method" in message && "id" in message);
    const sent = this.gate ? this.gate.then(out) : out();
    if (this.standaloneStream && message.method === "notifications/initialized" && !("id" in message)) {
      // A failed send is reported to its caller; the messages behind it go out as they would have.
      const gate = sent
        .catch(() => {})
        .then(() => {
          const stream = this.standaloneStream;
          return stream && withDeadline(stream, STANDALONE_STREAM_WAIT_MS);
        });
      this.gate = gate;
      void gate.then(() => {
        if (this.gate === gate) this.gate = undefined;
      });
    }
    return sent;
  }

  setProtocolVersion(version: string): void {
    this.transport.setProtocolVersion?.(version);
  }

  pause(): void {
    this.flow.close();
  }

  resume(): void {
    this.flow.open();
  }

  close(): Promise<void> {
    this.closing = true;
    this.closePromise ??= (this.transport?.close() ?? Promise.resolve()).catch(() => {});
    return this.closePromise;
  }
}

const NOT_JSON = { kind: "invalid", text: "", detail: "not JSON" } as const;
const TOO_DEEP = {
  kind: "invalid",
  text: "",
  detail: TOO_DEEP_DETAIL,
  reason: "invalid_request",
} as const;
const NOT_JSON_RPC = {
  kind: "invalid",
  text: "",
  detail: "not JSON-RPC",
  reason: "invalid_request",
} as const;

/**
 * A message the transport dropped (an SSE event, a JSON answer): not JSON (JSON.parse's SyntaxError), nested
 * too deep (NestedTooDeep), or not a JSON-RPC message (NotJsonRpc). The transport only calls onerror with
 * it: told to the session as a stdio server's malformed line is, it is audited (without its text, which the
 * transport does not keep) rather than kept as the connection's last error.
 */
function malformedMessage(err: unknown): InputProblem | undefined {
  if (err instanceof SyntaxError) return NOT_JSON;
  if (err instanceof NestedTooDeep) return TOO_DEEP;
  if (err instanceof NotJsonRpc) return NOT_JSON_RPC;
  return undefined;
}

/**
 * The transports take the SDK's JSONRPCMessage type. The session sends only messages it has classified (or
 * made), so the envelope is checked here rather than trusted: a request, a notification, a result or an
 * error. Anything else is a bug, and its send fails rather than reaching the server malformed.
 */
function jsonRpcEnvelope(message: JsonObject): JSONRPCMessage {
  if (isJsonRpcMessage(message)) return message;
  throw new Error("refusing to send a message that is not JSON-RPC 2.0");
}

function isJsonRpcMessage(m: JsonObject): m is JSONRPCMessage {
  if (m.jsonrpc !== "2.0") return false;
  const id = m.id;
  const idOk = typeof id === "string" || typeof id === "number";
  if (typeof m.method === "string") return id === undefined || idOk;
  if (isObject(m.result)) return idOk;
  const error = m.error;
  return isObject(error) && typeof error.code === "number" && typeof error.message === "string";
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The HTTP status a transport's error carries (HttpStatusError's `code`), as the guard says it: what the
 * client is told of the failure when the server's words in it are withheld (session/server-words.ts).
 */
function statusOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "number" && code >= 100 && code <= 599 ? `the server answered HTTP ${code}: ` : "";
}

function withDeadline(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
