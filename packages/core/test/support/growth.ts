// How a piece of work grows with its input, measured so that a loaded machine does not change the answer.
// Wall time counts every other process's turn on the cores, and process.cpuUsage() every thread of the
// process: the core test files run as worker threads of one vitest process, so a file beside this one adds its
// own CPU to this one's (round 45's man page ratio read 15 alone and 43 in CI). The CPU time of this thread
// alone, read from Linux's /proc/thread-self/stat, is the work of this test and nothing else.
import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on every Linux build Node supports). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds this thread has used, or the process's where /proc is not Linux's. */
export function threadCpuMs(): number {
  let stat: string;
  try {
    stat = readFileSync("/proc/thread-self/stat", "utf8");
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  // The fields after the command name, which may hold spaces: state is the first, utime the 12th, stime the 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU milliseconds of this thread that `work` takes. */
export function cpuMsOf(work: () => void): number {
  const started = threadCpuMs();
  work();
  return threadCpuMs() - started;
}

/** CPU time of the smaller size of a comparison: a fifth of a second is twenty of the clock's ticks. */
const MEASURABLE_MS = 200;

/**
 * How many times the CPU time of `work(4 * size)` is that of `work(size)`. `size` starts at `smallest` and doubles
 * (to `largest` at most) until one run takes a fifth of a second, so the clock's ticks do not decide; then each
 * size's fastest of `rounds` runs, the two sizes taken in turn. Linear work reads about 4, quadratic 16.
 */
export function growthOfFourTimes(
  work: (size: number) => void,
  { smallest, largest, rounds = 3 }: { smallest: number; largest: number; rounds?: number },
): number {
  let size = smallest;
  while (size < largest && cpuMsOf(() => work(size)) < MEASURABLE_MS) size = Math.min(2 * size, largest);
  work(4 * size);
  let one = Infinity;
  let four = Infinity;
  for (let i = 0; i < rounds; i++) {
    one = Math.min(
      one,
      cpuMsOf(() => work(size)),
    );
    four = Math.min(
      four,
      cpuMsOf(() => work(4 * size)),
    );
  }
  return four / Math.max(one, 10);
}
