// Reading one POST's body within its bounds: max_body_bytes for the body, the body budget (body-budget.ts)
// for the bytes of every body in progress, and a stall timeout. A body refused for its size or the budget is
// read on and dropped (the connection stays usable) and holds nothing of the budget; one that stops arriving
// for `stallMs` is cut off, refused or not, rather than keep its connection until Node's requestTimeout.
import type { IncomingMessage } from "node:http";
import type { BodyClaim } from "./body-budget.js";

export interface BodyBounds {
  maxBytes: number;
  claim: BodyClaim;
  stallMs: number;
}

/** Why a request body was not read whole: over its own cap, over the bytes in progress, or stalled. */
export type BodyRefusal = "too_large" | "over_budget" | "stalled";

export type BodyOutcome = { text: string } | { refused: BodyRefusal };

export function readBody(
  req: IncomingMessage,
  { maxBytes, claim, stallMs }: BodyBounds,
): Promise<BodyOutcome> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let answered = false;
    let stall: NodeJS.Timeout | undefined;
    const socket = req.socket;
    const answer = (outcome: BodyOutcome) => {
      if (answered) return;
      answered = true;
      resolve(outcome);
    };
    const done = () => {
      clearTimeout(stall);
      claim.release();
      req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
    };
    /** From here on the body is only read to its end (or its stall), holding nothing. */
    const refuse = (why: "too_large" | "over_budget") => {
      chunks = [];
      claim.release();
      answer({ refused: why });
    };
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(() => {
        done();
        // Not refused yet: the caller answers 408 and closes; refused already: its answer is out, and the
        // connection goes (the socket itself: once answered, Node may have let the request go).
        if (answered) socket.destroy();
        else answer({ refused: "stalled" });
      }, stallMs);
      stall.unref();
    };
    const onData = (chunk: Buffer) => {
      watch();
      if (answered) return;
      size += chunk.length;
      if (size > maxBytes) return refuse("too_large");
      if (!claim.holdUpTo(size)) return refuse("over_budget");
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      const text = Buffer.concat(chunks, size).toString("utf8");
      // As a TextDecoder would, a byte-order mark is not part of the text.
      answer({ text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
    };
    const onError = (err: Error) => {
      done();
      if (!answered) reject(err);
      answered = true;
    };
    const onClose = () => onError(new Error("the client closed the request before its body ended"));
    req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    watch();
    // A declared length is held at once: a body that cannot fit is refused before it is read.
    const declared = Number(req.headers["content-length"]);
    if (declared > maxBytes) refuse("too_large");
    else if (declared > 0 && !claim.holdUpTo(declared)) refuse("over_budget");
  });
}
