// Connecting to the daemon and completing the handshake. Used by the bridge and the CLI.
import { lstatSync, realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { connect, type Socket } from "node:net";
import { ControlProtocolError } from "./checks.js";
import { socketPathProblem } from "./paths.js";
import { readRegularFile, UnreadableFileError } from "./regular-file.js";
import {
  parseControlReply,
  REPLY_TYPE,
  type ControlOp,
  type ControlReplies,
  type ErrorReply,
} from "./control-messages.js";
import { FrameDecoder, FRAME_CONTROL, writeControl, type ControlFrame, type Frame } from "./framing.js";
import {
  parseHandshakeReply,
  parseHello,
  parseProbeReply,
  PROTOCOL_VERSION,
  type ControlHello,
  type ProbeReply,
  type RefusalReason,
  type SessionHello,
  type Welcome,
} from "./handshake.js";

export class DaemonUnavailableError extends Error {}
export class HandshakeRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason | ErrorReply["reason"],
    message: string,
  ) {
    super(message);
  }
}

/** The socket at the daemon's path is not this user's: nothing is sent to whoever listens there. */
export class ForeignSocketError extends Error {}

/** The socket path is too long to connect to whole (paths.ts): nothing is sent to the file it would be cut to. */
export class SocketPathTooLongError extends Error {}

/**
 * Refuses a socket path another user could be listening on: the socket (and a link to it) must belong to
 * this user, and its directory to this user or root, writable by no one else unless sticky (as /tmp is: then
 * no one else can replace what is checked here before the connect). The daemon checks its peer's uid; this is
 * the other way round, so that a socket squatted at a shared `socket_path` while the daemon was down does not
 * receive the hello (the daemon key, the API key or token, the client's environment and stdio). Root may own
 * them too. Where there are no uids (Windows) it checks nothing; a path that does not exist is left to the
 * connect to report.
 */
export function checkSocketOwner(socketPath: string): void {
  const uid = process.getuid?.();
  if (uid === undefined) return;
  const ours = (owner: number) => owner === uid || owner === 0;
  let link;
  try {
    link = lstatSync(socketPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw new ForeignSocketError(`cannot check the daemon socket ${socketPath}: ${(err as Error).message}`);
  }
  const target = link.isSymbolicLink() ? statSync(socketPath, { throwIfNoEntry: false }) : link;
  if (target === undefined) return;
  // The directory that holds the socket itself, and where the link stands: either one, if others may write
  // to it, lets them put their own socket there between this check and the connect.
  const unsafe = (link.isSymbolicLink() ? [socketPath, realpathSync(socketPath)] : [socketPath])
    .map((path) => ({ where: dirname(path), directory: statSync(dirname(path)) }))
    .find(
      ({ directory }) =>
        !ours(directory.uid) || ((directory.mode & 0o022) !== 0 && (directory.mode & 0o1000) === 0),
    );
  const problem = !ours(link.uid)
    ? `the link belongs to uid ${link.uid}`
    : !target.isSocket()
      ? "it is not a socket"
      : target.uid !== uid
        ? `it belongs to uid ${target.uid}`
        : unsafe === undefined
          ? undefined
          : !ours(unsafe.directory.uid)
            ? `its directory ${unsafe.where} belongs to uid ${unsafe.directory.uid}`
            : `its directory ${unsafe.where} is writable by others and not sticky`;
  if (problem !== undefined)
    throw new ForeignSocketError(
      `refusing the daemon socket ${socketPath}: ${problem}, so another user may be listening there; stop whatever listens there, or set daemon.socket_path to a place only you can write`,
    );
}

/** The daemon key cannot be read; `code` is the failed open's (ENOENT: none yet, or removed). */
export class DaemonKeyError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export function readDaemonKey(keyPath: string): string {
  try {
    // A key is 65 bytes: the cap only keeps a device or a pipe in its place from being read on.
    return readRegularFile(keyPath, 4096).trim();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      err instanceof UnreadableFileError
        ? `it ${err.reason}`
        : code === "ENOENT"
          ? "it does not exist"
          : (code ?? (err as Error).message);
    throw new DaemonKeyError(`cannot read the daemon key ${keyPath}: ${reason}`, code);
  }
}

export function openSocket(socketPath: string, timeoutMs = 2000): Promise<Socket> {
  return new Promise((resolvePromise, reject) => {
    const tooLong = socketPathProblem(socketPath);
    if (tooLong !== undefined) throw new SocketPathTooLongError(tooLong);
    checkSocketOwner(socketPath);
    const socket = connect(socketPath);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new DaemonUnavailableError(`no answer from the daemon socket ${socketPath} within ${timeoutMs} ms`),
      );
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.removeAllListeners("error");
      resolvePromise(socket);
    });
    socket.once("error", (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new DaemonUnavailableError(
          `cannot connect to the daemon at ${socketPath}: ${err.code ?? err.message}`,
        ),
      );
    });
  });
}

