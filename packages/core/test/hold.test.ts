// A hold is its own verdict: the chain stops at the held step, one function waits for it, and the chain
// continues after that step; the steps before it run exactly once.
import { describe, expect, it } from "vitest";
import { awaitHold } from "../src/hold.js";
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
const options = { timeoutMs: 1000, now: Date.now };

function counting(name: string, calls: Record<string, number>): Interceptor {
  return { name, inspect: () => ((calls[name] = (calls[name] ?? 0) + 1), { action: "pass" }) };
}

/** A step that holds; it is decided after `polls` polls with `decision` (undefined: never). */
function holding(polls: number, decision: Verdict | undefined, timeoutMs = 5000): Interceptor {
  return {
    name: "held",
    inspect: () => {
      let asked = 0;
      return {
        action: "hold",
        reason: "approval_pending",
        data: { approval_id: "a1" },
        hold: { timeoutMs, settle: (final) => (++asked > polls || final ? decision : undefined) },
      };
    },
  };
}

const wait = (result: PipelineResult, signal = new AbortController().signal) =>
  awaitHold(result, { pollMs: 5, now: Date.now, signal });

describe("holds", () => {
  it("continues after the held step once it settles; earlier steps run once", async () => {
    const calls: Record<string, number> = {};
    const chain = [
      counting("rate_limit", calls),
      counting("content_scan", calls),
      holding(2, { action: "pass" }),
      counting("after", calls),
    ];
    const held = (await runPipeline(chain, ctx, options)) as PipelineResult;
    expect(held.verdict).toMatchObject({ action: "hold", reason: "approval_pending" });
    expect(calls).toEqual({ rate_limit: 1, content_scan: 1 });
    const done = await wait(held);
    expect(done?.verdict).toEqual({ action: "pass" });
    expect(calls).toEqual({ rate_limit: 1, content_scan: 1, after: 1 });
    expect(done?.trace.map((t) => `${t.interceptor}:${t.action}`)).toEqual([
      "rate_limit:pass",
      "content_scan:pass",
      "held:hold",
      "held:pass",
      "after:pass",
    ]);
  });

  it("answers the held step's block without running the rest", async () => {
    const calls: Record<string, number> = {};
    const chain = [holding(0, { action: "block", reason: "approval_denied" }), counting("after", calls)];
    const done = await wait((await runPipeline(chain, ctx, options)) as PipelineResult);
    expect(done?.verdict).toMatchObject({ action: "block", reason: "approval_denied" });
    expect(calls).toEqual({});
  });

  it("fails closed when the step does not settle at the deadline, and ends without an answer when aborted", async () => {
    const never = (await runPipeline([holding(1e9, undefined, 30)], ctx, options)) as PipelineResult;
    expect((await wait(never))?.verdict).toMatchObject({ action: "block", reason: "interceptor_failed" });
    const controller = new AbortController();
    const pending = wait(
      (await runPipeline([holding(1e9, undefined)], ctx, options)) as PipelineResult,
      controller.signal,
    );
    controller.abort();
    expect(await pending).toBeUndefined();
  });
});
