// What one session may hold in the daemon's memory: requests awaiting an answer are capped per direction
// (one more is refused, not queued), and a peer is no longer read while its messages queue behind a slow step,
// while the other peer reads slower than it writes, or while the guard's own words to it wait unread.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuditEvent, Interceptor } from "@mcp-guard/core";
import { DurableBatchRepository, openDatabase, type Db } from "@mcp-guard/store";
import { afterEach, describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import type { MemoryEndpoint, Session, SessionOptions } from "../src/session.js";
import { initializeExchange, memorySession, silent } from "./memory-session.js";

let dir: string;
let db: Db;
const opened: Session[] = [];

function open(options: Partial<SessionOptions> = {}) {
  dir = mkdtempSync(join(tmpdir(), "mcpg-in-flight-"));
  db = openDatabase(join(dir, "a.db"));
  const audit = new AuditWriter(new DurableBatchRepository(db), new AuditJournal(join(dir, "j")), silent);
  const events: AuditEvent[] = [];
  audit.subscribe((e) => events.push(e));
  const made = memorySession(audit, options);
  opened.push(made.session);
  return { ...made, events };
}

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close("test over", "client_closed", false);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const ping = (id: number | string) => ({ jsonrpc: "2.0", id, method: "ping" });
const reasonOf = (m: object) => (m as { error?: { data?: { reason?: string } } }).error?.data?.reason;

/** Holds every call, undecided, as a person's approval would. */
const holdPay: Interceptor = {
  name: "approval",
  inspect: (ctx) =>
    ctx.message.kind === "request" && ctx.message.method === "tools/call"
      ? {
          action: "hold",
          reason: "approval_pending",
          data: { approval_id: `c-${String(ctx.message.id)}` },
          hold: { timeoutMs: 10_000, settle: () => undefined },
        }
      : { action: "pass" },
};

const pay = (id: number) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name: "pay", arguments: {} },
});

/** Initializes the session and lists the server's one tool, pay (the guard judges calls once listed). */
async function listed(client: MemoryEndpoint, upstream: MemoryEndpoint): Promise<void> {
  await initializeExchange(client, upstream);
  client.deliver({ jsonrpc: "2.0", method: "notifications/initialized" });
  client.deliver({ jsonrpc: "2.0", id: "list", method: "tools/list" });
  await until(() => upstream.received.length === 2, "the handshake");
  upstream.deliver({ jsonrpc: "2.0", id: "list", result: { tools: [{ name: "pay", inputSchema: {} }] } });
  await until(() => client.received.length === 1, "the listing");
}

