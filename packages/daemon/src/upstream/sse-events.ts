// Server-sent events (the HTML standard's text/event-stream) read from an HTTP upstream's answer, for the
// daemon's own client transports (sse-client.ts, streamable-http-client.ts). A line ends at CR, LF or CRLF;
// a blank line dispatches the event gathered so far (none when it has no `data` line); the fields are
// `event`, `data`, `id` (the last event id, kept across events, unless it holds a NUL) and `retry` (digits
// only, anything else ignored); a line starting with a colon is a comment, an unknown field is ignored. What
// an unfinished event holds when the body ends is discarded. Bodies arrive bounded, whole events at a time
// (bounded-body.ts). The reconnection time a server asks for is held between 100 ms and 60 s: past
// 2^31 - 1 ms Node's timer fires after 1 ms, so until round 42 a server asking for years had its stream
// reopened at once (attack-http-upstream-retry-huge.test.ts); http-transport.ts paces every GET besides.

export interface ServerSentEvent {
  /** `message` unless an `event` field named another type. */
  type: string;
  data: string;
}

/** The shortest and longest reconnection time a server's `retry:` field is taken for, in milliseconds. */
const SHORTEST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 60_000;

const CR = "\r";
const LF = "\n";

export class EventStreamParser {
  /** The id of the last event dispatched with one (the standard's last event ID, sent back on resumption). */
  lastEventId: string;
  /** The reconnection time the stream asked for (`retry:`), in milliseconds, held to 100 ms – 60 s. */
  retry: number | undefined;
  private readonly decoder = new TextDecoder(); // UTF-8; drops a byte-order mark at the start
  private pending = "";
  /** The last character read was a CR, so an LF first in the next chunk ends no line of its own. */
  private afterCR = false;
  private idBuffer: string;
  private type = "";
  private data: string[] = [];

  constructor(
    private readonly onEvent: (event: ServerSentEvent) => void,
    lastEventId = "",
  ) {
    this.lastEventId = lastEventId;
    this.idBuffer = lastEventId;
  }

  push(bytes: Uint8Array): void {
    this.read(this.decoder.decode(bytes, { stream: true }));
  }

  /** The body ended: an unfinished line and event are dropped. */
  end(): void {
    this.decoder.decode();
    this.pending = "";
    this.type = "";
    this.data = [];
  }

  private read(text: string): void {
    let start = this.afterCR && text.startsWith(LF) ? 1 : 0;
    this.afterCR = false;
    let cr = text.indexOf(CR, start);
    let lf = text.indexOf(LF, start);
    while (cr >= 0 || lf >= 0) {
      const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      this.line(this.pending + text.slice(start, end));
      this.pending = "";
      start = end + 1;
      if (end === cr) {
        if (start === text.length) this.afterCR = true;
        else if (text.startsWith(LF, start)) start++;
      }
      if (cr >= 0 && cr < start) cr = text.indexOf(CR, start);
      if (lf >= 0 && lf < start) lf = text.indexOf(LF, start);
    }
    this.pending += text.slice(start);
  }

  private line(line: string): void {
    if (line === "") return this.dispatch();
    const colon = line.indexOf(":");
    if (colon === 0) return; // a comment
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(line.startsWith(" ", colon + 1) ? colon + 2 : colon + 1);
    if (field === "data") this.data.push(value);
    else if (field === "event") this.type = value;
    else if (field === "id") {
      if (!value.includes("\0")) this.idBuffer = value;
    } else if (field === "retry" && /^[0-9]+$/.test(value))
      this.retry = Math.min(Math.max(Number(value), SHORTEST_RETRY_MS), LONGEST_RETRY_MS);
  }

  private dispatch(): void {
    this.lastEventId = this.idBuffer;
    const { type, data } = this;
    this.type = "";
    this.data = [];
    if (data.length > 0) this.onEvent({ type: type || "message", data: data.join(LF) });
  }
}

/** Reads `body` to its end through `parser`; rejects when the body breaks off (or is aborted). */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  parser: EventStreamParser,
): Promise<void> {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parser.end();
    parser.push(value);
  }
}
