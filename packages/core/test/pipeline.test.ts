import { describe, expect, it } from "vitest";
import { classify, type Message } from "../src/jsonrpc.js";
import {
  runPipeline,
  type Interceptor,
  type MessageContext,
  type PipelineResult,
  type Verdict,
} from "../src/pipeline.js";

const message = classify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "t" } }) as Message;
const ctx: MessageContext = {
  direction: "to_server",
  sessionId: "s",
  server: "srv",
  identity: { method: "os", user: "u", uid: 1, roles: [] },
  auth: { ok: true },
  policy: undefined as never,
  state: new Map(),
  message,
};
let tick = 0;
const options = { timeoutMs: 50, now: () => tick++ };
const fixed = (name: string, verdict: Verdict): Interceptor => ({ name, inspect: () => verdict });
const pass = (name: string) => fixed(name, { action: "pass" });

describe("runPipeline", () => {
  it("passes through every interceptor in order, synchronously when all are synchronous", () => {
    const seen: string[] = [];
    const spy = (name: string): Interceptor => ({
      name,
      inspect: () => (seen.push(name), { action: "pass" }),
    });
    const result = runPipeline([spy("a"), spy("b"), spy("c")], ctx, options);
    expect(result).not.toBeInstanceOf(Promise);
    expect(seen).toEqual(["a", "b", "c"]);
    expect(result).toMatchObject({ verdict: { action: "pass" }, message });
  });

  it("keeps each step's time to the microsecond, so the trace is stored as it is", () => {
    // One reading per step: the first step ends where the second starts.
    const clock = [0, 0.0012345, 2.5000004];
    const result = runPipeline([pass("a"), pass("b")], ctx, { timeoutMs: 50, now: () => clock.shift()! });
    expect(result).toMatchObject({ trace: [{ ms: 0.001 }, { ms: 2.499 }] });
  });

  it("records each passed step with its interceptor and time, in steps no reader of one trace can change", () => {
    const clock = [0, 0.001, 0.001, 0.301, 10, 10.001, 10.001, 10.301];
    const now = () => clock.shift()!;
    const chain = [pass("a"), pass("b"), pass("c")];
    const first = runPipeline(chain, ctx, { timeoutMs: 50, now }) as PipelineResult;
    const second = runPipeline(chain, ctx, { timeoutMs: 50, now }) as PipelineResult;
    const expected = [
      { interceptor: "a", action: "pass", ms: 0.001 },
      { interceptor: "b", action: "pass", ms: 0 },
      { interceptor: "c", action: "pass", ms: 0.3 },
    ];
    expect(first.trace).toEqual(expected);
    expect(() => {
      (first.trace[0] as { ms: number }).ms = 99;
    }).toThrow(TypeError);
    expect(second.trace).toEqual(expected);
  });

  it("stops at the first block and records the trace", () => {
    const later = { name: "later", inspect: () => expect.unreachable() } as Interceptor;
    const result = runPipeline(
      [pass("a"), fixed("b", { action: "block", reason: "invalid_request" }), later],
      ctx,
      options,
    );
    expect(result).toMatchObject({
      verdict: { action: "block", reason: "invalid_request" },
      trace: [
        { interceptor: "a", action: "pass" },
        { interceptor: "b", action: "block", reason: "invalid_request" },
      ],
    });
  });

  it("turns a throw into a block (fail-closed)", () => {
    const boom: Interceptor = {
      name: "boom",
      inspect: () => {
        throw new Error("x");
      },
    };
    expect(runPipeline([boom, pass("after")], ctx, options)).toMatchObject({
      verdict: {
        action: "block",
        reason: "interceptor_failed",
        data: { interceptor: "boom", cause: "error" },
      },
      trace: [{ interceptor: "boom", action: "block" }],
    });
  });

  it("turns a rejected promise and a timeout into blocks", async () => {
    const rejects: Interceptor = { name: "rejects", inspect: () => Promise.reject(new Error("no")) };
    const hangs: Interceptor = { name: "hangs", inspect: () => new Promise<Verdict>(() => {}) };
    await expect(runPipeline([pass("a"), rejects], ctx, options)).resolves.toMatchObject({
      verdict: { action: "block", reason: "interceptor_failed", data: { cause: "error" } },
    });
    await expect(runPipeline([hangs], ctx, options)).resolves.toMatchObject({
      verdict: {
        action: "block",
        reason: "interceptor_failed",
        data: { interceptor: "hangs", cause: "timeout" },
      },
    });
  });

  it("continues after an asynchronous pass with the remaining interceptors", async () => {
    const slow: Interceptor = { name: "slow", inspect: async () => ({ action: "pass" }) };
    const result = await runPipeline(
      [slow, fixed("b", { action: "block", reason: "invalid_request" })],
      ctx,
      options,
    );
    expect(result.trace.map((t) => t.interceptor)).toEqual(["slow", "b"]);
    expect(result.verdict.action).toBe("block");
  });

  it("hands a modified message to later interceptors and returns it", () => {
    const rewritten = {
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: "t", arguments: { a: 1 } },
    };
    let seenByNext: unknown;
    const next: Interceptor = {
      name: "next",
      inspect: (c) => ((seenByNext = c.message.raw), { action: "pass" }),
    };
    const result = runPipeline([fixed("m", { action: "modify", message: rewritten }), next], ctx, options);
    expect(seenByNext).toEqual(rewritten);
    expect(result).toMatchObject({ verdict: { action: "pass" }, message: { raw: rewritten } });
  });

  it.each([
    ["another id", { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "t" } }],
    ["another method", { jsonrpc: "2.0", id: 1, method: "tools/list" }],
    ["a notification", { jsonrpc: "2.0", method: "tools/call" }],
    ["an invalid message", { id: 1 }],
  ])("blocks a modification that turns the message into %s", (_, rewritten) => {
    expect(runPipeline([fixed("m", { action: "modify", message: rewritten })], ctx, options)).toMatchObject({
      verdict: { action: "block", reason: "interceptor_failed", data: { interceptor: "m" } },
      message,
    });
  });

  it("resumes a held chain on a copy of its trace, so what was recorded at the hold stays as it was", async () => {
    const held: Verdict = {
      action: "hold",
      reason: "approval_pending",
      hold: { timeoutMs: 1000, settle: () => ({ action: "pass" }) },
    };
    const result = runPipeline([pass("a"), fixed("wait", held), pass("b")], ctx, options);
    if (result instanceof Promise || !result.resume) throw new Error("expected a synchronous hold");
    const recorded = result.trace.map((t) => `${t.interceptor}:${t.action}`);
    const resumed = await result.resume({ action: "pass" });
    expect(result.trace.map((t) => `${t.interceptor}:${t.action}`)).toEqual(recorded);
    expect(resumed.trace.map((t) => `${t.interceptor}:${t.action}`)).toEqual([
      "a:pass",
      "wait:hold",
      "wait:pass",
      "b:pass",
    ]);
  });

  it("hands on what passing steps committed, undone together, also through a hold and an async step", async () => {
    const undone: string[] = [];
    const committing = (name: string): Interceptor =>
      fixed(name, { action: "pass", release: () => void undone.push(name) });
    const later: Interceptor = { name: "later", inspect: () => Promise.resolve({ action: "pass" }) };
    const result = await runPipeline([committing("a"), later, committing("b")], ctx, options);
    result.release?.();
    expect(undone).toEqual(["a", "b"]);
    // Nothing committed: nothing to undo.
    expect(runPipeline([pass("a")], ctx, options)).not.toHaveProperty("release");
    const held: Verdict = {
      action: "hold",
      reason: "approval_pending",
      hold: { timeoutMs: 1000, settle: () => undefined },
    };
    const waiting = runPipeline([fixed("wait", held), pass("b")], ctx, options);
    if (waiting instanceof Promise || !waiting.resume) throw new Error("expected a synchronous hold");
    const resumed = await waiting.resume({ action: "pass", release: () => void undone.push("wait") });
    resumed.release?.();
    expect(undone).toEqual(["a", "b", "wait"]);
  });
});