describe("requests in flight, per session and direction", () => {
  it("refuses the client's request past the cap until one is answered, and the server never sees it", async () => {
    const { client, upstream, events } = open({ maxRequestsInFlight: 3 });
    for (let id = 1; id <= 5; id++) client.deliver(ping(id));
    await until(() => client.received.length === 2, "the two refusals");
    expect(upstream.received.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(client.received.map((m) => [m.id, reasonOf(m)])).toEqual([
      [4, "too_many_in_flight"],
      [5, "too_many_in_flight"],
    ]);
    expect((client.received[0] as { error: { message: string } }).error.message).toBe(
      "Too many requests in flight: 3 requests already await an answer",
    );
    expect(events.filter((e) => e.reason === "too_many_in_flight")).toHaveLength(2);
    // One answer frees one place.
    upstream.deliver({ jsonrpc: "2.0", id: 1, result: {} });
    client.deliver(ping(6));
    client.deliver(ping(7));
    await until(() => client.received.length === 4, "the answer and the next refusal");
    expect(upstream.received.map((m) => m.id)).toEqual([1, 2, 3, 6]);
    expect(client.received.slice(2).map((m) => [m.id, reasonOf(m) ?? "answered"])).toEqual([
      [1, "answered"],
      [7, "too_many_in_flight"],
    ]);
  });

  it("counts a cancelled request's place free again", async () => {
    const { client, upstream } = open({ maxRequestsInFlight: 1 });
    await initializeExchange(client, upstream);
    client.deliver(ping(1));
    client.deliver({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 1 } });
    client.deliver(ping(2));
    await until(() => upstream.received.length === 3, "the ping, the cancellation and the next ping");
    expect(upstream.received.map((m) => m.id ?? m.method)).toEqual([1, "notifications/cancelled", 2]);
    expect(client.received).toEqual([]);
  });

  it("keeps at most four cancelled ids per place; past them a cancellation is refused and its request stays in flight", async () => {
    const { client, upstream, events } = open({ maxRequestsInFlight: 1 });
    await initializeExchange(client, upstream);
    const cancel = (id: number) => ({
      jsonrpc: "2.0",
      method: "notifications/cancelled",
      params: { requestId: id },
    });
    for (let id = 1; id <= 4; id++) {
      client.deliver(ping(id));
      client.deliver(cancel(id));
    }
    client.deliver(ping(5));
    client.deliver(cancel(5));
    client.deliver(ping(6));
    await until(() => client.received.length === 2, "the notice and the refusal");
    expect(upstream.received.map((m) => m.id ?? (m.params as { requestId: number }).requestId)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5,
    ]);
    expect(client.received.map((m) => m.method ?? [m.id, reasonOf(m)])).toEqual([
      "notifications/message",
      [6, "too_many_in_flight"],
    ]);
    expect(events.filter((e) => e.reason === "too_many_in_flight").map((e) => e.method)).toEqual([
      "notifications/cancelled",
      "ping",
    ]);
    // The request whose cancellation was refused is answered as any other.
    upstream.deliver({ jsonrpc: "2.0", id: 5, result: {} });
    await until(() => client.received.length === 3, "the answer to 5");
    expect(client.received[2]).toEqual({ jsonrpc: "2.0", id: 5, result: {} });
  });

  it("counts held calls among the client's requests in flight", async () => {
    const { client, upstream } = open({
      maxRequestsInFlight: 2,
      interceptors: (d) => (d === "to_server" ? [holdPay] : []),
    });
    await listed(client, upstream);
    client.deliver(pay(1));
    client.deliver(pay(2));
    client.deliver(ping(3));
    await until(() => client.received.length === 2, "the refusal");
    expect(client.received.slice(1).map((m) => [m.id, reasonOf(m)])).toEqual([[3, "too_many_in_flight"]]);
    expect(upstream.received.map((m) => m.id ?? m.method)).toEqual(["notifications/initialized", "list"]);
  });

  it("refuses the server's request to the client past the cap, answering the server", async () => {
    const { client, upstream } = open({ maxRequestsInFlight: 2 });
    await initializeExchange(client, upstream);
    client.deliver({ jsonrpc: "2.0", method: "notifications/initialized" });
    await until(() => upstream.received.length === 1, "the handshake");
    for (let id = 1; id <= 3; id++)
      upstream.deliver({ jsonrpc: "2.0", id: `s${id}`, method: "roots/list", params: {} });
    await until(() => upstream.received.length === 2, "the refusal to the server");
    expect(client.received.map((m) => m.id)).toEqual(["s1", "s2"]);
    expect([upstream.received[1]?.id, reasonOf(upstream.received[1] ?? {})]).toEqual([
      "s3",
      "too_many_in_flight",
    ]);
  });
});

