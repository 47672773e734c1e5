// A session that ends with calls still in flight or held for a person answers each on its id with
// `session_ended` and audits that end (round 31: at `mcp-guard stop`, or when the client closed its input,
// such calls were left without an answer and the log showed them going out, or held, and nothing after).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  classify,
  type AuditEvent,
  type Interceptor,
  type PipelineResult,
  type RequestMessage,
  type Verdict,
} from "@mcp-guard/core";
import { DurableBatchRepository, openDatabase, type Db } from "@mcp-guard/store";
import { afterEach, describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import { HeldCalls } from "../src/session/held-calls.js";
import type { MemoryEndpoint, Session } from "../src/session.js";
import { initializeExchange, memorySession, silent } from "./memory-session.js";

/** What a person decides about held calls (undefined: not yet). */
let decision: Verdict | undefined;

/** Holds every call to "pay" until `decision` is set, as a person's approval would. */
const holdPay: Interceptor = {
  name: "approval",
  inspect: (ctx) =>
    ctx.message.kind === "request" &&
    ctx.message.method === "tools/call" &&
    ctx.message.params?.name === "pay"
      ? {
          action: "hold",
          reason: "approval_pending",
          data: { approval_id: `c-${String(ctx.message.id)}` },
          hold: { timeoutMs: 10_000, settle: () => decision },
        }
      : { action: "pass" },
};

/** Judges a call to "slow" only after the interceptor timeout: a step its lane waits on. */
const slowStep: Interceptor = {
  name: "slow",
  inspect: (ctx) =>
    ctx.message.kind === "request" && ctx.message.params?.name === "slow"
      ? new Promise<Verdict>(() => {})
      : { action: "pass" },
};

const call = (id: number, name: string) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name, arguments: {} },
});

let dir: string;
let db: Db;
const opened: Session[] = [];

