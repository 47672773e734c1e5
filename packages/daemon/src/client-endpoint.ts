// The client side of a session. Either the bridge relays the client's stdio as data frames over its socket,
// or, when it could, it handed its standard input and output to the daemon (SCM_RIGHTS): the daemon then
// reads the client's requests and writes its answers directly, one process hop less, and the bridge only
// waits on its socket for the exit code. The session sees the same endpoint either way.
import { closeSync, fstatSync } from "node:fs";
import { Socket } from "node:net";
import { FRAME_DATA, writeControl, writeData, type ControlMessage, type Frame } from "@mcp-guard/wire";
import { receiveDescriptors, releaseReading } from "@mcp-guard/peercred";

export interface ClientInput {
  /** Bytes the client wrote (newline-delimited JSON-RPC, in arbitrary chunks). */
  data(chunk: Buffer): void;
  /** The client closed its input: answer what is in flight, then end. */
  end(): void;
  /** The client went away (crashed, killed, stopped reading): end at once. */
  dropped(): void;
}

export interface ClientEndpoint {
  readonly kind: "relayed" | "descriptors" | "http";
  /** Writes to the client; false when it reads slower than we write (then wait for onDrain). */
  write(text: string): boolean;
  onDrain(resume: () => void): void;
  readonly writable: boolean;
  /** Ends the session for the client; with a notice when the bridge should say why on stderr. */
  end(notice?: { reason: string; message: string }): void;
  listen(input: ClientInput): void;
  /** Frames the bridge sends after the welcome. */
  route(frame: Frame): void;
}

/** How long the bridge has to send its descriptors once asked. */
const DESCRIPTOR_WAIT_MS = 2000;

class RelayedEndpoint implements ClientEndpoint {
  readonly kind = "relayed";
  private input: ClientInput | undefined;

  constructor(private readonly socket: Socket) {}

  get writable(): boolean {
    return !this.socket.destroyed && this.socket.writable;
  }

  write(text: string): boolean {
    if (this.socket.destroyed) return true;
    return writeData(this.socket, Buffer.from(text, "utf8"));
  }

  onDrain(resume: () => void): void {
    this.socket.once("drain", resume);
  }

  end(notice?: { reason: string; message: string }): void {
    const socket = this.socket;
    if (!this.writable) return void socket.destroy();
    if (notice) writeControl(socket, { type: "closing", ...notice });
    socket.end();
  }

  listen(input: ClientInput): void {
    this.input = input;
    // The client may have ended while the session was being opened; end after its queued frames run.
    if (this.socket.readableEnded) setImmediate(() => input.end());
    else this.socket.on("end", () => input.end());
    this.socket.on("close", () => input.dropped());
  }

  route(frame: Frame): void {
    if (frame.kind === FRAME_DATA) this.input?.data(frame.payload);
  }
}

class DescriptorEndpoint implements ClientEndpoint {
  readonly kind = "descriptors";
  private readonly input: Socket;
  private readonly output: Socket;
  private ended = false;

  constructor(
    private readonly control: Socket,
    inFd: number,
    outFd: number,
  ) {
    this.input = new Socket({ fd: inFd, readable: true, writable: false });
    this.output = new Socket({ fd: outFd, readable: false, writable: true });
  }

  get writable(): boolean {
    return !this.output.destroyed && this.output.writable;
  }

  write(text: string): boolean {
    if (this.output.destroyed) return true;
    return this.output.write(text);
  }

  onDrain(resume: () => void): void {
    this.output.once("drain", resume);
  }

  end(notice?: { reason: string; message: string }): void {
    if (this.ended) return;
    this.ended = true;
    this.input.destroy();
    // The client sees end of file once the bridge has exited too: it holds the other copy of its stdout.
    const exit: ControlMessage = notice ? { type: "closing", ...notice } : { type: "exit", code: 0 };
    const tellBridge = () => {
      if (!this.control.destroyed && this.control.writable) {
        writeControl(this.control, exit);
        this.control.end();
      }
    };
    if (this.output.destroyed) tellBridge();
    else this.output.end(tellBridge);
  }

  listen(input: ClientInput): void {
    this.input.on("data", (chunk: Buffer) => input.data(chunk));
    this.input.on("end", () => input.end());
    // A client that stops reading its stdout, or a bridge that dies, ends the session at once.
    this.input.on("error", () => input.dropped());
    this.output.on("error", () => input.dropped());
    this.control.on("close", () => input.dropped());
    this.control.on("error", () => {});
  }

  route(): void {
    // Nothing but the exit code travels on the socket once the descriptors are passed.
  }
}

/**
 * The endpoint for a new session. When the hello offered descriptors (its socket's reading is then held by
 * the connection handler), asks for them and takes them if they are a pipe or a socket; otherwise relays.
 * Rejects when the bridge offered descriptors but did not send them.
 */
export async function clientEndpoint(hello: ControlMessage, socket: Socket): Promise<ClientEndpoint> {
  if (hello.pass_fds !== true) return new RelayedEndpoint(socket);
  writeControl(socket, { type: "send_fds" });
  const fds = await receiveDescriptors(socket, DESCRIPTOR_WAIT_MS);
  releaseReading(socket);
  const [inFd, outFd] = fds;
  if (fds.length === 2 && inFd !== undefined && outFd !== undefined && fds.every(isStream))
    return new DescriptorEndpoint(socket, inFd, outFd);
  for (const fd of fds) closeQuietly(fd);
  return new RelayedEndpoint(socket);
}

function isStream(fd: number): boolean {
  try {
    // BigInt stats: a plain fstatSync of a pipe leaves "FIFO" in the process-wide buffer that
    // fs.realpathSync reads for path parts it has cached, so the next import() stops following symlinks
    // and, under pnpm, cannot find a package's own dependencies (nodejs/node#51142).
    const stat = fstatSync(fd, { bigint: true });
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
}

/** A client endpoint in memory, for driving a session without a socket (tests, embedding). */
export class MemoryEndpoint implements ClientEndpoint {
  readonly kind = "relayed";
  /** Every line the session wrote to the client, parsed. */
  readonly received: Record<string, unknown>[] = [];
  notice: { reason: string; message: string } | undefined;
  ended = false;
  private input: ClientInput | undefined;

  get writable(): boolean {
    return !this.ended;
  }

  write(text: string): boolean {
    for (const line of text.split("\n"))
      if (line) this.received.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  }

  onDrain(): void {}

  end(notice?: { reason: string; message: string }): void {
    this.ended = true;
    this.notice = notice;
  }

  listen(input: ClientInput): void {
    this.input = input;
  }

  route(): void {}

  /** Delivers a message from the client. */
  send(message: object): void {
    this.input?.data(Buffer.from(`${JSON.stringify(message)}\n`));
  }
}
