// The client is shown a resource only when it could read it itself, also in what a server sends beside a
// result: a failed call's error data, a log message's data, and the tool results of its own sampling request
// (attack-error-resources.test.ts shows the attack through the real bridge).
import { describe, expect, it } from "vitest";
import { permissions } from "../src/interceptors/permissions.js";
import { classify, type Message, type RequestMessage } from "../src/jsonrpc.js";
import type { MessageContext, Verdict } from "../src/pipeline.js";
import { effectivePolicy } from "../src/policy/policy.js";

const policy = effectivePolicy(
  {
    permissions: {
      denied_tools: [],
      denied_resources: ["file:///data/private/**"],
      denied_prompts: [],
    },
    rate_limit: { tool_limits: {}, method_limits: {} },
    sampling: { enabled: true },
    elicitation: { enabled: false },
  },
  ["default"],
  {},
);

function toClient(raw: Record<string, unknown>, request?: Record<string, unknown>): Verdict {
  const ctx: MessageContext = {
    direction: "to_client",
    sessionId: "s",
    server: "files",
    identity: { method: "os", user: "me", uid: 1000, roles: ["default"] },
    auth: { ok: true },
    policy,
    state: new Map(),
    message: classify({ jsonrpc: "2.0", ...raw }) as Message,
    request: request ? (classify({ jsonrpc: "2.0", ...request }) as RequestMessage) : undefined,
  };
  return permissions().inspect(ctx) as Verdict;
}

const PRIVATE = { uri: "file:///data/private/pay.txt", text: "salaries" };
const PUBLIC = { uri: "file:///data/notes.txt", text: "notes" };
const CALL = { id: 1, method: "tools/call", params: { name: "search", arguments: {} } };
const shown = (verdict: Verdict) => (verdict.action === "modify" ? verdict.message : undefined);

describe("a denied resource in a server's error data", () => {
  it("is taken out, embedded, bare or linked, and the rest of the data kept", () => {
    const data = {
      files: [
        { type: "resource", resource: PRIVATE },
        { type: "resource", resource: PUBLIC },
      ],
      failed: [PRIVATE],
      see: { type: "resource_link", uri: PRIVATE.uri, name: "pay" },
    };
    const verdict = toClient({ id: 1, error: { code: -32000, message: "failed", data } }, CALL);
    expect(shown(verdict)).toEqual({
      jsonrpc: "2.0",
      id: 1,
      error: {
        code: -32000,
        message: "failed",
        data: { files: [{ type: "resource", resource: PUBLIC }], failed: [] },
      },
    });
  });

  it("takes the data away when the data is the resource, whatever the request", () => {
    const read = { id: 1, method: "resources/read", params: { uri: PUBLIC.uri } };
    const verdict = toClient({ id: 1, error: { code: -32000, message: "failed", data: PRIVATE } }, read);
    expect(shown(verdict)).toEqual({ jsonrpc: "2.0", id: 1, error: { code: -32000, message: "failed" } });
  });

  it("leaves an error without one alone", () => {
    const verdict = toClient(
      { id: 1, error: { code: -32000, message: "failed", data: { files: [PUBLIC] } } },
      CALL,
    );
    expect(verdict.action).toBe("pass");
  });
});

describe("a denied resource in a log message's data", () => {
  const log = (data: unknown) => ({ method: "notifications/message", params: { level: "info", data } });

  it("is taken out, and the message kept", () => {
    const verdict = toClient(log({ indexed: [PRIVATE, PUBLIC] }));
    expect(shown(verdict)).toEqual({ jsonrpc: "2.0", ...log({ indexed: [PUBLIC] }) });
  });

  it("drops the message when its data is the resource", () => {
    expect(toClient(log(PRIVATE))).toMatchObject({ action: "block", reason: "resource_denied" });
    expect(toClient(log(PUBLIC)).action).toBe("pass");
  });
});

describe("a denied resource in the server's own sampling request", () => {
  const sampling = (content: unknown) => ({
    id: "s",
    method: "sampling/createMessage",
    params: { messages: [{ role: "user", content }], maxTokens: 10 },
  });

  it("refuses it when a tool result carries the contents bare, as when it embeds them", () => {
    const result = (structuredContent: unknown) => ({
      type: "tool_result",
      toolUseId: "t",
      content: [],
      structuredContent,
    });
    expect(toClient(sampling(result({ files: [PRIVATE] })))).toMatchObject({
      action: "block",
      reason: "resource_denied",
    });
    expect(toClient(sampling({ type: "resource", resource: PRIVATE }))).toMatchObject({
      action: "block",
      reason: "resource_denied",
    });
    expect(toClient(sampling(result({ files: [PUBLIC] }))).action).toBe("pass");
  });
});

describe("a denied resource in free JSON, with its members in another case", () => {
  it("is taken out as a peer that reads keys whatever their case reads it", () => {
    const data = {
      bare: [{ URI: PRIVATE.uri, Text: "salaries" }],
      embedded: [{ Type: "resource", Resource: { Uri: PRIVATE.uri, BLOB: "c2FsYXJpZXM=" } }],
      kept: [PUBLIC],
    };
    const verdict = toClient({ id: 1, error: { code: -32000, message: "failed", data } }, CALL);
    expect(shown(verdict)).toMatchObject({ error: { data: { bare: [], embedded: [], kept: [PUBLIC] } } });
  });

  it("is taken out when one member is written twice in different cases", () => {
    const twice = { uri: PUBLIC.uri, URI: PRIVATE.uri, text: "salaries" };
    const verdict = toClient(
      { id: 1, error: { code: -32000, message: "failed", data: [twice, PUBLIC] } },
      CALL,
    );
    expect(shown(verdict)).toMatchObject({ error: { data: [PUBLIC] } });
  });
});
