// The daemon's Unix socket, where bridges and the CLI connect. Listening never steals the socket of a
// daemon that still answers on it; the socket is the owner's only.
import { chmodSync, existsSync, unlinkSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { probeDaemon, socketPathProblem } from "@mcp-guard/wire";
import { logAcceptErrors } from "./accept-errors.js";
import { AlreadyRunningError } from "./home.js";
import type { Logger } from "./logger.js";

export async function listenOnSocket(
  socketPath: string,
  accept: (socket: Socket) => void,
  logger: Logger,
): Promise<Server> {
  // Node would bind a longer path cut short: another file, which no bridge looks for at this path.
  const tooLong = socketPathProblem(socketPath);
  if (tooLong !== undefined) throw new Error(tooLong);
  if (existsSync(socketPath)) {
    // We hold the lock, so a live daemon here means the lock was bypassed: never steal its socket.
    if (await probeDaemon(socketPath)) throw new AlreadyRunningError(-1);
    unlinkSync(socketPath);
  }
  // Half-open: a client that closes stdin has ended only its side; the answers to its requests in flight
  // still travel back on ours (without this, Node would close the socket at once and drop them).
  const server = createServer({ allowHalfOpen: true }, accept);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve();
    });
  });
  try {
    chmodSync(socketPath, 0o600);
  } catch (err) {
    // Bound but not made ours: a server left listening would keep the failed daemon's process alive.
    await closeServer(server);
    removeSocketFile(socketPath);
    throw err;
  }
  logAcceptErrors(server, "socket server", logger);
  return server;
}

/** Removes the socket file once nothing more is served on it (if it is still there). */
export function removeSocketFile(socketPath: string): void {
  if (!existsSync(socketPath)) return;
  try {
    unlinkSync(socketPath);
  } catch {
    /* already gone */
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
