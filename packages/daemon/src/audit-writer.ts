// The audit tap's sink, and the point where the daemon makes state durable before anything leaves it.
//
// Rows (and rate-limit bucket states) recorded during one event-loop turn are appended to the journal in
// one write at the end of the turn (a microtask), and every message a session wants to send in that turn
// waits for that write: a message is forwarded only once its audit row, and the rate-limit consumption it
// caused, are in the journal. A bucket's state is journaled once per turn however many calls took from it,
// and a bucket may skip the journal for a few calls (its `slack`, see persistent-buckets.ts): SQLite still
// gets its newest state with each batch. If the journal cannot be written (a full disk), the waiting messages are
// refused instead. SQLite gets the same entries in batches off the hot path; while it cannot be written the
// rows wait in memory, and once `queueMax` of them wait, sessions refuse new messages outright. A database
// file deleted or replaced under the daemon (opened-file.ts) would take the rows where no one reads them
// again: from the turn that sees it, messages are refused, sessions refuse new ones, and the rows wait in
// memory, until the file is back at its path or the daemon restarts (databaseInPlace).
import { encodeTrace, type AuditEvent, type BucketState } from "@mcp-guard/core";
import { PackedAuditRows, type AuditRow, type DurableBatch } from "@mcp-guard/store";
import { JournalLines, type AuditJournal } from "./audit-journal.js";
import type { Logger } from "./logger.js";

export interface AuditWriterOptions {
  /** How long entries may wait before they are batched into SQLite. */
  flushMs?: number;
  /** A batch this large goes to SQLite at once. */
  batchMax?: number;
  /** Rows waiting for SQLite at most; at the cap sessions refuse new messages. */
  queueMax?: number;
  /** Also print each row as a JSON line on stdout (audit.stdout). */
  stdout?: boolean;
  /** The last journal sequence number already used (after a replay). */
  seq?: number;
  /** The database file the store writes to, to tell whether its path still names it. */
  file?: { moved(): string | undefined };
}

export interface DurableStore {
  commit(batch: DurableBatch): void;
}

/** Reads an event; it must not change it (every listener sees the same plain data). */
export type AuditListener = (event: AuditEvent) => void;

/** What waits for this turn's journal write: released once it is written, refused if it cannot be. */
export interface Waiting {
  release(): void;
  refuse(): void;
}

export class AuditWriter {
  /**
   * Rows waiting for SQLite, packed off the heap (no object per row lives until the batch, to be promoted
   * to the old generation on the way), their traces encoded once for the journal and the database alike.
   */
  private readonly rows = new PackedAuditRows();
  /** The newest state of each bucket changed since the last SQLite batch. */
  private buckets = new Map<string, BucketState>();
  /** Buckets whose state goes into this turn's journal write (once each, the newest). */
  private turnBuckets = new Map<string, BucketState>();
  /** Per bucket, the calls it took since its state was last journaled or batched. */
  private unjournaled = new Map<string, number>();
  /** Journal lines of the current turn. */
  private readonly lines = new JournalLines();
  private waiting: Waiting[] = [];
  /**
   * The events recorded this turn, whose rows are the packed rows from `turnFirstRow` on (same order), so
   * that a message refused at the end of the turn is stored as refused (amend); emptied once the turn ends
   * or SQLite takes the rows.
   */
  private readonly turnEvents: AuditEvent[] = [];
  private turnFirstRow = 0;
  private turnScheduled = false;
  private timer: NodeJS.Timeout | undefined;
  private seq: number;
  private journalError: string | undefined;
  private storeError: string | undefined;
  /** Why the database written to is no longer the file at its path, while that lasts. */
  private databaseGone: string | undefined;
  private readonly file: AuditWriterOptions["file"];
  private readonly flushMs: number;
  private readonly batchMax: number;
  private readonly queueMax: number;
  private readonly stdout: boolean;
  /** Who else reads every event as it is recorded (the dashboard's live view, the metrics). */
  private readonly listeners = new Set<AuditListener>();
  lastWriteAt: number | undefined;
  written = 0;

  constructor(
    private readonly store: DurableStore,
    private readonly journal: AuditJournal,
    private readonly logger: Logger,
    options: AuditWriterOptions = {},
  ) {
    this.flushMs = options.flushMs ?? 20;
    this.batchMax = options.batchMax ?? 1000;
    this.queueMax = options.queueMax ?? 100_000;
    this.stdout = options.stdout ?? false;
    this.seq = options.seq ?? 0;
    this.file = options.file;
  }

