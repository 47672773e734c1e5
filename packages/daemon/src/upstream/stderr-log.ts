// A stdio server's stderr, line by line, into the daemon's log and into the tail that `status` and the
// client's upstream_unavailable show. Every line logged is redacted with every detector first (stderr-scrub.ts)
// and written synchronously: a server that floods its stderr (hostile, or stuck in a loop) grew daemon.log by
// megabytes a second, without end, and kept the daemon busy redacting (until round 36,
// attack-server-stderr-flood.test.ts). So each server process has a budget per interval: its first lines in
// each interval are redacted and logged (those that explain a failed start among them), the rest are only
// counted, and one line per interval says how many were not logged. Even unlogged, a flood read as fast as
// the server writes it kept a core busy splitting lines (300 MB/s here): past READ_PER_INTERVAL the stream is
// no longer read until the interval ends, and the server waits on its stderr as on a slow terminal.
import type { Readable } from "node:stream";
import type { Logger } from "../logger.js";
import { IN_KEY, scrubLine, StderrScrub } from "./stderr-scrub.js";

/** The interval of the budget. */
const INTERVAL_MS = 10_000;
/** Lines of one server logged per interval, at most. */
const LINES_PER_INTERVAL = 100;
/** Characters of one server logged per interval, at most (the line that crosses it is still logged whole). */
const CHARS_PER_INTERVAL = 32 * 1024;
/** Characters of one server read per interval, logged or not, before reading waits for the next interval. */
const READ_PER_INTERVAL = 16 * 1024 * 1024;

/** Characters of a stderr line kept, after it is redacted whole (see LINE_READ). */
const LINE_MAX = 4096;
/**
 * Characters of a stderr line read (redacted, a private key's armour looked for) before the cut to LINE_MAX:
 * cut first, a key whose BEGIN line started past the cut was never seen beginning, and a token across the cut
 * left its first characters in the log (round 28).
 */
const LINE_READ = 16 * LINE_MAX;
const TAIL_LINES = 20;
const TAIL_LINE_MAX = 500;
/** Characters of a line not logged kept for the tail, redacted only if the tail is shown (as LINE_READ). */
const TAIL_READ = 8 * TAIL_LINE_MAX;

/** A line of the tail: redacted already, or kept as read until the tail is shown. */
interface TailLine {
  text: string;
  redacted: boolean;
}

export class StderrLog {
  private partial = "";
  private readonly tailLines: TailLine[] = [];
  private readonly scrub: StderrScrub;
  private intervalStart = -Infinity;
  private readChars = 0;
  private loggedLines = 0;
  private loggedChars = 0;
  private skippedLines = 0;
  private skippedChars = 0;
  private report: NodeJS.Timeout | undefined;
  private stream: Readable | undefined;
  private paused: NodeJS.Timeout | undefined;
  /** The server has exited: what is left in the pipe is read at once, so that the stream can end. */
  private released = false;

  /** `known`: the credentials the guard handed this server (known-values.ts). */
  constructor(
    private readonly log: Logger,
    private readonly known: readonly string[] = [],
  ) {
    this.scrub = new StderrScrub(known);
  }

  /** Reads the server's stderr, at most READ_PER_INTERVAL characters an interval until release(). */
  follow(stream: Readable): void {
    this.stream = stream;
    stream.setEncoding("utf8");
    stream.on("data", (text: string) => this.push(text));
  }

  /** The server has exited: its stderr is read to its end, however fast, or the stream would never close. */
  release(): void {
    this.released = true;
    clearTimeout(this.paused);
    this.stream?.resume();
  }

  /** Text as read from the server's stderr. */
  push(text: string): void {
    const now = Date.now();
    this.newInterval(now);
    this.readChars += text.length;
    const lines = (this.partial + text).split("\n");
    this.partial = (lines.pop() ?? "").slice(0, LINE_READ);
    for (const line of lines) if (line.trim()) this.line(line.slice(0, LINE_READ), now);
    if (this.readChars < READ_PER_INTERVAL || this.released || !this.stream || this.paused) return;
    this.stream.pause();
    this.paused = setTimeout(
      () => {
        this.paused = undefined;
        this.stream?.resume();
      },
      this.intervalStart + INTERVAL_MS - now,
    ).unref();
  }

  /** The server is gone: its last unfinished line is taken, and what was not logged is said now. */
  end(): void {
    clearTimeout(this.paused);
    if (this.partial.trim()) this.line(this.partial, Date.now());
    this.partial = "";
    this.reportSkipped();
  }

  /** The last lines the server wrote, redacted. */
  tail(): string[] {
    for (const line of this.tailLines) {
      if (line.redacted) continue;
      line.text = scrubLine(line.text, this.known).slice(0, TAIL_LINE_MAX);
      line.redacted = true;
    }
    return this.tailLines.map((line) => line.text);
  }

  private newInterval(now: number): void {
    if (now - this.intervalStart < INTERVAL_MS) return;
    this.intervalStart = now;
    this.readChars = 0;
    this.loggedLines = 0;
    this.loggedChars = 0;
  }

  private line(text: string, now: number): void {
    if (this.loggedLines < LINES_PER_INTERVAL && this.loggedChars < CHARS_PER_INTERVAL) {
      const clean = this.scrub.line(text).slice(0, LINE_MAX);
      this.loggedLines++;
      this.loggedChars += clean.length;
      this.log.info({ stderr: clean }, "server stderr");
      this.toTail({ text: clean.slice(0, TAIL_LINE_MAX), redacted: true });
      return;
    }
    this.skippedLines++;
    this.skippedChars += text.length;
    this.report ??= setTimeout(() => this.reportSkipped(), this.intervalStart + INTERVAL_MS - now).unref();
    // Not redacted now, but a private key's armour is followed all the same: a key's lines never reach the tail.
    const inKey = this.scrub.armoured(text);
    this.toTail(
      inKey ? { text: IN_KEY, redacted: true } : { text: text.slice(0, TAIL_READ), redacted: false },
    );
  }

  private toTail(line: TailLine): void {
    this.tailLines.push(line);
    if (this.tailLines.length > TAIL_LINES) this.tailLines.shift();
  }

  private reportSkipped(): void {
    clearTimeout(this.report);
    this.report = undefined;
    if (this.skippedLines === 0) return;
    const lines = this.skippedLines;
    const chars = this.skippedChars;
    this.skippedLines = 0;
    this.skippedChars = 0;
    this.log.warn(
      { skipped_lines: lines, skipped_chars: chars },
      `${lines} lines of this server's stderr not logged (${chars} characters): over ${LINES_PER_INTERVAL} lines or ${CHARS_PER_INTERVAL / 1024} KiB in ${INTERVAL_MS / 1000} s`,
    );
  }
}
