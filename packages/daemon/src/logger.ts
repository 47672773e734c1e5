// One JSON logger for the daemon, writing to <home>/daemon.log (never stdout: stdout may be a pipe). Lines
// are pino's shape ({"level":30,"time":"…","pid":1,…,"msg":"…"}), written synchronously. It is our own
// rather than pino because pino, its redaction compiler and its worker-thread transport machinery held
// 2 MB of the daemon's resident memory for a few dozen lines a day (README, Benchmarks: memory).
import { closeSync, openSync, writeSync } from "node:fs";
import { touchPrivate } from "./home.js";

/** Log lines held while the log file cannot be written (a full disk); beyond this they are dropped. */
const LOG_BUFFER_MAX = 1 << 20;

export const CREDENTIAL_FIELDS = [
  "key",
  "api_key",
  "apiKey",
  "token",
  "bearer_token",
  "access_token",
  "refresh_token",
  "id_token",
  "client_secret",
  "password",
  "secret",
  "authorization",
  "Authorization",
  "cookie",
  "credentials",
  "env",
];
const CREDENTIAL = new Set(CREDENTIAL_FIELDS);
const CENSOR = "[REDACTED]";

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
export type LogLevel = keyof typeof LEVELS;

type LogMethod = {
  (fields: object, msg?: string): void;
  (msg: string): void;
};

/** What the daemon logs through (a pino logger fits it too, as the tests' silent one does). */
export interface Logger {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  child(bindings: object): Logger;
  flush(done?: (err?: Error) => void): void;
}

/** The log file, written synchronously; write errors are absorbed (see createLogger). */
class LogFile {
  private fd: number | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly path: string) {}

  write(line: string): void {
    const bytes = Buffer.from(line);
    if (this.pendingBytes + bytes.length <= LOG_BUFFER_MAX) {
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
    }
    this.drain();
  }

  drain(): void {
    for (let bytes = this.pending[0]; bytes !== undefined; bytes = this.pending[0]) {
      try {
        this.fd ??= openSync(this.path, "a", 0o600);
        const written = writeSync(this.fd, bytes);
        this.pendingBytes -= written;
        if (written < bytes.length) this.pending[0] = bytes.subarray(written);
        else this.pending.shift();
      } catch {
        // Kept (up to LOG_BUFFER_MAX) for the next line or flush.
        if (this.fd !== undefined) closeSync(this.fd);
        this.fd = undefined;
        return;
      }
    }
  }
}

/** Credentials replaced at the top and one level down, under the names they really travel under. */
function redacted(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (CREDENTIAL.has(key)) out[key] = CENSOR;
    else if (value instanceof Error) out[key] = serialisedError(value);
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const inner: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) inner[k] = CREDENTIAL.has(k) ? CENSOR : v;
      out[key] = inner;
    } else out[key] = value;
  }
  return out;
}

function serialisedError(err: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { type: err.constructor.name, message: err.message, stack: err.stack };
  for (const [k, v] of Object.entries(err)) if (!CREDENTIAL.has(k)) out[k] = v;
  return out;
}

/** JSON that never throws: cycles, BigInts and errors deeper down are written as what they are. */
function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "bigint") return v.toString();
      if (v instanceof Error) return { type: v.constructor.name, message: v.message };
      if (v !== null && typeof v === "object") {
        if (seen.has(v)) return "[Circular]";
        seen.add(v);
      }
      return v;
    });
  } catch (err) {
    return JSON.stringify({ msg: "a log line could not be written", reason: String(err) });
  }
}

function makeLogger(file: LogFile, threshold: number, bindings: Record<string, unknown>): Logger {
  const method =
    (level: number): LogMethod =>
    (fieldsOrMsg: object | string, msg?: string) => {
      if (level < threshold) return;
      const fields = typeof fieldsOrMsg === "string" ? {} : (fieldsOrMsg as Record<string, unknown>);
      const text = typeof fieldsOrMsg === "string" ? fieldsOrMsg : msg;
      const line = {
        level,
        time: new Date().toISOString(),
        pid: process.pid,
        ...redacted({ ...bindings, ...fields }),
        ...(text === undefined ? {} : { msg: text }),
      };
      file.write(`${safeJson(line)}\n`);
    };
  return {
    debug: method(LEVELS.debug),
    info: method(LEVELS.info),
    warn: method(LEVELS.warn),
    error: method(LEVELS.error),
    child: (more) => makeLogger(file, threshold, { ...bindings, ...(more as Record<string, unknown>) }),
    flush: (done) => {
      file.drain();
      if (done) process.nextTick(done);
    },
  };
}

/**
 * Synchronous writes, and write errors absorbed: on a full disk the lines wait (up to LOG_BUFFER_MAX) for
 * the next write. The audit journal, not the log, decides whether traffic may flow.
 */
export function createLogger(file: string, level: string): Logger {
  touchPrivate(file);
  const threshold = level in LEVELS ? LEVELS[level as LogLevel] : LEVELS.info;
  return makeLogger(new LogFile(file), threshold, {});
}
