// Splits a newline-delimited byte stream into messages with a hard cap per message. An oversized message
// is skipped up to its newline (the stream stays in sync) and reported, never silently dropped.
export type LineEvent =
  /** `bytes`: the line's size in UTF-8, as read (the audit records it without measuring again). */
  | { kind: "line"; text: string; bytes: number }
  /** `head` and `tail`: its first and last bytes, where a message's id may be read (guessOversizedId). */
  | { kind: "oversized"; bytes: number; head: string; tail: string };

/** How much of an oversized message's beginning is kept: where its id usually is. */
export const HEAD_BYTES = 4096;
/** Enough for `"id": <id>}` at a message's end: the MCP SDK writes the id as the last key. */
export const TAIL_BYTES = 512;

const NEWLINE = Buffer.from("\n");

export class LineSplitter {
  private chunks: Buffer[] = [];
  private length = 0;
  private discarding: { bytes: number; head: Buffer; tail: Buffer } | undefined;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer): LineEvent[] {
    const events: LineEvent[] = [];
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(10, start);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (this.discarding) {
        this.discarding.bytes += piece.length;
        // Keep the first bytes (where the id usually is) so the error can name the request.
        const room = HEAD_BYTES - this.discarding.head.length;
        if (room > 0) this.discarding.head = Buffer.concat([this.discarding.head, piece.subarray(0, room)]);
        this.discarding.tail = messageTail(this.discarding.tail, piece);
      } else if (this.length + piece.length > this.maxBytes) {
        const head = Buffer.concat([...this.chunks, piece.subarray(0, HEAD_BYTES)]).subarray(0, HEAD_BYTES);
        const tail = messageTail(Buffer.concat(this.chunks), piece);
        this.discarding = { bytes: this.length + piece.length, head: Buffer.from(head), tail };
        this.chunks = [];
        this.length = 0;
      } else if (piece.length > 0) {
        // Copy: the caller may reuse its buffer, and a subarray would pin the whole chunk.
        this.chunks.push(nl < 0 ? Buffer.from(piece) : piece);
        this.length += piece.length;
      }
      if (nl < 0) break;
      start = nl + 1;
      if (this.discarding) {
        events.push({
          kind: "oversized",
          bytes: this.discarding.bytes,
          head: this.discarding.head.toString("utf8"),
          tail: this.discarding.tail.toString("utf8"),
        });
        this.discarding = undefined;
      } else if (this.length > 0) {
        const only = this.chunks[0];
        const line =
          this.chunks.length === 1 && only !== undefined ? only : Buffer.concat(this.chunks, this.length);
        this.chunks = [];
        this.length = 0;
        const text = line.toString("utf8");
        if (text.trim().length > 0) events.push({ kind: "line", text, bytes: line.length });
      }
    }
    return events;
  }

  /**
   * The end of the stream: a last message written without its newline (`printf '%s' "$request" | …`), or an
   * oversized one cut off by the end, is the message it would be with one, never forgotten.
   */
  end(): LineEvent[] {
    return this.length > 0 || this.discarding ? this.push(NEWLINE) : [];
  }

  /** Bytes held for an unfinished message. */
  get buffered(): number {
    return this.length;
  }
}

/**
 * The last TAIL_BYTES of an oversized message read so far (`kept`) followed by its next `piece`, copied (a
 * subarray would pin the caller's chunk).
 */
export function messageTail(kept: Uint8Array, piece: Uint8Array): Buffer {
  if (piece.length >= TAIL_BYTES) return Buffer.from(piece.subarray(piece.length - TAIL_BYTES));
  return Buffer.from(Buffer.concat([kept, piece]).subarray(-TAIL_BYTES));
}
