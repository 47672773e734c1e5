// What Node does not expose about a connected Unix socket: the uid, gid and pid of the process at the other
// end, from the kernel, and passing file descriptors over it. Also a file's POSIX ACL (posixAcl).
import { createRequire } from "node:module";
import type { Socket } from "node:net";

export interface PeerCredentials {
  uid: number;
  gid: number;
  /** -1 where the platform does not report it. */
  pid: number;
}

type Native = {
  peerCredentials(fd: number): PeerCredentials;
  sendFds(socketFd: number, fds: number[]): boolean;
  receiveFds(socketFd: number): number[] | undefined;
  trimMalloc(): boolean;
  posixAcl(path: string): Buffer | null;
};

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

/** The libuv handle behind a connected socket: its descriptor, and reading switched on and off. */
interface Handle {
  fd?: unknown;
  reading?: boolean;
  readStop?: () => number;
  readStart?: () => number;
}

/** Node keeps the handle in an undocumented field: read it as unknown and check what is used of it. */
function handleOf(socket: Socket): Handle | undefined {
  if (!("_handle" in socket)) return undefined;
  const handle = socket._handle;
  return typeof handle === "object" && handle !== null ? handle : undefined;
}

function descriptor(socket: Socket): number {
  const fd = descriptorOf(socket);
  if (fd === undefined) throw new Error("the socket has no file descriptor");
  return fd;
}

/** The descriptor behind a connected socket, or undefined when it has none (closed, or not a Unix one). */
export function descriptorOf(socket: Socket): number | undefined {
  const fd = handleOf(socket)?.fd;
  return typeof fd === "number" && fd >= 0 ? fd : undefined;
}

/** Throws when the credentials cannot be read; callers must treat that as "not verified". */
export function peerCredentials(socket: Socket): PeerCredentials {
  return load().peerCredentials(descriptor(socket));
}

/** True when this build can pass descriptors (the native module loads). */
export function canPassDescriptors(): boolean {
  try {
    load();
    return true;
  } catch {
    return false;
  }
}

/** Sends descriptors over a connected Unix socket that has nothing else queued for writing. */
export function sendDescriptors(socket: Socket, fds: number[]): void {
  load().sendFds(descriptor(socket), fds);
}

/**
 * Stops libuv reading the socket, so that the next bytes, and the descriptors they carry, stay in the kernel
 * for receiveDescriptors (a plain read would discard the descriptors). Node restarts a stopped handle
 * whenever the stream wants more data (its _read), so that is switched off too until releaseReading.
 */
export function holdReading(socket: Socket): void {
  const handle = handleOf(socket);
  if (typeof handle?.readStop !== "function" || typeof handle.readStart !== "function")
    throw new Error("the socket has no handle to hold");
  handle.readStop();
  handle.reading = false;
  socket._read = () => {};
}

/**
 * Undoes holdReading: the handle reads again and the stream takes what it reads. Does nothing to a socket
 * that is not held, so every path that ends a held socket can call it (a held socket never sees its peer's
 * end, and so is never closed).
 */
export function releaseReading(socket: Socket): void {
  // The own property set by holdReading shadows the stream's _read; removing it restores the prototype's.
  if (!Object.hasOwn(socket, "_read")) return;
  Reflect.deleteProperty(socket, "_read");
  const handle = handleOf(socket);
  if (typeof handle?.readStart !== "function" || socket.destroyed) return;
  handle.reading = true;
  handle.readStart();
}

/**
 * Waits (polling, never blocking the event loop) for one byte carrying descriptors on a socket whose reading
 * is held; rejects on a closed connection, a byte without descriptors, or after timeoutMs.
 */
export function receiveDescriptors(socket: Socket, timeoutMs: number): Promise<number[]> {
  const native = load();
  const fd = descriptor(socket);
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      let fds: number[] | undefined;
      try {
        fds = native.receiveFds(fd);
      } catch (err) {
        return reject(err as Error);
      }
      if (fds) return resolve(fds);
      if (Date.now() > deadline) return reject(new Error(`no descriptors within ${timeoutMs} ms`));
      setTimeout(attempt, 1);
    };
    attempt();
  });
}

/**
 * Gives the C heap's free pages back to the system (glibc's malloc_trim): what the V8 heap, SQLite and
 * Buffers freed after a burst otherwise stays resident. Returns whether anything was given back; false
 * where the C library is not glibc or the module is not built (nothing to do then, and nothing breaks).
 */
export function trimMallocHeap(): boolean {
  try {
    return load().trimMalloc();
  } catch {
    return false;
  }
}

/** One entry of a POSIX access ACL: whom it names (a uid or gid for `user` and `group`) and its rwx bits. */
export interface AclEntry {
  tag: "user_obj" | "user" | "group_obj" | "group" | "mask" | "other";
  /** 4 read, 2 write, 1 execute, as in a mode's digit. */
  perm: number;
  /** The uid of a `user` entry, the gid of a `group` entry; -1 for the others. */
  id: number;
}

const ACL_TAGS: Record<number, AclEntry["tag"]> = {
  0x01: "user_obj",
  0x02: "user",
  0x04: "group_obj",
  0x08: "group",
  0x10: "mask",
  0x20: "other",
};

/**
 * The entries of a file's POSIX access ACL (Linux), which can let users and groups the mode bits do not show
 * write to it; empty when it has none, or on other platforms (macOS keeps ACLs another way; not read here).
 * Throws when the ACL cannot be read or parsed (or the native module is not built): the caller must then
 * count the file as one it cannot vouch for.
 */
export function posixAcl(path: string): AclEntry[] {
  if (process.platform !== "linux") return [];
  const raw = load().posixAcl(path);
  if (raw === null) return [];
  // Version 2: a 4-byte header, then 8-byte entries (tag u16, perm u16, id u32), little-endian on every
  // architecture (the kernel converts).
  if (raw.length < 4 || (raw.length - 4) % 8 !== 0 || raw.readUInt32LE(0) !== 2)
    throw new Error(`${path}: an ACL this reader does not understand`);
  const entries: AclEntry[] = [];
  for (let at = 4; at < raw.length; at += 8) {
    const tag = ACL_TAGS[raw.readUInt16LE(at)];
    if (tag === undefined) throw new Error(`${path}: an ACL entry of unknown kind`);
    const id = tag === "user" || tag === "group" ? raw.readUInt32LE(at + 4) : -1;
    entries.push({ tag, perm: raw.readUInt16LE(at + 2), id });
  }
  return entries;
}
