// The one seam of a session, shaped like the MCP SDK's Transport: something that receives and sends parsed
// JSON-RPC messages. The client side (the bridge's socket, passed descriptors, the HTTP front door, memory)
// and every upstream kind are endpoints; the router between two of them never sees bytes or sockets.
import { inexactNumber, LineSplitter, type JsonObject, type LineEvent } from "@mcp-guard/core";
import { nestedTooDeep, TOO_DEEP_DETAIL } from "./nesting.js";

/**
 * Input that never became a message: not JSON, or larger than the cap (skipped up to its end). An
 * oversized message's `ids` are the requests it may have answered, when the endpoint knows them (an HTTP
 * upstream's POST); otherwise its id is looked for in its first and last bytes.
 */
export type InputProblem =
  /**
   * `reason`: invalid_request for JSON that is not a JSON-RPC message (an HTTP upstream's SDK transport
   * refuses it before the session sees it) or is nested too deep (nesting.ts); parse_error otherwise.
   */
  | { kind: "invalid"; text: string; detail: string; reason?: "invalid_request" }
  /** JSON whose number the guard's parser would change (exact-numbers.ts): refused, never forwarded changed. */
  | { kind: "inexact"; text: string; number: string }
  | {
      kind: "oversized";
      bytes: number;
      head: string;
      tail: string;
      ids?: readonly (string | number)[] | undefined;
    };

/**
 * A request the client's transport refused and answered itself (an HTTP 400, say) before the session saw
 * any message of it: the session only audits it. `reason` says why; `message` is the one JSON-RPC message
 * the request held, when it held one (its row then names the method and target as any row does, scrubbed),
 * never the body itself.
 */
export interface TransportRefusal {
  reason: string;
  /** The body's size, when it was read (0 otherwise). */
  bytes: number;
  message?: JsonObject | undefined;
}

export interface EndpointEnd {
  reason: string;
  /** The peer said it has no more to say (end of input): answer what is in flight, then close. */
  finished: boolean;
}

/** Why the session ends, for a bridge to print on its stderr. */
export interface CloseNotice {
  reason: string;
  message: string;
}

export interface Endpoint {
  /** What is behind it, for `status`. */
  readonly kind: string;
  /** Starts receiving; rejects with a readable reason when the peer cannot be reached. */
  start(): Promise<void>;
  /**
   * Sends one message. Returns nothing when the message was taken at once; a promise when delivery is
   * asynchronous and may still fail; throws when the peer cannot take it now.
   */
  send(message: JsonObject): void | Promise<void>;
  /** Idempotent; resolves once the peer is gone (a child process reaped). */
  close(notice?: CloseNotice): Promise<void>;
  /** Stops delivering received messages until resume() (back-pressure from the other side). */
  pause(): void;
  resume(): void;
  setProtocolVersion?(version: string): void;

  /** A message as parsed (classification is the router's), with its size for the audit. */
  onmessage: (message: unknown, bytes: number) => void;
  onerror: (problem: InputProblem) => void;
  /** Called once when the peer ends, never for close(). */
  onclose: (end: EndpointEnd) => void;
  /** True when the peer reads slower than we send, false once it has caught up. */
  onbackpressure: (backedUp: boolean) => void;
}

/** The first character of a line that is not JSON's white space. */
const FIRST_CHARACTER = /[^ \t\r\n]/;
/** The characters a JSON text may start with (after white space). */
const JSON_STARTS = new Set([...'{["-0123456789tfn']);

/** Newline-delimited JSON in, parsed messages (or problems) out to an endpoint's callbacks. */
export class LineReader {
  private readonly splitter: LineSplitter;

  /** `exactNumbers`: a client's reader refuses a message whose numbers JSON.parse would change. */
  constructor(
    maxMessageBytes: number,
    private readonly endpoint: Pick<Endpoint, "onmessage" | "onerror">,
    private readonly exactNumbers = false,
  ) {
    this.splitter = new LineSplitter(maxMessageBytes);
  }

  push(chunk: Buffer): void {
    this.read(this.splitter.push(chunk));
  }

  /** The end of input: a last message without its newline is read as if it had one. */
  end(): void {
    this.read(this.splitter.end());
  }

  private read(events: LineEvent[]): void {
    for (const event of events) {
      if (event.kind === "oversized") {
        this.endpoint.onerror(event);
        continue;
      }
      const start = FIRST_CHARACTER.exec(event.text)?.[0];
      if (start !== undefined && !JSON_STARTS.has(start)) {
        // Not JSON at its first character: said without JSON.parse, whose SyntaxError costs ~20 µs to throw
        // (a server printing progress dots to its stdout wrote tens of thousands of such lines a second).
        this.endpoint.onerror({
          kind: "invalid",
          text: event.text,
          detail: `not JSON: it starts with ${JSON.stringify(start)}`,
        });
        continue;
      }
      // Refused before it is built, as an HTTP upstream's is (nesting.ts): nothing recurses into it.
      if (nestedTooDeep(event.text)) {
        this.endpoint.onerror({
          kind: "invalid",
          text: event.text,
          detail: TOO_DEEP_DETAIL,
          reason: "invalid_request",
        });
        continue;
      }
      let message: unknown;
      try {
        message = JSON.parse(event.text);
      } catch (err) {
        this.endpoint.onerror({ kind: "invalid", text: event.text, detail: (err as Error).message });
        continue;
      }
      const inexact = this.exactNumbers ? inexactNumber(event.text) : undefined;
      if (inexact !== undefined) {
        this.endpoint.onerror({ kind: "inexact", text: event.text, number: inexact });
        continue;
      }
      this.endpoint.onmessage(message, event.bytes);
    }
  }
}

export const ignore = (): void => {};
