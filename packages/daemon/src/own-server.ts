// A bridge started, directly or through npx, a shell or any wrapper, by a server this daemon launched: the
// server entry runs `mcp-guard connect` into the very daemon that runs it. Each such session would launch
// that entry again, whose bridge opens another session: hundreds of processes within seconds (seen: 500 in
// 8 s). `init` can write such an entry (it wraps an entry that only resembles the bridge), and a hand-made
// config can too. Three signs tell it apart from a client's bridge, none enough alone: the mark every
// server's environment carries (kept by any wrapper that keeps the environment, however it detaches: setsid,
// a double fork, a relay); the server's own stdio as the stdin or stdout of the bridge or of a process above
// it (however the wrapper detached it and whatever environment it left: a relay's shell or script(1) still
// holds the server's pipes); and the kernel's pid of the peer with /proc's parent links. A wrapper can always
// hide one more hop (a FIFO, a TCP relay, a process left to init), so signs alone cannot stop every loop:
// what every loop has in common bounds it (MAX_STARTING_LAUNCHES).
import { randomBytes } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";

/** The variable naming, in each server's environment, the daemon that started it. */
export const SERVER_MARK = "MCP_GUARD_SERVER_OF";
/**
 * This daemon's value for it: random, so that a server of another daemon (another home) may still run a
 * bridge into this one, and a client's environment cannot hold it by chance.
 */
const thisDaemon = randomBytes(16).toString("hex");

/** What every server this daemon starts finds in its environment. */
export function serverMark(): Record<string, string> {
  return { [SERVER_MARK]: thisDaemon };
}

/** Whether a bridge's environment (its hello's) is that of a server this daemon started, or inherits it. */
export function carriesServerMark(env: Readonly<Record<string, string>> | undefined): boolean {
  return env?.[SERVER_MARK] === thisDaemon;
}

/** Links followed at most: a chain of wrappers is short; this bounds a walk through a very deep tree. */
const MAX_DEPTH = 64;

/** The servers this daemon runs, as stdio-upstream.ts knows them. */
export interface RunningServers {
  /** Whether `pid` is a server process this daemon started and has not seen exit. */
  isServer(pid: number): boolean;
  /** Whether `name` (as stdioOf gives it) is the stdin or stdout of such a server. */
  isServerStdio(name: string): boolean;
}

/**
 * Whether `pid` runs inside a server this daemon started (each in a process group of its own): it is that
 * process, descends from it, stays in its process group after the wrapper that started it has gone (`(cmd
 * &)` leaves the bridge to init), or it or a process above it reads or writes the server's own stdin or
 * stdout (a relay `cat | bridge | cat` whose shell holds them, script(1) running the bridge on a terminal
 * of its own). False where /proc cannot tell. Asking for the servers, not for the daemon's descendants,
 * keeps a process the daemon only adopted (the daemon as a container's pid 1 inherits orphans) from
 * counting. Bounded: two links read per process, at most MAX_DEPTH processes.
 */
export function runsInsideServer(pid: number, servers: RunningServers): boolean {
  let current: number | undefined = pid;
  for (let depth = 0; depth < MAX_DEPTH && current !== undefined && current > 1; depth++) {
    if (servers.isServer(current) || stdioOf(current).some((name) => servers.isServerStdio(name)))
      return true;
    const links = linksOf(current);
    if (links === undefined) return false;
    if (servers.isServer(links.group)) return true;
    current = links.parent;
  }
  return false;
}

/**
 * Launches of one server still starting (launched, not a word said yet, not even the answer to
 * initialize) past which a bridge's session of that server is refused as server_loop. Each launch of a
 * looping entry opens a new session of the same server before it can answer initialize (its answer would
 * come from the launch that session starts), so a loop's launches pile up as starting whatever relay hides
 * the bridge; ordinary clients' launches answer within seconds, and several editor windows opened at once,
 * each starting the same slow server, stay below it.
 */
export const MAX_STARTING_LAUNCHES = 16;

/**
 * What a process reads and writes as its stdin and stdout, as /proc names an open pipe or socket
 * ("pipe:[inode]", "socket:[inode]"): the same names for every process holding that very pipe. Nothing for
 * a file or a terminal (which many unrelated processes share), a process that is gone, or no /proc.
 */
export function stdioOf(pid: number): string[] {
  const names: string[] = [];
  for (const fd of [0, 1]) {
    try {
      const name = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (/^(pipe|socket):\[\d+\]$/.test(name)) names.push(name);
    } catch {
      // Closed, or not ours to read: nothing to compare.
    }
  }
  return names;
}

/** A process's parent and process group, from /proc; undefined when it is gone or there is no /proc. */
function linksOf(pid: number): { parent: number; group: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const parent = Number(fields[1]);
  const group = Number(fields[2]);
  return Number.isInteger(parent) && Number.isInteger(group) ? { parent, group } : undefined;
}
