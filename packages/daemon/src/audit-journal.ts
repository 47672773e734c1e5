// The audit journal: an append-only file holding what must outlive the daemon before a message leaves it
// (audit rows and rate-limit consumption). One write(2) per event-loop turn, a few microseconds: once it
// returns the kernel holds the bytes, so a kill -9 of the daemon loses none of them (a power loss can:
// nothing is fsynced). A SQLite commit per turn would cost ten times more, and its checkpoints fsync on the
// hot path. SQLite receives the same entries in batches; the journal is emptied once the database holds
// them all, and whatever the database lacks is replayed into it at start.
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";
import type { BucketState } from "@mcp-guard/core";
import type { AuditRow, DurableBatch, StorableRow } from "@mcp-guard/store";

/**
 * An audit row as a journal line holds it: since round 13 its trace is the stored trace's JSON itself (an
 * array of steps, each an array), not that JSON again as a string; lines written before hold the string.
 */
export type JournaledRow = StorableRow | (Omit<AuditRow, "trace"> & { trace: unknown[][] });

/** One line of the journal: an audit row, or the new state of a rate-limit bucket. */
export type JournalEntry = { s: number; r: JournaledRow } | { s: number; b: string; t: number; a: number };

/** Row texts kept quoted as JSON, at most (the JSON-RPC id, different in nearly every row, is not kept). */
const QUOTES_KEPT = 4096;

/** The row's members as a line holds them, in this order, its trace apart. */
function rowFields(f: Omit<AuditRow, "trace">): Omit<AuditRow, "trace"> {
  return {
    ts: f.ts,
    session_id: f.session_id,
    server: f.server,
    direction: f.direction,
    kind: f.kind,
    method: f.method,
    target: f.target,
    rpc_id: f.rpc_id,
    identity: f.identity,
    decision: f.decision,
    reason: f.reason,
    latency_ms: f.latency_ms,
    bytes: f.bytes,
  };
}

/** A run of a row's members as a line holds them, with the values it was made of (see JournalLines.labels). */
interface LabelRun {
  session: unknown;
  server: unknown;
  direction: unknown;
  kind: unknown;
  method: unknown;
  target: unknown;
  /** The run's UTF-8 bytes, copied into each line (no string per line). */
  bytes: Uint8Array;
}

interface VerdictRun {
  identity: unknown;
  decision: unknown;
  reason: unknown;
  bytes: Uint8Array;
}

/** Runs kept of each kind: a few sessions' requests and responses interleaved. */
const RUNS_KEPT = 8;

/** Puts `run` first in `runs`, dropping the oldest past RUNS_KEPT. */
function keep<T>(runs: T[], run: T): void {
  runs.unshift(run);
  if (runs.length > RUNS_KEPT) runs.length = RUNS_KEPT;
}

/** What a turn's lines start in; a burst grows it, and it shrinks back once written. */
const LINES_INITIAL_BYTES = 64 * 1024;

/** The fixed pieces of a row's line, as bytes. */
const SEQ_OPEN = Buffer.from('{"s":');
const ROW_OPEN = Buffer.from(',"r":{"ts":');
const BYTES_NAME = Buffer.from(',"bytes":');
const TRACE_NAME = Buffer.from(',"trace":');
const LINE_CLOSE = Buffer.from("}}\n");
/** Room for the fixed pieces and the three numbers of a line (a number's text is at most 25 characters). */
const LINE_FIXED_BYTES = 128;

/**
 * The journal lines of one event-loop turn, encoded as they are made into one reusable buffer: no string
 * per line kept, none joined per turn, no buffer made per write.
 */
export class JournalLines {
  private buffer = Buffer.allocUnsafe(LINES_INITIAL_BYTES);
  private length = 0;
  /** Texts of rows as JSON (see line). */
  private readonly quotes = new Map<string, string>();
  /** The runs of members a line took last (see labels and verdict), newest first. */
  private readonly labelRuns: LabelRun[] = [];
  private readonly verdictRuns: VerdictRun[] = [];

  get empty(): boolean {
    return this.length === 0;
  }

  /**
   * An audit row's line: `fields` are the row without its trace, and `trace` the stored trace (encodeTrace),
   * JSON already, which goes in as it is rather than escaped into a string a second time.
   */
  row(seq: number, fields: Omit<AuditRow, "trace">, trace: string): void {
    if (this.line(seq, fields, trace)) return;
    this.add(`{"s":${seq},"r":`);
    this.add(JSON.stringify(rowFields(fields)));
    // The fields' object without its closing brace (one byte, taken back rather than copying the text
    // without it): the trace is its last member.
    this.length -= 1;
    this.add(`,"trace":`);
    this.add(trace);
    this.add("}}\n");
  }

