// Keeps one direction of a session in order. A task that finishes synchronously costs nothing extra; once a
// task is asynchronous (an upstream still starting, an interceptor awaiting a store, the server's lists being
// fetched), later tasks queue behind it, so messages are never reordered. The queue is bounded by its
// sender: past `high` waiting tasks, onFull(true) tells the session to stop reading that sender until the
// queue is down to half (onFull(false)); a peer that keeps writing while a server is slow to list its tools
// would otherwise grow the daemon's memory without end.
export class Lane {
  private tail: Promise<void> | undefined;
  /** Tasks queued behind an asynchronous one that have not started yet. */
  private waiting = 0;
  private full = false;

  constructor(
    private readonly onError: (err: unknown) => void,
    private readonly high = Infinity,
    private readonly onFull: (full: boolean) => void = () => {},
  ) {}

  run(task: () => void | Promise<void>): void {
    if (this.tail) {
      this.waiting++;
      if (!this.full && this.waiting > this.high) this.setFull(true);
      this.track(
        this.tail.then(() => {
          this.waiting--;
          if (this.full && this.waiting <= this.high / 2) this.setFull(false);
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

  /** Resolves when every queued task has run. */
  idle(): Promise<void> {
    return this.tail ?? Promise.resolve();
  }
}
