// A replay to a resuming HTTP client is judged again (replayed-answer.ts) and fails closed when it cannot be:
// the end-to-end case (a reload denies the tool) is attack-http-replay-after-deny.test.ts.
import type { Interceptor, MessageContext, TraceEntry } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { replayedAnswer, whatItAnswers } from "../src/session/replayed-answer.js";

const call = {
  jsonrpc: "2.0",
  id: 7,
  method: "tools/call",
  params: { name: "write_file", arguments: { path: "/tmp/x", content: "a".repeat(10_000) } },
};
const answer = { jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: "written" }] } };
const progress = {
  jsonrpc: "2.0",
  method: "notifications/progress",
  params: { progressToken: 1, progress: 1 },
};

function judge(inspect: Interceptor["inspect"], auditing = true) {
  const refused: string[] = [];
  return {
    refused,
    judge: {
      interceptors: [
        { name: "permissions", inspect },
        // A counting step is never run again on a replay: it would throw here.
        {
          name: "rate_limit",
          inspect: () => {
            throw new Error("run again");
          },
        },
      ],
      context: (request: unknown) =>
        ({ message: request, direction: "to_server" }) as unknown as MessageContext,
      options: { timeoutMs: 1000, now: () => 0 },
      auditing,
      refused: (_: unknown, __: unknown, reason: string, ___: readonly TraceEntry[]) => refused.push(reason),
    },
  };
}

describe("replayedAnswer", () => {
  it("keeps only what the looking checks read: the call's target and its arguments", () => {
    expect(whatItAnswers({ ...call, params: { ...call.params, _meta: { progressToken: 4 } } })).toEqual({
      jsonrpc: "2.0",
      id: 7,
      method: "tools/call",
      params: { name: "write_file", arguments: call.params.arguments },
    });
  });

  it("judges a replayed call's arguments as the live check would (a path a reload made sensitive)", () => {
    // Stands for permissions after a reload added the folder to integrity.sensitive.
    const sensitiveNow = judge((ctx) => {
      const args = (ctx.message.raw as { params?: { arguments?: { path?: string } } }).params?.arguments;
      return args?.path === "/tmp/x" ? { action: "block", reason: "sensitive_resource" } : { action: "pass" };
    });
    expect(replayedAnswer(answer, whatItAnswers(call), sensitiveNow.judge)).toMatchObject({
      id: 7,
      error: { data: { reason: "sensitive_resource" } },
    });
    expect(sensitiveNow.refused).toEqual(["sensitive_resource"]);
  });

  it("replays what the checks still pass, and refuses (audited) what they now deny", () => {
    const allowed = judge(() => ({ action: "pass" }));
    expect(replayedAnswer(answer, whatItAnswers(call), allowed.judge)).toBe(answer);
    const denied = judge(() => ({ action: "block", reason: "tool_denied", data: { tool: "write_file" } }));
    expect(replayedAnswer(answer, whatItAnswers(call), denied.judge)).toMatchObject({
      id: 7,
      error: { data: { reason: "tool_denied", tool: "write_file" } },
    });
    // What the server sent while working on the denied call is not replayed at all.
    expect(replayedAnswer(progress, whatItAnswers(call), denied.judge)).toBeUndefined();
    expect(denied.refused).toEqual(["tool_denied", "tool_denied"]);
  });

  it("fails closed: a check that waits, one that throws, an audit that cannot be written, an unreadable request", () => {
    const waits = judge(() => Promise.resolve({ action: "pass" }));
    expect(replayedAnswer(answer, whatItAnswers(call), waits.judge)).toMatchObject({
      error: { data: { reason: "internal_error" } },
    });
    const throws = judge(() => {
      throw new Error("broken");
    });
    expect(replayedAnswer(answer, whatItAnswers(call), throws.judge)).toMatchObject({
      error: { data: { reason: "interceptor_failed" } },
    });
    const unaudited = judge(() => ({ action: "pass" }), false);
    expect(replayedAnswer(answer, whatItAnswers(call), unaudited.judge)).toMatchObject({
      error: { data: { reason: "internal_error" } },
    });
    const unreadable = judge(() => ({ action: "pass" }));
    expect(replayedAnswer(answer, { id: 7 }, unreadable.judge)).toMatchObject({
      error: { data: { reason: "internal_error" } },
    });
  });
});