function open() {
  decision = undefined;
  dir = mkdtempSync(join(tmpdir(), "mcpg-session-ended-"));
  db = openDatabase(join(dir, "a.db"));
  const audit = new AuditWriter(new DurableBatchRepository(db), new AuditJournal(join(dir, "j")), silent);
  const events: AuditEvent[] = [];
  audit.subscribe((e) => events.push(e));
  const made = memorySession(audit, {
    interceptors: (d) => (d === "to_server" ? [holdPay, slowStep] : []),
    finishTimeoutMs: 2000,
  });
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

/** Initializes the session and lists the server's tools (the guard judges calls once listed). */
async function listed(client: MemoryEndpoint, upstream: MemoryEndpoint): Promise<void> {
  await initializeExchange(client, upstream);
  client.deliver({ jsonrpc: "2.0", method: "notifications/initialized" });
  client.deliver({ jsonrpc: "2.0", id: "list", method: "tools/list" });
  await until(() => upstream.received.length === 2, "the handshake");
  const tools = ["pay", "echo"].map((name) => ({ name, inputSchema: {} }));
  upstream.deliver({ jsonrpc: "2.0", id: "list", result: { tools } });
  await until(() => client.received.length === 1, "the listing");
}

const answerTo = (client: MemoryEndpoint, id: number) => client.received.find((m) => m.id === id);
const errorOf = (m: object | undefined) =>
  (m as { error?: { data?: { reason?: string; detail?: string } } } | undefined)?.error?.data;
const endRows = (events: AuditEvent[]) =>
  events
    .filter((e) => e.direction === "to_client" && e.reason === "session_ended")
    .map((e) => [e.rpc_id, e.decision]);

describe("a session that ends with calls unanswered", () => {
  it("answers a call the server never answered and a held call with session_ended, and audits both", async () => {
    const { session, client, upstream, events } = open();
    await listed(client, upstream);
    client.deliver(call(2, "echo"));
    client.deliver(call(3, "pay"));
    await until(() => upstream.received.some((m) => m.id === 2), "the running call");
    await until(() => events.some((e) => e.rpc_id === "3"), "the held call");

    await session.close("the daemon is stopping", "daemon_stopping");

    expect(errorOf(answerTo(client, 2))).toMatchObject({
      reason: "session_ended",
      detail: "the daemon is stopping",
    });
    expect(errorOf(answerTo(client, 3))).toMatchObject({
      reason: "session_ended",
      detail: "the daemon is stopping before anyone decided",
    });
    expect(endRows(events)).toEqual(
      expect.arrayContaining([
        ["2", "error"],
        ["3", "error"],
      ]),
    );
    // The answers go out before the client's end.
    expect(client.closed?.notice?.reason).toBe("daemon_stopping");
  });

  it("answers a held call at once when the client closes its input, while a running call still gets its answer", async () => {
    const { client, upstream, events } = open();
    await listed(client, upstream);
    client.deliver(call(2, "echo"));
    client.deliver(call(3, "pay"));
    await until(() => upstream.received.some((m) => m.id === 2), "the running call");
    await until(() => events.some((e) => e.rpc_id === "3"), "the held call");

    client.end();
    await until(() => answerTo(client, 3) !== undefined, "the held call's answer");
    expect(errorOf(answerTo(client, 3))).toMatchObject({
      reason: "session_ended",
      detail: "the client closed its input before anyone decided",
    });
    expect(client.closed).toBeUndefined();

    upstream.deliver({ jsonrpc: "2.0", id: 2, result: { content: [] } });
    await until(() => client.closed !== undefined, "the session's end");
    expect(answerTo(client, 2)).toMatchObject({ result: { content: [] } });
    expect(endRows(events)).toEqual([["3", "error"]]);
  });

  it("does not send a held call a person approves once the daemon began to stop", async () => {
    const { session, client, upstream, events } = open();
    await listed(client, upstream);
    client.deliver(call(3, "pay"));
    await until(() => events.some((e) => e.rpc_id === "3"), "the held call");

    const draining = session.drain(1000, "the daemon is stopping");
    decision = { action: "pass" };
    await draining;
    await new Promise((resolve) => setTimeout(resolve, 600)); // two polls of the held step

    expect(errorOf(answerTo(client, 3))?.reason).toBe("session_ended");
    expect(upstream.received.some((m) => m.id === 3)).toBe(false);
    expect(client.received.filter((m) => m.id === 3)).toHaveLength(1);
  });
});

describe("a session that ends while its lane waits (round 32)", () => {
  const rowsOf = (events: AuditEvent[], id: string) =>
    events.filter((e) => e.rpc_id === id).map((e) => [e.direction, e.decision, e.reason]);

  it("answers a call waiting for the guard's listing, and one queued behind it, and never judges them later", async () => {
    const { session, client, upstream, events } = open();
    await initializeExchange(client, upstream);
    client.deliver({ jsonrpc: "2.0", method: "notifications/initialized" });
    client.deliver(call(2, "echo"));
    client.deliver(call(3, "echo"));
    await until(() => upstream.received.some((m) => m.method === "tools/list"), "the guard's listing");

    await session.close("the daemon is stopping", "daemon_stopping");

    for (const id of [2, 3])
      expect(errorOf(answerTo(client, id))).toMatchObject({
        reason: "session_ended",
        detail: "the daemon is stopping",
      });
    expect(client.closed?.notice?.reason).toBe("daemon_stopping");
    // The listing comes too late: neither call is judged again, answered twice, or sent.
    const listing = upstream.received.find((m) => m.method === "tools/list");
    upstream.deliver({
      jsonrpc: "2.0",
      id: listing?.id,
      result: { tools: [{ name: "echo", inputSchema: {} }] },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.received.filter((m) => m.id === 2 || m.id === 3)).toHaveLength(2);
    expect(upstream.received.some((m) => m.method === "tools/call")).toBe(false);
    expect(rowsOf(events, "2")).toEqual([["to_server", "error", "session_ended"]]);
    expect(rowsOf(events, "3")).toEqual([["to_server", "error", "session_ended"]]);
  });

  it("ends within the deadline when the client closes its input while a call waits for the listing", async () => {
    const { client, upstream, events } = open(); // finishTimeoutMs: 2000
    await initializeExchange(client, upstream);
    client.deliver({ jsonrpc: "2.0", method: "notifications/initialized" });
    client.deliver(call(2, "echo"));
    await until(() => upstream.received.some((m) => m.method === "tools/list"), "the guard's listing");

    const closing = Date.now();
    client.end();
    await until(() => client.closed !== undefined, "the session's end", 4000);

    expect(Date.now() - closing).toBeLessThan(3000);
    expect(errorOf(answerTo(client, 2))?.reason).toBe("session_ended");
    expect(rowsOf(events, "2")).toEqual([["to_server", "error", "session_ended"]]);
    expect(upstream.closed).toBeDefined(); // the server is reaped
  });

  it("answers a call waiting for the guard's listing when the server dies, and ends the session", async () => {
    const { session, client, upstream, events } = open();
    await initializeExchange(client, upstream);
    client.deliver({ jsonrpc: "2.0", method: "notifications/initialized" });
    client.deliver(call(2, "echo"));
    client.deliver(call(3, "echo"));
    await until(() => upstream.received.some((m) => m.method === "tools/list"), "the guard's listing");

    upstream.end(false); // the server dies before it lists its tools
    await until(() => client.closed !== undefined, "the session's end");

    for (const id of [2, 3]) {
      expect(errorOf(answerTo(client, id))?.reason).toBe("upstream_unavailable");
      expect(rowsOf(events, String(id))).toEqual([["to_server", "error", "upstream_unavailable"]]);
    }
    expect(client.closed?.notice?.reason).toBe("upstream_closed");
    expect(session.state).toBe("closed");
    expect(upstream.received.some((m) => m.method === "tools/call")).toBe(false);
  });

  it("answers a held call decided while the lane waited, and never sends it", async () => {
    const { session, client, upstream, events } = open();
    await listed(client, upstream);
    client.deliver(call(3, "pay"));
    await until(() => events.some((e) => e.rpc_id === "3"), "the held call");
    client.deliver(call(4, "slow")); // its step holds the lane until the interceptor timeout (1 s)
    decision = { action: "pass" }; // approved: its routing queues behind the slow call
    await new Promise((resolve) => setTimeout(resolve, 400)); // a poll of the held step

    await session.close("the daemon is stopping", "daemon_stopping");
    await new Promise((resolve) => setTimeout(resolve, 1200)); // past the slow step's timeout

    expect(errorOf(answerTo(client, 3))?.reason).toBe("session_ended");
    expect(errorOf(answerTo(client, 4))?.reason).toBe("session_ended");
    expect(client.received.filter((m) => m.id === 3 || m.id === 4)).toHaveLength(2);
    expect(upstream.received.some((m) => m.method === "tools/call")).toBe(false);
    expect(rowsOf(events, "3")).toEqual([
      ["to_server", "block", "approval_pending"],
      ["to_client", "error", "session_ended"],
    ]);
  });
});

describe("held calls", () => {
  it("never route a decision whose resume was still running when the wait ended", async () => {
    const request = classify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "pay" } });
    let finishResume: ((r: PipelineResult) => void) | undefined;
    const held: PipelineResult = {
      verdict: {
        action: "hold",
        reason: "approval_pending",
        hold: { timeoutMs: 10_000, settle: () => ({ action: "pass" }) },
      },
      message: request as RequestMessage,
      trace: [],
      resume: () => new Promise<PipelineResult>((resolve) => (finishResume = resolve)),
    };
    const routed: string[] = [];
    const calls = new HeldCalls();
    calls.hold(request as RequestMessage, 0, held, {
      progress: () => routed.push("progress"),
      settled: () => routed.push("settled"),
      failed: () => routed.push("failed"),
    });
    await until(() => finishResume !== undefined, "the first poll to settle the step and resume");

    expect(calls.endAll().map((c) => c.request.id)).toEqual([7]);
    finishResume?.({ ...held, verdict: { action: "pass" } });
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(routed).toEqual([]);
    expect(calls.size).toBe(0);
  });
});
