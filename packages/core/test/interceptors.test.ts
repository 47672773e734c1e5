import { describe, expect, it } from "vitest";
import { authentication } from "../src/interceptors/authentication.js";
import { plainDigest } from "../src/integrity/pins.js";
import { INTERCEPTOR_ORDER, policyChain } from "../src/interceptors/index.js";
import { permissions } from "../src/interceptors/permissions.js";
import { rateLimit } from "../src/interceptors/rate-limit.js";
import { samplingGuard } from "../src/interceptors/sampling-guard.js";
import { classify, type Message, type RequestMessage } from "../src/jsonrpc.js";
import type { AuthState, Direction, Identity, MessageContext, ServerLaunch } from "../src/pipeline.js";
import { DEFAULT_INTEGRITY, effectivePolicy, type ServerPolicy } from "../src/policy/policy.js";
import { RateLimiter, type BucketState } from "../src/policy/rate-limiter.js";
import { Scanner } from "../src/detect/scanner.js";
import { verdictNow } from "./support/verdict-now.js";

const identity: Identity = { method: "os", user: "alice", uid: 1000, roles: ["default"] };

function policy(over: Partial<ServerPolicy> = {}): ServerPolicy {
  return {
    permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
    rate_limit: { tool_limits: {}, method_limits: {} },
    sampling: { enabled: false },
    elicitation: { enabled: false },
    ...over,
  };
}

function ctx(
  raw: Record<string, unknown>,
  o: {
    direction?: Direction;
    server?: ServerPolicy;
    auth?: AuthState;
    identity?: Identity;
    request?: Record<string, unknown>;
    name?: string;
    launch?: ServerLaunch;
    state?: Map<string, unknown>;
  } = {},
): MessageContext {
  return {
    direction: o.direction ?? "to_server",
    sessionId: "s",
    server: o.name ?? "srv",
    launch: o.launch,
    identity: o.identity ?? identity,
    auth: o.auth ?? { ok: true },
    policy: effectivePolicy(o.server ?? policy(), ["default"], {}),
    state: o.state ?? new Map(),
    message: classify({ jsonrpc: "2.0", ...raw }) as Message,
    request: o.request ? (classify({ jsonrpc: "2.0", ...o.request }) as RequestMessage) : undefined,
  };
}

const call = (name: unknown, id = 1) => ({ id, method: "tools/call", params: { name, arguments: {} } });
const memoryLimiter = (now = () => 0) => {
  const states = new Map<string, BucketState>();
  return new RateLimiter({ load: (k) => states.get(k), save: (k, s) => void states.set(k, s) }, now);
};

describe("authentication", () => {
  const auth = authentication(() => 5000);
  it("blocks every message of an unauthenticated session with its reason", () => {
    const failed: AuthState = { ok: false, reason: "auth_invalid", detail: "the API key is not recognised" };
    for (const raw of [
      { id: 1, method: "initialize", params: {} },
      { method: "notifications/initialized" },
      call("echo"),
    ]) {
      expect(auth.inspect(ctx(raw, { auth: failed }))).toEqual({
        action: "block",
        reason: "auth_invalid",
        data: { detail: "the API key is not recognised" },
      });
    }
  });
  it("blocks once the credential expires", () => {
    expect(
      verdictNow(auth.inspect(ctx(call("echo"), { identity: { ...identity, expiresAt: 5001 } }))).action,
    ).toBe("pass");
    expect(auth.inspect(ctx(call("echo"), { identity: { ...identity, expiresAt: 5000 } }))).toMatchObject({
      action: "block",
      reason: "auth_expired",
    });
  });
});

