// One JSON logger for the daemon, writing to <home>/daemon.log (never stdout: stdout may be a pipe).
import pino, { type Logger } from "pino";
import { touchPrivate } from "./home.js";

export type { Logger };

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

export function createLogger(file: string, level: string): Logger {
  touchPrivate(file);
  // Synchronous writes, and write errors absorbed: on a full disk an unhandled error event would crash the
  // daemon, and pino's flush at exit would then retry the write forever. The audit journal, not the log,
  // decides whether traffic may flow.
  const destination = pino.destination({ dest: file, sync: true, maxLength: LOG_BUFFER_MAX });
  destination.on("error", () => {});
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Defence in depth: credentials must never be logged even if an object carrying them is, under the
      // names they really have (at the top and one level down; pino's paths are exact, not recursive).
      redact: { paths: CREDENTIAL_FIELDS.flatMap((f) => [f, `*.${f}`]), censor: "[REDACTED]" },
    },
    destination,
  );
}
