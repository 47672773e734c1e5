// Resumption for HTTP sessions (Last-Event-ID): what was sent on each SSE stream of one session, kept so a
// client that lost its connection can ask for what came after the last event it saw. Bounded three ways, so
// a client that stays away, or a server that talks a lot, cannot make the daemon grow: per stream and per
// session by count and by bytes (oldest out first), and by age. A client whose last event is gone can no
// longer resume that stream (the transport answers 400) rather than resume with a silent gap.
// Synchronous: the transport stores an event and writes it in one step, so no resumption can slip in between.
// Each event of a request's stream keeps what it answers (the request, as far as the checks read it:
// replayed-answer.ts), so a replay is judged by the policy in force when it leaves, not when it was stored.
import type { JsonObject } from "@mcp-guard/core";

export interface EventStoreLimits {
  /** All streams of the session together. */
  sessionEvents: number;
  sessionBytes: number;
  /** One stream (a POST's answer stream, or the GET stream). */
  streamEvents: number;
  streamBytes: number;
  /** Events older than this are dropped. */
  maxAgeMs: number;
}

export const DEFAULT_EVENT_STORE_LIMITS: EventStoreLimits = {
  sessionEvents: 2000,
  sessionBytes: 8 * 1024 * 1024,
  streamEvents: 1000,
  streamBytes: 4 * 1024 * 1024,
  maxAgeMs: 5 * 60_000,
};

interface StoredEvent {
  streamId: string;
  message: JsonObject;
  /** The client's request the event belongs to (its answer, or what the server sent while working on it). */
  answers: JsonObject | undefined;
  bytes: number;
  at: number;
}

interface StreamEvents {
  /** Event ids, oldest first. */
  ids: string[];
  bytes: number;
}

export class BoundedEventStore {
  /** Every event of the session, in the order stored (so the first is the oldest). */
  private readonly events = new Map<string, StoredEvent>();
  private readonly streams = new Map<string, StreamEvents>();
  private bytes = 0;
  private next = 0;

  constructor(
    private readonly limits: EventStoreLimits = DEFAULT_EVENT_STORE_LIMITS,
    /** The serialised size of a message; the endpoint knows it without serialising again. */
    private readonly sizeOf: (message: JsonObject) => number = (m) => JSON.stringify(m).length,
    private readonly now: () => number = Date.now,
  ) {}

  storeEvent(streamId: string, message: JsonObject, answers?: JsonObject): string {
    const id = `${streamId}_${(this.next++).toString(36)}`;
    // What it answers is held too, and counted: small (replayed-answer.ts keeps only what the checks read).
    const bytes = this.sizeOf(message) + (answers === undefined ? 0 : JSON.stringify(answers).length);
    this.events.set(id, { streamId, message, answers, bytes, at: this.now() });
    let stream = this.streams.get(streamId);
    if (!stream) this.streams.set(streamId, (stream = { ids: [], bytes: 0 }));
    stream.ids.push(id);
    stream.bytes += bytes;
    this.bytes += bytes;
    // The newest event always stays: it is the one being sent, whatever its size.
    const { streamEvents, streamBytes, sessionEvents, sessionBytes } = this.limits;
    for (let oldest = stream.ids[0]; oldest !== undefined && stream.ids.length > 1; oldest = stream.ids[0]) {
      if (stream.ids.length <= streamEvents && stream.bytes <= streamBytes) break;
      this.evict(oldest);
    }
    while (this.events.size > 1 && (this.events.size > sessionEvents || this.bytes > sessionBytes))
      this.evictOldest();
    this.expire();
    return id;
  }

  getStreamIdForEventId(eventId: string): string | undefined {
    this.expire();
    return this.events.get(eventId)?.streamId;
  }

  /** Hands `send` every event after `lastEventId` on its stream, in order; returns the stream ("" if unknown). */
  replayEventsAfter(
    lastEventId: string,
    { send }: { send: (eventId: string, message: JsonObject, answers: JsonObject | undefined) => unknown },
  ): string {
    this.expire();
    const last = this.events.get(lastEventId);
    if (!last) return "";
    const ids = this.streams.get(last.streamId)?.ids ?? [];
    for (const id of ids.slice(ids.indexOf(lastEventId) + 1)) {
      const event = this.events.get(id);
      if (event) send(id, event.message, event.answers);
    }
    return last.streamId;
  }

  /** Drops the events older than the age limit; the rest stay in order. */
  expire(): void {
    const cutoff = this.now() - this.limits.maxAgeMs;
    for (const [, event] of this.events) {
      if (event.at > cutoff) return;
      this.evictOldest();
    }
  }

  get size(): number {
    return this.events.size;
  }

  /** Bytes of the messages held. */
  get heldBytes(): number {
    return this.bytes;
  }

  private evictOldest(): void {
    const oldest = this.events.keys().next();
    if (!oldest.done) this.evict(oldest.value);
  }

  /** Removes an event that is the oldest of its stream (and so at the head of the stream's ids). */
  private evict(id: string): void {
    const event = this.events.get(id);
    if (!event) return;
    this.events.delete(id);
    this.bytes -= event.bytes;
    const stream = this.streams.get(event.streamId);
    if (!stream) return;
    if (stream.ids[0] === id) stream.ids.shift();
    else stream.ids.splice(stream.ids.indexOf(id), 1);
    stream.bytes -= event.bytes;
    if (stream.ids.length === 0) this.streams.delete(event.streamId);
  }
}
