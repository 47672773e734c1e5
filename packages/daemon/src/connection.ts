// The first frames on a new socket connection: a probe, or a hello that becomes a session or a control
// channel. Nothing but a well-formed hello with the right key gets past this file.
import { timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";
import {
  FRAME_CONTROL,
  FrameDecoder,
  FrameError,
  parseControlRequest,
  parseOpening,
  writeControl,
  type ControlOp,
  type ControlReplies,
  type ControlReply,
  type ControlRequest,
  type Frame,
  type ProbeReply,
  type RefusalReason,
  type Refused,
  type SessionHello,
} from "@mcp-guard/wire";
import { holdReading, peerCredentials, releaseReading, type PeerCredentials } from "@mcp-guard/peercred";

export const HELLO_TIMEOUT_MS = 5000;

/** What the daemon does for each control operation: the reply that operation gets. */
export type ControlHandlers = { [Op in ControlOp]: () => ControlReplies[Op] | Promise<ControlReplies[Op]> };

export interface ConnectionHandlers {
  key: string;
  /** The peer must run as this uid (the daemon's own). */
  uid: number;
  probeInfo(): ProbeReply;
  /** Returns a refusal, or a function that takes the frames that follow the hello. */
  openSession(
    hello: SessionHello,
    socket: Socket,
    peer: PeerCredentials,
  ): Promise<{ refuse: RefusalReason; message: string } | ((frame: Frame) => void)>;
  control: ControlHandlers;
  onError(err: Error): void;
}

export function keysMatch(expected: string, presented: string): boolean {
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

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Async so that a handler that throws is a rejected reply, never a throw out of the socket's handler. */
async function perform(handlers: ControlHandlers, request: ControlRequest): Promise<ControlReply> {
  // One case per operation: the compiler checks each handler's reply against the one its operation owes.
  switch (request.op) {
    case "status":
      return handlers.status();
    case "health":
      return handlers.health();
    case "stop":
      return handlers.stop();
    case "dashboard_login":
      return handlers.dashboard_login();
    case "reload":
      return handlers.reload();
  }
}

export function handleConnection(socket: Socket, h: ConnectionHandlers): void {
  const decoder = new FrameDecoder();
  let route: ((frame: Frame) => void) | undefined;
  let controlChannel = false;
  let sessionOpened = false; // from the hello on: the session (or its refusal) ends the socket
  let timer = setTimeout(() => refuse("bad_hello", "no hello within 5 s"), HELLO_TIMEOUT_MS);

  /**
   * The last word on a connection that carries no session (a probe's answer, a refusal): ends our side, and
   * the socket closes once the peer has ended too, or after HELLO_TIMEOUT_MS whatever the peer does, so that
   * no refused or answered connection holds a descriptor of the daemon.
   */
  function finish(last: ProbeReply | Refused): void {
    clearTimeout(timer);
    route = () => {};
    if (socket.destroyed) return;
    writeControl(socket, last);
    socket.end();
    // A socket held for descriptors (see client-endpoint.ts) would never read the peer's end.
    releaseReading(socket);
    timer = setTimeout(() => socket.destroy(), HELLO_TIMEOUT_MS).unref();
  }

  function refuse(reason: RefusalReason, message: string): void {
    finish({ type: "refused", reason, message });
  }

  /** A request on a control channel gets its reply, or an error reply that says what went wrong. */
  function answer(message: unknown): void {
    const reply = (r: ControlReply) => {
      if (socket.destroyed) return;
      try {
        writeControl(socket, r);
      } catch (err) {
        // A reply over the frame limit (a status of very many sessions): say so rather than go silent.
        writeControl(socket, { type: "error", reason: "failed", message: describeError(err) });
      }
    };
    let request: ControlRequest;
    try {
      request = parseControlRequest(message);
    } catch (err) {
      return reply({ type: "error", reason: "bad_request", message: describeError(err) });
    }
    perform(h.control, request).then(reply, (err: unknown) =>
      reply({ type: "error", reason: "failed", message: describeError(err) }),
    );
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
        if (frame.kind === FRAME_CONTROL) answer(frame.message);
        continue;
      }
      if (frame.kind !== FRAME_CONTROL) return refuse("bad_hello", "the first frame must be a hello");
      let msg;
      try {
        msg = parseOpening(frame.message);
      } catch (err) {
        return refuse("bad_hello", describeError(err));
      }
      if (msg.type === "probe") {
        finish(h.probeInfo());
        continue;
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
      if (msg.pass_fds) {
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