describe("rate limit", () => {
  it("limits tool calls per tool, by normalised name, counts initialize, and ping apart", () => {
    const limiter = rateLimit(memoryLimiter());
    const server = policy({
      rate_limit: { tool_limits: { echo: { requests_per_minute: 2 } }, method_limits: {} },
    });
    const decisions = [call("echo", 1), call("ｅｃｈｏ", 2), call("echo", 3)].map((r) =>
      limiter.inspect(ctx(r, { server })),
    );
    expect(decisions.map((d) => (d as { action: string }).action)).toEqual(["pass", "pass", "block"]);
    expect(decisions[2]).toMatchObject({
      reason: "rate_limited",
      data: { retry_after_ms: 30_000, limit: "2 requests per minute (tool echo)" },
    });
    expect(verdictNow(limiter.inspect(ctx(call("other"), { server }))).action).toBe("pass");
    const tight = policy({ rate_limit: { requests_per_minute: 1, tool_limits: {}, method_limits: {} } });
    const l2 = rateLimit(memoryLimiter());
    expect(verdictNow(l2.inspect(ctx({ id: 1, method: "tools/list" }, { server: tight }))).action).toBe(
      "pass",
    );
    expect(verdictNow(l2.inspect(ctx({ id: 2, method: "tools/list" }, { server: tight }))).action).toBe(
      "block",
    );
    expect(
      verdictNow(l2.inspect(ctx({ id: 3, method: "initialize", params: {} }, { server: tight }))).action,
    ).toBe("block");
    const fresh = rateLimit(memoryLimiter());
    expect(
      verdictNow(fresh.inspect(ctx({ id: 1, method: "initialize", params: {} }, { server: tight }))).action,
    ).toBe("pass");
    expect(verdictNow(fresh.inspect(ctx({ id: 2, method: "tools/list" }, { server: tight }))).action).toBe(
      "block",
    );
    // A ping is counted apart: the calls' spent limit does not refuse it, its own does.
    const ping = (l: typeof l2, id: number) =>
      verdictNow(l.inspect(ctx({ id, method: "ping" }, { server: tight })));
    expect(ping(l2, 4).action).toBe("pass");
    expect(ping(l2, 5)).toMatchObject({ action: "block", reason: "rate_limited" });
    // And a keep-alive does not use up what a client may call.
    const l3 = rateLimit(memoryLimiter());
    expect(ping(l3, 1).action).toBe("pass");
    expect(verdictNow(l3.inspect(ctx({ id: 2, method: "tools/list" }, { server: tight }))).action).toBe(
      "pass",
    );
  });
  it("counts a client's notifications as requests, but never the ones that end or report on work", () => {
    const tight = policy({ rate_limit: { requests_per_minute: 1, tool_limits: {}, method_limits: {} } });
    const limiter = rateLimit(memoryLimiter());
    const action = (raw: Record<string, unknown>) =>
      (verdictNow(limiter.inspect(ctx(raw, { server: tight }))) as { action: string }).action;
    const rootsChanged = { method: "notifications/roots/list_changed" };
    expect([action(rootsChanged), action(rootsChanged), action({ id: 1, method: "tools/list" })]).toEqual([
      "pass",
      "block",
      "block",
    ]);
    expect(limiter.inspect(ctx(rootsChanged, { server: tight }))).toMatchObject({ reason: "rate_limited" });
    for (const method of ["notifications/initialized", "notifications/cancelled", "notifications/progress"])
      expect(action({ method, params: { requestId: 1, progressToken: 1, progress: 1 } })).toBe("pass");
  });
  it("counts under the server's launch and program as well as its name: a renamed server keeps its counts", () => {
    const server = policy({
      rate_limit: { tool_limits: { echo: { requests_per_hour: 1 } }, method_limits: {} },
    });
    const limiter = rateLimit(memoryLimiter());
    const as = (name: string, launch: ServerLaunch | undefined, id: number) =>
      verdictNow(limiter.inspect(ctx(call("echo", id), { server, name, launch }))).action;
    expect(as("old", { launch: "L1", program: "P1" }, 1)).toBe("pass");
    // The same launch under a new name; the old name launched otherwise; the same program launched otherwise
    // under a new name: all spent.
    expect(as("new", { launch: "L1", program: "P1" }, 2)).toBe("block");
    expect(as("old", { launch: "L2" }, 3)).toBe("block");
    expect(as("third", { launch: "L3", program: "P1" }, 4)).toBe("block");
    // Hard negatives: another server (another name, launch and program) has its own bucket; so has one of
    // the same program whose program is not counted (another entry runs it too); so has a session whose
    // launch is unknown under a name never used.
    expect(as("other", { launch: "L4", program: "P2" }, 5)).toBe("pass");
    expect(as("account-b", { launch: "L5" }, 6)).toBe("pass");
    expect(as("fourth", undefined, 7)).toBe("pass");
  });
  it("counts under an API key's digest as well as its name: a renamed key keeps its counts", () => {
    const server = policy({
      rate_limit: { tool_limits: { echo: { requests_per_hour: 1 } }, method_limits: {} },
    });
    const limiter = rateLimit(memoryLimiter());
    const key = (user: string, keyDigest: string): Identity => ({
      method: "api_key",
      user,
      uid: 1000,
      roles: ["default"],
      keyDigest,
    });
    const as = (who: Identity, id: number) =>
      verdictNow(limiter.inspect(ctx(call("echo", id), { server, identity: who }))).action;
    expect(as(key("agent", "K1"), 1)).toBe("pass");
    expect(as(key("agent-renamed", "K1"), 2)).toBe("block");
    // Hard negatives: another key under another name has its own bucket; another key of the same name
    // shares the name's.
    expect(as(key("other", "K2"), 3)).toBe("pass");
    expect(as(key("agent", "K3"), 4)).toBe("block");
  });
  it("counts under the names a server had before, also when a twin shares its launch", () => {
    const server = policy({
      rate_limit: { tool_limits: { echo: { requests_per_hour: 1 } }, method_limits: {} },
    });
    const limiter = rateLimit(memoryLimiter());
    const as = (name: string, launch: ServerLaunch | undefined, id: number) =>
      verdictNow(limiter.inspect(ctx(call("echo", id), { server, name, launch }))).action;
    // Counted by name alone beside a twin; renamed with a twin added: no launch digest is counted, only names.
    expect(as("old", undefined, 1)).toBe("pass");
    expect(as("renamed", { formerNames: ["old"] }, 2)).toBe("block");
    expect(as("twin", { formerNames: ["old"] }, 3)).toBe("block");
    // Hard negatives: a name that was never this server's, and a former name that is another server's.
    expect(as("fresh", { formerNames: ["gone"] }, 4)).toBe("pass");
    expect(as("fresh-2", { launch: "L9" }, 5)).toBe("pass");
  });
});

