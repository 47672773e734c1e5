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
import { memorySession, silent } from "./memory-session.js";

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
    interceptors: (d) => (d === "to_server" ? [holdPay] : []),
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
