// The bridge: what an MCP client launches in place of the server. It finds (or starts) the daemon and
// presents the daemon key. Then, when its stdin and stdout are pipes or sockets, it hands them to the daemon
// (SCM_RIGHTS) and only waits for the exit code; otherwise (a terminal, a file, no native support) it relays
// bytes between stdio and the socket. No policy, no parsing of MCP, no upstream code: if the daemon is gone
// the bridge exits non-zero, so the guarded path fails closed.
import { fstatSync } from "node:fs";
import type { Socket } from "node:net";
import { canPassDescriptors, sendDescriptors } from "@mcp-guard/peercred";
import {
  ControlProtocolError,
  DaemonUnavailableError,
  ForeignSocketError,
  FRAME_DATA,
  handshake,
  HandshakeRefusedError,
  parseSessionNotice,
  probeDaemon,
  readDaemonKey,
  SocketPathTooLongError,
  SOCKET_LOOK_MS,
  unansweringDaemon,
  watchForSocket,
  writeData,
  type Credentials,
  type DaemonPaths,
  type Frame,
  type FrameDecoder,
} from "@mcp-guard/wire";

export interface BridgeOptions {
  server: string;
  paths: DaemonPaths;
  /** Sent to the daemon only when the user chose a config, so a daemon running another one can say so. */
  configPath?: string | undefined;
  /** The environment the client launched the bridge with: it fills its session's `${VAR}`s, nothing else. */
  env?: NodeJS.ProcessEnv;
  /** Presented at the handshake (never sent as MCP traffic). */
  credentials?: Credentials | undefined;
  /**
   * Starts a daemon in the background; the bridge then waits for it to answer. The promise, if any,
   * resolves with the daemon's own reason when it gave up starting, so the bridge can fail at once.
   */
  startDaemon: () => Promise<string> | void;
  autoStartTimeoutMs?: number;
  stdin?: NodeJS.ReadableStream;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** Offer this process's descriptors 0 and 1 to the daemon when they can be passed (default: no). */
  passDescriptors?: boolean;
}

export class BridgeError extends Error {}

/** Resolves with the process exit code: 0 when the client closed stdin, 1 on any failure. */
export async function runBridge(o: BridgeOptions): Promise<number> {
  const stderr = o.stderr ?? process.stderr;
  let connection: Awaited<ReturnType<typeof handshake>>;
  try {
    connection = await connectOrStart(o);
  } catch (err) {
    stderr.write(`mcp-guard: ${(err as Error).message}\n`);
    return 1;
  }
  if (connection.welcome.descriptors === true)
    return awaitExit(connection.socket, connection.decoder, connection.rest, stderr);
  return relay(connection.socket, connection.decoder, connection.rest, o);
}

/** True when descriptors 0 and 1 are pipes or sockets and the native module can pass them. */
export function descriptorsPassable(): boolean {
  try {
    return (
      [0, 1].every((fd) => {
        // BigInt stats: a plain fstat of a pipe leaves "FIFO" in the buffer Node's module resolution reuses
        // for realpath, and a later import() then fails (nodejs/node#51142), as the daemon found.
        const stat = fstatSync(fd, { bigint: true });
        return stat.isFIFO() || stat.isSocket();
      }) && canPassDescriptors()
    );
  } catch {
    return false;
  }
}

/**
 * How long a session's hello may wait for the daemon's welcome. The daemon answers once the session is set
 * up, and the first sessions of a fresh daemon load the detectors and the policy chain: on two busy cores
 * (an editor starting all its servers at once, or a CI machine) that took over 5 s, the limit until round
 * 28, and the client saw its server close. A daemon that never answers still fails the session.
 */
const SESSION_HANDSHAKE_TIMEOUT_MS = 30_000;

async function connectOrStart(o: BridgeOptions): Promise<Awaited<ReturnType<typeof handshake>>> {
  const pass = o.passDescriptors === true;
  const attempt = () =>
    handshake(
      o.paths.socket,
      {
        key: readDaemonKey(o.paths.key),
        purpose: "session",
        server: o.server,
        config: o.configPath,
        env: stringsOnly(o.env ?? process.env),
        credentials: o.credentials,
        ...(pass ? { pass_fds: true } : {}),
      },
      SESSION_HANDSHAKE_TIMEOUT_MS,
      (socket) => sendDescriptors(socket, [0, 1]),
    );
  try {
    return await attempt();
  } catch (err) {
    if (err instanceof ControlProtocolError)
      throw new BridgeError(`cannot open a session: ${err.message}`, { cause: err });
    if (err instanceof ForeignSocketError || err instanceof SocketPathTooLongError)
      throw new BridgeError(err.message, { cause: err });
    if (err instanceof HandshakeRefusedError || !isAbsent(err)) throw err;
  }
  let failed: string | undefined;
  const started = o.startDaemon();
  // Watched once the start has made the daemon's home, where the socket will be.
  const appearing = watchForSocket(o.paths.socket);
  void started?.then((reason) => {
    failed = reason;
    appearing.wake();
  });
  try {
    const deadline = Date.now() + (o.autoStartTimeoutMs ?? 20_000);
    // The wait for a new daemon is on the path of the first session's answer: the socket's appearance
    // wakes the bridge at once, and it is looked for every SOCKET_LOOK_MS besides (socket-appears.ts).
    while (Date.now() < deadline) {
      await appearing.next(Math.min(SOCKET_LOOK_MS, Math.max(0, deadline - Date.now())));
      if (failed !== undefined) throw new BridgeError(`the daemon did not start: ${failed}`);
      if (!(await probeDaemon(o.paths.socket, 500))) continue;
      return await attempt();
    }
  } finally {
    appearing.close();
  }
  // No daemon can start while one holds the lock: name it rather than blame a start that never could happen.
  const inTheWay = unansweringDaemon(o.paths);
  if (inTheWay)
    throw new BridgeError(`${inTheWay.problem}, and no other can start in its place; mcp-guard stop ends it`);
  throw new BridgeError(
    `the daemon did not start within ${Math.round((o.autoStartTimeoutMs ?? 20_000) / 1000)} s; see ${o.paths.startupLog} and ${o.paths.log}`,
  );
}

function stringsOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (typeof value === "string") out[name] = value;
  return out;
}

function isAbsent(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return err instanceof DaemonUnavailableError || code === "ENOENT";
}

/**
 * The daemon holds the client's stdio now: wait for its word. "exit" ends with its code; "closing" is a
 * reason to print; a socket that closes without either means the daemon died (exit 1: fail closed).
 */
function awaitExit(
  socket: Socket,
  decoder: FrameDecoder,
  rest: Frame[],
  stderr: NodeJS.WritableStream,
): Promise<number> {
  return new Promise((resolve) => {
    let code: number | undefined;
    // `rest` came with the welcome: a session that ended at once sends its exit in the same read.
    const take = (next: () => Frame[]) => {
      try {
        for (const frame of next()) {
          if (frame.kind === FRAME_DATA || code !== undefined) continue;
          const notice = parseSessionNotice(frame.message);
          if (notice.type === "exit") code = notice.code;
          else {
            stderr.write(`mcp-guard: ${notice.message}\n`);
            code = 1;
          }
        }
      } catch (err) {
        stderr.write(`mcp-guard: protocol error from the daemon: ${(err as Error).message}\n`);
        code = 1;
        socket.destroy();
      }
    };
    take(() => rest);
    socket.on("data", (chunk: Buffer) => take(() => decoder.push(chunk)));
    let socketError = "";
    socket.on("error", (err: NodeJS.ErrnoException) => (socketError = ` (${err.code ?? err.message})`));
    socket.on("close", () => {
      if (code === undefined) stderr.write(`mcp-guard: lost the connection to the daemon${socketError}\n`);
      resolve(code ?? 1);
    });
  });
}

function relay(socket: Socket, decoder: FrameDecoder, rest: Frame[], o: BridgeOptions): Promise<number> {
  const stdin = o.stdin ?? process.stdin;
  const stdout = o.stdout ?? process.stdout;
  const stderr = o.stderr ?? process.stderr;
  let clientClosed = false;
  let reported = false;
  const report = (line: string) => {
    if (reported) return;
    reported = true;
    stderr.write(`mcp-guard: ${line}\n`);
  };

  return new Promise((resolve) => {
    const onFrames = (frames: Frame[]) => {
      // One write for everything that arrived together: fewer syscalls when many responses are in flight.
      const data: Buffer[] = [];
      for (const frame of frames) {
        if (frame.kind === FRAME_DATA) data.push(frame.payload);
        else {
          const notice = parseSessionNotice(frame.message);
          if (notice.type === "closing") report(notice.message);
        }
      }
      if (data.length > 0 && !stdout.write(data.length === 1 ? data[0]! : Buffer.concat(data))) {
        socket.pause();
        stdout.once("drain", () => socket.resume());
      }
    };
    const take = (next: () => Frame[]) => {
      try {
        onFrames(next());
      } catch (err) {
        report(`protocol error from the daemon: ${(err as Error).message}`);
        socket.destroy();
      }
    };
    take(() => rest);
    socket.on("data", (chunk: Buffer) => take(() => decoder.push(chunk)));
    let socketError = "";
    socket.on("error", (err: NodeJS.ErrnoException) => {
      socketError = ` (${err.code ?? err.message})`;
    });
    socket.on("close", () => {
      // Nothing more can be relayed. Release stdin so the process can exit even though the client still
      // holds its end open (pausing alone can leave the handle keeping the event loop alive).
      stdin.removeAllListeners("data");
      (stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      if (clientClosed && !reported) return resolve(0);
      report(`lost the connection to the daemon${socketError}`);
      resolve(1);
    });

    stdin.on("data", (chunk: Buffer) => {
      if (!writeData(socket, chunk)) {
        stdin.pause();
        socket.once("drain", () => stdin.resume());
      }
    });
    stdin.on("end", () => {
      clientClosed = true;
      socket.end();
    });
    stdout.on("error", () => {
      // The client stopped reading (it exited): nothing more to relay.
      clientClosed = true;
      socket.destroy();
    });
  });
}
