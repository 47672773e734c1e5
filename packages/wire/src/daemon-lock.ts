// Who the daemon lock names, and whether that process still holds it. A pid alone does not say: after a
// crash or a reboot the pid is soon another program's (signal 0 answers for any process, EPERM included),
// and a lock judged by the pid alone then kept every daemon from starting until a person deleted it. So
// the lock records, beside the pid, when its process started (the boot's id and the start time in
// /proc/<pid>/stat): the lock is held only while a live process has that pid *and* that start.
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import type { DaemonPaths } from "./paths.js";
import { isProcessRunning } from "./process-alive.js";

export interface LockRecord {
  pid: number;
  /** "<boot id>:<start time in clock ticks>"; absent without procfs, and in a lock from before round 31. */
  started?: string;
}

/** The lock's text for the process `pid`: the pid first, so readers of the pid alone still read it. */
export function lockText(pid: number = process.pid): string {
  const started = processStart(pid);
  return started === undefined ? `${pid}\n` : `${pid}\n${started}\n`;
}

export function parseLock(text: string): LockRecord | undefined {
  const [first, second] = text.split("\n");
  const pid = Number.parseInt(first?.trim() ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const started = second?.trim();
  return started ? { pid, started } : { pid };
}

/** Whether the process the lock names is alive and is the one that wrote it. */
export function holdsLock(record: LockRecord): boolean {
  if (!isProcessRunning(record.pid)) return false;
  const started = processStart(record.pid);
  // No procfs (macOS): a live pid is all there is to go on.
  if (started === undefined) return !procfs();
  if (record.started !== undefined) return record.started === started;
  // A lock with no start (an older mcp-guard's) is held only by a process that runs mcp-guard itself.
  return runsMcpGuard(record.pid);
}

/** The lock file's text and what it records; undefined when there is no lock to read. */
export function readLock(lockPath: string): { text: string; record: LockRecord | undefined } | undefined {
  try {
    const text = readFileSync(lockPath, "utf8");
    return { text, record: parseLock(text) };
  } catch {
    return undefined;
  }
}

export interface LockHolder extends LockRecord {
  /**
   * Its start is the one the lock records: it is the process that wrote the lock, so a signal cannot reach a
   * program that was given the pid since. False for a lock without a start (no procfs, or an older lock).
   */
  proven: boolean;
}

/** The process the lock names, while it still holds it. */
export function lockHolder(lockPath: string): LockHolder | undefined {
  const record = readLock(lockPath)?.record;
  if (!record || !holdsLock(record)) return undefined;
  return { ...record, proven: record.started !== undefined && record.started === processStart(record.pid) };
}

/**
 * For a socket that did not answer: the daemon that holds the home's lock all the same (suspended, its event
 * loop stuck, its socket file removed, or still starting), with what is wrong; undefined when none holds it.
 * The socket alone cannot tell such a daemon from no daemon at all, and neither can start in its place.
 */
export function unansweringDaemon(paths: DaemonPaths): (LockHolder & { problem: string }) | undefined {
  const holder = lockHolder(paths.lock);
  if (!holder) return undefined;
  const what = existsSync(paths.socket)
    ? `does not answer on its socket ${paths.socket} (suspended, or stuck)`
    : `has no socket at ${paths.socket}`;
  return { ...holder, problem: `the daemon (pid ${holder.pid}) of ${paths.home} ${what}` };
}

/** When `pid` started, unique across boots; undefined when procfs cannot say. */
function processStart(pid: number): string | undefined {
  try {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command) state ppid …": the command may hold spaces and parentheses, so count after the last
    // ")"; the start time is field 22 of the line, the 20th after the command.
    const start = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return boot && start ? `${boot}:${start}` : undefined;
  } catch {
    return undefined;
  }
}

function procfs(): boolean {
  try {
    readFileSync("/proc/self/stat");
    return true;
  } catch {
    return false;
  }
}

/**
 * The daemon is the CLI's `start`: node running bin/mcp-guard.js, the `mcp-guard` command, or the bundled
 * daemon entry a bridge and `start -d` run (cli's bundle/mcp-guard-daemon.js).
 */
function runsMcpGuard(pid: number): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return args.some((arg) => ["mcp-guard", "mcp-guard.js", "mcp-guard-daemon.js"].includes(basename(arg)));
  } catch {
    return false;
  }
}
