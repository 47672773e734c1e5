// Our Streamable HTTP server transport (src/http/streamable-http.ts) against real node:http requests: what
// it serves (initialize, requests answered on SSE, 202 for notifications and responses, batches, the GET
// stream, DELETE, priming events, resumption with Last-Event-ID), and each refusal, with the status and
// JSON-RPC error body the MCP SDK's own server transport gives for the same request: the same requests go
// to both, side by side, and must be answered alike.
import { BodyBudget } from "../src/http/body-budget.js";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { JsonObject } from "@mcp-guard/core";
import { afterEach, describe, expect, it } from "vitest";
import { BoundedEventStore, DEFAULT_EVENT_STORE_LIMITS } from "../src/http/event-store.js";
import { StreamableHttpTransport } from "../src/http/streamable-http.js";

const MAX_BODY = 64 * 1024;
const JSON_AND_SSE = "application/json, text/event-stream";

interface Rig {
  url: string;
  /** What the session saw, in order. */
  received: JsonObject[];
  /** Sends a message as the session would (server to client). */
  send(message: JsonObject, relatedRequestId?: string | number): void;
  closedByClient: () => boolean;
  /** What the transport reported for the audit of each request it refused (ours only). */
  refusals: string[];
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

async function listen(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<string> {
  const server = createServer((req, res) => void handle(req, res));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
}

/** A stand-in session: answers every request except `tools/call` (left to the test) with its method. */
function answer(message: JsonObject, send: (m: JsonObject) => void): void {
  if (typeof message["method"] !== "string" || message["id"] === undefined) return;
  if (message["method"] === "tools/call") return;
  send({ jsonrpc: "2.0", id: message["id"], result: { answered: message["method"] } });
}

const UNBOUNDED = new BodyBudget(() => ({ perIdentity: Infinity, total: Infinity }));

async function ours(keepAliveMs?: number): Promise<Rig> {
  const received: JsonObject[] = [];
  const refusals: string[] = [];
  let closedByClient = false;
  const transport = new StreamableHttpTransport({
    newSessionId: () => "session-ours",
    onSessionInitialized: () => {},
    onSessionClosed: () => (closedByClient = true),
    onInitializeRefused: () => {},
    eventStore: new BoundedEventStore(DEFAULT_EVENT_STORE_LIMITS),
    maxBodyBytes: MAX_BODY,
    bodies: {
      claim: () => UNBOUNDED.claim("test"),
      stallMs: 10_000,
      refused: (why) => refusals.push(`body ${why}`),
    },
    keepAliveMs,
    // The stand-in session sends nothing with a request to judge (the transport is compared with the SDK's).
    replayed: (message) => message,
  });
  transport.onrefused = ({ reason, message }) =>
    refusals.push(message === undefined ? reason : `${reason} ${String(message["method"])}`);
  const send = (m: JsonObject, related?: string | number) => transport.send(m, related);
  transport.onmessage = (m) => {
    received.push(m);
    answer(m, send);
  };
  const url = await listen((req, res) => transport.handleRequest(req, res));
  return { url, received, send, closedByClient: () => closedByClient, refusals };
}

/** The MCP SDK's server transport with the same options, as the reference for statuses and bodies. */
async function sdk(): Promise<Rig> {
  const received: JsonObject[] = [];
  let closedByClient = false;
  const store = new BoundedEventStore(DEFAULT_EVENT_STORE_LIMITS);
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => "session-sdk",
    onsessionclosed: () => void (closedByClient = true),
    maxRequestBodySize: MAX_BODY,
    eventStore: {
      storeEvent: async (stream, m) => store.storeEvent(stream, m as JsonObject),
      getStreamIdForEventId: async (id) => store.getStreamIdForEventId(id),
      replayEventsAfter: async (id, { send }) =>
        store.replayEventsAfter(id, { send: (eventId, m) => send(eventId, m as JSONRPCMessage) }),
    },
  });
  const send = (m: JsonObject, related?: string | number) =>
    void transport.send(m as JSONRPCMessage, { relatedRequestId: related });
  transport.onmessage = (m) => {
    received.push(m as JsonObject);
    answer(m as JsonObject, send);
  };
  await transport.start();
  const url = await listen((req, res) => transport.handleRequest(req, res));
  return { url, received, send, closedByClient: () => closedByClient, refusals: [] };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string | Buffer,
  chunked = false,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (t: string) => (text += t));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    if (chunked && body !== undefined) {
      // No Content-Length: the size is known only as the body arrives.
      const half = Math.floor(body.length / 2);
      req.write(body.slice(0, half));
      req.end(body.slice(half));
    } else req.end(body);
  });
}

