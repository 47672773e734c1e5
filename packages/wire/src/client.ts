// Connecting to the daemon and completing the handshake. Used by the bridge and the CLI.
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { FrameDecoder, FRAME_CONTROL, writeControl, type ControlMessage, type Frame } from "./framing.js";
import { PROTOCOL_VERSION, type Hello } from "./handshake.js";

export class DaemonUnavailableError extends Error {}
export class HandshakeRefusedError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export function readDaemonKey(keyPath: string): string {
  return readFileSync(keyPath, "utf8").trim();
}

export function openSocket(socketPath: string, timeoutMs = 2000): Promise<Socket> {
  return new Promise((resolvePromise, reject) => {
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
): Promise<{ reply: ControlMessage; rest: Frame[] }> {
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
    function finish(err?: Error, value?: { reply: ControlMessage; rest: Frame[] }) {
      clearTimeout(timer);
      socket.off("data", onData).off("close", onClose).off("error", onError);
      if (err) reject(err);
      else resolvePromise(value!);
    }
    socket.on("data", onData).on("close", onClose).on("error", onError);
  });
}

/**
 * Opens a socket, sends hello and waits for welcome. Throws HandshakeRefusedError with the daemon's reason.
 * With `hello.pass_fds`, `sendDescriptors` is called when the daemon asks for them (before the welcome).
 */
export async function handshake(
  socketPath: string,
  hello: Omit<Hello, "type" | "protocol">,
  timeoutMs = 5000,
  sendDescriptors?: (socket: Socket) => void,
): Promise<{ socket: Socket; decoder: FrameDecoder; welcome: ControlMessage; rest: Frame[] }> {
  const socket = await openSocket(socketPath, timeoutMs);
  const decoder = new FrameDecoder();
  writeControl(socket, { type: "hello", protocol: PROTOCOL_VERSION, ...hello });
  try {
    let { reply, rest } = await awaitControl(socket, decoder, timeoutMs);
    if (reply.type === "send_fds" && hello.pass_fds && sendDescriptors) {
      sendDescriptors(socket);
      ({ reply, rest } = await awaitControl(socket, decoder, timeoutMs));
    }
    if (reply.type !== "welcome") {
      throw new HandshakeRefusedError(
        String(reply.reason ?? "refused"),
        String(reply.message ?? "the daemon refused"),
      );
    }
    return { socket, decoder, welcome: reply, rest };
  } catch (err) {
    socket.destroy();
    throw err;
  }
}

/** A one-shot authenticated control request (status, health, stop). */
export async function controlRequest(
  socketPath: string,
  key: string,
  op: string,
  timeoutMs = 5000,
): Promise<ControlMessage> {
  const { socket, decoder } = await handshake(socketPath, { key, purpose: "control" }, timeoutMs);
  try {
    writeControl(socket, { type: "request", op });
    const { reply } = await awaitControl(socket, decoder, timeoutMs);
    if (reply.type === "error") throw new HandshakeRefusedError(String(reply.reason), String(reply.message));
    return reply;
  } finally {
    socket.end();
  }
}

/** True when a daemon answers on the socket (no key needed). */
export async function probeDaemon(socketPath: string, timeoutMs = 1000): Promise<ControlMessage | undefined> {
  let socket: Socket;
  try {
    socket = await openSocket(socketPath, timeoutMs);
  } catch {
    return undefined;
  }
  try {
    writeControl(socket, { type: "probe" });
    const { reply } = await awaitControl(socket, new FrameDecoder(), timeoutMs);
    return reply.type === "probe_ok" ? reply : undefined;
  } catch {
    return undefined;
  } finally {
    socket.destroy();
  }
}