describe("permissions", () => {
  const server = policy({
    permissions: {
      allowed_tools: ["read_*", "list_*"],
      denied_tools: ["read_secret"],
      allowed_resources: ["file:///srv/**"],
      denied_resources: ["file:///srv/**/.env"],
      denied_prompts: ["admin-*"],
    },
  });
  const p = permissions();
  it.each([
    [call("read_file"), "pass", undefined],
    [
      call("write_file"),
      "block",
      { reason: "tool_denied", data: { tool: "write_file", rule: "allow_list" } },
    ],
    [
      call("read_secret"),
      "block",
      { reason: "tool_denied", data: { tool: "read_secret", rule: "deny_list" } },
    ],
    [call("ｒｅａｄ＿ｓｅｃｒｅｔ"), "block", { reason: "tool_denied", data: { tool: "read_secret" } }],
    [call("reаd_file"), "block", { reason: "malformed_name" }],
    [call(undefined), "block", { reason: "malformed_name" }],
    [{ id: 1, method: "resources/read", params: { uri: "file:///srv/app/main.ts" } }, "pass", undefined],
    [
      { id: 1, method: "resources/read", params: { uri: "file:///srv/app/.env" } },
      "block",
      { reason: "resource_denied" },
    ],
    [
      { id: 1, method: "resources/read", params: { uri: "FILE:///srv/app/%2Eenv" } },
      "block",
      { reason: "resource_denied" },
    ],
    [
      { id: 1, method: "resources/read", params: { uri: "file:///etc/passwd" } },
      "block",
      { reason: "resource_denied", data: { rule: "allow_list" } },
    ],
    [
      { id: 1, method: "resources/read", params: { uri: "file:///srv/%2e%2e/etc/passwd" } },
      "block",
      { reason: "path_traversal" },
    ],
    [
      { id: 1, method: "resources/subscribe", params: { uri: "file:///etc/passwd" } },
      "block",
      { reason: "resource_denied" },
    ],
    [
      { id: 1, method: "resources/read", params: { uri: `file:///srv/${"a".repeat(20_000)}` } },
      "block",
      { reason: "uri_too_long" },
    ],
    [{ id: 1, method: "prompts/get", params: { name: "admin-reset" } }, "block", { reason: "prompt_denied" }],
    [{ id: 1, method: "prompts/get", params: { name: "summary" } }, "pass", undefined],
    [
      {
        id: 1,
        method: "completion/complete",
        params: { ref: { type: "ref/prompt", name: "admin-x" }, argument: { name: "a", value: "" } },
      },
      "block",
      { reason: "prompt_denied" },
    ],
    [{ id: 1, method: "tools/list" }, "pass", undefined],
  ])("%j -> %s", (raw, action, expected) => {
    const verdict = p.inspect(ctx(raw, { server }));
    expect((verdict as { action: string }).action).toBe(action);
    if (expected) expect(verdict).toMatchObject(expected);
  });

  it("filters list responses by the same rules", () => {
    const filtered = (method: string, result: Record<string, unknown>) =>
      p.inspect(ctx({ id: 1, result }, { direction: "to_client", server, request: { id: 1, method } }));
    expect(
      filtered("tools/list", {
        tools: [{ name: "read_file" }, { name: "write_file" }, { name: "read_secret" }, { name: "reаd_x" }],
      }),
    ).toEqual({
      action: "modify",
      message: { jsonrpc: "2.0", id: 1, result: { tools: [{ name: "read_file" }] } },
    });
    expect(
      filtered("resources/list", {
        // A credential file is listed no more than it is read (sensitive_resources: block).
        resources: [
          { uri: "file:///srv/a" },
          { uri: "file:///etc/hosts" },
          { uri: "file:///srv/.ssh/id_rsa" },
          { uri: "http://169.254.169.254/latest/meta-data/iam/security-credentials/role" },
        ],
        nextCursor: "c",
      }),
    ).toMatchObject({
      message: { result: { resources: [{ uri: "file:///srv/a" }], nextCursor: "c" } },
    });
    expect(
      filtered("resources/templates/list", {
        resourceTemplates: [
          { uriTemplate: "file:///srv/{path}" },
          { uriTemplate: "db://{table}" },
          { uriTemplate: "file:///srv/.ssh/{name}" },
        ],
      }),
    ).toMatchObject({
      message: { result: { resourceTemplates: [{ uriTemplate: "file:///srv/{path}" }] } },
    });
    expect(filtered("prompts/list", { prompts: [{ name: "summary" }] })).toEqual({ action: "pass" });
  });

  it("keeps a completed value only when the URI it makes could be read", () => {
    const request = {
      id: 1,
      method: "completion/complete",
      params: {
        ref: { type: "ref/resource", uri: "file:///srv/{path}" },
        argument: { name: "path", value: "" },
      },
    };
    const values = ["a.txt", "app/.env", ".ssh/id_ed25519", ".aws/credentials", ".gnupg/private-keys-v1.d/k"];
    const verdict = p.inspect(
      ctx(
        { id: 1, result: { completion: { values, hasMore: false } } },
        { direction: "to_client", server, request },
      ),
    );
    expect(verdict).toMatchObject({ message: { result: { completion: { values: ["a.txt"], total: 1 } } } });
  });

  it("keeps a completed value that is a URI only when the client could read it, whatever the ref", () => {
    const completed = (ref: object, values: string[]) =>
      p.inspect(
        ctx(
          { id: 1, result: { completion: { values, hasMore: false } } },
          {
            direction: "to_client",
            server,
            request: {
              id: 1,
              method: "completion/complete",
              params: { ref, argument: { name: "a", value: "" } },
            },
          },
        ),
      );
    const prompt = { type: "ref/prompt", name: "summary" };
    // Ordinary values that are no URI stay, a colon or a drive letter notwithstanding.
    const ordinary = ["en-US", "10:30", "C:\\srv\\notes.txt", "fix: typo in readme", "file:///srv/a.txt"];
    const denied = [
      "file:///srv/app/.env",
      "file:///etc/passwd",
      "FILE:///srv/.ssh/id_ed25519",
      "file:///srv/%2e%2e/etc",
      // Blanks around the URI or brackets and words about it (round 48's review).
      " file:///etc/passwd",
      "file:///etc/passwd\n",
      "<file:///srv/app/.env>",
      "payroll: file:///etc/shadow (the export)",
    ];
    expect(completed(prompt, [...denied, ...ordinary])).toMatchObject({
      message: { result: { completion: { values: ordinary, total: ordinary.length, hasMore: false } } },
    });
    expect(completed(prompt, ordinary)).toEqual({ action: "pass" });
    // A template's value that is a URI of its own is judged as that URI too, not only as the one it makes.
    expect(
      completed({ type: "ref/resource", uri: "file:///srv/{a}" }, ["b.txt", "file:///srv/app/.env"]),
    ).toMatchObject({
      message: { result: { completion: { values: ["b.txt"] } } },
    });
  });

  it("judges a listed template by the URI it makes, whichever operator spells its path", () => {
    const open = policy({
      permissions: { denied_tools: [], denied_resources: ["file:///secret/**"], denied_prompts: [] },
    });
    const templates = [
      "file:///public/{name}",
      "file:///public{/dir,name}{.ext}{?q}",
      "file:///secret/{name}",
      "file:///secret{/name}",
      "file:///secret{/dir,name}",
      "file:///secret{/name*}",
      "file:///secret{/dir}{.ext}",
      "file:///secret.d{/dir}",
      "file:///home/me{/dir}/.ssh{/key}",
      "http://169.254.169.254/latest/meta-data/iam/security-credentials{/role}",
    ];
    const verdict = p.inspect(
      ctx(
        { id: 1, result: { resourceTemplates: templates.map((uriTemplate) => ({ uriTemplate })) } },
        { direction: "to_client", server: open, request: { id: 1, method: "resources/templates/list" } },
      ),
    );
    expect(verdict).toMatchObject({
      message: {
        result: {
          resourceTemplates: [
            { uriTemplate: "file:///public/{name}" },
            { uriTemplate: "file:///public{/dir,name}{.ext}{?q}" },
            // A sibling of the denied folder, not inside it.
            { uriTemplate: "file:///secret.d{/dir}" },
          ],
        },
      },
    });
  });

  it("shows resource contents only when the client could read the resource itself", () => {
    const filtered = (method: string, result: Record<string, unknown>) =>
      p.inspect(ctx({ id: 1, result }, { direction: "to_client", server, request: { id: 1, method } }));
    const embedded = (uri: string) => ({ type: "resource", resource: { uri, text: "x" } });
    expect(
      filtered("resources/read", {
        contents: [
          { uri: "file:///srv/a", text: "a" },
          { uri: "file:///srv/app/.env", text: "b" },
          { uri: "file:///etc/hosts", text: "c" },
          { uri: "file:///srv/../etc/passwd", text: "d" },
          { text: "no uri" },
        ],
      }),
    ).toMatchObject({ message: { result: { contents: [{ uri: "file:///srv/a", text: "a" }] } } });
    const text = { type: "text", text: "hits" };
    expect(
      filtered("tools/call", {
        content: [text, embedded("file:///srv/a"), embedded("file:///srv/app/.env")],
      }),
    ).toMatchObject({ message: { result: { content: [text, embedded("file:///srv/a")] } } });
    const say = (content: unknown) => ({ role: "user", content });
    expect(
      filtered("prompts/get", { messages: [say(text), say(embedded("file:///etc/hosts"))] }),
    ).toMatchObject({ message: { result: { messages: [say(text)] } } });
    expect(filtered("tools/call", { content: [text, embedded("file:///srv/b")] })).toEqual({
      action: "pass",
    });
    // A tool's result in the 2024-10-07 form, its contents embedded or bare, and any other member beside it.
    const denied = { uri: "file:///srv/app/.env", text: "KEY=1" };
    expect(
      filtered("tools/call", { toolResult: { content: [text, embedded("file:///srv/app/.env")] } }),
    ).toMatchObject({ message: { result: { toolResult: { content: [text] } } } });
    expect(filtered("tools/call", { toolResult: denied })).toEqual({
      action: "modify",
      message: { jsonrpc: "2.0", id: 1, result: {} },
    });
    expect(
      JSON.stringify(
        filtered("tasks/result", { content: [text], extra: { files: [denied] }, _meta: denied }),
      ),
    ).not.toContain("KEY=1");
    expect(JSON.stringify(filtered("resources/read", { contents: [], also: [denied] }))).not.toContain(
      "KEY=1",
    );
  });
});

