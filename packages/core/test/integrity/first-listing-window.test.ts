// Round 51 (found from outside): the pages of a server's first listing were trusted on first use however long
// after its first page they were asked for, so a tool the server added an hour later was pinned silently when
// the client asked for page two (attack-first-listing-left-open). They are trusted for
// `integrity.first_listing_seconds` (default 30) from the first page; a later page's new names wait for a
// person as on a pinned server.
import { describe, expect, it } from "vitest";
import { toolIntegrity } from "../../src/interceptors/tool-integrity.js";
import { plainDigest, type PinStore } from "../../src/integrity/pins.js";
import { classify, type Message, type RequestMessage } from "../../src/jsonrpc.js";
import type { MessageContext } from "../../src/pipeline.js";
import { DEFAULT_INTEGRITY, effectivePolicy } from "../../src/policy/policy.js";

const policyWith = (firstListingSeconds: number) =>
  effectivePolicy(
    {
      permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
      rate_limit: { tool_limits: {}, method_limits: {} },
      sampling: { enabled: false },
      elicitation: { enabled: false },
      integrity: { ...DEFAULT_INTEGRITY, first_listing_seconds: firstListingSeconds },
    },
    ["default"],
    {},
  );
const policy = policyWith(DEFAULT_INTEGRITY.first_listing_seconds);

/** A server never listed before: what it pins and what it queues for a person. */
function freshServer() {
  const pinned: string[] = [];
  const queued: string[] = [];
  let kindPinned = false;
  const pins: PinStore = {
    digest: plainDigest,
    kindPinned: () => kindPinned,
    markKindPinned: () => void (kindPinned = true),
    get: () => undefined,
    pin: (_server, _kind, name) => void pinned.push(name),
    recordChange: (_server, _kind, name) => (queued.push(name), true),
    dropUnlisted: () => 0,
    keptName: (name) => name,
    recordListed: () => true,
    listed: () => undefined,
    listedAll: () => [],
    listedElsewhere: () => new Map(),
  };
  return { pins, pinned, queued };
}

function page(
  state: Map<string, unknown>,
  name: string,
  cursor?: string,
  next?: string,
  inForce = policy,
): MessageContext {
  const request = classify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: cursor ? { cursor } : {} });
  const tools = [{ name, description: "Does a thing.", inputSchema: { type: "object" } }];
  return {
    direction: "to_client",
    sessionId: "s",
    server: "srv",
    identity: { method: "os", user: "alice", uid: 1000, roles: ["default"] },
    auth: { ok: true },
    policy: inForce,
    state,
    message: classify({
      jsonrpc: "2.0",
      id: 1,
      result: { tools, ...(next ? { nextCursor: next } : {}) },
    }) as Message,
    request: request as RequestMessage,
  };
}

describe("the pages of a server's first listing", () => {
  it("are trusted on first use while the listing is read at once", async () => {
    const { pins, pinned, queued } = freshServer();
    let clock = 1_000;
    const check = toolIntegrity(pins, () => clock);
    const state = new Map<string, unknown>();
    await check.inspect(page(state, "a", undefined, "p2"));
    clock += 500;
    await check.inspect(page(state, "b", "p2"));
    expect(pinned).toEqual(["a", "b"]);
    expect(queued).toEqual([]);
  });

  it("are not, once the first page is older than the window: a later page's new name waits for a person", async () => {
    const { pins, pinned, queued } = freshServer();
    let clock = 1_000;
    const check = toolIntegrity(pins, () => clock);
    const state = new Map<string, unknown>();
    await check.inspect(page(state, "a", undefined, "p2"));
    clock += DEFAULT_INTEGRITY.first_listing_seconds * 1000 + 1;
    await check.inspect(page(state, "export_notes", "p2"));
    expect(pinned).toEqual(["a"]);
    expect(queued).toEqual(["export_notes"]);
  });

  it("are trusted for the window the config sets (integrity.first_listing_seconds)", async () => {
    const { pins, pinned, queued } = freshServer();
    let clock = 1_000;
    const check = toolIntegrity(pins, () => clock);
    const state = new Map<string, unknown>();
    const short = policyWith(0.5);
    await check.inspect(page(state, "a", undefined, "p2", short));
    clock += 400;
    await check.inspect(page(state, "b", "p2", "p3", short));
    clock += 200;
    await check.inspect(page(state, "export_notes", "p3", undefined, short));
    expect(pinned).toEqual(["a", "b"]);
    expect(queued).toEqual(["export_notes"]);
  });
});