/** Reads control frames until one matches, with a timeout. Data frames before it are returned too. */
export function awaitControl(
  socket: Socket,
  decoder: FrameDecoder,
  timeoutMs: number,
): Promise<{ reply: ControlFrame; rest: Frame[] }> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () => finish(new DaemonUnavailableError("the daemon did not answer the handshake")),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      let frames: Frame[];
      try {
        frames = decoder.push(chunk);
      } catch (err) {
        finish(err as Error);
        return;
      }
      const index = frames.findIndex((f) => f.kind === FRAME_CONTROL);
      if (index < 0) return;
      const frame = frames[index] as Extract<Frame, { kind: typeof FRAME_CONTROL }>;
      finish(undefined, { reply: frame.message, rest: frames.slice(index + 1) });
    };
    const onClose = () =>
      finish(new DaemonUnavailableError("the daemon closed the connection during the handshake"));
    const onError = (err: Error) => finish(new DaemonUnavailableError(`daemon socket error: ${err.message}`));
    function finish(err?: Error, value?: { reply: ControlFrame; rest: Frame[] }) {
      clearTimeout(timer);
      socket.off("data", onData).off("close", onClose).off("error", onError);
      if (value) resolvePromise(value);
      else reject(err ?? new DaemonUnavailableError("the handshake ended without a reply"));
    }
    socket.on("data", onData).on("close", onClose).on("error", onError);
  });
}

type HelloFields<H> = H extends unknown ? Omit<H, "type" | "protocol"> : never;

/**
 * Opens a socket, sends hello and waits for welcome. Throws HandshakeRefusedError with the daemon's reason.
 * A hello the daemon would refuse as malformed (an environment over MAX_HELLO_ENV_BYTES, say) is not sent:
 * ControlProtocolError says what is wrong with it. With `hello.pass_fds`, `sendDescriptors` is called when
 * the daemon asks for them (before the welcome).
 */
export async function handshake(
  socketPath: string,
  fields: HelloFields<SessionHello | ControlHello>,
  timeoutMs = 5000,
  sendDescriptors?: (socket: Socket) => void,
): Promise<{ socket: Socket; decoder: FrameDecoder; welcome: Welcome; rest: Frame[] }> {
  const hello = parseHello({ type: "hello", protocol: PROTOCOL_VERSION, ...fields });
  const socket = await openSocket(socketPath, timeoutMs);
  const decoder = new FrameDecoder();
  writeControl(socket, hello);
  try {
    let { reply, rest } = await awaitControl(socket, decoder, timeoutMs);
    let parsed = parseHandshakeReply(reply);
    if (parsed.type === "send_fds" && hello.purpose === "session" && hello.pass_fds && sendDescriptors) {
      sendDescriptors(socket);
      ({ reply, rest } = await awaitControl(socket, decoder, timeoutMs));
      parsed = parseHandshakeReply(reply);
    }
    if (parsed.type === "refused") throw new HandshakeRefusedError(parsed.reason, parsed.message);
    if (parsed.type !== "welcome")
      throw new ControlProtocolError(`the daemon asked for descriptors that were not offered`);
    return { socket, decoder, welcome: parsed, rest };
  } catch (err) {
    socket.destroy();
    throw err;
  }
}

/** A one-shot authenticated control request; resolves with the reply its operation gets. */
export async function controlRequest<Op extends ControlOp>(
  socketPath: string,
  key: string,
  op: Op,
  timeoutMs = 5000,
): Promise<ControlReplies[Op]> {
  const { socket, decoder } = await handshake(socketPath, { key, purpose: "control" }, timeoutMs);
  try {
    writeControl(socket, { type: "request", op });
    const reply = parseControlReply((await awaitControl(socket, decoder, timeoutMs)).reply);
    if (reply.type === "error") throw new HandshakeRefusedError(reply.reason, reply.message);
    if (!isReplyTo(op, reply))
      throw new ControlProtocolError(`the daemon answered "${op}" with a "${reply.type}" reply`);
    return reply;
  } finally {
    socket.end();
  }
}

function isReplyTo<Op extends ControlOp>(
  op: Op,
  reply: ControlReplies[ControlOp],
): reply is ControlReplies[Op] {
  return reply.type === REPLY_TYPE[op];
}

/** The daemon's pid and version when one answers on the socket (no key needed). */
export async function probeDaemon(socketPath: string, timeoutMs = 1000): Promise<ProbeReply | undefined> {
  let socket: Socket;
  try {
    socket = await openSocket(socketPath, timeoutMs);
  } catch {
    return undefined;
  }
  try {
    writeControl(socket, { type: "probe" });
    const { reply } = await awaitControl(socket, new FrameDecoder(), timeoutMs);
    return parseProbeReply(reply);
  } catch {
    return undefined;
  } finally {
    socket.destroy();
  }
}
