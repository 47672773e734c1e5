// CPU time of the calling thread alone, for the tests that bound how a reader's time grows. The core tests run
// in worker threads of one process, so process.cpuUsage() counts every other test file's work beside this one,
// and wall-clock time counts the whole machine's load (two cores shared by many processes): either made a
// linear reader look quadratic under load. Linux gives each thread's own user and system time in
// /proc/thread-self/stat (in clock ticks of 10 ms); elsewhere the process's time is the fallback.
import { readFileSync } from "node:fs";

/** Milliseconds per clock tick of /proc's times (USER_HZ, 100 on every Linux the tests run on). */
const TICK_MS = 10;

function threadTicks(): number | undefined {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // The command name (field 2) may hold blanks and parentheses: the fields are counted after its last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the line, 12th and 13th after the name.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** The CPU milliseconds `work` took on this thread (on the whole process where threads cannot be told apart). */
export function threadCpuMs(work: () => unknown): number {
  const before = threadTicks();
  if (before === undefined) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  }
  work();
  return ((threadTicks() ?? before) - before) * TICK_MS;
}

/** The least of `runs` measurements: another thread's or process's work only ever adds to one. */
export function leastCpuMs(work: () => unknown, runs = 3): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) least = Math.min(least, threadCpuMs(work));
  return least;
}
