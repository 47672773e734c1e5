// The fetch that the daemon's HTTP client transports use towards an upstream, built on node:http(s) rather than
// the global fetch. The global fetch (undici) parses HTTP with its own WebAssembly build of llhttp, whose
// compiled code and memory stay in the daemon once used: measured, 5,100 calls to an HTTP upstream grew the
// daemon's memory outside the V8 heap by 14 MB with it, by 3 MB with this fetch (docs/benchmarks.md).
// node:http uses the native parser the HTTP front door already has loaded.
//
// Only what those transports ask of fetch: a method, headers, a string or byte body, an abort signal; the
// answer's status, headers and body as a stream. Redirects are never followed here: the transports follow
// those within the upstream's origin themselves (http-client-common.ts).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Socket } from "node:net";
import { Readable } from "node:stream";
import { takesOwnerReserve } from "../descriptor-reserve.js";
import { boundedBody, type OversizedAnswer } from "./bounded-body.js";
import { TooManyConnections } from "./connection-shares.js";
import type { FlowGate } from "./flow-gate.js";
import { NotSent } from "./upstream.js";

// One connection pool per scheme for every upstream, kept alive between calls as the global fetch does. An idle
// connection is closed after FREE_SOCKET_MS, or earlier when the server announces a shorter keep-alive
// (Node subtracts a second from the hint, but only when a timeout is set here): reusing one the server has
// already closed fails the call with "socket hang up", which under load happened within 600 calls.
const FREE_SOCKET_MS = 2_000;
const httpAgent = new HttpAgent({ keepAlive: true, timeout: FREE_SOCKET_MS });
const httpsAgent = new HttpsAgent({ keepAlive: true, timeout: FREE_SOCKET_MS });

/** A status whose answer never has a body (and for which a web Response refuses one). */
const NULL_BODY = new Set([101, 204, 205, 304]);

/** What the daemon watches in an answer besides handing it on. */
export interface AnswerWatch {
  /** Closed while the session has stopped reading this server. */
  gate?: FlowGate | undefined;
  /** The answer's connection closed before its body was complete (the server went away mid-answer). */
  onBroken?: (() => void) | undefined;
  /** Every message of the answer is bounded (bounded-body.ts); one over the bound is reported here. */
  bound?: { maxMessageBytes: number; oversized: (answer: OversizedAnswer) => void } | undefined;
  /** Called once when the connection is done with (its answer ended, or the request failed). */
  onReleased?: (() => void) | undefined;
}

export async function nodeFetch(
  input: string | URL | Request,
  init: RequestInit = {},
  { gate, onBroken, bound, onReleased }: AnswerWatch = {},
): Promise<Response> {
  try {
    return await exchange(input, init, { gate, onBroken, bound, onReleased });
  } catch (err) {
    onReleased?.();
    throw err;
  }
}

async function exchange(
  input: string | URL | Request,
  init: RequestInit,
  { gate, onBroken, bound, onReleased }: AnswerWatch,
): Promise<Response> {
  if (input instanceof Request) throw new TypeError("this fetch takes a URL, not a Request");
  const url = new URL(input);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new TypeError(`cannot fetch ${url.protocol} URLs`);
  const body = requestBody(init.body);
  const method = (init.method ?? "GET").toUpperCase();
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  init.signal?.throwIfAborted();
  const secure = url.protocol === "https:";
  const request = secure ? httpsRequest : httpRequest;
  const answer = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(url, {
      method,
      headers,
      agent: secure ? httpsAgent : httpAgent,
      ...(init.signal ? { signal: init.signal } : {}),
    });
    // Until its connection is made, nothing of the request has left: a failure then is NotSent.
    let connected = false;
    req.once("response", resolve);
    req.once("error", (err) =>
      reject(connected || err instanceof TooManyConnections ? err : new NotSent(err.message, { cause: err })),
    );
    // Ends once the answer has been read to its end, or the request failed or was aborted.
    if (onReleased) req.once("close", onReleased);
    req.once("socket", (socket: Socket) => {
      if (!socket.connecting) connected = true;
      else
        socket.once("connect", () => {
          connected = true;
          keepOutOfReserve(socket, req.destroy.bind(req));
        });
    });
    req.end(body);
  });
  if (onBroken)
    answer.once("close", () => {
      if (!answer.complete) onBroken();
    });
  const status = answer.statusCode ?? 0;
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(answer.headers))
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      responseHeaders.append(name, one);
  if (NULL_BODY.has(status) || method === "HEAD") {
    answer.resume();
    return new Response(null, { status, statusText: answer.statusMessage ?? "", headers: responseHeaders });
  }
  // A stream the reader pulls from: the socket is read only as fast as the transport consumes what arrives, and
  // not at all while the gate is closed.
  const stream = Readable.toWeb(answer) as ReadableStream<Uint8Array>;
  const passed = gate ? gated(stream, gate) : stream;
  const events = /^text\/event-stream\b/i.test(answer.headers["content-type"] ?? "");
  const read = bound
    ? boundedBody(passed, events ? "events" : "whole", bound.maxMessageBytes, bound.oversized)
    : passed;
  return new Response(read, { status, statusText: answer.statusMessage ?? "", headers: responseHeaders });
}

/**
 * A new connection must not take a descriptor of the owner's reserve (descriptor-reserve.ts), whatever the
 * shares left: its request fails as one beyond them would.
 */
function keepOutOfReserve(socket: Socket, fail: (err: Error) => void): void {
  if (takesOwnerReserve(socket))
    fail(
      new TooManyConnections(
        "the daemon is short of descriptors: the rest are kept for its owner's sessions; retry once some requests are answered",
      ),
    );
}

/** The body, handed on a chunk at a time, each only once the gate is open. */
function gated(stream: ReadableStream<Uint8Array>, gate: FlowGate): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        await gate.passed();
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

function requestBody(body: RequestInit["body"]): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  throw new TypeError("this fetch sends only string or byte bodies");
}
