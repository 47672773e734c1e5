// Who may speak as the guard: its own notices keep the logger "mcp-guard"; a server's message naming the guard
// is shown under the server's name (round 30: the guard's own notice was relabelled too).
import { describe, expect, it } from "vitest";
import { toolIntegrity } from "../../src/interceptors/tool-integrity.js";
import type { PinStore } from "../../src/integrity/pins.js";
import { classify, type Message } from "../../src/jsonrpc.js";
import type { MessageContext } from "../../src/pipeline.js";
import { effectivePolicy } from "../../src/policy/policy.js";

const notice = {
  jsonrpc: "2.0",
  method: "notifications/message",
  params: { level: "warning", logger: "mcp-guard", data: "mcp-guard withheld tool x" },
};

function ctx(fromGuard: boolean): MessageContext {
  const policy = effectivePolicy(
    {
      permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
      rate_limit: { tool_limits: {}, method_limits: {} },
      sampling: { enabled: false },
      elicitation: { enabled: false },
    },
    ["default"],
    {},
  );
  return {
    direction: "to_client",
    sessionId: "s",
    server: "srv",
    identity: { method: "os", user: "alice", uid: 1000, roles: ["default"] },
    auth: { ok: true },
    policy,
    state: new Map(),
    message: classify(notice) as Message,
    ...(fromGuard ? { fromGuard: true } : {}),
  };
}

// A log message reaches neither the pins nor the listings.
const check = toolIntegrity({} as PinStore);

describe("the guard's voice", () => {
  it("keeps the guard's own notice under its logger", () => {
    expect(check.inspect(ctx(true))).toEqual({ action: "pass" });
  });

  it("shows a server's word-for-word copy under the server's name", () => {
    expect(check.inspect(ctx(false))).toMatchObject({
      action: "modify",
      message: { params: { logger: "server:srv", data: "mcp-guard withheld tool x" } },
    });
  });
});
