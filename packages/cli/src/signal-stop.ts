// Stopping a daemon that holds its home's lock but does not answer on its socket (wire's unansweringDaemon):
// no request reaches it, so it is sent signals. Only a daemon the lock proves to be the process that wrote it
// (the same start time) is signalled: a pid alone may have been given to another program since.
import { holdsLock, type LockHolder } from "@mcp-guard/wire";
import { CliError } from "./cli-error.js";

/** As long as `stop` waits for a daemon it asked: its own stop ends it within shutdown_timeout plus 15 s. */
const STOP_GRACE_MS = 120_000;

/** Ends the daemon and says how, or fails saying why it could not. */
export async function stopBySignal(
  daemon: LockHolder & { problem: string },
  graceMs = STOP_GRACE_MS,
): Promise<string> {
  const { pid } = daemon;
  if (!daemon.proven)
    throw new CliError(
      `${daemon.problem}, and its lock records no start time that proves pid ${pid} is still that daemon: stop it yourself`,
    );
  send(daemon, "SIGTERM");
  // After SIGTERM, so that a suspended daemon (Ctrl-Z, SIGSTOP) wakes to it: it then stops in order (calls in
  // flight end, the audit is flushed) rather than being killed.
  send(daemon, "SIGCONT");
  if (await gone(daemon, graceMs))
    return `daemon stopped (pid ${pid}; it did not answer on its socket, so it was sent SIGTERM)`;
  // Its event loop never ran the SIGTERM handler (stuck): SIGKILL is all that reaches it.
  send(daemon, "SIGKILL");
  if (await gone(daemon, 5000))
    return `daemon killed (pid ${pid}): it did not answer on its socket, nor stop within ${graceMs / 1000} s of SIGTERM`;
  throw new CliError(`the daemon (pid ${pid}) did not stop, even on SIGKILL`);
}

function send(daemon: LockHolder, signal: NodeJS.Signals): void {
  if (!holdsLock(daemon)) return;
  try {
    process.kill(daemon.pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ESRCH") return;
    throw new CliError(`cannot send ${signal} to the daemon (pid ${daemon.pid}): ${(err as Error).message}`);
  }
}

/** True once the process that wrote the lock is gone (exited, or its pid now another process's). */
async function gone(daemon: LockHolder, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (holdsLock(daemon)) {
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
