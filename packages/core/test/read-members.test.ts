// The case-variant refusal covers what the checks read (read-members.ts): each check runs over messages of
// every method it judges, each object of them behind a proxy that records the members read by name, and
// every such member must be listed where it was read. A member read by walking every key of an object (a
// spread, Object.entries) is read whatever its case and needs no entry. The content scan is left out: it
// reads every value whatever its key, and the items it joins across (shown-items.ts) are read a second time
// by name only to find texts already scanned one by one. A member read by name after its object's keys were
// listed escapes this proxy (the junctions across a stream's notifications read a log line's `data` and an
// item's `text`; the sampling review reads `messages` after walking the params): case-variants.test.ts
// holds those by name.
import { describe, expect, it } from "vitest";
import { policyChain } from "../src/interceptors/index.js";
import { classify, type Message } from "../src/jsonrpc.js";
import type { Direction, MessageContext } from "../src/pipeline.js";
import { effectivePolicy, type ServerPolicy } from "../src/policy/policy.js";
import { RateLimiter, type BucketState } from "../src/policy/rate-limiter.js";
import { ERROR_READ, paramsRead, resultRead, type Shape } from "../src/protocol/read-members.js";
import { plainDigest, type PinStore } from "../src/integrity/pins.js";

/**
 * `value` behind proxies that add to `reads` each member read by name, as a path ("*" for a member reached by
 * walking every key; an array's items stand at the array's path). A member is read by name when it is read
 * before its object's keys are listed, or is absent.
 */
function recording(value: unknown, path: string[], reads: Set<string>): unknown {
  if (typeof value !== "object" || value === null) return value;
  let listed = false;
  return new Proxy(value, {
    ownKeys(target) {
      listed = true;
      return Reflect.ownKeys(target);
    },
    has(target, key) {
      if (typeof key === "string" && !Array.isArray(target) && !listed) reads.add([...path, key].join("."));
      return Reflect.has(target, key);
    },
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== "string" || key === "") return v;
      if (Array.isArray(target)) return /^\d+$/.test(key) ? recording(v, path, reads) : v;
      const named = !listed || !Object.hasOwn(target, key);
      if (named) reads.add([...path, key].join("."));
      return recording(v, [...path, named ? key : "*"], reads);
    },
  });
}

/** Whether the shape lists the member at the end of `path` by name (any member stands for a "*"). */
function lists(shape: Shape, path: string[]): boolean {
  let shapes = [shape];
  for (const segment of path) {
    if (segment === "*") {
      shapes = shapes.flatMap((s) => Object.values(s));
      continue;
    }
    if (!shapes.some((s) => Object.hasOwn(s, segment))) return false;
    shapes = shapes.flatMap((s) => [s[segment], s["*"]].filter((next): next is Shape => next !== undefined));
  }
  return true;
}

const policy = {
  permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
  rate_limit: { tool_limits: {}, method_limits: {} },
  sampling: { enabled: true, max_tokens: 100 },
  elicitation: { enabled: true },
} as ServerPolicy;
const states = new Map<string, BucketState>();
const pins: PinStore = {
  digest: plainDigest,
  kindPinned: () => false,
  markKindPinned: () => {},
  get: () => undefined,
  pin: () => {},
  recordChange: () => true,
  dropUnlisted: () => 0,
  keptName: (name: string) => name,
  recordListed: () => true,
  listed: () => undefined,
  listedAll: () => [],
  listedElsewhere: () => new Map(),
};
const checks = policyChain({
  limiter: new RateLimiter({ load: (k) => states.get(k), save: (k, s) => void states.set(k, s) }, () => 0),
  now: () => 0,
  pins,
}).filter((step) => step.name !== "protocol");

