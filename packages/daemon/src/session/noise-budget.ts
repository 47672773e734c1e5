// What a server's unusable output may cost the daemon's log and audit. Each line a server writes to its stdout
// that is not JSON-RPC was a warning in daemon.log and a row in the audit: a server printing progress dots, or
// a hostile one, grew the log by 340 MB in three minutes and kept the daemon too busy to stop (round 38,
// attack-server-stdout-junk.test.ts). As for its stderr (upstream/stderr-log.ts), each session has a budget
// per interval: its first such messages are logged and audited one by one, the rest are counted, and one log
// line and one audit row per interval say how many there were and how many bytes they held. Nothing goes
// unrecorded; only the detail of a flood is given up. Even unrecorded, a flood read as fast as the server
// writes it kept the daemon busy (a line that is not JSON costs a thrown SyntaxError): past READ_PER_INTERVAL
// such messages the server is no longer read until the interval ends, and waits on its stdout as on a slow
// terminal.

/** The interval of the budget. */
const INTERVAL_MS = 10_000;
/** Messages recorded one by one per interval. */
const RECORDED_PER_INTERVAL = 100;
/** Messages dropped per interval before the server is no longer read until the interval ends. */
const READ_PER_INTERVAL = 10_000;

/** What was dropped beyond the budget in one interval, for one reason. */
export interface Uncounted {
  reason: string;
  messages: number;
  bytes: number;
}

export class NoiseBudget {
  private intervalStart = -Infinity;
  private recorded = 0;
  private over = new Map<string, Uncounted>();
  private timer: NodeJS.Timeout | undefined;
  private dropped = 0;
  private stopped = false;

  /**
   * `summarise` records what was dropped beyond the budget, once per reason and interval that had any;
   * `stopReading` stops the server's output (true) past READ_PER_INTERVAL, and lets it go at the interval's end.
   */
  constructor(
    private readonly summarise: (dropped: Uncounted) => void,
    private readonly stopReading: (stop: boolean) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this message is recorded one by one; if not, it is counted towards the interval's summary. */
  take(reason: string, bytes: number): boolean {
    const now = this.now();
    if (now - this.intervalStart >= INTERVAL_MS) {
      this.flush();
      this.intervalStart = now;
      this.recorded = 0;
      this.dropped = 0;
    }
    if (this.recorded < RECORDED_PER_INTERVAL) {
      this.recorded++;
      return true;
    }
    const over = this.over.get(reason) ?? { reason, messages: 0, bytes: 0 };
    over.messages++;
    over.bytes += bytes;
    this.over.set(reason, over);
    if (++this.dropped >= READ_PER_INTERVAL && !this.stopped) {
      this.stopped = true;
      this.stopReading(true);
    }
    // The summary is due at the interval's end even if the flood stops: a timer that keeps no process alive.
    this.timer ??= setTimeout(() => this.flush(), this.intervalStart + INTERVAL_MS - now).unref();
    return false;
  }

  /** Records what was counted and not yet summarised (at the interval's end, and when the session closes). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) {
      this.stopped = false;
      this.stopReading(false);
    }
    if (this.over.size === 0) return;
    const dropped = [...this.over.values()];
    this.over.clear();
    for (const one of dropped) this.summarise(one);
  }
}