describe("permissions: the client's roots", () => {
  const p = permissions();
  const server = policy({
    integrity: { ...DEFAULT_INTEGRITY, extra_sensitive_resources: ["file:///work/home/secret"] },
  });
  const roots = (...uris: unknown[]) => ({ id: 9, result: { roots: uris.map((uri) => ({ uri })) } });
  const asked = { id: 9, method: "roots/list" };

  it("resolves relative paths against a root with `..` as the server's URL parser reads it", () => {
    const state = new Map<string, unknown>();
    const answer = { ...ctx(roots("file:///work/x/../home"), { server, request: asked }), state };
    expect(p.inspect(answer)).toEqual({ action: "pass" });
    const read = {
      id: 1,
      method: "tools/call",
      params: { name: "read_file", arguments: { path: "secret" } },
    };
    expect(p.inspect({ ...ctx(read, { server }), state })).toMatchObject({ reason: "sensitive_resource" });
  });

  it("takes a root it cannot read out of the answer before the server sees it", () => {
    expect(
      p.inspect(ctx(roots("file:///work/a", "file:///work/%252e%252e/home"), { server, request: asked })),
    ).toEqual({
      action: "modify",
      message: { jsonrpc: "2.0", id: 9, result: { roots: [{ uri: "file:///work/a" }] } },
    });
  });
});

