// Keeps one direction of a session in order. A task that finishes synchronously costs nothing extra; once a
// task is asynchronous (an upstream still starting, an interceptor awaiting a store, the server's lists being
// fetched), later tasks queue behind it, so messages are never reordered. The queue is bounded by its
// sender: past `high` waiting tasks, onFull(true) tells the session to stop reading that sender until the
// queue is down to half (onFull(false)); a peer that keeps writing while a server is slow to list its tools
// would otherwise grow the daemon's memory without end. A lane ends with its session: what still waits in it
// is dropped, each task's `dropped` told why at once (the session answers a request there, before its client
// is closed), rather than run into a closed session later or never.
interface Queued<W> {
  dropped: ((why: W) => void) | undefined;
}

export class Lane<W = void> {
  private tail: Promise<void> | undefined;
  /** Tasks queued behind an asynchronous one that have not started yet. */
  private readonly queued = new Set<Queued<W>>();
  private full = false;
  private ended: { why: W } | undefined;

  constructor(
    private readonly onError: (err: unknown) => void,
    private readonly high = Infinity,
    private readonly onFull: (full: boolean) => void = () => {},
  ) {}

  run(task: () => void | Promise<void>, dropped?: (why: W) => void): void {
    if (this.ended) return dropped?.(this.ended.why);
    if (this.tail) {
      const entry: Queued<W> = { dropped };
      this.queued.add(entry);
      if (!this.full && this.queued.size > this.high) this.setFull(true);
      this.track(
        this.tail.then(() => {
          if (!this.queued.delete(entry)) return; // dropped when the lane ended
          if (this.full && this.queued.size <= this.high / 2) this.setFull(false);
          return task();
        }),
      );
      return;
    }
    let result: void | Promise<void>;
    try {
      result = task();
    } catch (err) {
      this.onError(err);
      return;
    }
    if (result instanceof Promise) this.track(result);
  }

  /** Idempotent: drops every task not yet started, and any run later, telling each `why`. */
  end(why: W): void {
    if (this.ended) return;
    this.ended = { why };
    const dropped = [...this.queued];
    this.queued.clear();
    for (const entry of dropped) entry.dropped?.(why);
  }

  private setFull(full: boolean): void {
    this.full = full;
    this.onFull(full);
  }

  private track(promise: Promise<void>): void {
    const tail: Promise<void> = promise.catch(this.onError).finally(() => {
      if (this.tail === tail) this.tail = undefined;
    });
    this.tail = tail;
  }

  /** Resolves when every queued task has run, or at once once the lane has ended (nothing more will run). */
  idle(): Promise<void> {
    if (this.ended) return Promise.resolve();
    return this.tail ?? Promise.resolve();
  }
}
