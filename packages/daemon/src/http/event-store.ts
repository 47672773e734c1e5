// Resumption for HTTP sessions (Last-Event-ID): what was sent on each SSE stream of one session, kept so a
// client that lost its connection can ask for what came after the last event it saw. Bounded: the oldest
// events go first, so a client that stays away too long resumes with a gap rather than the daemon growing.
import type { EventStore } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

interface StoredEvent {
  streamId: string;
  message: JSONRPCMessage;
}

export class BoundedEventStore implements EventStore {
  private readonly events = new Map<string, StoredEvent>();
  private next = 0;

  constructor(private readonly capacity: number) {}

  async storeEvent(streamId: string, message: JSONRPCMessage): Promise<string> {
    // The stream is part of the id so a replay can find its stream even after its oldest events are gone.
    const id = `${streamId}_${(this.next++).toString(36)}`;
    this.events.set(id, { streamId, message });
    if (this.events.size > this.capacity) {
      const oldest = this.events.keys().next();
      if (!oldest.done) this.events.delete(oldest.value);
    }
    return id;
  }

  async getStreamIdForEventId(eventId: string): Promise<string | undefined> {
    return this.events.get(eventId)?.streamId;
  }

  async replayEventsAfter(
    lastEventId: string,
    { send }: { send: (eventId: string, message: JSONRPCMessage) => Promise<void> },
  ): Promise<string> {
    const last = this.events.get(lastEventId);
    if (!last) return "";
    let after = false;
    for (const [id, event] of this.events) {
      if (id === lastEventId) after = true;
      else if (after && event.streamId === last.streamId) await send(id, event.message);
    }
    return last.streamId;
  }

  get size(): number {
    return this.events.size;
  }
}
