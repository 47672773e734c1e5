// Waiting for a starting daemon's socket: the bridge and `start -d` wake when the socket file is made in its
// directory (bind creates it and the daemon listens in the same turn), and look again every so often in
// case the directory cannot be watched or the event is missed. A wake-up only says "look now": whoever
// waits still asks the daemon itself (probeDaemon) before anything goes to it.
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";

/**
 * How often the socket is looked for without an event. Until round 47 the only way, every 20 ms: over a
 * start of several seconds on a busy machine, hundreds of failed connects costing the bridge a third of its
 * CPU, and CPU taken from the daemon it was waiting for.
 */
export const SOCKET_LOOK_MS = 250;

export interface SocketWatch {
  /** Resolves when something happens to the socket's name in its directory, on wake(), or after `ms`. */
  next(ms?: number): Promise<void>;
  /** Ends a wait now (e.g. the daemon being started gave up). */
  wake(): void;
  close(): void;
}

export function watchForSocket(socketPath: string): SocketWatch {
  const name = basename(socketPath);
  let pending = false;
  let waiter: (() => void) | undefined;
  const wake = () => {
    pending = true;
    waiter?.();
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(socketPath), (_event, changed) => {
      if (changed === null || changed === name) wake();
    });
    watcher.on("error", () => watcher?.close());
  } catch {
    // No directory yet, or none that can be watched: the periodic look alone.
  }
  return {
    next(ms = SOCKET_LOOK_MS) {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          waiter = undefined;
          pending = false;
          resolve();
        }
        waiter = done;
      });
    },
    wake,
    close: () => watcher?.close(),
  };
}
