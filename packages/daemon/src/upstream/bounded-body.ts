// An HTTP upstream's answer body with every message in it bounded before the client transport reads it. The
// transports read a JSON answer whole and an SSE event whole (the MCP SDK's did, with no limit): a server's
// single 150 MB event was held in the daemon's memory before the session could refuse it as over
// daemon.max_message_bytes. Here an SSE body is handed on one complete event at a time, and an event that
// grows past the bound is dropped as it arrives (its bytes are never kept) while the events after it still
// pass; a JSON body past the bound ends the answer. Either way the caller is told, with the message's first
// and last bytes (where its id is), so the request it answered is answered with upstream_message_too_large.
import { HEAD_BYTES, messageTail } from "@mcp-guard/core";

/** Room for what an event carries besides its message: `event:`, `id:` and `data:` field names. */
const FIELD_ROOM = 4096;

export interface OversizedAnswer {
  /** Its size, or for a JSON body the bytes read when it went past the bound. */
  bytes: number;
  /** Its first and last bytes as text (a JSON body's end is never read: its tail is empty). */
  head: string;
  tail: string;
}

const CR = 13;
const LF = 10;

export function boundedBody(
  stream: ReadableStream<Uint8Array>,
  kind: "events" | "whole",
  maxMessageBytes: number,
  oversized: (answer: OversizedAnswer) => void,
): ReadableStream<Uint8Array> {
  return kind === "events"
    ? boundedEvents(stream, maxMessageBytes + FIELD_ROOM, oversized)
    : boundedWhole(stream, maxMessageBytes, oversized);
}

/** A JSON body: passed on as it arrives, and ended with an error once past the bound. */
function boundedWhole(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  oversized: (answer: OversizedAnswer) => void,
): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  let bytes = 0;
  let head = "";
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        bytes += value.byteLength;
        if (head.length < HEAD_BYTES) head += Buffer.from(value.subarray(0, HEAD_BYTES)).toString("utf8");
        if (bytes <= limit) return controller.enqueue(value);
        oversized({ bytes, head: head.slice(0, HEAD_BYTES), tail: "" });
        await reader.cancel();
        controller.error(new Error(`the server's answer is over ${limit} bytes`));
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

/**
 * An SSE body, one whole event per chunk handed on. An event ends at a blank line: two line ends in a row,
 * where a line ends at CR, LF or CRLF (the SSE grammar).
 */
function boundedEvents(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  oversized: (answer: OversizedAnswer) => void,
): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  const splitter = new EventSplitter(limit, oversized);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // Read until at least one whole event can be handed on (or the body ends).
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            const rest = splitter.end();
            if (rest) controller.enqueue(rest);
            return controller.close();
          }
          const events = splitter.push(value);
          if (events) return controller.enqueue(events);
        }
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

class EventSplitter {
  /** The current event's bytes so far (none kept while it is being dropped). */
  private parts: Uint8Array[] = [];
  private size = 0;
  private dropping = false;
  private head = "";
  /** While dropping: the event's last bytes so far. */
  private tail: Uint8Array = new Uint8Array(0);
  /** The last byte seen ended a line (a blank line after it ends the event). */
  private lineEnded = false;
  /** The last byte seen was CR (an LF right after it belongs to the same line end). */
  private afterCR = false;

  constructor(
    private readonly limit: number,
    private readonly oversized: (answer: OversizedAnswer) => void,
  ) {}

  /** The whole events this chunk completes, as one chunk, or undefined. */
  push(chunk: Uint8Array): Uint8Array | undefined {
    const complete: Uint8Array[] = [];
    const ends = new LineEnds(chunk);
    let start = 0;
    for (let at = 0; ;) {
      const end = ends.next(at);
      if (end > at) {
        this.lineEnded = false;
        this.afterCR = false;
      }
      if (end === chunk.length) break;
      const byte = chunk[end];
      at = end + 1;
      if (byte === LF && this.afterCR) {
        this.afterCR = false;
        continue;
      }
      this.afterCR = byte === CR;
      if (!this.lineEnded) {
        this.lineEnded = true;
        continue;
      }
      // A blank line: the event ends with this byte (and an LF after a CR here still belongs to it, which
      // the next event's reader skips as an empty line).
      this.take(chunk.subarray(start, at));
      if (!this.dropping) complete.push(...this.parts);
      this.finish();
      start = at;
    }
    this.take(chunk.subarray(start));
    return complete.length ? Buffer.concat(complete) : undefined;
  }

  /** What is left when the body ends: an unfinished event, which the event parser discards. */
  end(): Uint8Array | undefined {
    const rest = this.parts.length ? Buffer.concat(this.parts) : undefined;
    this.finish();
    return rest;
  }

  private take(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.dropping) {
      this.tail = messageTail(this.tail, bytes);
      return;
    }
    this.parts.push(bytes);
    if (this.size <= this.limit) return;
    // Past the bound: its first and last bytes are kept to find its id in; the rest is dropped from now on.
    const kept = Buffer.concat(this.parts);
    this.head = kept.subarray(0, HEAD_BYTES).toString("utf8");
    this.tail = messageTail(new Uint8Array(0), kept);
    this.parts = [];
    this.dropping = true;
  }

  /** The event is over: reported if it was dropped (its id is in its last bytes, now read). */
  private finish(): void {
    if (this.dropping)
      this.oversized({
        bytes: this.size,
        head: this.head,
        tail: Buffer.from(this.tail).toString("utf8"),
      });
    this.parts = [];
    this.size = 0;
    this.dropping = false;
    this.head = "";
    this.tail = new Uint8Array(0);
  }
}

/** The CR and LF positions of a chunk, each searched for once per occurrence (one pass over the chunk). */
class LineEnds {
  private cr = -1;
  private lf = -1;

  constructor(private readonly chunk: Uint8Array) {}

  /** The first CR or LF at or after `from`, or the chunk's length. */
  next(from: number): number {
    if (this.cr < from) this.cr = found(this.chunk.indexOf(CR, from), this.chunk.length);
    if (this.lf < from) this.lf = found(this.chunk.indexOf(LF, from), this.chunk.length);
    return Math.min(this.cr, this.lf);
  }
}

const found = (index: number, none: number) => (index < 0 ? none : index);