/** The members the checks read by name in `payload` (the message `make` builds around it) that `shape` does not list. */
function unlisted(
  direction: Direction,
  payload: object,
  make: (payload: unknown) => Record<string, unknown>,
  shape: Shape,
  request?: Record<string, unknown>,
): string[] {
  const reads = new Set<string>();
  for (const step of checks) {
    const ctx = {
      direction,
      sessionId: "s",
      server: "srv",
      identity: { method: "os", user: "alice", uid: 1000, roles: ["default"] },
      auth: { ok: true },
      policy: effectivePolicy(policy, ["default"], {}),
      state: new Map(),
      message: classify({ jsonrpc: "2.0", ...make(recording(payload, [], reads)) }) as Message,
      request: request && classify({ jsonrpc: "2.0", id: 1, ...request }),
    } as MessageContext;
    void step.inspect(ctx);
  }
  return [...reads].filter((path) => !lists(shape, path.split(".")));
}

const FIELD = { type: "string", title: "Name", description: "Your name" };
const PARAMS: [Direction, string, object][] = [
  [
    "to_server",
    "initialize",
    {
      protocolVersion: "2025-11-25",
      clientInfo: { name: "c", version: "1" },
      capabilities: {
        sampling: {},
        elicitation: {},
        roots: {},
        tasks: { requests: { sampling: {}, elicitation: {} } },
      },
    },
  ],
  [
    "to_server",
    "tools/call",
    { name: "echo", arguments: { path: "notes/a.txt", nested: { command: "ls" } } },
  ],
  ["to_server", "prompts/get", { name: "greet", arguments: { who: "x" } }],
  ["to_server", "resources/read", { uri: "file:///tmp/a" }],
  ["to_server", "resources/subscribe", { uri: "file:///tmp/a" }],
  ["to_client", "notifications/resources/updated", { uri: "file:///tmp/a" }],
  ["to_client", "tasks/get", { taskId: "t1" }],
  ["to_client", "tasks/result", { taskId: "t1" }],
  ["to_client", "tasks/cancel", { taskId: "t1" }],
  ["to_client", "tasks/list", { cursor: "c" }],
  ["to_client", "notifications/progress", { progressToken: 1, progress: 1, message: "m" }],
  [
    "to_server",
    "completion/complete",
    {
      ref: { type: "ref/resource", uri: "file:///{dir}/{file}" },
      argument: { name: "file", value: "a" },
      context: { arguments: { dir: "tmp" } },
    },
  ],
  [
    "to_server",
    "completion/complete",
    {
      ref: { type: "ref/prompt", name: "greet" },
      argument: { name: "file", value: "a" },
      context: { arguments: { dir: "tmp" } },
    },
  ],
  [
    "to_client",
    "sampling/createMessage",
    {
      messages: [
        { role: "user", content: { type: "resource", resource: { uri: "file:///tmp/a", text: "t" } } },
        { role: "user", content: [{ type: "resource_link", uri: "file:///tmp/b", name: "b" }] },
      ],
      maxTokens: 500,
      includeContext: "allServers",
      systemPrompt: "s",
    },
  ],
  [
    "to_client",
    "elicitation/create",
    {
      message: "Tell us",
      requestedSchema: {
        type: "object",
        properties: {
          a: FIELD,
          b: { type: "object", properties: { c: FIELD } },
          d: { type: "array", items: { type: "string", enum: ["x"] } },
          e: { type: "string", oneOf: [{ const: "x", title: "X" }] },
          f: { type: "string", anyOf: [{ const: "x" }] },
          g: { type: "boolean" },
        },
        required: ["a"],
      },
    },
  ],
  [
    "to_client",
    "elicitation/create",
    { mode: "url", elicitationId: "e", message: "Sign in", url: "https://example.com/" },
  ],
];

