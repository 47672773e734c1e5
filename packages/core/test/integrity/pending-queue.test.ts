// What the person's queue is told about a listing (round 30: a server inventing tool names at every listing
// filled it without end): the changes of names a complete listing no longer holds are dropped, a change the
// full queue cannot take stays withheld, and the audit's findings say both.
import { describe, expect, it } from "vitest";
import { toolIntegrity } from "../../src/interceptors/tool-integrity.js";
import { LISTED_PER_SERVER, plainDigest, type PinStore } from "../../src/integrity/pins.js";
import { classify, type Message, type RequestMessage } from "../../src/jsonrpc.js";
import type { MessageContext, Verdict } from "../../src/pipeline.js";
import { effectivePolicy } from "../../src/policy/policy.js";

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

/** A pinned server whose queue is full: every name is new and none is queued. */
function fullQueue() {
  const dropped: string[][] = [];
  const pins: PinStore = {
    digest: plainDigest,
    kindPinned: () => true,
    markKindPinned: () => {},
    get: () => undefined,
    pin: () => {},
    recordChange: () => false,
    dropUnlisted: (_server, _kind, listed) => {
      dropped.push([...listed]);
      return 3;
    },
    keptName: (name) => name,
    recordListed: () => true,
    listed: () => undefined,
    listedAll: () => [],
    listedElsewhere: () => new Map(),
  };
  return { pins, dropped };
}

const tool = (name: string) => ({ name, description: "Does a thing.", inputSchema: { type: "object" } });

function page(state: Map<string, unknown>, names: string[], cursor?: string, next?: string): MessageContext {
  const request = classify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: cursor ? { cursor } : {} });
  const result = { tools: names.map(tool), ...(next ? { nextCursor: next } : {}) };
  return {
    direction: "to_client",
    sessionId: "s",
    server: "srv",
    identity: { method: "os", user: "alice", uid: 1000, roles: ["default"] },
    auth: { ok: true },
    policy,
    state,
    message: classify({ jsonrpc: "2.0", id: 1, result }) as Message,
    request: request as RequestMessage,
  };
}

const findings = (v: Verdict | Promise<Verdict>) => (v as { findings?: string[] }).findings ?? [];

describe("the person's queue after a listing", () => {
  it("drops what a complete listing no longer holds, from its first page to its last, and says so", () => {
    const { pins, dropped } = fullQueue();
    const check = toolIntegrity(pins);
    const state = new Map<string, unknown>();
    expect(findings(check.inspect(page(state, ["a"], undefined, "p2"))).join("\n")).not.toContain("dropped");
    expect(dropped).toEqual([]);
    const last = findings(check.inspect(page(state, ["b"], "p2")));
    expect(dropped).toEqual([["a", "b"]]);
    expect(last).toContain("3 pending tool change(s) dropped: no longer listed");
  });

  it("drops nothing for a listing whose first page the session did not see", async () => {
    const { pins, dropped } = fullQueue();
    await toolIntegrity(pins).inspect(page(new Map(), ["b"], "p2"));
    expect(dropped).toEqual([]);
  });

  it("says a change the full queue could not take is withheld all the same", () => {
    const { pins } = fullQueue();
    const verdict = toolIntegrity(pins).inspect(page(new Map(), ["deploy"]));
    expect(findings(verdict)).toContainEqual(
      expect.stringMatching(/^tool deploy: new on a pinned server; withheld, not queued: 200 definitions/),
    );
    expect(verdict).toMatchObject({ action: "modify", message: { result: { tools: [] } } });
  });

  it("withholds, neither pinning nor queueing, a name the server's full listed table cannot record", () => {
    const { pins } = fullQueue();
    const acted: string[] = [];
    const full: PinStore = {
      ...pins,
      kindPinned: () => false,
      recordListed: () => false,
      pin: () => void acted.push("pinned"),
      recordChange: () => (acted.push("queued"), true),
    };
    const verdict = toolIntegrity(full).inspect(page(new Map(), ["deploy"]));
    expect(findings(verdict)).toContain(
      `tool deploy: withheld, not recorded: ${LISTED_PER_SERVER} definitions of this server are kept`,
    );
    expect(verdict).toMatchObject({ action: "modify", message: { result: { tools: [] } } });
    expect(acted).toEqual([]);
  });
});