/** Opens an SSE response and collects its events until `stop` says so; `close` drops the connection. */
function stream(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{
  status: number;
  headers: Answer["headers"];
  events: Array<{ id?: string; data: string }>;
  /** Everything received, comments included. */
  raw: () => string;
  ended: Promise<void>;
  close: () => void;
}> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const events: Array<{ id?: string; data: string }> = [];
      let buffer = "";
      let raw = "";
      const ended = new Promise<void>((r) => res.on("end", r));
      res.on("error", () => {});
      res.setEncoding("utf8").on("data", (text: string) => {
        raw += text;
        buffer += text;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: ?(.*)$/m.exec(block)?.[1];
          if (data !== undefined) events.push({ id: /^id: (.*)$/m.exec(block)?.[1], data });
        }
      });
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        raw: () => raw,
        ended,
        close: () => req.destroy(),
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const until = async (what: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!what()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
};

const initialize = (version = "2025-06-18", id: number | string = 1) =>
  JSON.stringify({
    jsonrpc: "2.0",
    id,
    method: "initialize",
    params: { protocolVersion: version, capabilities: {}, clientInfo: { name: "t", version: "1" } },
  });
const POST_HEADERS = { "content-type": "application/json", accept: JSON_AND_SSE };

/** Initializes a session; returns the headers every later request of it carries. */
async function open(rig: Rig, version = "2025-06-18"): Promise<Record<string, string>> {
  const init = await call(rig.url, "POST", POST_HEADERS, initialize(version));
  expect(init.status).toBe(200);
  const session = init.headers["mcp-session-id"];
  expect(typeof session).toBe("string");
  return { ...POST_HEADERS, "mcp-session-id": String(session), "mcp-protocol-version": version };
}

const dataOf = (events: Array<{ data: string }>) =>
  events.filter((e) => e.data).map((e) => JSON.parse(e.data));

