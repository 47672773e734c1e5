// What the daemon's HTTP client transports accept from a server as a JSON-RPC message: the envelope the MCP
// SDK's schema accepted (its transports did the check before), and redirects followed only within the origin.
import { describe, expect, it } from "vitest";
import { MAX_NESTING } from "../src/session/nesting.js";
import {
  fetchWithinOrigin,
  NestedTooDeep,
  NotJsonRpc,
  parseMessage,
  redirectNotFollowed,
} from "../src/upstream/http-client-common.js";

describe("parseMessage", () => {
  it.each([
    { jsonrpc: "2.0", id: 1, method: "ping" },
    { jsonrpc: "2.0", id: "a", method: "tools/call", params: { name: "x", _meta: { progressToken: 3 } } },
    { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: "t", progress: 1 } },
    { jsonrpc: "2.0", id: 1, result: {} },
    { jsonrpc: "2.0", id: 1, result: { _meta: { "io.modelcontextprotocol/related-task": { taskId: "t" } } } },
    { jsonrpc: "2.0", id: 2, error: { code: -32603, message: "m", data: [1] } },
    { jsonrpc: "2.0", error: { code: -32700, message: "parse error" } },
  ])("takes %j", (message) => {
    expect(parseMessage(JSON.stringify(message))).toEqual(message);
  });

  it.each([
    ["an array", []],
    ["no version", { id: 1, method: "ping" }],
    ["another version", { jsonrpc: "1.0", id: 1, method: "ping" }],
    ["an id that is an object", { jsonrpc: "2.0", id: {}, method: "ping" }],
    ["an id that is a fraction", { jsonrpc: "2.0", id: 1.5, result: {} }],
    ["a null id", { jsonrpc: "2.0", id: null, method: "ping" }],
    ["params that are an array", { jsonrpc: "2.0", id: 1, method: "ping", params: [] }],
    ["a _meta that is a string", { jsonrpc: "2.0", method: "n", params: { _meta: "x" } }],
    [
      "a progress token that is an object",
      { jsonrpc: "2.0", method: "n", params: { _meta: { progressToken: {} } } },
    ],
    ["a result that is a string", { jsonrpc: "2.0", id: 1, result: "ok" }],
    ["a result without an id", { jsonrpc: "2.0", result: {} }],
    ["an error without a code", { jsonrpc: "2.0", id: 1, error: { message: "m" } }],
    ["a member besides the envelope's", { jsonrpc: "2.0", id: 1, result: {}, extra: 1 }],
    ["both a method and a result", { jsonrpc: "2.0", id: 1, method: "m", result: {} }],
    ["neither method, result nor error", { jsonrpc: "2.0", id: 1 }],
  ])("refuses %s", (_, message) => {
    expect(() => parseMessage(JSON.stringify(message))).toThrow(NotJsonRpc);
  });

  it("throws a SyntaxError for what is not JSON", () => {
    expect(() => parseMessage("{")).toThrow(SyntaxError);
  });
});

describe("parseMessage's bound on nesting", () => {
  const wrapped = (levels: number, open = "[", close = "]") =>
    `{"jsonrpc":"2.0","method":"notifications/message","params":{"data":${open.repeat(levels)}1${close.repeat(levels)}}}`;

  it("takes a message nested as deep as MAX_NESTING, brackets inside strings not counted", () => {
    expect(parseMessage(wrapped(MAX_NESTING - 2))).toMatchObject({ method: "notifications/message" });
    const quoted = JSON.stringify({ jsonrpc: "2.0", method: "m", params: { s: '["\\"'.repeat(5_000) } });
    expect(parseMessage(quoted)).toMatchObject({ method: "m" });
  });

  it("refuses one nested deeper, objects or arrays, as NestedTooDeep", () => {
    expect(() => parseMessage(wrapped(MAX_NESTING))).toThrow(NestedTooDeep);
    expect(() => parseMessage(wrapped(20_000, '{"a":', "}"))).toThrow(NestedTooDeep);
  });
});

describe("fetchWithinOrigin", () => {
  const answer = (status: number, location?: string) =>
    new Response(null, { status, headers: location ? { location } : {} });

  it("follows a redirect within the origin, and not one to another origin or one that changes a POST", async () => {
    const asked: string[] = [];
    const hops: Record<string, Response> = {
      "http://a.test/mcp": answer(307, "/next"),
      "http://a.test/next": answer(302, "http://b.test/mcp"),
    };
    const fetch = async (url: URL) => {
      asked.push(url.href);
      return hops[url.href] ?? answer(200);
    };
    const got = await fetchWithinOrigin(fetch, new URL("http://a.test/mcp"), { method: "GET" });
    expect(asked).toEqual(["http://a.test/mcp", "http://a.test/next"]);
    expect(got.status).toBe(302);
    expect(redirectNotFollowed(got, new URL("http://a.test/next"))).toBe(
      "Redirect to http://b.test/… not followed",
    );
    // The configured URL's own path is named, never written: it may hold the account's key (round 52).
    expect(
      redirectNotFollowed(answer(308, "https://c.test/s/k3y/mcp"), new URL("http://a.test/s/k3y/mcp")),
    ).toBe("Redirect to https://c.test with the configured path not followed");
    expect(
      redirectNotFollowed(answer(301, "http://a.test/s/k3y/mcp"), new URL("https://a.test/s/k3y/mcp")),
    ).toBe("Redirect to plain http not followed; try https://a.test with the configured path instead");
    asked.length = 0;
    hops["http://a.test/mcp"] = answer(302, "/next");
    expect((await fetchWithinOrigin(fetch, new URL("http://a.test/mcp"), { method: "POST" })).status).toBe(
      302,
    );
    expect(asked).toEqual(["http://a.test/mcp"]);
  });
});
