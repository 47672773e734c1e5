// The daemon's HTTP client transports (SSE and Streamable HTTP) for an upstream, with what the daemon watches
// in every exchange: the session's and identity's share of connections, the flow gate, bounded answers,
// answers that broke off, and the pace of reopened event streams. Loaded only when a session of such a server
// starts. The MCP SDK's own client transports, used until round 41, brought its client code and schemas (zod
// and its locales): about 10 MB of the daemon's memory once an HTTP upstream had been used.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { ConnectionShare } from "./connection-shares.js";
import type { FlowGate } from "./flow-gate.js";
import type { OversizedAnswer } from "./bounded-body.js";
import type { Fetch } from "./http-client-common.js";
import { nodeFetch } from "./node-fetch.js";
import { ReconnectPacer } from "./reconnect-pacer.js";
import { SseClient } from "./sse-client.js";
import { StreamableHttpClient } from "./streamable-http-client.js";

export interface HttpUpstreamOptions {
  transport: "sse" | "streamable-http";
  url: string;
  bearerToken?: string | undefined;
  maxMessageBytes: number;
  /** The places this session's connections take (connection-shares.ts); none in tests that do not count. */
  share?: ConnectionShare | undefined;
  /** `daemon.server_answer_timeout`: the wait for initialize's answer, or for a legacy server's endpoint. */
  answerTimeoutMs?: number | undefined;
}

/**
 * The transport, and for Streamable HTTP a promise that settles once the server has answered the GET that
 * opens its standalone stream (200, 405 or a failure), or once none will be opened. That stream is opened in
 * the background after `notifications/initialized`; a server that pushes a message before it is open drops
 * it, so the upstream holds later messages until it is (see TransportUpstream.send).
 */
export interface HttpConnection {
  transport: Transport;
  standaloneStream?: Promise<void>;
}

/**
 * What the session hears of an HTTP upstream's answers besides their messages: requests the server can no
 * longer answer (those of a POST whose answer broke off on Streamable HTTP; the legacy SSE client reports
 * those in flight when its stream ends itself), and a message over daemon.max_message_bytes that
 * was dropped unread, with the requests it may have answered (a POST's, when known).
 */
export interface AnswerReports {
  unanswerable(ids: readonly (string | number)[] | "all"): void;
  oversized(answer: OversizedAnswer, ids: readonly (string | number)[] | undefined): void;
  /**
   * A Streamable HTTP server answered a POST without requests (notifications, responses) with a body, where
   * MCP has 202 and none: the transport discards it unread, so what it held is recorded as one malformed
   * message.
   */
  unread(): void;
}

/**
 * `gate` holds back the reading of every answer while the session has stopped reading this server;
 * `reports` is told of answers that broke off, which the transports report only through onerror, and
 * of messages too large to read. Event streams are reopened at a pace the server cannot hurry
 * (reconnect-pacer.ts).
 */
export function httpTransport(
  options: HttpUpstreamOptions,
  gate?: FlowGate,
  reports?: AnswerReports,
): HttpConnection {
  const url = new URL(options.url);
  const legacy = options.transport === "sse";
  const pacer = new ReconnectPacer();
  const fetchGated: Fetch = async (input, init) => {
    if (init.method === "GET") await pacer.turn(init.signal);
    const post = init.method === "POST";
    // A legacy POST is answered 202 and its answers come on the GET stream, whose client answers the
    // requests in flight when it ends, however it ends (sse-client.ts); Streamable HTTP's GET stream carries
    // no answers, only the server's own requests and notifications.
    const ids = post ? requestIds(init.body) : [];
    const answers = post && !legacy ? ids : undefined;
    // Throws TooManyConnections for a POST carrying a request beyond the session's or identity's share.
    const release = options.share?.take(ids.length > 0);
    const answer = await nodeFetch(input, init, {
      onReleased: release,
      gate,
      onBroken: reports && answers && (() => reports.unanswerable(answers)),
      bound: reports && {
        maxMessageBytes: options.maxMessageBytes,
        oversized: (answer) => reports.oversized(answer, Array.isArray(answers) ? answers : undefined),
      },
    });
    if (post && !legacy && ids.length === 0 && unreadBody(answer)) reports?.unread();
    return answer;
  };
  if (legacy)
    return { transport: new SseClient(url, fetchGated, options.bearerToken, options.answerTimeoutMs) };
  const transport = new StreamableHttpClient(url, fetchGated, options.bearerToken, options.answerTimeoutMs);
  return { transport, standaloneStream: transport.standaloneStream };
}

/**
 * A successful answer other than 202 that may carry a body (a length other than 0, or none given): the
 * Streamable HTTP transport reads no body of an answer to a POST without requests (a legacy SSE server's
 * POST answers carry none of its messages either: those come on its stream).
 */
function unreadBody(answer: Response): boolean {
  return (
    answer.ok && answer.status !== 202 && answer.body !== null && answer.headers.get("content-length") !== "0"
  );
}

/** The ids of the requests a POST's JSON body carries (one message or a batch). */
function requestIds(body: RequestInit["body"]): (string | number)[] {
  if (typeof body !== "string") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const ids: (string | number)[] = [];
  for (const m of Array.isArray(parsed) ? parsed : [parsed]) {
    const message = m as { id?: unknown; method?: unknown };
    if (
      typeof message.method === "string" &&
      (typeof message.id === "string" || typeof message.id === "number")
    )
      ids.push(message.id);
  }
  return ids;
}
