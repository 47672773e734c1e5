// An endpoint in memory: drives a session without a socket or a process (the daemon's equivalent of
// fastify's inject()). The test plays the peer: it delivers messages (or raw lines, to exercise bad input),
// ends or drops the connection, reads slowly, and reads what the session sent it.
import type { JsonObject } from "@mcp-guard/core";
import { ignore, LineReader, type CloseNotice, type Endpoint } from "./endpoint.js";

export class MemoryEndpoint implements Endpoint {
  readonly kind = "memory";
  readonly pid = undefined;
  onmessage: Endpoint["onmessage"] = ignore;
  onerror: Endpoint["onerror"] = ignore;
  onclose: Endpoint["onclose"] = ignore;
  onbackpressure: Endpoint["onbackpressure"] = ignore;
  /** Every message the session sent to this peer, in order. */
  readonly received: JsonObject[] = [];
  started = false;
  /** Set once the session closed this endpoint (with the notice, if any). */
  closed: { notice: CloseNotice | undefined } | undefined;
  paused = false;
  /** When set, send() fails with it (a peer that cannot take messages). */
  failSends: Error | undefined;
  private slow = false;
  private readonly queued: string[] = [];
  private readonly reader: LineReader;
  private readonly waiters: (() => void)[] = [];

  constructor(maxMessageBytes = 1 << 20) {
    this.reader = new LineReader(maxMessageBytes, this, true);
  }

  start(): Promise<void> {
    this.started = true;
    return Promise.resolve();
  }

  send(message: JsonObject): void {
    if (this.failSends) throw this.failSends;
    if (this.closed) return;
    // A copy, as a wire would make: later changes to the session's object do not show here.
    this.received.push(JSON.parse(JSON.stringify(message)) as JsonObject);
    if (this.slow) this.onbackpressure(true);
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  close(notice?: CloseNotice): Promise<void> {
    this.closed ??= { notice };
    return Promise.resolve();
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    for (const line of this.queued.splice(0)) this.reader.push(Buffer.from(line));
  }

  route(): void {
    // Frames belong to the socket endpoints.
  }

  // ---- the peer's side --------------------------------------------------------------------------------

  /** The peer sends a message. */
  deliver(message: object): void {
    this.write(`${JSON.stringify(message)}\n`);
  }

  /** The peer writes raw text (newline-delimited), as a wire would carry it. */
  write(text: string): void {
    if (this.paused) this.queued.push(text);
    else this.reader.push(Buffer.from(text));
  }

  /** The peer ends its input (graceful) or goes away (dropped). */
  end(finished = true): void {
    this.onclose({ reason: finished ? "peer finished" : "peer went away", finished });
  }

  /** From now on every send reports back-pressure, until drain(). */
  readSlowly(): void {
    this.slow = true;
  }

  drain(): void {
    this.slow = false;
    this.onbackpressure(false);
  }

  /** Resolves once the session has sent this peer at least `count` messages in all. */
  async receivedCount(count: number, timeoutMs = 2000): Promise<JsonObject[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline)
        throw new Error(`expected ${count} messages, got ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 20);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received;
  }
}
