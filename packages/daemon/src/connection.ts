// The first frames on a new socket connection: a probe, or a hello that becomes a session or a control
// channel. Nothing but a well-formed hello with the right key gets past this file.
import { timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";
import {
  FRAME_CONTROL,
  FrameDecoder,
  FrameError,
  writeControl,
  type ControlMessage,
  type Frame,
} from "@mcp-guard/wire";
import { PROTOCOL_VERSION, type RefusalReason } from "@mcp-guard/wire";
import { holdReading, peerCredentials, type PeerCredentials } from "@mcp-guard/peercred";

export const HELLO_TIMEOUT_MS = 5000;

export interface ConnectionHandlers {
  key: string;
  /** The peer must run as this uid (the daemon's own). */
  uid: number;
  probeInfo(): ControlMessage;
  /** Returns a refusal, or a function that takes the frames that follow the hello. */
  openSession(
    hello: ControlMessage,
    socket: Socket,
    peer: PeerCredentials,
  ): Promise<{ refuse: RefusalReason; message: string } | ((frame: Frame) => void)>;
  control(op: string): Promise<ControlMessage>;
  onError(err: Error): void;
}

export function keysMatch(expected: string, presented: unknown): boolean {
  if (typeof presented !== "string") return false;
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(presented, "utf8");
  // Compare equal-length buffers only; the length of a 64-char hex key is not a secret.
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The kernel's word on who connected; anything but our own uid, or no answer, is refused. */
function checkPeer(
  socket: Socket,
  uid: number,
): PeerCredentials | { refuse: RefusalReason; message: string } {
  let peer: PeerCredentials;
  try {
    peer = peerCredentials(socket);
  } catch (err) {
    return {
      refuse: "peer_unverified",
      message: `cannot verify the peer's credentials: ${(err as Error).message}`,
    };
  }
  if (peer.uid !== uid) {
    return {
      refuse: "peer_uid_mismatch",
      message: `the peer runs as uid ${peer.uid}; this daemon serves uid ${uid} only`,
    };
  }
  return peer;
}

export function handleConnection(socket: Socket, h: ConnectionHandlers): void {
  const decoder = new FrameDecoder();
  let route: ((frame: Frame) => void) | undefined;
  let controlChannel = false;
  let sessionOpened = false; // from the hello on: the session (or its refusal) ends the socket
  const timer = setTimeout(() => refuse("bad_hello", "no hello within 5 s"), HELLO_TIMEOUT_MS);

  function refuse(reason: RefusalReason, message: string): void {
    clearTimeout(timer);
    if (!socket.destroyed) {
      writeControl(socket, { type: "refused", reason, message });
      socket.end();
    }
    route = () => {};
  }

  socket.on("error", (err) => h.onError(err));
  socket.on("close", () => clearTimeout(timer));
  // The daemon's sockets are half-open (see Daemon.listen); only a session waits for its answers after the
  // peer's end. Probes, control channels and refusals close when the peer is done.
  socket.on("end", () => {
    if (!sessionOpened) socket.end();
  });
  socket.on("data", (chunk: Buffer) => {
    let frames: Frame[];
    try {
      frames = decoder.push(chunk);
    } catch (err) {
      // A peer that breaks framing cannot be resynchronised: say so and close.
      const message = err instanceof FrameError ? err.message : String(err);
      if (!socket.destroyed) writeControl(socket, { type: "closing", reason: "protocol_error", message });
      socket.destroy();
      return;
    }
    for (const frame of frames) {
      if (route) {
        route(frame);
        continue;
      }
      if (controlChannel) {
        if (frame.kind === FRAME_CONTROL && frame.message.type === "request") {
          const op = String(frame.message.op);
          h.control(op).then(
            (reply) => !socket.destroyed && writeControl(socket, reply),
            (err: Error) =>
              !socket.destroyed &&
              writeControl(socket, { type: "error", reason: "failed", message: err.message }),
          );
        }
        continue;
      }
      if (frame.kind !== FRAME_CONTROL) return refuse("bad_hello", "the first frame must be a hello");
      const msg = frame.message;
      if (msg.type === "probe") {
        clearTimeout(timer);
        writeControl(socket, h.probeInfo());
        socket.end();
        route = () => {};
        continue;
      }
      if (msg.type !== "hello") return refuse("bad_hello", `expected a hello, got "${msg.type}"`);
      if (msg.protocol !== PROTOCOL_VERSION) {
        return refuse(
          "bad_hello",
          `protocol ${String(msg.protocol)} is not supported (this daemon speaks ${PROTOCOL_VERSION})`,
        );
      }
      if (!keysMatch(h.key, msg.key)) return refuse("bad_key", "the daemon key does not match");
      const peer = checkPeer(socket, h.uid);
      if ("refuse" in peer) return refuse(peer.refuse, peer.message);
      clearTimeout(timer);
      if (msg.purpose === "control") {
        controlChannel = true;
        writeControl(socket, { type: "welcome" });
        continue;
      }
      // A bridge offering its descriptors sends them next, as one byte with ancillary data that only
      // recvmsg can take: keep libuv from reading it (see client-endpoint.ts).
      if (msg.pass_fds === true) {
        try {
          holdReading(socket);
        } catch (err) {
          return refuse("bad_hello", `cannot take descriptors: ${(err as Error).message}`);
        }
      }
      // Opening may wait (an OAuth key set being fetched); frames that arrive meanwhile wait in order.
      const waiting: Frame[] = [];
      route = (f) => void waiting.push(f);
      sessionOpened = true;
      h.openSession(msg, socket, peer).then(
        (opened) => {
          if (typeof opened !== "function") return refuse(opened.refuse, opened.message);
          route = opened;
          for (const f of waiting.splice(0)) opened(f);
        },
        (err: Error) => {
          h.onError(err);
          refuse("bad_hello", `the daemon could not open the session: ${err.message}`);
        },
      );
    }
  });
}