  /**
   * Writes the row's line with its members as JSON.stringify writes them, written out here straight into the
   * buffer: the runs of texts that repeat from row to row (session, server, method, target, identity,
   * decision...) are encoded once and copied, and the numbers are written digit by digit, so no string is
   * made for the line (two rows per proxied call). False, writing nothing, for a member of another type than
   * the row's (a number that JSON writes as null, a missing text): JSON.stringify then writes the row.
   */
  private line(seq: number, f: Omit<AuditRow, "trace">, trace: string): boolean {
    if (!Number.isFinite(f.ts) || !Number.isFinite(f.latency_ms) || !Number.isFinite(f.bytes)) return false;
    const labels = this.labels(f);
    if (labels === undefined) return false;
    const id = f.rpc_id;
    if (id !== null && typeof id !== "string") return false;
    const verdict = this.verdict(f);
    if (verdict === undefined) return false;
    this.reserve(
      LINE_FIXED_BYTES +
        labels.length +
        verdict.length +
        (id === null ? 4 : id.length * 6 + 2) +
        trace.length * 3,
    );
    this.copy(SEQ_OPEN);
    this.number(seq);
    this.copy(ROW_OPEN);
    this.number(f.ts);
    this.copy(labels);
    if (id === null) this.ascii("null");
    else this.quotedText(id);
    this.copy(verdict);
    this.number(f.latency_ms);
    this.copy(BYTES_NAME);
    this.number(f.bytes);
    this.copy(TRACE_NAME);
    this.length += this.buffer.write(trace, this.length, "utf8");
    this.copy(LINE_CLOSE);
    return true;
  }

  /**
   * The members from the session to the id's name, `,"session_id":…,"rpc_id":`, as one text: a session's
   * rows repeat a few such runs (a call's request and its response), so the last few are kept and reused
   * while the same six values come again, rather than joined anew from nine pieces for every row.
   */
  private labels(f: Omit<AuditRow, "trace">): Uint8Array | undefined {
    for (const kept of this.labelRuns)
      if (
        kept.session === f.session_id &&
        kept.server === f.server &&
        kept.direction === f.direction &&
        kept.kind === f.kind &&
        kept.method === f.method &&
        kept.target === f.target
      )
        return kept.bytes;
    const session = this.quoted(f.session_id);
    const server = this.quoted(f.server);
    const direction = this.quoted(f.direction);
    const kind = this.quoted(f.kind);
    const method = this.quoted(f.method);
    const target = this.quoted(f.target);
    if (
      session === undefined ||
      server === undefined ||
      direction === undefined ||
      kind === undefined ||
      method === undefined ||
      target === undefined
    )
      return undefined;
    const bytes = Buffer.from(
      [
        ',"session_id":',
        session,
        ',"server":',
        server,
        ',"direction":',
        direction,
        ',"kind":',
        kind,
        ',"method":',
        method,
        ',"target":',
        target,
        ',"rpc_id":',
      ].join(""),
    );
    keep(this.labelRuns, {
      session: f.session_id,
      server: f.server,
      direction: f.direction,
      kind: f.kind,
      method: f.method,
      target: f.target,
      bytes,
    });
    return bytes;
  }

  /** The members from the identity to the latency's name, `,"identity":…,"latency_ms":`, kept as labels'. */
  private verdict(f: Omit<AuditRow, "trace">): Uint8Array | undefined {
    for (const kept of this.verdictRuns)
      if (kept.identity === f.identity && kept.decision === f.decision && kept.reason === f.reason)
        return kept.bytes;
    const identity = this.quoted(f.identity);
    const decision = this.quoted(f.decision);
    const reason = this.quoted(f.reason);
    if (identity === undefined || decision === undefined || reason === undefined) return undefined;
    const bytes = Buffer.from(
      [',"identity":', identity, ',"decision":', decision, ',"reason":', reason, ',"latency_ms":'].join(""),
    );
    keep(this.verdictRuns, { identity: f.identity, decision: f.decision, reason: f.reason, bytes });
    return bytes;
  }

