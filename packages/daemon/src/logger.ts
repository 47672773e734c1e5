// One JSON logger for the daemon, writing to <home>/daemon.log (never stdout: stdout may be a pipe).
import pino, { type Logger } from "pino";
import { touchPrivate } from "./home.js";

export type { Logger };

export function createLogger(file: string, level: string): Logger {
  touchPrivate(file);
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Defence in depth: credentials must never be logged even if an object carrying them is.
      redact: {
        paths: ["key", "*.key", "token", "*.token", "authorization", "*.authorization"],
        censor: "[REDACTED]",
      },
    },
    pino.destination({ dest: file, sync: false }),
  );
}