describe("the client's tasks, as a server asks about them", () => {
  const server = policy({ sampling: { enabled: true } });
  /** One session: the client ran task "t1" for the server's sampling request; "t2" is another server's. */
  function session() {
    const guard = samplingGuard(memoryLimiter());
    const state = new Map<string, unknown>();
    const sampling = {
      id: "s1",
      method: "sampling/createMessage",
      params: { messages: [], task: { ttl: 1 } },
    };
    const created = { id: "s1", result: { task: { taskId: "t1", status: "working" } } };
    const noted = guard.inspect(ctx(created, { direction: "to_server", server, state, request: sampling }));
    expect(verdictNow(noted).action).toBe("pass");
    const ask = (method: string, params: object) =>
      verdictNow(guard.inspect(ctx({ id: 2, method, params }, { direction: "to_client", server, state })));
    const listed = (tasks: unknown) =>
      verdictNow(
        guard.inspect(
          ctx(
            { id: 3, result: { tasks } },
            { direction: "to_server", server, state, request: { id: 3, method: "tasks/list", params: {} } },
          ),
        ),
      );
    return { ask, listed };
  }

  it("passes a request about a task the client ran for this server's own request", () => {
    const { ask } = session();
    for (const method of ["tasks/get", "tasks/result", "tasks/cancel"])
      expect(ask(method, { taskId: "t1" }).action).toBe("pass");
  });

  it("refuses one about any other task, or none", () => {
    const { ask } = session();
    for (const method of ["tasks/get", "tasks/result", "tasks/cancel"]) {
      expect(ask(method, { taskId: "t2" })).toMatchObject({ action: "block", reason: "task_not_found" });
      expect(ask(method, { taskId: 1 })).toMatchObject({ action: "block", reason: "task_not_found" });
      expect(ask(method, {})).toMatchObject({ action: "block", reason: "task_not_found" });
    }
    // Another session's server never saw t1 made for it.
    const other = samplingGuard(memoryLimiter());
    const asked = { id: 2, method: "tasks/result", params: { taskId: "t1" } };
    expect(other.inspect(ctx(asked, { direction: "to_client", server }))).toMatchObject({
      reason: "task_not_found",
    });
  });

  it("keeps only this server's tasks in the client's list of them", () => {
    const { ask, listed } = session();
    expect(ask("tasks/list", {}).action).toBe("pass");
    const t1 = { taskId: "t1", status: "completed" };
    expect(listed([t1])).toEqual({ action: "pass" });
    expect(listed([{ taskId: "t2", status: "completed" }, t1])).toMatchObject({
      action: "modify",
      message: { result: { tasks: [t1] } },
    });
    expect(listed("t2")).toMatchObject({ action: "modify", message: { result: { tasks: [] } } });
  });

  it("refuses the client's answer, or its task's, once a reload turns the kind off", () => {
    const { ask } = session();
    const guard = samplingGuard(memoryLimiter());
    const state = new Map<string, unknown>();
    const off = policy();
    const answer = (request: Record<string, unknown>, result: object, on = off) =>
      verdictNow(
        guard.inspect(
          ctx({ id: request.id as string, result }, { direction: "to_server", server: on, state, request }),
        ),
      );
    const sampling = { id: "s1", method: "sampling/createMessage", params: { messages: [] } };
    const elicitation = { id: "e1", method: "elicitation/create", params: { message: "Which?" } };
    const completion = { role: "assistant", content: { type: "text", text: "done" }, model: "m" };
    expect(answer(sampling, completion)).toMatchObject({ action: "block", reason: "sampling_disabled" });
    expect(answer(elicitation, { action: "accept", content: { x: "y" } })).toMatchObject({
      reason: "elicitation_disabled",
    });
    // Still on: passed as before.
    expect(answer(sampling, completion, server)).toEqual({ action: "pass" });
    // A task the client ran for sampling before the reload: asked about, or answered, after it.
    const created = { task: { taskId: "t9", status: "working" } };
    expect(
      answer({ ...sampling, id: "s2", params: { messages: [], task: {} } }, created, server).action,
    ).toBe("pass");
    const asked = { id: 3, method: "tasks/result", params: { taskId: "t9" } };
    expect(
      verdictNow(guard.inspect(ctx(asked, { direction: "to_client", server: off, state }))),
    ).toMatchObject({
      reason: "sampling_disabled",
    });
    expect(answer({ ...asked, id: "r3" }, completion)).toMatchObject({ reason: "sampling_disabled" });
    expect(ask("tasks/result", { taskId: "t1" }).action).toBe("pass");
  });
});

