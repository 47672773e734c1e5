// The daemon home: owner-only directory, key file, and the single-instance lock.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { writableByOthers } from "@mcp-guard/config/runtime";
import { holdsLock, lockText, readLock, type DaemonPaths } from "@mcp-guard/wire";

export function ensureHome(paths: DaemonPaths): void {
  mkdirSync(paths.home, { recursive: true, mode: 0o700 });
  // An existing directory may have been created looser; the home holds keys and the audit, so tighten it.
  chmodSync(paths.home, 0o700);
  // Tightening is not enough when another user owns it (root's chmod succeeds; the owner can undo it) or can
  // rename it away through a directory above it: they would choose the approvals, pins and key we read.
  const others = writableByOthers(paths.home, "the daemon home", "its approvals, pins and key");
  if (others !== undefined) throw new Error(`the daemon home is not safe: ${others}`);
}

/**
 * A 64-hex-character secret kept in an owner-only file: created on first use; a file that others could
 * read, or that holds something else, is refused rather than used.
 */
export function ensureSecret(path: string): string {
  try {
    const mode = statSync(path).mode & 0o777;
    if (mode !== 0o600)
      throw new Error(`${path} has mode ${mode.toString(8)}; it must be 600 (run: chmod 600 ${path})`);
    const secret = readFileSync(path, "utf8").trim();
    if (!/^[0-9a-f]{64}$/.test(secret))
      throw new Error(`${path} is not a 64-character hex secret; delete it to make a new one`);
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const secret = randomBytes(32).toString("hex");
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: "wx" });
  return secret;
}

export const ensureDaemonKey = (paths: DaemonPaths): string => ensureSecret(paths.key);

export class AlreadyRunningError extends Error {
  constructor(readonly pid: number) {
    super(`a daemon is already running (pid ${pid})`);
  }
}

/**
 * Takes the lock by hard-linking a file holding our pid and start (wire's daemon-lock.ts) to the lock path:
 * link() is atomic, so of several daemons started at once exactly one wins, and the file is whole when it
 * appears. A lock whose process is gone, or is not the one that wrote it, is removed and retried.
 */
export function acquireLock(lockPath: string): () => void {
  const mine = `${lockPath}.${process.pid}`;
  writeFileSync(mine, lockText(), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, lockPath);
        return () => {
          if (readLock(lockPath)?.record?.pid === process.pid) unlinkSync(lockPath);
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const judged = readLock(lockPath);
      const holder = judged?.record;
      if (holder && holder.pid !== process.pid && holdsLock(holder))
        throw new AlreadyRunningError(holder.pid);
      // Stale. Only remove it if it is still the same stale file we judged.
      if (judged !== undefined && readLock(lockPath)?.text === judged.text) {
        try {
          unlinkSync(lockPath);
        } catch {
          /* another starter removed it first; retry */
        }
      }
    }
    throw new Error(`could not take the lock ${lockPath}`);
  } finally {
    unlinkSync(mine);
  }
}

/** Creates an empty owner-only file (for logs) before any library opens it. */
export function touchPrivate(path: string): void {
  closeSync(openSync(path, "a", 0o600));
  chmodSync(path, 0o600);
}
