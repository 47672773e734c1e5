// Messages on their way to an HTTP upstream. Each is its own POST, holding a connection (a descriptor of the
// daemon, which every session shares) until the server answers it. Requests are bounded per session
// (daemon.max_requests_in_flight), but notifications and responses were not counted: a server that holds
// POSTs unanswered let one client make the daemon open a connection per message, without end, until it could
// no longer accept another session. Past `limit` of them in flight, the next message waits here, in order (a
// request behind it waits too: it must not overtake a cancellation or notifications/initialized), and the
// upstream reports back-pressure, so the session stops reading its client, until no more than half the
// limit are in flight or waiting.
//
// Requests take no place: theirs is bounded already, and a request's send lasts until its answer is read (an
// answer in JSON is read whole before the transport's send settles), which stops while the session stops reading
// the server; counted, a client that reads slowly would hold every place with answers nobody reads. A
// notification's or a response's send settles with the server's status line, which is always read.
interface Waiting {
  send: () => Promise<void>;
  counted: boolean;
  settle: (sent: Promise<void>) => void;
}

export class PostsInFlight {
  private inFlight = 0;
  private readonly waiting: Waiting[] = [];
  private full = false;

  constructor(
    private readonly limit: number,
    private readonly onFull: (full: boolean) => void,
  ) {}

  /** Runs `send` once every message before it has gone out and, unless it is a request, a place is free. */
  run(send: () => Promise<void>, request: boolean): Promise<void> {
    const counted = !request;
    if (this.waiting.length === 0 && (!counted || this.inFlight < this.limit))
      return this.start(send, counted);
    return new Promise<void>((settle) => {
      this.waiting.push({ send, counted, settle });
      this.report();
    });
  }

  private start(send: () => Promise<void>, counted: boolean): Promise<void> {
    if (!counted) return send();
    this.inFlight++;
    this.report();
    return send().finally(() => this.finished());
  }

  private finished(): void {
    this.inFlight--;
    // Started here, synchronously and in order: a message sent meanwhile cannot overtake them.
    for (let next = this.waiting[0]; next; next = this.waiting[0]) {
      if (next.counted && this.inFlight >= this.limit) break;
      this.waiting.shift();
      next.settle(this.start(next.send, next.counted));
    }
    this.report();
  }

  private report(): void {
    const load = this.inFlight + this.waiting.length;
    const full = this.full ? load > this.limit / 2 : load >= this.limit;
    if (full === this.full) return;
    this.full = full;
    this.onFull(full);
  }
}
