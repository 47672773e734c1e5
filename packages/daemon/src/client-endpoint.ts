// The client side of a session. Either the bridge relays the client's stdio as data frames over its socket,
// or, when it could, it handed its standard input and output to the daemon (SCM_RIGHTS): the daemon then
// reads the client's requests and writes its answers directly, one process hop less, and the bridge only
// waits on its socket for the exit code. The session sees the same endpoint either way (session/endpoint.ts).
import { closeSync } from "node:fs";
import { Socket } from "node:net";
import {
  FRAME_DATA,
  writeControl,
  writeData,
  type Frame,
  type SessionHello,
  type SessionNotice,
} from "@mcp-guard/wire";
import { receiveDescriptors, releaseReading } from "@mcp-guard/peercred";
import type { JsonObject } from "@mcp-guard/core";
import {
  ignore,
  LineReader,
  type CloseNotice,
  type Endpoint,
  type TransportRefusal,
} from "./session/endpoint.js";
import { WriteBatcher } from "./write-batcher.js";

export interface ClientEndpoint extends Endpoint {
  readonly kind: "relayed" | "descriptors" | "http" | "memory";
  /** A client endpoint takes every message at once (its writes are batched or queued in order). */
  send(message: JsonObject): void;
  /** Frames the bridge sends after the welcome. */
  route(frame: Frame): void;
  /** A request the transport refused and answered itself: only an HTTP client's transport refuses any. */
  onrefused?: (refusal: TransportRefusal) => void;
  /**
   * An event the client's transport stored and now replays to a resuming client, with the client's request it
   * belongs to: what to send in its place (replayed-answer.ts). Only an HTTP client's transport replays.
   */
  onreplay?: (message: JsonObject, answers: JsonObject | undefined) => JsonObject | undefined;
  /**
   * The session judged the client's initialize and sent it on: an HTTP client's transport holds its stream
   * unwritten until then, so that one the guard refuses for its rate limit can still be answered 429.
   */
  initializeForwarded?(): void;
}

/** How long the bridge has to send its descriptors once asked. */
const DESCRIPTOR_WAIT_MS = 2000;

/**
 * What the socket endpoints share: answers serialised as lines, coalesced into one write per turn, and
 * back-pressure reported once until the peer drains.
 */
abstract class LineEndpoint {
  onmessage: Endpoint["onmessage"] = ignore;
  onerror: Endpoint["onerror"] = ignore;
  onclose: Endpoint["onclose"] = ignore;
  onbackpressure: Endpoint["onbackpressure"] = ignore;
  protected readonly reader: LineReader;
  private readonly writes = new WriteBatcher((text) => this.writeOut(text));
  private waitingForDrain = false;

  constructor(maxMessageBytes: number) {
    this.reader = new LineReader(maxMessageBytes, this, true);
  }

  send(message: JsonObject): void {
    this.writes.push(`${JSON.stringify(message)}\n`);
  }

  protected flush(): void {
    this.writes.flush();
  }

  private writeOut(text: string): void {
    if (!this.writable || this.write(text) || this.waitingForDrain) return;
    this.waitingForDrain = true;
    this.onbackpressure(true);
    this.onceDrained(() => {
      this.waitingForDrain = false;
      this.onbackpressure(false);
    });
  }

  abstract get writable(): boolean;
  /** False when the peer reads slower than we write. */
  protected abstract write(text: string): boolean;
  protected abstract onceDrained(resume: () => void): void;
}

class RelayedEndpoint extends LineEndpoint implements ClientEndpoint {
  readonly kind = "relayed";

  constructor(
    private readonly socket: Socket,
    maxMessageBytes: number,
  ) {
    super(maxMessageBytes);
  }

  get writable(): boolean {
    return !this.socket.destroyed && this.socket.writable;
  }

  protected write(text: string): boolean {
    if (this.socket.destroyed) return true;
    return writeData(this.socket, Buffer.from(text, "utf8"));
  }

  protected onceDrained(resume: () => void): void {
    this.socket.once("drain", resume);
  }

  start(): Promise<void> {
    // The client may have ended while the session was being opened; end after its queued frames run.
    const ended = () => {
      this.reader.end();
      this.onclose({ reason: "client finished", finished: true });
    };
    if (this.socket.readableEnded) setImmediate(ended);
    else this.socket.on("end", ended);
    this.socket.on("close", () => this.onclose({ reason: "client disconnected", finished: false }));
    return Promise.resolve();
  }