const RESULTS: [Direction, string, object, object][] = [
  [
    "to_client",
    "tools/list",
    {},
    {
      tools: [
        {
          name: "echo",
          title: "Echo",
          description: "Echoes",
          inputSchema: { type: "object", properties: { m: { type: "string", description: "d" } } },
          outputSchema: { type: "object" },
          annotations: { title: "t", destructiveHint: false },
        },
      ],
    },
  ],
  [
    "to_client",
    "prompts/list",
    {},
    {
      prompts: [
        { name: "p", description: "d", arguments: [{ name: "a", description: "d", required: true }] },
      ],
    },
  ],
  [
    "to_client",
    "resources/list",
    {},
    { resources: [{ uri: "file:///tmp/a", name: "a", description: "d", mimeType: "text/plain" }] },
  ],
  [
    "to_client",
    "resources/templates/list",
    {},
    { resourceTemplates: [{ uriTemplate: "file:///{p}", name: "a", description: "d" }] },
  ],
  [
    "to_client",
    "tools/call",
    { name: "echo", arguments: {} },
    {
      content: [
        { type: "text", text: "hi" },
        { type: "resource_link", uri: "file:///tmp/a", name: "a" },
        { type: "resource", resource: { uri: "file:///tmp/b", text: "t" } },
      ],
      structuredContent: { a: 1 },
      isError: false,
    },
  ],
  [
    "to_client",
    "resources/read",
    { uri: "file:///tmp/a" },
    { contents: [{ uri: "file:///tmp/a", text: "t" }] },
  ],
  [
    "to_client",
    "prompts/get",
    { name: "p" },
    {
      description: "d",
      messages: [
        { role: "user", content: { type: "text", text: "t" } },
        { role: "user", content: { type: "resource", resource: { uri: "file:///tmp/b", text: "t" } } },
      ],
    },
  ],
  [
    "to_client",
    "completion/complete",
    { ref: { type: "ref/resource", uri: "file:///{p}" }, argument: { name: "p", value: "a" } },
    { completion: { values: ["a", "b"], total: 2, hasMore: false } },
  ],
  [
    "to_client",
    "initialize",
    { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "c", version: "1" } },
    {
      protocolVersion: "2025-11-25",
      capabilities: { tools: {} },
      serverInfo: { name: "s", version: "1" },
      instructions: "Use it",
    },
  ],
  ["to_server", "roots/list", {}, { roots: [{ uri: "file:///tmp", name: "t" }] }],
  ["to_server", "tasks/list", {}, { tasks: [{ taskId: "t1", status: "completed" }], nextCursor: "c" }],
  [
    "to_server",
    "sampling/createMessage",
    { messages: [], maxTokens: 5 },
    { role: "assistant", content: { type: "text", text: "x" }, model: "m" },
  ],
  [
    "to_server",
    "elicitation/create",
    { message: "m", requestedSchema: { type: "object", properties: {} } },
    { action: "accept", content: { a: "b" } },
  ],
];

describe("the members the case-variant refusal covers", () => {
  it.each(PARAMS)("lists what the checks read in %s's %s params", (direction, method, params) => {
    const make = (p: unknown) => ({ id: 1, method, params: p });
    expect(unlisted(direction, params, make, paramsRead(method))).toEqual([]);
  });

  it.each(RESULTS)("lists what the checks read in %s's result to %s", (direction, method, params, result) => {
    const make = (r: unknown) => ({ id: 1, result: r });
    expect(unlisted(direction, result, make, resultRead(method), { method, params })).toEqual([]);
  });

  it("lists what the checks read in an error that elicits", () => {
    const error = {
      code: -32042,
      message: "Sign in first",
      data: {
        elicitations: [{ mode: "url", elicitationId: "e", message: "Sign in", url: "https://example.com/" }],
      },
    };
    const make = (e: unknown) => ({ id: 1, error: e });
    const request = { method: "tools/call", params: { name: "echo" } };
    // The review of what a model reads (model-text.ts) reads each object's `type` only to leave a block's
    // kind, and an image's bytes, unread: under another case they are read, not missed.
    const unread = unlisted("to_client", error, make, ERROR_READ, request);
    expect(unread.filter((path) => !/(^|\.)type$/.test(path))).toEqual([]);
  });

  it("would find a member left out", () => {
    const make = (p: unknown) => ({ id: 1, method: "elicitation/create", params: p });
    const params = { mode: "url", elicitationId: "e", message: "Sign in", url: "https://example.com/" };
    expect(unlisted("to_client", params, make, { mode: {}, message: {} })).toEqual([
      "requestedSchema",
      "url",
    ]);
  });
});
