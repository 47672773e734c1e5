// Whether a pid names a live process. A zombie (exited, not yet reaped by its parent: a daemon killed with
// -9 whose parent has not waited for it) answers signal 0 like a live process, but holds nothing: counting
// it as alive would keep a dead daemon's lock for as long as the zombie lingers.
import { readFileSync } from "node:fs";

export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return false; // no procfs (macOS): signal 0 is all there is
  }
  // "pid (command) state …": the command may hold spaces and parentheses, so read after the last ")".
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
}