describe("our Streamable HTTP transport serves", () => {
  it("an initialize on an SSE stream that ends with its answer, with the session id", async () => {
    const rig = await ours();
    const init = await call(rig.url, "POST", POST_HEADERS, initialize());
    expect(init.status).toBe(200);
    expect(init.headers["content-type"]).toBe("text/event-stream");
    expect(init.headers["mcp-session-id"]).toBe("session-ours");
    expect(init.body).toMatch(/^event: message\nid: \S+\ndata: \{.*\}\n\n$/);
    expect(dataOf([{ data: init.body.split("data: ")[1]!.trim() }])).toEqual([
      { jsonrpc: "2.0", id: 1, result: { answered: "initialize" } },
    ]);
  });

  it("202 for notifications and responses, which the session receives", async () => {
    const rig = await ours();
    const headers = await open(rig);
    const note = await call(
      rig.url,
      "POST",
      headers,
      JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
    );
    expect(note).toMatchObject({ status: 202, body: "" });
    const reply = await call(
      rig.url,
      "POST",
      headers,
      JSON.stringify({ jsonrpc: "2.0", id: "s1", result: {} }),
    );
    expect(reply.status).toBe(202);
    expect(rig.received.slice(1)).toEqual([
      { jsonrpc: "2.0", method: "notifications/initialized" },
      { jsonrpc: "2.0", id: "s1", result: {} },
    ]);
  });

  it("a request whose id is in flight: refused at once on its own stream, the first still answered on its", async () => {
    const rig = await ours();
    const headers = await open(rig);
    const callWith = (id: number) => ({
      jsonrpc: "2.0",
      id,
      method: "tools/call",
      params: { name: "echo", arguments: {} },
    });
    const first = await stream(rig.url, "POST", headers, JSON.stringify(callWith(7)));
    // Across two POSTs: the second is answered with the session's refusal and its stream ends.
    const second = await stream(rig.url, "POST", headers, JSON.stringify(callWith(7)));
    await second.ended;
    const refusal = {
      jsonrpc: "2.0",
      error: {
        code: -32600,
        message: "Invalid request: a request with this id is already in flight",
        data: { detail: "a request with this id is already in flight", reason: "invalid_request" },
      },
    };
    expect(dataOf(second.events)).toEqual([{ ...refusal, id: 7 }]);
    // Inside one batch: the first of the id goes on, the second is refused on the batch's stream.
    const batch = await stream(rig.url, "POST", headers, JSON.stringify([callWith(8), callWith(8)]));
    await until(() => batch.events.length === 1);
    // The session saw each id once; the first requests' answers reach their streams, which then end.
    expect(rig.received.filter((m) => m["method"] === "tools/call").map((m) => m["id"])).toEqual([7, 8]);
    rig.send({ jsonrpc: "2.0", id: 7, result: { content: [] } });
    rig.send({ jsonrpc: "2.0", id: 8, result: { content: [] } });
    await first.ended;
    await batch.ended;
    expect(dataOf(first.events)).toEqual([{ jsonrpc: "2.0", id: 7, result: { content: [] } }]);
    expect(dataOf(batch.events)).toEqual([
      { ...refusal, id: 8 },
      { jsonrpc: "2.0", id: 8, result: { content: [] } },
    ]);
    expect(rig.refusals).toEqual(["invalid_request tools/call", "invalid_request tools/call"]);
  });

  it("a batch of requests on one stream, which ends after the last answer", async () => {
    const rig = await ours();
    const headers = await open(rig);
    const batch = await call(
      rig.url,
      "POST",
      headers,
      JSON.stringify([
        { jsonrpc: "2.0", id: 2, method: "ping" },
        { jsonrpc: "2.0", method: "notifications/x" },
        { jsonrpc: "2.0", id: 3, method: "tools/list" },
      ]),
    );
    expect(batch.status).toBe(200);
    const answers = batch.body
      .split("\n\n")
      .filter(Boolean)
      .map((e) => JSON.parse(e.split("data: ")[1]!));
    expect(answers).toEqual([
      { jsonrpc: "2.0", id: 2, result: { answered: "ping" } },
      { jsonrpc: "2.0", id: 3, result: { answered: "tools/list" } },
    ]);
  });

  it("progress on the request's stream before its answer, and server messages on the GET stream", async () => {
    const rig = await ours();
    const headers = await open(rig);
    const get = await stream(rig.url, "GET", { ...headers, accept: "text/event-stream" });
    expect(get.status).toBe(200);
    expect(get.headers["mcp-session-id"]).toBe("session-ours");
    const post = await stream(
      rig.url,
      "POST",
      headers,
      JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/call" }),
    );
    await until(() => rig.received.length === 2);
    rig.send(
      { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: 1, progress: 1 } },
      9,
    );
    rig.send({ jsonrpc: "2.0", id: "srv-1", method: "sampling/createMessage", params: {} });
    rig.send({ jsonrpc: "2.0", id: 9, result: { content: [] } });
    await post.ended;
    expect(dataOf(post.events)).toEqual([
      { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: 1, progress: 1 } },
      { jsonrpc: "2.0", id: 9, result: { content: [] } },
    ]);
    await until(() => get.events.length === 1);
    expect(dataOf(get.events)).toEqual([
      { jsonrpc: "2.0", id: "srv-1", method: "sampling/createMessage", params: {} },
    ]);
    get.close();
  });

  it("a priming event first to 2025-11-25 clients only, and keep-alive comments on a quiet stream", async () => {
    const rig = await ours(50);
    const late = await call(rig.url, "POST", POST_HEADERS, initialize("2025-11-25"));
    expect(late.body).toMatch(/^id: \S+\ndata: \n\nevent: message\nid: \S+\ndata: \{/);
    const headers = {
      ...POST_HEADERS,
      "mcp-session-id": "session-ours",
      "mcp-protocol-version": "2025-11-25",
    };
    const get = await stream(rig.url, "GET", { ...headers, accept: "text/event-stream" });
    await until(() => get.raw().includes(": keepalive\n\n"));
    get.close();
    expect(get.events).toEqual([]);
    const earlier = await ours();
    const old = await call(earlier.url, "POST", POST_HEADERS, initialize("2025-06-18"));
    expect(old.body).toMatch(/^event: message\n/);
  });

  it("resumption with Last-Event-ID: the GET stream and a dropped POST stream, without a gap", async () => {
    const rig = await ours();
    const headers = await open(rig);
    const sse = { ...headers, accept: "text/event-stream" };
    const get = await stream(rig.url, "GET", sse);
    rig.send({ jsonrpc: "2.0", method: "notifications/message", params: { n: 1 } });
    await until(() => get.events.length === 1);
    get.close();
    await new Promise((r) => setTimeout(r, 50));
    rig.send({ jsonrpc: "2.0", method: "notifications/message", params: { n: 2 } });
    rig.send({ jsonrpc: "2.0", method: "notifications/message", params: { n: 3 } });
    const again = await stream(rig.url, "GET", { ...sse, "last-event-id": get.events[0]!.id! });
    await until(() => again.events.length === 2);
    expect(dataOf(again.events).map((m) => m.params.n)).toEqual([2, 3]);
    // The resumed stream is the session's GET stream: new messages arrive on it, and a second GET conflicts.
    rig.send({ jsonrpc: "2.0", method: "notifications/message", params: { n: 4 } });
    await until(() => again.events.length === 3);
    expect((await call(rig.url, "GET", sse)).status).toBe(409);
    again.close();

    const post = await stream(
      rig.url,
      "POST",
      headers,
      JSON.stringify({ jsonrpc: "2.0", id: 5, method: "tools/call" }),
    );
    await until(() => rig.received.some((m) => m["id"] === 5));
    rig.send(
      { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: 1, progress: 1 } },
      5,
    );
    await until(() => post.events.length === 1);
    post.close();
    await new Promise((r) => setTimeout(r, 50));
    rig.send(
      { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: 1, progress: 2 } },
      5,
    );
    rig.send({ jsonrpc: "2.0", id: 5, result: { done: true } });
    const resumed = await stream(rig.url, "GET", { ...sse, "last-event-id": post.events[0]!.id! });
    // Every request of that stream is answered: the replay ends it.
    await resumed.ended;
    expect(dataOf(resumed.events)).toEqual([
      { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: 1, progress: 2 } },
      { jsonrpc: "2.0", id: 5, result: { done: true } },
    ]);
  });

  it("DELETE: the session ends, and its id is then unknown", async () => {
    const rig = await ours();
    const headers = await open(rig);
    expect((await call(rig.url, "DELETE", headers)).status).toBe(200);
    expect(rig.closedByClient()).toBe(true);
    const after = await call(
      rig.url,
      "POST",
      headers,
      JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping" }),
    );
    expect(after.status).toBe(404);
    expect(JSON.parse(after.body)).toEqual({
      jsonrpc: "2.0",
      error: { code: -32001, message: "Session not found" },
      id: null,
    });
  });
});

