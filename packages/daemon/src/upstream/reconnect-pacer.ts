// How often the daemon opens an HTTP upstream's event stream (the GET of Streamable HTTP's standalone stream,
// and of the legacy SSE transport's stream, which carries every answer). The MCP SDK's and the eventsource
// package's reconnection (which the daemon used until round 41, and its own transports copy) waits what the
// server's `retry:` field says and starts over after every stream that ends cleanly, so a server answering
// each GET with `retry: 0` and an immediate end had the daemon send GETs back to back, hundreds a second, on
// the event loop every session shares (round 29). The server may still ask for a slower pace; a faster one
// than this is not given.

/** The first reopening comes at least this long after the stream before it was opened. */
const FIRST_INTERVAL_MS = 1_000;
/** Each further reopening after a short-lived stream waits twice as long as the last, up to this. */
const LONGEST_INTERVAL_MS = 30_000;
/** A stream that lived this long was a working stream: the next reopening waits FIRST_INTERVAL_MS again. */
const SHORT_LIVED_MS = 10_000;

export class ReconnectPacer {
  private lastOpened: number | undefined;
  private interval = FIRST_INTERVAL_MS;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number, signal?: AbortSignal | null) => Promise<void> = delay,
  ) {}

  /**
   * Resolves when a stream may be opened: at once for the first, later for each reopening. Rejects with an
   * AbortError once `signal` aborts (the session closed meanwhile), so nothing is opened after it.
   */
  async turn(signal?: AbortSignal | null): Promise<void> {
    const last = this.lastOpened;
    if (last !== undefined) {
      const lived = this.now() - last;
      const interval = lived < SHORT_LIVED_MS ? this.interval : FIRST_INTERVAL_MS;
      this.interval = Math.min(interval * 2, LONGEST_INTERVAL_MS);
      const due = last + interval - this.now();
      if (due > 0) await this.sleep(due, signal);
    }
    signal?.throwIfAborted();
    this.lastOpened = this.now();
  }
}

function delay(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException("aborted", "AbortError"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", abort, { once: true });
  });
}