  /**
   * Records an event: journaled and queued for SQLite here (the durable part, which decides whether the
   * message may leave), then handed to each listener.
   */
  record(event: AuditEvent): void {
    const trace = encodeTrace(event.trace);
    if (this.turnEvents.length === 0) this.turnFirstRow = this.rows.length;
    this.rows.add(event, trace);
    this.turnEvents.push(event);
    // The line takes the row's members itself (see JournalLines.row), the trace apart.
    this.lines.row(++this.seq, event, trace);
    if (this.stdout) process.stdout.write(`${JSON.stringify({ type: "audit", ...event })}\n`);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        // Watching (dashboard, metrics) must never disturb the proxy or the audit itself.
        this.logger.warn({ err }, "an audit listener failed");
      }
    }
    this.pending();
  }

  /** Adds a reader of every event from now on; returns how to remove it. */
  subscribe(listener: AuditListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A rate-limit bucket's new state: durable with the rows of the same turn, unless fewer than `slack`
   * calls took from the bucket since its state was last made durable (then it waits for the next batch).
   */
  recordBucket(key: string, state: BucketState, slack = 0): void {
    this.buckets.set(key, state);
    const skipped = this.unjournaled.get(key) ?? 0;
    if (skipped < slack) this.unjournaled.set(key, skipped + 1);
    else {
      this.unjournaled.delete(key);
      this.turnBuckets.set(key, state);
    }
    this.pending();
  }

  /** A bucket state not yet in SQLite, newer than what SQLite holds. */
  pendingBucket(key: string): BucketState | undefined {
    return this.buckets.get(key);
  }

  /**
   * Runs `release` at the end of this turn once every row and bucket state recorded so far is in the
   * journal, or `refuse` if they could not be written. Callbacks run in the order they were registered.
   */
  afterDurable(release: () => void, refuse: () => void): void {
    this.whenDurable({ release, refuse });
  }

  /** afterDurable for an object that is both callbacks (one object per message instead of three). */
  whenDurable(waiting: Waiting): void {
    this.waiting.push(waiting);
    this.scheduleTurn();
  }

  /**
   * Changes the decision of an event recorded in this turn, and of the row queued for SQLite with it: a
   * message whose row could not be journaled is refused, and the audit must say so, not that it passed.
   * Called by a refusal that endTurn runs.
   */
  amend(event: AuditEvent, decision: AuditEvent["decision"], reason: string | null): void {
    event.decision = decision;
    event.reason = reason;
    const at = this.turnEvents.lastIndexOf(event);
    if (at < 0) return;
    this.rows.setDecision(this.turnFirstRow + at, decision, reason);
  }

  /** Writes this turn's journal lines and settles whatever waits for them; safe to call early. */
  endTurn(): void {
    this.turnScheduled = false;
    const durable = this.writeJournal();
    const waiting = this.waiting;
    this.waiting = [];
    // A counted loop: this runs every turn, and a for-of made an iterator and a result per message.
    for (let i = 0; i < waiting.length; i++) {
      const w = waiting[i] as Waiting;
      try {
        if (durable) w.release();
        else w.refuse();
      } catch (err) {
        this.logger.error({ err }, "sending after the audit write failed");
      }
    }
    this.turnEvents.length = 0;
  }

  /**
   * False when records cannot be written and the queue is full, or the database is not the file at its path:
   * sessions then refuse new messages. While the file is gone, each asks again (one stat): the refusals
   * record nothing, so no turn would see it back.
   */
  get accepting(): boolean {
    if (this.databaseGone !== undefined && !this.databaseInPlace()) return false;
    return this.rows.length < this.queueMax;
  }

  get depth(): number {
    return this.rows.length;
  }

  get lastError(): string | undefined {
    return this.journalError ?? this.databaseGone ?? this.storeError;
  }

  /** Moves everything recorded into SQLite in one transaction; true when it is there. */
  flush(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.rows.length === 0 && this.buckets.size === 0) return true;
    const count = this.rows.length;
    // Rows committed to a file no one can open again are lost to the user: they wait for it to be back.
    if (!this.databaseInPlace()) {
      this.timer = setTimeout(() => this.flush(), 1000);
      return false;
    }
    try {
      this.store.commit({ rows: NO_ROWS, packed: this.rows, buckets: this.buckets, seq: this.seq });
    } catch (err) {
      if (this.storeError === undefined)
        this.logger.error({ err, queued: count }, "audit write failed; keeping rows and retrying");
      this.storeError = (err as Error).message;
      this.timer = setTimeout(() => this.flush(), 1000);
      return false;
    }
    this.rows.clear();
    this.buckets = new Map();
    // Those rows are in SQLite now: no longer amended.
    this.turnEvents.length = 0;
    // The database holds everything up to this.seq, including lines not journaled yet, and every bucket's
    // newest state.
    this.lines.clear();
    this.turnBuckets.clear();
    this.unjournaled.clear();
    this.written += count;
    this.lastWriteAt = Date.now();
    this.storeError = undefined;
    try {
      this.journal.clear();
    } catch (err) {
      // Harmless: a replay skips entries the database already holds.
      this.logger.warn({ err }, "could not empty the audit journal");
    }
    return true;
  }

  private pending(): void {
    this.scheduleTurn();
    if (this.rows.length >= this.batchMax && this.storeError === undefined) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    queueMicrotask(() => this.endTurn());
  }

  private writeJournal(): boolean {
    for (const [key, state] of this.turnBuckets) this.lines.bucket(++this.seq, key, state);
    this.turnBuckets.clear();
    if (this.lines.empty) return this.journalError === undefined || this.rows.length === 0;
    if (!this.databaseInPlace()) {
      // Its messages are refused and their rows amended so, in memory: the lines say otherwise.
      this.lines.clear();
      return false;
    }
    try {
      this.journal.append(this.lines.bytes());
    } catch (err) {
      if (this.journalError === undefined)
        this.logger.error({ err }, "the audit journal cannot be written; refusing traffic until it can");
      this.journalError = (err as Error).message;
      return false;
    } finally {
      this.lines.clear();
    }
    if (this.journalError !== undefined) this.logger.info("the audit journal is writable again");
    this.journalError = undefined;
    return true;
  }

  /**
   * Whether the database written to is still the file at its path (one stat); the change either way is
   * logged once. The first turn that sees it gone refuses its messages: none leaves with a row no one reads.
   */
  private databaseInPlace(): boolean {
    const moved = this.file?.moved();
    if (moved !== undefined && this.databaseGone === undefined)
      this.logger.error(
        `${moved}; refusing traffic until the file is back or the daemon restarts (a restart makes a new one)`,
      );
    if (moved === undefined && this.databaseGone !== undefined)
      this.logger.info("the audit database is back at its path; traffic flows again");
    this.databaseGone = moved;
    return moved === undefined;
  }
}

const NO_ROWS: readonly AuditRow[] = Object.freeze([]);