/** A refusal: the request (with the session's headers when `session`), and the status it gets. */
interface Refusal {
  name: string;
  status: number;
  /** What ours reports for the audit: the reason, and the method of the one message the body held. */
  audited: string;
  method: string;
  session: boolean;
  headers?: Record<string, string | undefined>;
  body?: string;
  chunked?: boolean;
  /** Runs first, on the open session (a GET stream to conflict with). */
  before?: (url: string, headers: Record<string, string>) => Promise<() => void>;
}

const openGet = async (url: string, headers: Record<string, string>) =>
  (await stream(url, "GET", { ...headers, accept: "text/event-stream" })).close;
const PING = JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping" });

const REFUSALS: Refusal[] = [
  {
    name: "wrong session id",
    audited: "session_not_found ping",
    status: 404,
    method: "POST",
    session: true,
    headers: { "mcp-session-id": "nope" },
    body: PING,
  },
  {
    name: "no session id",
    audited: "session_id_required ping",
    status: 400,
    method: "POST",
    session: true,
    headers: { "mcp-session-id": undefined },
    body: PING,
  },
  {
    name: "a request before initialize",
    audited: "not_initialized ping",
    status: 400,
    method: "POST",
    session: false,
    body: PING,
  },
  {
    name: "a GET before initialize",
    audited: "not_initialized",
    status: 400,
    method: "GET",
    session: false,
    headers: { accept: "text/event-stream" },
  },
  {
    name: "a POST without Accept",
    audited: "not_acceptable",
    status: 406,
    method: "POST",
    session: true,
    headers: { accept: undefined },
    body: PING,
  },
  {
    name: "a POST accepting JSON only",
    audited: "not_acceptable",
    status: 406,
    method: "POST",
    session: true,
    headers: { accept: "application/json" },
    body: PING,
  },
  {
    name: "a GET not accepting SSE",
    audited: "not_acceptable",
    status: 406,
    method: "GET",
    session: true,
    headers: { accept: "application/json" },
  },
  {
    name: "a non-JSON Content-Type",
    audited: "unsupported_media_type",
    status: 415,
    method: "POST",
    session: true,
    headers: { "content-type": "text/plain" },
    body: PING,
  },
  {
    name: "an unsupported protocol version",
    audited: "unsupported_protocol_version ping",
    status: 400,
    method: "POST",
    session: true,
    headers: { "mcp-protocol-version": "1999-01-01" },
    body: PING,
  },
  {
    name: "an unsupported protocol version on GET",
    audited: "unsupported_protocol_version",
    status: 400,
    method: "GET",
    session: true,
    headers: { accept: "text/event-stream", "mcp-protocol-version": "2025-99-99" },
  },
  {
    name: "an unsupported protocol version on DELETE",
    audited: "unsupported_protocol_version",
    status: 400,
    method: "DELETE",
    session: true,
    headers: { "mcp-protocol-version": "x" },
  },
  {
    name: "an oversize body (Content-Length)",
    audited: "body too_large",
    status: 413,
    method: "POST",
    session: true,
    body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping", params: { pad: "x".repeat(MAX_BODY) } }),
  },
  {
    name: "an oversize body (chunked)",
    audited: "body too_large",
    status: 413,
    method: "POST",
    session: true,
    chunked: true,
    body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping", params: { pad: "x".repeat(MAX_BODY) } }),
  },
  {
    name: "malformed JSON",
    audited: "parse_error",
    status: 400,
    method: "POST",
    session: true,
    body: '{"jsonrpc": "2.0", "id": 2,',
  },
  { name: "an empty body", audited: "parse_error", status: 400, method: "POST", session: true, body: "" },
  {
    name: "JSON that is not JSON-RPC",
    audited: "invalid_request",
    status: 400,
    method: "POST",
    session: true,
    body: JSON.stringify({ hello: "world" }),
  },
  {
    name: "a request with an extra member",
    audited: "invalid_request",
    status: 400,
    method: "POST",
    session: true,
    body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping", extra: 1 }),
  },
  {
    name: "a fractional id",
    audited: "invalid_request",
    status: 400,
    method: "POST",
    session: true,
    body: JSON.stringify({ jsonrpc: "2.0", id: 2.5, method: "ping" }),
  },
  {
    name: "array params",
    audited: "invalid_request",
    status: 400,
    method: "POST",
    session: true,
    body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping", params: [1] }),
  },
  {
    name: "a boolean progress token",
    audited: "invalid_request",
    status: 400,
    method: "POST",
    session: true,
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 2,
      method: "ping",
      params: { _meta: { progressToken: true } },
    }),
  },
  {
    name: "a batch with one invalid message",
    audited: "invalid_request",
    status: 400,
    method: "POST",
    session: true,
    body: JSON.stringify([
      { jsonrpc: "2.0", id: 2, method: "ping" },
      { jsonrpc: "1.0", id: 3, method: "ping" },
    ]),
  },
  {
    name: "a batch of 101 messages",
    audited: "batch_too_large",
    status: 400,
    method: "POST",
    session: true,
    body: JSON.stringify(Array.from({ length: 101 }, () => ({ jsonrpc: "2.0", method: "notifications/x" }))),
  },
  {
    name: "a second initialize",
    audited: "already_initialized initialize",
    status: 400,
    method: "POST",
    session: true,
    body: initialize(),
  },
  {
    name: "initialize with another message",
    audited: "initialize_not_alone",
    status: 400,
    method: "POST",
    session: false,
    body: `[${initialize()},${PING}]`,
  },
  {
    name: "a GET while the GET stream is open",
    audited: "stream_conflict",
    status: 409,
    method: "GET",
    session: true,
    headers: { accept: "text/event-stream" },
    before: openGet,
  },
  {
    name: "an unknown Last-Event-ID",
    audited: "unknown_event_id",
    status: 400,
    method: "GET",
    session: true,
    headers: { accept: "text/event-stream", "last-event-id": "no-such-event" },
  },
  { name: "PUT", audited: "http_method_not_allowed", status: 405, method: "PUT", session: true, body: PING },
];

