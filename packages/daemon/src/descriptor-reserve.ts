// Descriptors kept for the owner. The dashboard and the HTTP front door listen on TCP, where any local user
// (and, for the front door, anyone who can reach its address) may connect, before any credential is checked.
// Connections held open there would use up the daemon's descriptors, and a daemon out of descriptors closes
// every connection it accepts, the owner's bridges on the Unix socket included. So a TCP connection is
// closed at once when it would leave fewer than a quarter of the limit (at least 64) free: what is left is
// for the socket's sessions, each of which needs a handful (its connection, the client's stdio, the server's
// pipes). The connections the daemon itself opens to HTTP servers for its clients keep out of it too
// (takesOwnerReserve, upstream/node-fetch.ts).
import type { Server, Socket } from "node:net";
import { descriptorOf } from "@mcp-guard/peercred";
import { descriptorLimit } from "./accept-errors.js";
import type { Logger } from "./logger.js";

const MIN_RESERVE = 64;

/** Descriptors a TCP listener leaves free under `limit`. */
export function ownerReserve(limit: number): number {
  return Math.max(MIN_RESERVE, Math.floor(limit / 4));
}

/** Closes `server`'s connections that would eat into the owner's reserve; `what` names it in the log. */
export function keepDescriptorsForOwner(server: Server, what: string, logger: Logger): void {
  const limit = descriptorLimit();
  if (limit === undefined) return;
  const reserve = ownerReserve(limit);
  let refusing = false;
  server.on("connection", (socket: Socket) => {
    const fd = descriptorOf(socket);
    if (fd === undefined) return;
    // The kernel hands out the lowest free number, so a high one means few are left.
    const intoReserve = limit - fd <= reserve;
    if (intoReserve) socket.destroy();
    if (intoReserve === refusing) return;
    refusing = intoReserve;
    if (refusing)
      logger.warn(
        { fd, limit, reserve },
        `${what}: too many connections; new ones are closed to keep descriptors for the owner's sessions`,
      );
    else logger.info({ fd, limit }, `${what}: taking connections again`);
  });
}

let processLimit: number | undefined | null = null;

/** True when `socket`, a connection the daemon opened, holds a descriptor of the owner's reserve. */
export function takesOwnerReserve(socket: Socket): boolean {
  if (processLimit === null) processLimit = descriptorLimit();
  const fd = descriptorOf(socket);
  return processLimit !== undefined && fd !== undefined && processLimit - fd <= ownerReserve(processLimit);
}
