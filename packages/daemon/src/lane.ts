// Keeps one direction of a session in order. A task that finishes synchronously costs nothing extra; once a
// task is asynchronous (an upstream still starting, an interceptor awaiting a store), later tasks queue
// behind it, so messages are never reordered.
export class Lane {
  private tail: Promise<void> | undefined;

  constructor(private readonly onError: (err: unknown) => void) {}

  run(task: () => void | Promise<void>): void {
    if (this.tail) {
      this.track(this.tail.then(task));
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