  close(notice?: CloseNotice): Promise<void> {
    this.flush();
    const socket = this.socket;
    if (!this.writable) socket.destroy();
    else {
      if (notice) writeControl(socket, { type: "closing", ...notice });
      socket.end();
    }
    return Promise.resolve();
  }

  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  route(frame: Frame): void {
    if (frame.kind === FRAME_DATA) this.reader.push(frame.payload);
  }

  discard(): void {
    // The socket is the connection's, which refuses the hello and closes it.
  }
}

class DescriptorEndpoint extends LineEndpoint implements ClientEndpoint {
  readonly kind = "descriptors";
  private readonly input: Socket;
  private readonly output: Socket;
  private ended = false;

  constructor(
    private readonly control: Socket,
    input: Socket,
    output: Socket,
    maxMessageBytes: number,
  ) {
    super(maxMessageBytes);
    this.input = input;
    this.output = output;
  }

  discard(): void {
    this.input.destroy();
    this.output.destroy();
  }

  get writable(): boolean {
    return !this.output.destroyed && this.output.writable;
  }

  protected write(text: string): boolean {
    if (this.output.destroyed) return true;
    return this.output.write(text);
  }

  protected onceDrained(resume: () => void): void {
    this.output.once("drain", resume);
  }

  start(): Promise<void> {
    const dropped = () => this.onclose({ reason: "client disconnected", finished: false });
    this.input.on("data", (chunk: Buffer) => this.reader.push(chunk));
    this.input.on("end", () => {
      this.reader.end();
      this.onclose({ reason: "client finished", finished: true });
    });
    // A client that stops reading its stdout, or a bridge that dies, ends the session at once.
    this.input.on("error", dropped);
    this.output.on("error", dropped);
    this.control.on("close", dropped);
    this.control.on("error", ignore);
    return Promise.resolve();
  }

  close(notice?: CloseNotice): Promise<void> {
    if (this.ended) return Promise.resolve();
    this.ended = true;
    this.flush();
    this.input.destroy();
    // The client sees end of file once the bridge has exited too: it holds the other copy of its stdout.
    const exit: SessionNotice = notice ? { type: "closing", ...notice } : { type: "exit", code: 0 };
    const tellBridge = () => {
      if (!this.control.destroyed && this.control.writable) {
        writeControl(this.control, exit);
        this.control.end();
      }
    };
    if (this.output.destroyed) tellBridge();
    else this.output.end(tellBridge);
    return Promise.resolve();
  }

  pause(): void {
    this.input.pause();
  }

  resume(): void {
    this.input.resume();
  }

  route(): void {
    // Nothing but the exit code travels on the socket once the descriptors are passed.
  }
}

/** An endpoint made from a bridge's hello: the session factory may still refuse it before it starts. */
export interface BridgeEndpoint extends ClientEndpoint {
  /** Closes what the endpoint holds of its own (the passed descriptors) for a session that will not start. */
  discard(): void;
}

/**
 * The endpoint for a new session. When the hello offered descriptors (its socket's reading is then held by
 * the connection handler), asks for them and takes them if they are a stream pipe or socket; otherwise (a
 * regular file, a terminal, a UDP socket) closes them and relays. Rejects when the bridge offered
 * descriptors but did not send them.
 */
export async function clientEndpoint(
  hello: SessionHello,
  socket: Socket,
  maxMessageBytes: number,
): Promise<BridgeEndpoint> {
  if (!hello.pass_fds) return new RelayedEndpoint(socket, maxMessageBytes);
  writeControl(socket, { type: "send_fds" });
  const fds = await receiveDescriptors(socket, DESCRIPTOR_WAIT_MS);
  releaseReading(socket);
  const streams = streamsOf(fds);
  if (streams) return new DescriptorEndpoint(socket, streams.input, streams.output, maxMessageBytes);
  return new RelayedEndpoint(socket, maxMessageBytes);
}

/**
 * The client's input and output as sockets, or undefined, every descriptor closed, unless there are exactly
 * two and both are streams: Node wraps only a pipe or a stream socket and throws for anything else.
 */
function streamsOf(fds: number[]): { input: Socket; output: Socket } | undefined {
  const [inFd, outFd] = fds;
  if (fds.length === 2 && inFd !== undefined && outFd !== undefined) {
    let input: Socket | undefined;
    try {
      input = new Socket({ fd: inFd, readable: true, writable: false });
      return { input, output: new Socket({ fd: outFd, readable: false, writable: true }) };
    } catch {
      // Once wrapped, a descriptor is closed by destroying its socket (closing it as well would close
      // whatever took its number since).
      if (input) {
        input.destroy();
        closeQuietly(outFd);
        return undefined;
      }
    }
  }
  for (const fd of fds) closeQuietly(fd);
  return undefined;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
}