describe("our Streamable HTTP transport refuses, as the SDK's does,", () => {
  it.each(REFUSALS)("$name with $status", async (refusal) => {
    const answers: Array<Answer & { body: unknown }> = [];
    const rigs = [await ours(), await sdk()];
    for (const rig of rigs) {
      const sessionHeaders = refusal.session ? await open(rig) : { ...POST_HEADERS };
      const close = await refusal.before?.(rig.url, sessionHeaders);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries({ ...sessionHeaders, ...refusal.headers }))
        if (value !== undefined) headers[name] = value;
      const answer = await call(rig.url, refusal.method, headers, refusal.body, refusal.chunked);
      close?.();
      const body = answer.body === "" ? "" : JSON.parse(answer.body);
      answers.push({ ...answer, body });
      // Nothing refused reached the session (beyond the initialize that opened it).
      expect(rig.received.filter((m) => m["method"] !== "initialize")).toEqual([]);
    }
    const [mine, theirs] = answers;
    // Ours reports each refusal once, for its audit row (the body's refusals to the front door).
    expect(rigs[0]!.refusals).toEqual([refusal.audited]);
    expect(mine!.status).toBe(refusal.status);
    expect(theirs!.status).toBe(refusal.status);
    expect(mine!.body).toEqual(theirs!.body);
    expect(mine!.headers["content-type"]).toBe("application/json");
    expect(mine!.headers["allow"]).toBe(theirs!.headers["allow"]);
  });
});