  /** A text member as JSON ("null" for null), kept for the texts that repeat; undefined for another type. */
  private quoted(value: unknown): string | undefined {
    if (value === null) return "null";
    if (typeof value !== "string") return undefined;
    let json = this.quotes.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      // Bounded: once full it starts again, so what keeps coming back is soon kept again.
      if (this.quotes.size >= QUOTES_KEPT) this.quotes.clear();
      this.quotes.set(value, json);
    }
    return json;
  }

  bucket(seq: number, key: string, state: BucketState): void {
    this.add(`{"s":${seq},"b":${JSON.stringify(key)},"t":${state.tokens},"a":${state.at}}\n`);
  }

  /** The lines so far, valid until the next change; clear() once they are written. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
    if (this.buffer.length > LINES_INITIAL_BYTES) this.buffer = Buffer.allocUnsafe(LINES_INITIAL_BYTES);
  }

  /** Appends `text` as UTF-8. */
  private add(text: string): void {
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  /** Makes room for `bytes` more. */
  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (needed <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** Appends bytes made before (room reserved). */
  private copy(bytes: Uint8Array): void {
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends a finite number as JSON writes it (room reserved): a safe integer digit by digit. */
  private number(value: number): void {
    if (!Number.isSafeInteger(value)) return this.ascii(String(value));
    let rest = value;
    if (rest < 0) {
      this.buffer[this.length++] = 0x2d; // -
      rest = -rest;
    }
    let digits = 1;
    for (let above = 10; above <= rest; above *= 10) digits++;
    for (let at = this.length + digits - 1; at >= this.length; at--) {
      this.buffer[at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += digits;
  }

  /** Appends a text of ASCII characters (a number's, a literal) byte by byte (room reserved). */
  private ascii(text: string): void {
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }

  /**
   * Appends a text quoted as JSON.stringify quotes it (room reserved for six bytes a character): printable
   * ASCII without a quote or a backslash byte by byte, anything else through JSON.stringify.
   */
  private quotedText(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        this.length += this.buffer.write(JSON.stringify(text), this.length, "utf8");
        return;
      }
    }
    this.buffer[this.length++] = 0x22;
    this.ascii(text);
    this.buffer[this.length++] = 0x22;
  }
}

export class AuditJournal {
  private readonly fd: number;
  private size: number;
  /** A short write that could not be cut back off left a partial line: nothing more is appended after it. */
  private broken = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, "a", 0o600);
    this.size = fstatSync(this.fd).size;
  }

  /** Appends whole lines or nothing; throws when they are not all written (a full disk). */
  append(bytes: Buffer): void {
    if (this.broken) throw new Error("the audit journal ends in a partial line; waiting for the database");
    let written = 0;
    try {
      written = writeSync(this.fd, bytes);
    } finally {
      if (written !== bytes.length) this.cutBack();
    }
    if (written !== bytes.length)
      throw new Error(`the audit journal took ${written} of ${bytes.length} bytes (is the disk full?)`);
    this.size += written;
  }

  /** Everything in the journal is in the database now. */
  clear(): void {
    ftruncateSync(this.fd, 0);
    this.size = 0;
    this.broken = false;
  }

  close(): void {
    closeSync(this.fd);
  }

  private cutBack(): void {
    try {
      ftruncateSync(this.fd, this.size);
    } catch {
      this.broken = true;
    }
  }
}

/** The entries of a journal file; a line torn by a crash or a full disk is skipped. */
export function readJournal(path: string): JournalEntry[] {
  if (!existsSync(path)) return [];
  const entries: JournalEntry[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line) continue;
    try {
      const entry = JSON.parse(line) as JournalEntry;
      if (typeof entry.s === "number") entries.push(entry);
    } catch {
      /* torn */
    }
  }
  return entries;
}

/**
 * Writes into the database what the journal holds beyond the database's position, in one transaction, then
 * empties the journal. Returns the last sequence number used, from which new entries continue. Throws when
 * the database cannot take them: the daemon must not start without its audit.
 */
export function replayJournal(
  path: string,
  store: { committedSeq(): number; commit(batch: DurableBatch): void },
): { seq: number; replayed: number } {
  const committed = store.committedSeq();
  const fresh = readJournal(path).filter((e) => e.s > committed);
  const rows: StorableRow[] = [];
  const buckets = new Map<string, BucketState>();
  let seq = committed;
  for (const entry of fresh.sort((a, b) => a.s - b.s)) {
    if ("r" in entry) rows.push(storableRow(entry.r));
    else buckets.set(entry.b, { tokens: entry.t, at: entry.a });
    seq = entry.s;
  }
  if (fresh.length > 0) store.commit({ rows, buckets, seq });
  if (existsSync(path)) {
    const fd = openSync(path, "r+");
    try {
      ftruncateSync(fd, 0);
    } finally {
      closeSync(fd);
    }
  }
  return { seq, replayed: fresh.length };
}

/** A journaled row as the store takes it: a trace journaled as JSON goes back to its stored text. */
function storableRow(row: JournaledRow): StorableRow {
  const trace: unknown = row.trace;
  if (!Array.isArray(trace) || !trace.every((step) => Array.isArray(step))) return row as StorableRow;
  return { ...row, trace: JSON.stringify(trace) };
}