describe("the server's tasks, as the client asks about them", () => {
  /** One session: its call ran as the server's task "t1"; "t2" is another session's (another identity's). */
  function session() {
    const guard = permissions();
    const state = new Map<string, unknown>();
    const asTask = { id: 1, method: "tools/call", params: { name: "echo", arguments: {}, task: {} } };
    const created = { id: 1, result: { task: { taskId: "t1", status: "working" } } };
    const noted = guard.inspect(ctx(created, { direction: "to_client", state, request: asTask }));
    expect(verdictNow(noted).action).toBe("pass");
    const ask = (method: string, params: object) =>
      verdictNow(guard.inspect(ctx({ id: 2, method, params }, { state })));
    const listed = (tasks: unknown) =>
      verdictNow(
        guard.inspect(
          ctx(
            { id: 3, result: { tasks } },
            { direction: "to_client", state, request: { id: 3, method: "tasks/list", params: {} } },
          ),
        ),
      );
    return { ask, listed };
  }

  it("passes a request about a task this session's call created, and refuses any other", () => {
    const { ask } = session();
    for (const method of ["tasks/get", "tasks/result", "tasks/cancel"]) {
      expect(ask(method, { taskId: "t1" }).action).toBe("pass");
      expect(ask(method, { taskId: "t2" })).toMatchObject({ action: "block", reason: "task_not_found" });
      expect(ask(method, {})).toMatchObject({ action: "block", reason: "task_not_found" });
    }
    const other = permissions();
    expect(other.inspect(ctx({ id: 2, method: "tasks/result", params: { taskId: "t1" } }))).toMatchObject({
      reason: "task_not_found",
    });
  });

  it("keeps only this session's tasks in the server's list of them", () => {
    const { ask, listed } = session();
    expect(ask("tasks/list", {}).action).toBe("pass");
    const t1 = { taskId: "t1", status: "completed" };
    expect(listed([t1])).toEqual({ action: "pass" });
    expect(listed([{ taskId: "t2", status: "completed" }, t1])).toMatchObject({
      action: "modify",
      message: { result: { tasks: [t1] } },
    });
  });

  it("refuses what a call or its task returns once a reload denies the tool, but not its cancelling", () => {
    const guard = permissions();
    const state = new Map<string, unknown>();
    const asTask = { id: 1, method: "tools/call", params: { name: "export", arguments: {}, task: {} } };
    const created = { id: 1, result: { task: { taskId: "t1", status: "working" } } };
    expect(
      verdictNow(guard.inspect(ctx(created, { direction: "to_client", state, request: asTask }))).action,
    ).toBe("pass");
    // The reload: the tool is denied from now on.
    const server = policy({
      permissions: { denied_tools: ["export"], denied_resources: [], denied_prompts: ["brief"] },
    });
    const now = (raw: Record<string, unknown>, request?: Record<string, unknown>) =>
      verdictNow(
        guard.inspect(ctx(raw, { server, state, direction: request ? "to_client" : "to_server", request })),
      );
    for (const method of ["tasks/get", "tasks/result"])
      expect(now({ id: 2, method, params: { taskId: "t1" } })).toMatchObject({ reason: "tool_denied" });
    expect(now({ id: 2, method: "tasks/cancel", params: { taskId: "t1" } }).action).toBe("pass");
    // Asked before the reload, answered after it.
    const rows = { content: [{ type: "text", text: "rows" }] };
    const result = { id: 4, method: "tasks/result", params: { taskId: "t1" } };
    expect(now({ id: 4, result: rows }, result)).toMatchObject({ action: "block", reason: "tool_denied" });
    const listing = { id: 5, method: "tasks/list", params: {} };
    expect(now({ id: 5, result: { tasks: [{ taskId: "t1", status: "completed" }] } }, listing)).toMatchObject(
      {
        message: { result: { tasks: [] } },
      },
    );
    const status = { method: "notifications/tasks/status", params: { taskId: "t1", status: "completed" } };
    expect(verdictNow(guard.inspect(ctx(status, { server, state, direction: "to_client" })))).toMatchObject({
      reason: "tool_denied",
    });
    // A call made before the reload and answered after it; one of a tool still allowed; a prompt's.
    expect(now({ id: 6, result: rows }, call("export", 6))).toMatchObject({ reason: "tool_denied" });
    expect(now({ id: 7, result: rows }, call("report", 7))).toEqual({ action: "pass" });
    const prompt = { id: 8, method: "prompts/get", params: { name: "brief" } };
    expect(now({ id: 8, result: { messages: [] } }, prompt)).toMatchObject({ reason: "prompt_denied" });
  });
});

