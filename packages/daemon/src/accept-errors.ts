// What a listening server of the daemon says when descriptors run out (a low `ulimit -n`, a service
// manager's LimitNOFILE, very many clients at once). Nothing of it stops the daemon: libuv keeps a spare
// descriptor and, when accept fails with EMFILE, uses it to accept and close each connection it cannot
// serve, so the sessions already open go on and new ones are served again once descriptors free up. Those
// closed connections never reach Node, so the daemon says it runs short from the descriptors it is given
// (the kernel hands out the lowest free number: a number near the limit means few are left), once per
// episode, and once more when there are enough again; an accept error Node does report is logged as well,
// EMFILE once per episode rather than once per connection.
import { readFileSync } from "node:fs";
import type { Server, Socket } from "node:net";
import { descriptorOf } from "@mcp-guard/peercred";
import type { Logger } from "./logger.js";

/** How many descriptors left count as running short; twice as many free again ends the episode. */
const SHORT = 32;
const OUT_OF_DESCRIPTORS = new Set(["EMFILE", "ENFILE"]);

/** Logs `server`'s errors and descriptor shortage; `what` names it in the log ("socket server", ...). */
export function logAcceptErrors(server: Server, what: string, logger: Logger): void {
  const limit = descriptorLimit();
  let short = false;
  const runningShort = (fields: object) => {
    if (short) return;
    short = true;
    logger.error(
      { ...fields, limit },
      `${what}: running out of file descriptors; connections it cannot take are closed unanswered until some are free (open sessions go on)`,
    );
  };
  server.on("error", (err: NodeJS.ErrnoException) => {
    if (OUT_OF_DESCRIPTORS.has(err.code ?? "")) runningShort({ code: err.code });
    else logger.error({ err }, `${what} error`);
  });
  server.on("connection", (socket: Socket) => {
    const fd = descriptorOf(socket);
    const left = limit === undefined || fd === undefined ? undefined : limit - fd;
    if (left !== undefined && left <= SHORT) return runningShort({ fd });
    if (short && (left === undefined || left > 2 * SHORT)) {
      short = false;
      logger.warn({ fd, limit }, `${what}: file descriptors are free again; accepting connections`);
    }
  });
}

/** This process's soft limit on open descriptors (Linux: /proc/self/limits); undefined when unknown. */
export function descriptorLimit(): number | undefined {
  try {
    const line = readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isSafeInteger(soft) ? soft : undefined;
  } catch {
    return undefined;
  }
}
