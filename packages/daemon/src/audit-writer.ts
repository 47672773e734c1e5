// The audit tap's sink: rows are queued and written in batches (one transaction each), so the hot path
// never waits on the disk. A failed write keeps its rows and retries; when the queue reaches its cap the
// daemon stops accepting traffic rather than lose records (see `accepting`).
import type { AuditEvent, AuditSink } from "@mcp-guard/core";
import type { Logger } from "./logger.js";

export interface AuditWriterOptions {
  flushMs?: number;
  batchMax?: number;
  queueMax?: number;
  /** Also print each row as a JSON line on stdout (audit.stdout). */
  stdout?: boolean;
}

export class AuditWriter {
  private queue: AuditEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly flushMs: number;
  private readonly batchMax: number;
  private readonly queueMax: number;
  private readonly stdout: boolean;
  /** Called with every event as it is recorded (the dashboard's live view and metrics). */
  onRecord: ((event: AuditEvent) => void) | undefined;
  lastWriteAt: number | undefined;
  lastError: string | undefined;
  written = 0;

  constructor(
    private readonly sink: AuditSink,
    private readonly logger: Logger,
    options: AuditWriterOptions = {},
  ) {
    this.flushMs = options.flushMs ?? 50;
    this.batchMax = options.batchMax ?? 1000;
    this.queueMax = options.queueMax ?? 100_000;
    this.stdout = options.stdout ?? false;
  }

  record(event: AuditEvent): void {
    this.queue.push(event);
    try {
      this.onRecord?.(event);
    } catch (err) {
      // Watching (dashboard, metrics) must never disturb the proxy or the audit itself.
      this.logger.warn({ err }, "an audit listener failed");
    }
    if (this.stdout)
      process.stdout.write(
        `${JSON.stringify({ type: "audit", ...event, trace: JSON.parse(event.trace) as unknown })}\n`,
      );
    if (this.queue.length >= this.batchMax && this.lastError === undefined) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  /** False when records cannot be written and the queue is full: sessions then refuse new messages. */
  get accepting(): boolean {
    return this.queue.length < this.queueMax;
  }

  get depth(): number {
    return this.queue.length;
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const batch = this.queue;
    try {
      this.sink.insertMany(batch);
      this.queue = [];
      this.written += batch.length;
      this.lastWriteAt = Date.now();
      this.lastError = undefined;
    } catch (err) {
      this.lastError = (err as Error).message;
      this.logger.error({ err, queued: this.queue.length }, "audit write failed; keeping rows and retrying");
      this.timer = setTimeout(() => this.flush(), 1000);
    }
  }
}