describe("sampling guard", () => {
  const init = {
    id: 0,
    method: "initialize",
    params: {
      protocolVersion: "2025-06-18",
      clientInfo: {},
      capabilities: { sampling: {}, elicitation: {}, roots: {} },
    },
  };
  const sampling = (maxTokens: number) => ({
    id: 9,
    method: "sampling/createMessage",
    params: { messages: [], maxTokens },
  });

  it("does not advertise disabled capabilities to the server", () => {
    const guard = samplingGuard(memoryLimiter());
    expect(guard.inspect(ctx(init))).toMatchObject({
      action: "modify",
      message: { params: { capabilities: { roots: {} } } },
    });
    const enabled = policy({ sampling: { enabled: true }, elicitation: { enabled: true } });
    expect(verdictNow(guard.inspect(ctx(init, { server: enabled }))).action).toBe("pass");
  });

  it("negotiates only protocol revisions the guard knows", () => {
    const guard = samplingGuard(memoryLimiter());
    const on = policy({ sampling: { enabled: true }, elicitation: { enabled: true } });
    const asking = (protocolVersion: unknown) => ({ ...init, params: { ...init.params, protocolVersion } });
    expect(verdictNow(guard.inspect(ctx(asking("2024-11-05"), { server: on }))).action).toBe("pass");
    expect(guard.inspect(ctx(asking("2099-01-01"), { server: on }))).toMatchObject({
      action: "modify",
      message: { params: { protocolVersion: "2025-11-25", capabilities: { sampling: {} } } },
    });
    // With a capability hidden as well, the one copy carries both.
    expect(guard.inspect(ctx(asking("2099-01-01")))).toMatchObject({
      message: { params: { protocolVersion: "2025-11-25", capabilities: { roots: {} } } },
    });
    const answer = (protocolVersion: string) =>
      guard.inspect(
        ctx(
          { id: 1, result: { protocolVersion, capabilities: {}, serverInfo: {} } },
          { direction: "to_client", request: init },
        ),
      );
    expect(verdictNow(answer("2025-06-18")).action).toBe("pass");
    expect(answer("2099-01-01")).toMatchObject({ action: "block", reason: "invalid_request" });
  });

  it("hides sampling and elicitation made as tasks with them", () => {
    const guard = samplingGuard(memoryLimiter());
    const tasksInit = {
      id: 1,
      method: "initialize",
      params: {
        capabilities: {
          sampling: {},
          tasks: { list: {}, requests: { sampling: { createMessage: {} }, elicitation: { create: {} } } },
        },
      },
    };
    const hidden = verdictNow(guard.inspect(ctx(tasksInit)));
    if (hidden.action !== "modify") throw new Error(`expected modify, got ${hidden.action}`);
    expect((hidden.message.params as { capabilities?: unknown } | undefined)?.capabilities).toEqual({
      tasks: { list: {}, requests: {} },
    });
    const samplingOn = policy({ sampling: { enabled: true } });
    expect(guard.inspect(ctx(tasksInit, { server: samplingOn }))).toMatchObject({
      message: {
        params: { capabilities: { sampling: {}, tasks: { requests: { sampling: { createMessage: {} } } } } },
      },
    });
  });

  it("refuses the server's sampling and elicitation requests when disabled", () => {
    const guard = samplingGuard(memoryLimiter());
    expect(guard.inspect(ctx(sampling(10), { direction: "to_client" }))).toMatchObject({
      action: "block",
      reason: "sampling_disabled",
    });
    expect(
      guard.inspect(ctx({ id: 3, method: "elicitation/create", params: {} }, { direction: "to_client" })),
    ).toMatchObject({ reason: "elicitation_disabled" });
  });

  it("refuses an enabled server's form that asks the user for a credential, and passes an honest one", () => {
    const guard = samplingGuard(memoryLimiter());
    const server = policy({ elicitation: { enabled: true } });
    const elicit = (properties: object) =>
      ctx(
        {
          id: 4,
          method: "elicitation/create",
          params: { message: "m", requestedSchema: { type: "object", properties } },
        },
        { direction: "to_client", server },
      );
    expect(guard.inspect(elicit({ pin: { type: "string", title: "Card PIN" } }))).toEqual({
      action: "block",
      reason: "elicitation_credentials",
      data: { server: "srv", fields: [{ field: "pin", asks: "pin" }] },
    });
    expect(
      verdictNow(guard.inspect(elicit({ name: { type: "string", title: "Your display name" } }))).action,
    ).toBe("pass");
  });

  it("caps maxTokens and rate-limits when enabled", () => {
    const guard = samplingGuard(memoryLimiter());
    const server = policy({ sampling: { enabled: true, max_tokens: 100, rate_limit: 2 } });
    expect(verdictNow(guard.inspect(ctx(sampling(50), { direction: "to_client", server }))).action).toBe(
      "pass",
    );
    expect(guard.inspect(ctx(sampling(5000), { direction: "to_client", server }))).toMatchObject({
      action: "modify",
      message: { params: { maxTokens: 100 } },
    });
    expect(guard.inspect(ctx(sampling(10), { direction: "to_client", server }))).toMatchObject({
      action: "block",
      reason: "rate_limited",
    });
  });

  it("keeps the per-minute limits of a server renamed in the config", () => {
    const guard = samplingGuard(memoryLimiter());
    const server = policy({
      sampling: { enabled: true, rate_limit: 1 },
      elicitation: { enabled: true, rate_limit: 1 },
    });
    const elicit = { id: 4, method: "elicitation/create", params: {} };
    const as = (raw: Record<string, unknown>, name: string, launch: ServerLaunch) =>
      verdictNow(guard.inspect(ctx(raw, { direction: "to_client", server, name, launch }))).action;
    expect(as(sampling(10), "old", { launch: "L1", program: "P1" })).toBe("pass");
    expect(as(elicit, "old", { launch: "L1", program: "P1" })).toBe("pass");
    // The same launch under a new name, and a twin of it named anew in the same edit: both spent.
    expect(as(sampling(10), "new", { launch: "L1", program: "P1", formerNames: ["old"] })).toBe("block");
    expect(as(elicit, "new", { launch: "L1", program: "P1", formerNames: ["old"] })).toBe("block");
    expect(as(sampling(10), "twin", { formerNames: ["old"] })).toBe("block");
    // Hard negative: another server has its own minute.
    expect(as(sampling(10), "other", { launch: "L2", program: "P2" })).toBe("pass");
    expect(as(elicit, "other", { launch: "L2", program: "P2" })).toBe("pass");
  });
});

describe("the chain", () => {
  // The order itself is pinned by pipeline-order.test.ts (INTERCEPTOR_ORDER against the README's table).
  it("runs every step but spend (no spend store given) in INTERCEPTOR_ORDER", () => {
    const pins = {
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
    const detection = {
      scanner: new Scanner([], { threshold: 0.8, disabled: new Set() }),
      actionFor: () => "warn" as const,
    };
    expect(
      policyChain({ limiter: memoryLimiter(), now: () => 0, pins, detection }).map((i) => i.name),
    ).toEqual(INTERCEPTOR_ORDER.filter((name) => name !== "spend"));
  });
});
