// Framing for the bridge <-> daemon socket: a 4-byte big-endian length, one kind byte, then the payload.
// Data frames carry raw bytes of the MCP stdio stream (the daemon does the line splitting and parsing, so
// the bridge stays a relay); control frames carry one JSON object.
import type { Socket } from "node:net";
import type { ControlReply, ControlRequest } from "./control-messages.js";
import { isRecord } from "./checks.js";
import type { HandshakeReply, Opening, ProbeReply, SessionNotice } from "./handshake.js";

export const FRAME_DATA = 0x44; // "D"
export const FRAME_CONTROL = 0x43; // "C"
/** Senders split data into chunks no larger than this, so a frame over MAX_FRAME_BYTES is a protocol error. */
export const DATA_CHUNK_BYTES = 256 * 1024;
export const MAX_FRAME_BYTES = DATA_CHUNK_BYTES + 1;

export type Frame =
  { kind: typeof FRAME_DATA; payload: Buffer } | { kind: typeof FRAME_CONTROL; message: ControlFrame };

/**
 * A control frame as decoded: a JSON object with a string `type`, not yet checked. Its receiver checks it
 * with the parser for what it expects at that point (parseOpening, parseHandshakeReply, ...).
 */
export type ControlFrame = { type: string; [key: string]: unknown };

/** Every control message either side sends. */
export type ControlMessage =
  Opening | ProbeReply | HandshakeReply | SessionNotice | ControlRequest | ControlReply;

export class FrameError extends Error {}

/** Incremental decoder. Holds at most one partial frame, which is capped by MAX_FRAME_BYTES. */
export class FrameDecoder {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Frame[] {
    let buf = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: Frame[] = [];
    while (buf.length >= 4) {
      const length = buf.readUInt32BE(0);
      if (length < 1 || length > MAX_FRAME_BYTES) {
        throw new FrameError(`frame of ${length} bytes is outside the allowed 1..${MAX_FRAME_BYTES}`);
      }
      if (buf.length < 4 + length) break;
      const kind = buf[4];
      const payload = buf.subarray(5, 4 + length);
      buf = buf.subarray(4 + length);
      if (kind === FRAME_DATA) frames.push({ kind, payload });
      else if (kind === FRAME_CONTROL) frames.push({ kind, message: parseControl(payload) });
      else throw new FrameError(`unknown frame kind 0x${(kind ?? 0).toString(16)}`);
    }
    // Copy the remainder so a small partial frame does not pin a large chunk in memory.
    this.pending = buf.length === 0 ? Buffer.alloc(0) : Buffer.from(buf);
    return frames;
  }
}

function parseControl(payload: Buffer): ControlFrame {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString("utf8"));
  } catch {
    throw new FrameError("control frame is not valid JSON");
  }
  if (!isRecord(value) || typeof value.type !== "string") throw new FrameError("control frame has no type");
  return { ...value, type: value.type };
}

function header(kind: number, payloadLength: number): Buffer {
  const h = Buffer.allocUnsafe(5);
  h.writeUInt32BE(payloadLength + 1, 0);
  h[4] = kind;
  return h;
}

/** Writes data in chunks of at most DATA_CHUNK_BYTES. Returns false when the socket asks for backpressure. */
export function writeData(socket: Socket, data: Buffer): boolean {
  if (data.length === 0) return true;
  let ok = true;
  socket.cork();
  for (let offset = 0; offset < data.length; offset += DATA_CHUNK_BYTES) {
    const part = data.subarray(offset, Math.min(offset + DATA_CHUNK_BYTES, data.length));
    socket.write(header(FRAME_DATA, part.length));
    ok = socket.write(part);
  }
  socket.uncork();
  return ok;
}

export function writeControl(socket: Socket, message: ControlMessage): boolean {
  const payload = Buffer.from(JSON.stringify(message), "utf8");
  if (payload.length + 1 > MAX_FRAME_BYTES) throw new FrameError("control message too large");
  socket.cork();
  socket.write(header(FRAME_CONTROL, payload.length));
  const ok = socket.write(payload);
  socket.uncork();
  return ok;
}