describe("reading a peer that writes faster than the session can go on", () => {
  it("stops reading the client while its messages queue behind a slow step, then forwards them all in order", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowFirst: Interceptor = {
      name: "slow",
      inspect: (ctx) =>
        ctx.message.kind === "notification" && ctx.message.params?.progressToken === 0
          ? gate.then(() => ({ action: "pass" }))
          : { action: "pass" },
    };
    const { client, upstream } = open({ interceptors: (d) => (d === "to_server" ? [slowFirst] : []) });
    await initializeExchange(client, upstream);
    // Not notifications/progress: the session drops progress on a token no request of the server's carries.
    const progress = (n: number) => ({
      jsonrpc: "2.0",
      method: "notifications/roots/list_changed",
      params: { progressToken: n, progress: n },
    });
    for (let n = 0; n < 200; n++) client.deliver(progress(n));
    expect(client.paused).toBe(false); // 199 wait: under the bound
    for (let n = 200; n < 400; n++) client.deliver(progress(n));
    expect(client.paused).toBe(true);
    release();
    await until(() => upstream.received.length === 400, "every notification upstream");
    expect(client.paused).toBe(false);
    expect(upstream.received.map((m) => (m.params as { progress: number }).progress)).toEqual(
      Array.from({ length: 400 }, (_, n) => n),
    );
  });

  it("stops reading the client while the server reads slowly, and each reason is cleared on its own", async () => {
    const { client, upstream } = open();
    client.deliver(ping(1));
    await until(() => upstream.received.length === 1, "the first ping");
    upstream.readSlowly();
    client.deliver(ping(2));
    await until(() => upstream.received.length === 2, "the second ping");
    expect(client.paused).toBe(true);
    client.deliver(ping(3)); // written while stopped: read once the server drains
    expect(upstream.received).toHaveLength(2);
    upstream.drain();
    expect(client.paused).toBe(false);
    await until(() => upstream.received.length === 3, "the third ping");
  });

  it("stops reading the server while the client reads slowly, and keeps reading the client", async () => {
    const { client, upstream } = open();
    client.deliver(ping(1));
    await until(() => upstream.received.length === 1, "the ping");
    client.readSlowly();
    upstream.deliver({ jsonrpc: "2.0", id: 1, result: {} });
    await until(() => client.received.length === 1, "the pong");
    // Its output is backed up only by what the server sent (not by the guard's own words): still read.
    expect([upstream.paused, client.paused]).toEqual([true, false]);
    client.deliver(ping(2));
    await until(() => upstream.received.length === 2, "the second ping");
    client.drain();
    expect(upstream.paused).toBe(false);
  });
});

describe("the guard's own words to a peer that does not read them", () => {
  it("stops reading a client that leaves the guard's refusals unread, until it has read them", async () => {
    const { client } = open();
    client.readSlowly();
    client.write("not json 1\n");
    await until(() => client.received.length === 1, "the first refusal");
    expect(client.paused).toBe(false); // its output backed up, but the guard had not spoken to it since
    client.write("not json 2\n");
    await until(() => client.received.length === 2, "the second refusal");
    expect(client.paused).toBe(true);
    client.write("not json 3\n"); // written while stopped: read once the client has read the refusals
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.received).toHaveLength(2);
    client.drain();
    expect(client.paused).toBe(false);
    await until(() => client.received.length === 3, "the third refusal");
    expect(client.received.map(reasonOf)).toEqual(["parse_error", "parse_error", "parse_error"]);
  });

  it("stops reading a server that leaves the guard's refusals unread, until it has read them", async () => {
    const { client, upstream } = open({ maxRequestsInFlight: 1 });
    client.deliver(ping(1));
    await until(() => upstream.received.length === 1, "the ping");
    upstream.readSlowly();
    const roots = (id: string) => ({ jsonrpc: "2.0", id, method: "roots/list" });
    upstream.deliver(roots("s1")); // to the client: the one request the server may have in flight
    upstream.deliver(roots("s2"));
    await until(() => upstream.received.length === 2, "the first refusal");
    expect(upstream.paused).toBe(false);
    upstream.deliver(roots("s3"));
    await until(() => upstream.received.length === 3, "the second refusal");
    expect(upstream.paused).toBe(true);
    upstream.deliver(roots("s4"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(upstream.received).toHaveLength(3);
    upstream.drain();
    await until(() => upstream.received.length === 4, "the third refusal");
    expect(upstream.received.slice(1).map((m) => [m.id, reasonOf(m)])).toEqual([
      ["s2", "too_many_in_flight"],
      ["s3", "too_many_in_flight"],
      ["s4", "too_many_in_flight"],
    ]);
    expect(client.received.map((m) => m.id)).toEqual(["s1"]);
  });

  it("skips a held call's progress while the client has not read what waits for it", async () => {
    const { client, upstream } = open({ interceptors: (d) => (d === "to_server" ? [holdPay] : []) });
    await listed(client, upstream);
    client.readSlowly();
    client.deliver({ ...pay(1), params: { name: "pay", arguments: {}, _meta: { progressToken: "p" } } });
    await until(() => client.received.length === 2, "the first progress", 3000);
    await new Promise((resolve) => setTimeout(resolve, 2200)); // two more ticks, skipped
    expect(client.received).toHaveLength(2);
    client.drain();
    await until(() => client.received.length === 3, "the next progress, once the client has read", 3000);
    const progress = client.received.slice(1).map((m) => (m.params as { progress: number }).progress);
    expect(progress[1]).toBeGreaterThan((progress[0] ?? 0) + 1);
  }, 10_000);
});
