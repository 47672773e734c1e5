// The uid, gid and pid of the process at the other end of a Unix socket, from the kernel.
import { createRequire } from "node:module";
import type { Socket } from "node:net";

export interface PeerCredentials {
  uid: number;
  gid: number;
  /** -1 where the platform does not report it. */
  pid: number;
}

type Native = { peerCredentials(fd: number): PeerCredentials };

let native: Native | Error | undefined;

function load(): Native {
  if (native === undefined) {
    try {
      native = createRequire(import.meta.url)("../build/Release/peercred.node") as Native;
    } catch (err) {
      native = new Error(
        `the peer-credential module is not built (${(err as Error).message.split("\n")[0]}); run pnpm install`,
      );
    }
  }
  if (native instanceof Error) throw native;
  return native;
}

/** Throws when the credentials cannot be read; callers must treat that as "not verified". */
export function peerCredentials(socket: Socket): PeerCredentials {
  // A connected Unix socket's libuv handle carries its file descriptor.
  const fd = (socket as unknown as { _handle?: { fd?: unknown } })._handle?.fd;
  if (typeof fd !== "number" || fd < 0) throw new Error("the socket has no file descriptor");
  return load().peerCredentials(fd);
}
